import { defined, undefinedBecause } from "../../core/result.js";
import { buildMetric } from "../../model/buildMetric.js";
import { exact } from "../../model/exact.js";

/**
 * Sales growth: the change from the previous comparable period, `(current - previous) / previous`.
 * Compare equal-length, seasonally matched periods (month over month, or the same month last year).
 * Growth from a zero or negative base has no meaning, so it is `null` with reason
 * `non_positive_base`. A negative current value (returns above sales) is computed. Rolling months up
 * to a quarter sums both sides; a growth rate over several periods is a CAGR (see
 * `compoundGrowthRate`), never the mean of the rates.
 *
 * @param inputs - `current` and `previous`: the amounts of the two periods.
 * @returns The growth as a fraction (0.25 is +25 %), or `null` when `previous` is 0 or negative.
 * @throws {KpiError} when a value is not a number.
 * @example
 * ```ts
 * import { salesGrowth } from "kinerja";
 *
 * console.log(salesGrowth({ current: 125_000_000, previous: 100_000_000 })?.toString());
 * // 0.25
 * console.log(salesGrowth.evaluate({ current: 50, previous: 0 }));
 * // { value: null, reason: 'non_positive_base' }
 * ```
 * @category Sales metrics
 */
export const salesGrowth = /* @__PURE__ */ buildMetric({
  id: "sales_growth",
  label: { en: "Sales growth", id: "Pertumbuhan penjualan" },
  description: {
    en: "Change in sales against the previous comparable period; undefined when the previous period is zero or negative.",
    id: "Perubahan penjualan dibandingkan periode pembanding sebelumnya; tidak terdefinisi bila periode sebelumnya nol atau negatif.",
  },
  formula: "(current - previous) / previous",
  category: "sales",
  unit: "ratio",
  direction: "higher_is_better",
  inputs: {
    current: {
      domain: "amount",
      rollup: "sum",
      label: { en: "Sales in the current period", id: "Penjualan periode ini" },
    },
    previous: {
      domain: "amount",
      rollup: "sum",
      label: { en: "Sales in the previous period", id: "Penjualan periode sebelumnya" },
    },
  },
  references: [
    "https://liveflow.io/financial-literacy/how-to-calculate-sales-growth-rate",
    "https://math.techqa.club/getting-25-growth-over-last-year-sale-1327906",
  ],
  compute: ({ current, previous }) =>
    previous.isPositive() && !previous.isZero()
      ? defined(exact.minus(current, previous).div(previous))
      : undefinedBecause("non_positive_base"),
});
