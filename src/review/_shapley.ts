import type { Decimal } from "../core/decimal.js";
import { ExactDecimal } from "./precision.js";

function factorial(n: number): number {
  let result = 1;
  for (let i = 2; i <= n; i++) result *= i;
  return result;
}

/**
 * The Shapley values of the change of a product x₁·…·xₖ between two states, unrounded (in the
 * exact constructor; a division by k! may leave a repeating decimal at 2000 digits). They sum to
 * the change of the product.
 *
 * @internal
 */
export function shapleyValues(
  factors: readonly { readonly from: Decimal; readonly to: Decimal }[],
): Decimal[] {
  const k = factors.length;
  const weights = Array.from({ length: k }, (_, size) => factorial(size) * factorial(k - size - 1));
  return factors.map((factor, i) => {
    let numerator = new ExactDecimal(0);
    for (let mask = 0; mask < 1 << k; mask++) {
      if (mask & (1 << i)) continue;
      let term = factor.to.minus(factor.from);
      let size = 0;
      for (let j = 0; j < k; j++) {
        if (j === i) continue;
        const other = factors[j] as { from: Decimal; to: Decimal };
        if (mask & (1 << j)) {
          term = term.times(other.to);
          size++;
        } else term = term.times(other.from);
      }
      numerator = numerator.plus(term.times(weights[size] as number));
    }
    return numerator.div(factorial(k));
  });
}
