import { type Decimal, KDecimal } from "../core/decimal.js";
import { KpiError, type KpiIssue, makeIssue } from "../core/errors.js";
import { describe } from "../core/messages.js";
import type { Numeric } from "../core/numeric.js";
import { isIssue, readNumeric } from "../core/numeric.js";
import { largestRemainder } from "./_largestRemainder.js";
import { readPlaces } from "./_places.js";
import { readObject, readOptions } from "./_read.js";
import { shapleyValues } from "./_shapley.js";
import { REVIEW_EXPECTED } from "./messages.js";
import { ExactDecimal } from "./precision.js";

/**
 * One factor of a product identity, in the two states compared (two periods, or target and actual).
 *
 * @category Review statistics
 */
export interface ProductFactor {
  /** The factor's name, for example `"orders"` or `"average_order_value"`. */
  readonly name: string;
  readonly from: Numeric;
  readonly to: Numeric;
}

/**
 * Options of {@link decomposeProduct}.
 *
 * @category Review statistics
 */
export interface DecomposeProductOptions {
  /** Decimal places of the contributions, 0 to 100 (default 10; raised to the places of the exact change when it has more). */
  readonly places?: number;
}

/**
 * The change of a product split into its factors' contributions, which sum exactly to `change`.
 *
 * @category Review statistics
 */
export interface ProductDecomposition {
  readonly method: "shapley";
  /** The product of the `from` values, exact. */
  readonly from: Decimal;
  /** The product of the `to` values, exact. */
  readonly to: Decimal;
  /** to − from, exact. */
  readonly change: Decimal;
  /** The decimal places of the contributions. */
  readonly places: number;
  readonly contributions: readonly {
    readonly name: string;
    readonly from: Decimal;
    readonly to: Decimal;
    readonly contribution: Decimal;
  }[];
}

const MAX_FACTORS = 10;
const MAX_DIGITS = 100;

function readFactors(
  value: unknown,
  subject: string,
): { name: string; from: Decimal; to: Decimal }[] {
  const input = readObject(value, subject, ["identity"]);
  const list = input.factors;
  if (!Array.isArray(list) || list.length === 0 || list.length > MAX_FACTORS) {
    throw new KpiError([
      makeIssue({
        code: "invalid_argument",
        subject,
        path: ["identity", "factors"],
        expected: REVIEW_EXPECTED.factors,
        received: describe(list),
      }),
    ]);
  }
  const issues: KpiIssue[] = [];
  const names = new Set<string>();
  const factors = list.map((factor: unknown, index: number) => {
    const path = ["identity", "factors", index];
    if (typeof factor !== "object" || factor === null) {
      issues.push(issue(subject, path, "invalid_argument", REVIEW_EXPECTED.factors, factor));
      return { name: "", from: new ExactDecimal(0), to: new ExactDecimal(0) };
    }
    const { name, from, to } = factor as Record<string, unknown>;
    if (typeof name !== "string" || name === "" || names.has(name)) {
      issues.push(
        issue(subject, [...path, "name"], "invalid_argument", REVIEW_EXPECTED.factorName, name),
      );
    } else names.add(name);
    return {
      name: typeof name === "string" ? name : "",
      from: exact(from, subject, [...path, "from"], issues),
      to: exact(to, subject, [...path, "to"], issues),
    };
  });
  if (issues.length > 0) throw new KpiError(issues);
  return factors;
}

/** An issue for a collected list. @internal */
function issue(
  subject: string,
  path: readonly (string | number)[],
  code: "invalid_argument" | "out_of_domain",
  expected: string,
  received: unknown,
): KpiIssue {
  return makeIssue({ code, subject, path, expected, received: describe(received) });
}

function exact(
  value: unknown,
  subject: string,
  path: readonly (string | number)[],
  issues: KpiIssue[],
): Decimal {
  const read = readNumeric(value, { subject, path });
  if (isIssue(read)) {
    issues.push(read);
    return new ExactDecimal(0);
  }
  if (read.sd() > MAX_DIGITS) {
    issues.push(issue(subject, path, "out_of_domain", REVIEW_EXPECTED.exactDigits, value));
    return new ExactDecimal(0);
  }
  return new ExactDecimal(read);
}

/**
 * The change of a product y = x₁·x₂·…·xₖ between two states (two periods, or target and actual)
 * split into one contribution per factor that sum **exactly** to the change: revenue = orders ×
 * average order value, won deals = closed deals × win rate, leads × conversion × deal size.
 *
 * The split is the Shapley value of the product, which does not depend on the order of the
 * factors: φᵢ = Σ over the sets S of the other factors of |S|!(k − |S| − 1)!/k! ·
 * (xᵢ' − xᵢ) · Π_{j∈S} xⱼ' · Π_{j∉S, j≠i} xⱼ (primes are `to` values). For two factors it is the
 * midpoint rule φ₁ = Δx₁·(x₂ + x₂')/2. Products are exact; the weights 1/k! are not always
 * finite decimals, so the contributions are rounded to `places` by the largest-remainder method,
 * which keeps their sum equal to the exact change.
 *
 * @param identity - `{ factors: [{ name, from, to }, ...] }`, 1 to 10 factors of at most 100 significant digits.
 * @param options - Decimal places.
 * @returns The {@link ProductDecomposition}.
 * @throws {KpiError} `invalid_argument` for a missing or malformed factor list, a factor without a unique name; `invalid_number` for a value that is not a number (every problem at once, with its path); `invalid_option` for bad places.
 * @example
 * ```ts
 * import { decomposeProduct } from "kinerja";
 *
 * // Revenue = orders × average order value: 1 000 × 50 000 → 950 × 49 000
 * const why = decomposeProduct({
 *   factors: [
 *     { name: "orders", from: 1000, to: 950 },
 *     { name: "average_order_value", from: 50000, to: 49000 },
 *   ],
 * }, { places: 0 });
 * console.log(why.change.toString());
 * // -3450000
 * for (const part of why.contributions) console.log(part.name, part.contribution.toString());
 * // orders -2475000
 * // average_order_value -975000
 * ```
 * @category Review statistics
 */
export function decomposeProduct(
  identity: { readonly factors: readonly ProductFactor[] },
  options?: DecomposeProductOptions,
): ProductDecomposition {
  const subject = "decomposeProduct";
  const factors = readFactors(identity, subject);
  const settings = readOptions(options, subject);
  let from = new ExactDecimal(1);
  let to = new ExactDecimal(1);
  for (const factor of factors) {
    from = from.times(factor.from);
    to = to.times(factor.to);
  }
  const change = to.minus(from);
  const places = Math.max(readPlaces(settings.places, subject, 10), change.decimalPlaces());
  const raw = shapleyValues(factors);
  const rounded = largestRemainder(raw, change, places);
  return {
    method: "shapley",
    from: new KDecimal(from),
    to: new KDecimal(to),
    change: new KDecimal(change),
    places,
    contributions: factors.map((factor, index) => ({
      name: factor.name,
      from: new KDecimal(factor.from),
      to: new KDecimal(factor.to),
      contribution: new KDecimal(
        (rounded[index] as Decimal).isZero() ? 0 : (rounded[index] as Decimal),
      ),
    })),
  };
}
