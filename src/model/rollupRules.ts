import type { Decimal } from "../core/decimal.js";
import { unreachable } from "../core/unreachable.js";
import { exact } from "./exact.js";

/**
 * Every rule by which an input's sub-period values combine. {@link RollupRule} and every check of
 * a rule derive from this list.
 *
 * @example
 * ```ts
 * import { rollupRules } from "kinerja";
 *
 * console.log(rollupRules.join(" "));
 * // sum first last min max none
 * ```
 * @category Metric model
 */
export const rollupRules = ["sum", "first", "last", "min", "max", "none"] as const;

/**
 * How an input's values for sub-periods combine into the value for the whole period.
 *
 * - `sum`: flows (revenue, leads, cost).
 * - `first`: the opening snapshot (customers at start) — the first sub-period's value.
 * - `last`: the closing snapshot (customers at end, pipeline) — the last sub-period's value.
 * - `min`, `max`: the extreme value.
 * - `none`: not additive (distinct counts); must be recomputed from records.
 * @category Metric model
 */
export type RollupRule = (typeof rollupRules)[number];

/** Whether a value is one of the {@link rollupRules}. @internal */
export function isRollupRule(value: unknown): value is RollupRule {
  return (rollupRules as readonly unknown[]).includes(value);
}

/** Combines values (at least one) by a rollup rule other than `none`; sums are exact. @internal */
export function combine(rule: Exclude<RollupRule, "none">, values: readonly Decimal[]): Decimal {
  let acc = values[0] as Decimal;
  switch (rule) {
    case "first":
      return acc;
    case "last":
      return values[values.length - 1] as Decimal;
    case "sum":
      return exact.sum(values);
    case "min":
      for (const value of values) if (value.lt(acc)) acc = value;
      return acc;
    case "max":
      for (const value of values) if (value.gt(acc)) acc = value;
      return acc;
    default:
      return unreachable(rule, "rollup rule");
  }
}
