/**
 * Every unit a metric's value can have, in documentation order. {@link MetricUnit} and every check
 * of a unit derive from this list.
 *
 * @example
 * ```ts
 * import { metricUnits } from "kinerja";
 *
 * console.log(metricUnits.length, metricUnits.includes("ratio"));
 * // 9 true
 * ```
 * @category Metric model
 */
export const metricUnits = [
  "currency",
  "currency_per_day",
  "ratio",
  "multiple",
  "count",
  "days",
  "months",
  "score",
  "net_score",
] as const;

/**
 * What a metric's value measures, which decides how it is formatted.
 *
 * - `currency`: money in the data's currency; `currency_per_day`: money per day (pipeline velocity).
 * - `ratio`: a fraction shown as a percentage (0.25 is 25 %).
 * - `multiple`: a plain multiple such as ROAS 4.2 (shown as 4.2×).
 * - `count`, `days`, `months`: quantities.
 * - `score`: a mean on a survey scale; `net_score`: NPS on −100..100, shown as a signed number.
 * @category Metric model
 */
export type MetricUnit = (typeof metricUnits)[number];

/** Whether a value is one of the {@link metricUnits}. @internal */
export function isMetricUnit(value: unknown): value is MetricUnit {
  return (metricUnits as readonly unknown[]).includes(value);
}
