import type { Decimal } from "../core/decimal.js";
import { high } from "./precision.js";
import { normalInverse } from "./special/_normal.js";

let cache: Map<string, Decimal> | undefined;

/**
 * z = Φ⁻¹(1 − α/2) for a confidence c = 1 − α, at working precision; remembered for the last few
 * confidence levels, since reports ask for the same one again and again. @internal
 */
export function twoSidedZ(confidence: Decimal): Decimal {
  cache ??= new Map();
  const key = confidence.toString();
  const known = cache.get(key);
  if (known !== undefined) return known;
  const z = normalInverse(high(1).plus(confidence).div(2));
  if (cache.size >= 16) cache.clear();
  cache.set(key, z);
  return z;
}

/** α/2 = (1 − c)/2 for a confidence c. @internal */
export function halfAlpha(confidence: Decimal): Decimal {
  return high(1).minus(confidence).div(2);
}
