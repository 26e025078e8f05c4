import { KDecimal } from "../../core/decimal.js";
import { defined, undefinedBecause } from "../../core/result.js";
import { buildMetric } from "../../model/buildMetric.js";
import { METRIC_EXPECTED } from "../messages.js";
import { compoundRate } from "./compoundRate.js";

const MAX_EXPONENT = 1000;

/**
 * Compound growth rate (CAGR): the constant growth per period that takes `start` to `end` over
 * `periods` periods, `(end / start) ^ (1 / periods) - 1`. `periods` may be fractional (2.5 years).
 * `null` with reason `non_positive_base` when `start` is 0 or negative or `end` is negative (no real
 * rate exists); `null` with `zero_denominator` when `periods` is 0. An `end` of 0 gives -1 (-100 %).
 * Contiguous spans roll up exactly: the first start, the last end, the periods summed. The result is
 * correctly rounded to 34 significant digits, also near a ratio of 1 over many periods (it is
 * computed as `expm1(ln1p((end − start) / start) / periods)` at a higher working precision).
 *
 * @param inputs - `start` and `end` values, and the number of `periods` between them.
 * @returns The rate per period as a fraction, or `null` with the reason.
 * @throws {KpiError} when `periods` is negative or a value is not a number; `inconsistent_inputs` when
 * `periods` is so small that the growth factor would exceed 10^1000 (or fall below 10^-1000).
 * @example
 * ```ts
 * import { compoundGrowthRate } from "kinerja";
 *
 * console.log(compoundGrowthRate({ start: 100, end: 121, periods: 2 })?.toString());
 * // 0.1
 * console.log(compoundGrowthRate({ start: 1000, end: 1331, periods: 3 })?.toString());
 * // 0.1
 * console.log(compoundGrowthRate({ start: 1, end: 2, periods: "1e30" })?.toString());
 * // 0.0000000000000000000000000000006931471805599453094172321214584168
 * console.log(compoundGrowthRate.evaluate({ start: 0, end: 50, periods: 2 }));
 * // { value: null, reason: 'non_positive_base' }
 * ```
 * @category Sales metrics
 */
export const compoundGrowthRate = /* @__PURE__ */ buildMetric({
  id: "compound_growth_rate",
  label: { en: "Compound growth rate (CAGR)", id: "Tingkat pertumbuhan majemuk (CAGR)" },
  description: {
    en: "Constant growth rate per period that takes the start value to the end value; undefined for a zero or negative start or a negative end.",
    id: "Tingkat pertumbuhan tetap per periode yang membawa nilai awal ke nilai akhir; tidak terdefinisi bila nilai awal nol atau negatif atau nilai akhir negatif.",
  },
  formula: "(end / start) ^ (1 / periods) - 1",
  category: "sales",
  unit: "ratio",
  direction: "higher_is_better",
  inputs: {
    start: {
      domain: "amount",
      rollup: "first",
      label: { en: "Value at the start", id: "Nilai awal" },
    },
    end: { domain: "amount", rollup: "last", label: { en: "Value at the end", id: "Nilai akhir" } },
    periods: {
      domain: "non_negative_number",
      rollup: "sum",
      label: { en: "Number of periods", id: "Jumlah periode" },
    },
  },
  references: [
    "https://liveflow.io/financial-literacy/how-to-calculate-sales-growth-rate",
    "https://math.techqa.club/getting-25-growth-over-last-year-sale-1327906",
  ],
  // A tiny number of periods makes the power astronomically large (1e-20 periods: 2 ^ 1e20). Such
  // input cannot be meant; it is refused rather than computed for minutes or turned into Infinity.
  check: ({ start, end, periods }) =>
    start.isPositive() &&
    !start.isZero() &&
    end.isPositive() &&
    !end.isZero() &&
    !periods.isZero() &&
    new KDecimal(end).div(start).log(10).abs().div(periods).gt(MAX_EXPONENT)
      ? [{ input: "periods", expected: METRIC_EXPECTED.cagrPeriods(MAX_EXPONENT) }]
      : [],
  compute: ({ start, end, periods }) => {
    if (!start.isPositive() || start.isZero() || end.isNegative()) {
      return undefinedBecause("non_positive_base");
    }
    if (periods.isZero()) return undefinedBecause("zero_denominator");
    if (end.isZero()) return defined(new KDecimal(-1));
    return defined(compoundRate(start, end, periods));
  },
});
