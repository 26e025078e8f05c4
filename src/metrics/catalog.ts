import { fail } from "../core/errors.js";
import { describe, EXPECTED } from "../core/messages.js";
import type { AnyMetric, MetricCategory } from "../metric/types.js";
import { campaignRoi } from "./marketing/campaignRoi.js";
import { leadConversionRate } from "./marketing/leadConversionRate.js";
import { winRate } from "./sales/winRate.js";

/**
 * Every built-in metric, grouped by family (sales, marketing, customer).
 *
 * @example
 * ```ts
 * import { catalog } from "kinerja";
 *
 * console.log(catalog.map((metric) => metric.id).includes("win_rate"));
 * // true
 * ```
 */
export const catalog: readonly AnyMetric[] = [winRate, leadConversionRate, campaignRoi];

/**
 * Looks up a built-in metric by its id.
 *
 * @param id - The snake_case id, for example `"win_rate"`.
 * @returns The metric.
 * @throws {KpiError} `unknown_metric` when no built-in metric has that id.
 * @example
 * ```ts
 * import { getMetric } from "kinerja";
 *
 * console.log(getMetric("win_rate").label.id);
 * // Rasio kemenangan
 * ```
 */
export function getMetric(id: string): AnyMetric {
  const found = typeof id === "string" ? catalog.find((metric) => metric.id === id) : undefined;
  if (found === undefined) {
    fail({
      code: "unknown_metric",
      subject: "getMetric",
      path: ["id"],
      where: "id",
      expected: EXPECTED.metricId,
      received: describe(id),
    });
  }
  return found;
}

/**
 * Whether a built-in metric has that id.
 *
 * @param id - Any value.
 * @returns `true` when `getMetric(id)` would succeed.
 * @example
 * ```ts
 * import { hasMetric } from "kinerja";
 *
 * console.log(hasMetric("win_rate"), hasMetric("__proto__"));
 * // true false
 * ```
 */
export function hasMetric(id: unknown): id is string {
  return typeof id === "string" && catalog.some((metric) => metric.id === id);
}

/**
 * The built-in metrics of one family.
 *
 * @param category - `"sales"`, `"marketing"` or `"customer"`.
 * @returns The metrics of that family, in catalog order.
 * @example
 * ```ts
 * import { metricsByCategory } from "kinerja";
 *
 * console.log(metricsByCategory("sales").some((metric) => metric.id === "win_rate"));
 * // true
 * ```
 */
export function metricsByCategory(category: MetricCategory): readonly AnyMetric[] {
  return catalog.filter((metric) => metric.category === category);
}
