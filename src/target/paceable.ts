import type { AnyMetric, InputSpec } from "../model/types.js";
import * as TARGET_EXPECTED from "./messages.js";

const AMOUNT_DOMAINS: readonly string[] = ["amount", "non_negative_amount"];
const COUNT_DOMAINS: readonly string[] = ["count", "positive_count"];

/**
 * Why a metric cannot be paced, or `null` when it can. A metric accumulates over a period — its
 * value for the whole period is the sum of its values for the parts — when:
 *
 * 1. every input rolls up by `sum` (no opening or closing snapshots, no distinct counts), and
 * 2. its unit is `currency` with every input a money amount (domain `amount` or
 *    `non_negative_amount`), or its unit is `count` with every input a count (`count` or
 *    `positive_count`).
 *
 * The second rule is dimensional: a currency value made only of currency amounts that all sum is a
 * sum or difference of flows (revenue − returns), while a currency value that also uses a count is
 * money per thing (average deal size, CAC, cost per lead) and does not accumulate; ratios,
 * multiples, scores, days and months never accumulate.
 *
 * @param metric - Any metric.
 * @returns A description of the first reason it is not paceable, or `null`.
 * @internal
 */
export function notPaceableBecause(metric: AnyMetric): string | null {
  for (const [name, spec] of Object.entries(metric.inputs as Record<string, InputSpec>)) {
    if (spec.rollup !== "sum") {
      return TARGET_EXPECTED.notPaceableRollup(metric.id, name, spec.rollup);
    }
  }
  let domains: readonly string[];
  if (metric.unit === "currency") domains = AMOUNT_DOMAINS;
  else if (metric.unit === "count") domains = COUNT_DOMAINS;
  else {
    return TARGET_EXPECTED.notPaceableUnit(metric.id, metric.unit);
  }
  for (const [name, spec] of Object.entries(metric.inputs as Record<string, InputSpec>)) {
    if (!domains.includes(spec.domain)) {
      return TARGET_EXPECTED.notPaceableDomain(metric.id, metric.unit, name, spec.domain);
    }
  }
  return null;
}

/**
 * Whether a metric accumulates over a period, so that it can be paced: every input rolls up by
 * `sum`, and the unit is `currency` with every input a money amount or `count` with every input a
 * count. Sales revenue and units sold are paceable; win rate (a ratio), average deal size and CAC
 * (money per deal or per customer) and retention (snapshots) are not.
 *
 * @param metric - Any metric, built-in or made with `defineMetric`.
 * @returns `true` when `pace` accepts it.
 * @example
 * ```ts
 * import { averageDealSize, isPaceable, salesRevenue, winRate } from "kinerja";
 *
 * console.log(isPaceable(salesRevenue), isPaceable(winRate), isPaceable(averageDealSize));
 * // true false false
 * ```
 * @category Targets
 */
export function isPaceable(metric: AnyMetric): boolean {
  // Anything that is not a metric is not paceable (a predicate never throws).
  if (typeof metric !== "function" || (metric as { kind?: unknown }).kind !== "metric")
    return false;
  return notPaceableBecause(metric) === null;
}
