/**
 * Every family a metric can belong to. {@link MetricCategory} and every check of a family derive
 * from this list.
 *
 * @example
 * ```ts
 * import { metricCategories } from "kinerja";
 *
 * console.log(metricCategories.join(" "));
 * // sales marketing customer
 * ```
 * @category Metric model
 */
export const metricCategories = ["sales", "marketing", "customer"] as const;

/**
 * The family a metric belongs to.
 *
 * @category Metric model
 */
export type MetricCategory = (typeof metricCategories)[number];

/** Whether a value is one of the {@link metricCategories}. @internal */
export function isMetricCategory(value: unknown): value is MetricCategory {
  return (metricCategories as readonly unknown[]).includes(value);
}
