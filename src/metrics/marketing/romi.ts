import { divide } from "../../core/result.js";
import { buildMetric } from "../../model/buildMetric.js";
import { exact } from "../../model/exact.js";

/**
 * Return on marketing investment (ROMI, Farris/MASB): the incremental contribution the marketing
 * produced, net of its cost, per unit of spend,
 * `(incremental revenue × contribution margin - marketingSpend) / marketingSpend`. The input is the
 * incremental contribution itself (incremental revenue × contribution margin %, or incremental
 * revenue minus its variable costs), an amount, so months roll up by summing; a margin percentage
 * cannot be summed. Negative when the campaign did not pay for itself. `null` when the spend is 0.
 *
 * @param inputs - `incrementalContribution` (incremental revenue × contribution margin) and `marketingSpend`.
 * @returns The ROMI as a fraction (0.5 is 50 %), or `null` when `marketingSpend` is 0.
 * @throws {KpiError} when the spend is negative or a value is not a number.
 * @example
 * ```ts
 * import { romi } from "kinerja";
 *
 * // incremental revenue 100 000 000 at a 30 % contribution margin, spend 20 000 000
 * console.log(romi({ incrementalContribution: 30_000_000, marketingSpend: 20_000_000 })?.toString());
 * // 0.5
 * ```
 * @category Marketing metrics
 */
export const romi = /* @__PURE__ */ buildMetric({
  id: "romi",
  label: {
    en: "Return on marketing investment (ROMI)",
    id: "Imbal hasil investasi pemasaran (ROMI)",
  },
  description: {
    en: "Incremental contribution (incremental revenue × contribution margin) net of marketing spend, per unit of spend.",
    id: "Kontribusi inkremental (pendapatan inkremental × margin kontribusi) dikurangi belanja pemasaran, per satuan belanja.",
  },
  formula: "(incrementalContribution - marketingSpend) / marketingSpend",
  category: "marketing",
  unit: "ratio",
  direction: "higher_is_better",
  inputs: {
    incrementalContribution: {
      domain: "amount",
      rollup: "sum",
      label: {
        en: "Incremental contribution (incremental revenue × contribution margin)",
        id: "Kontribusi inkremental (pendapatan inkremental × margin kontribusi)",
      },
    },
    marketingSpend: {
      domain: "non_negative_amount",
      rollup: "sum",
      label: { en: "Marketing spend", id: "Belanja pemasaran" },
    },
  },
  references: ["https://marketing-dictionary.org/Return+on+Marketing+Investment"],
  compute: ({ incrementalContribution, marketingSpend }) =>
    divide(exact.minus(incrementalContribution, marketingSpend), marketingSpend),
});
