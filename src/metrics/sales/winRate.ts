import { divide } from "../../core/result.js";
import { buildMetric } from "../../model/buildMetric.js";
import { exact } from "../../model/exact.js";

/**
 * Win rate: the share of closed deals that were won, `won / (won + lost)`. Open deals are not in
 * the denominator. `null` when no deal has closed.
 *
 * @param inputs - `won` and `lost`: counts of deals closed in the period.
 * @returns The win rate as a fraction (0.3 is 30 %), or `null` when `won + lost` is 0.
 * @throws {KpiError} when a count is negative, fractional or not a number.
 * @example
 * ```ts
 * import { winRate } from "kinerja";
 *
 * console.log(winRate({ won: 30, lost: 70 })?.toString());
 * // 0.3
 * console.log(winRate({ won: 0, lost: 0 }));
 * // null
 * ```
 * @category Sales metrics
 */
export const winRate = /* @__PURE__ */ buildMetric({
  id: "win_rate",
  label: { en: "Win rate", id: "Rasio kemenangan" },
  description: {
    en: "Share of closed deals that were won; open deals are excluded.",
    id: "Porsi kesepakatan yang ditutup dengan menang; kesepakatan yang masih terbuka tidak dihitung.",
  },
  formula: "won / (won + lost)",
  category: "sales",
  unit: "ratio",
  direction: "higher_is_better",
  inputs: {
    won: {
      domain: "count",
      rollup: "sum",
      label: { en: "Deals won", id: "Kesepakatan dimenangkan" },
    },
    lost: { domain: "count", rollup: "sum", label: { en: "Deals lost", id: "Kesepakatan kalah" } },
  },
  sample: { model: "share", successes: "won", trials: ["won", "lost"] },
  references: ["https://orm-tech.com/glossary/win-rate-formula/"],
  compute: ({ won, lost }) => divide(won, exact.plus(won, lost)),
});
