/**
 * Every direction a metric can have. {@link MetricDirection} and every check of a direction derive
 * from this list.
 *
 * @example
 * ```ts
 * import { metricDirections } from "kinerja";
 *
 * console.log(metricDirections.join(" "));
 * // higher_is_better lower_is_better neutral
 * ```
 * @category Metric model
 */
export const metricDirections = ["higher_is_better", "lower_is_better", "neutral"] as const;

/**
 * Whether a larger value is good, bad, or neither.
 *
 * @category Metric model
 */
export type MetricDirection = (typeof metricDirections)[number];

/** Whether a value is one of the {@link metricDirections}. @internal */
export function isMetricDirection(value: unknown): value is MetricDirection {
  return (metricDirections as readonly unknown[]).includes(value);
}
