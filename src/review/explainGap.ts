import type { MetricIdentity } from "../model/defineIdentity.js";
import {
  type ExplainChangeOptions,
  explain,
  type IdentityExplanation,
  type IdentityValues,
} from "./explainChange.js";

/**
 * The gap between a target and the actual value of a declared identity's result, split into its
 * drivers' contributions that sum exactly to actual − target: which driver missed its planned
 * value, and by how much of the result. `from` is the target side, `to` the actual side; the
 * method is that of {@link explainChange}.
 *
 * @param identity - A {@link MetricIdentity} from {@link defineIdentity} or the catalog.
 * @param target - The planned values, by name (every factor; the result optionally).
 * @param actual - The actual values, by name.
 * @param options - Decimal places of the contributions.
 * @returns The {@link IdentityExplanation} of actual − target.
 * @throws {KpiError} as {@link explainChange} does, with the paths `target…` and `actual…`.
 * @example
 * ```ts
 * import { explainGap, wonDealsFromClosedDeals } from "kinerja";
 *
 * // Plan: 80 closed deals at a 35 % win rate (28 won). Actual: 60 closed, 18 won (30 %).
 * const gap = explainGap(
 *   wonDealsFromClosedDeals,
 *   { closed_deals: 80, win_rate: "0.35" },
 *   { closed_deals: 60, win_rate: "0.3", won_deals: 18 },
 *   { places: 1 },
 * );
 * console.log(gap.change.toString(), gap.contributions.map((c) => `${c.name} ${c.contribution}`).join(", "));
 * // -10 closed_deals -6.5, win_rate -3.5
 * ```
 * @category Review statistics
 */
export function explainGap(
  identity: MetricIdentity,
  target: IdentityValues,
  actual: IdentityValues,
  options?: ExplainChangeOptions,
): IdentityExplanation {
  return explain("explainGap", ["target", "actual"], identity, target, actual, options);
}
