import type { Decimal } from "../../core/decimal.js";

/**
 * The largest shape parameter or number of degrees of freedom the beta and t functions accept:
 * their continued fraction needs about √max(a, b) terms, so 10^7 keeps one evaluation well
 * under a second. @internal
 */
export const MAX_SHAPE = 10_000_000;

/** Whether a shape parameter or a number of degrees of freedom is accepted. @internal */
export function isShape(value: Decimal): boolean {
  return value.gt(0) && value.lte(MAX_SHAPE);
}

/** Whether 0 < p < 1. @internal */
export function isOpenProbability(value: Decimal): boolean {
  return value.gt(0) && value.lt(1);
}

/** Whether 0 ≤ p ≤ 1. @internal */
export function isClosedProbability(value: Decimal): boolean {
  return value.gte(0) && value.lte(1);
}
