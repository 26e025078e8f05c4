import { type Decimal, KDecimal } from "../core/decimal.js";
import { KpiError, type KpiIssue, makeIssue, raise } from "../core/errors.js";
import { describe } from "../core/messages.js";
import { isIssue, type Numeric, readNumeric } from "../core/numeric.js";
import type { MetricIdentity } from "../model/defineIdentity.js";
import type { Localized } from "../model/types.js";
import { largestRemainder } from "./_largestRemainder.js";
import { readPlaces } from "./_places.js";
import { readObject, readOptions } from "./_read.js";
import { shapleyValues } from "./_shapley.js";
import { REVIEW_EXPECTED } from "./messages.js";
import { ExactDecimal } from "./precision.js";

/**
 * The values of an identity's quantities in one state, by name: every factor, and the result when
 * you have it (then it must be the product of the factors to within half a unit of `places`).
 *
 * @category Review statistics
 */
export type IdentityValues = Readonly<Record<string, Numeric>>;

/**
 * Options of {@link explainChange} and {@link explainGap}.
 *
 * @category Review statistics
 */
export interface ExplainChangeOptions {
  /** Decimal places of the contributions, 0 to 100 (default 10; raised to the places of the exact change when it has more). */
  readonly places?: number;
}

/**
 * The change of an identity's result split into its factors' contributions, which sum exactly to
 * `change`.
 *
 * @category Review statistics
 */
export interface IdentityExplanation {
  readonly identity: string;
  readonly method: "shapley";
  /** The result's name. */
  readonly result: string;
  /** The result in the first state (as given, or the product of the factors). */
  readonly from: Decimal;
  /** The result in the second state. */
  readonly to: Decimal;
  /** to − from, exact. */
  readonly change: Decimal;
  readonly places: number;
  readonly contributions: readonly {
    readonly name: string;
    readonly label: Localized;
    readonly from: Decimal;
    readonly to: Decimal;
    readonly contribution: Decimal;
  }[];
}

const MAX_DIGITS = 100;

function readIdentity(value: unknown, subject: string): MetricIdentity {
  if (
    typeof value !== "object" ||
    value === null ||
    (value as { kind?: unknown }).kind !== "identity"
  ) {
    raise("invalid_argument", subject, ["identity"], REVIEW_EXPECTED.identity, value);
  }
  return value as MetricIdentity;
}

function readSide(
  identity: MetricIdentity,
  value: unknown,
  subject: string,
  side: string,
  issues: KpiIssue[],
): { factors: Decimal[]; result: Decimal | null } {
  const values = readObject(value, subject, [side]);
  const known = [identity.result.name, ...identity.factors.map((factor) => factor.name)];
  for (const key of Object.keys(values)) {
    if (!known.includes(key)) {
      issues.push(
        makeIssue({
          code: "invalid_argument",
          subject,
          path: [side, key],
          expected: REVIEW_EXPECTED.identityQuantity(known),
          received: describe(values[key]),
        }),
      );
    }
  }
  const read = (name: string, required: boolean): Decimal | null => {
    const path = [side, name];
    const raw = Object.hasOwn(values, name) ? values[name] : undefined;
    if (raw === undefined) {
      if (required) {
        issues.push(
          makeIssue({
            code: "missing_input",
            subject,
            path,
            expected: REVIEW_EXPECTED.exactDigits,
            received: describe(raw),
          }),
        );
      }
      return null;
    }
    const number = readNumeric(raw, { subject, path });
    if (isIssue(number)) {
      issues.push(number);
      return null;
    }
    if (number.sd() > MAX_DIGITS) {
      issues.push(
        makeIssue({
          code: "out_of_domain",
          subject,
          path,
          expected: REVIEW_EXPECTED.exactDigits,
          received: describe(raw),
        }),
      );
      return null;
    }
    return new ExactDecimal(number);
  };
  const factors = identity.factors.map((factor) => read(factor.name, true) ?? new ExactDecimal(0));
  return { factors, result: read(identity.result.name, false) };
}

/** The explanation of a change between two states (shared with explainGap). @internal */
export function explain(
  subject: string,
  sides: readonly [string, string],
  identityValue: unknown,
  before: unknown,
  after: unknown,
  options: unknown,
): IdentityExplanation {
  const identity = readIdentity(identityValue, subject);
  const issues: KpiIssue[] = [];
  const from = readSide(identity, before, subject, sides[0], issues);
  const to = readSide(identity, after, subject, sides[1], issues);
  if (issues.length > 0) throw new KpiError(issues);
  const settings = readOptions(options, subject);
  const requested = readPlaces(settings.places, subject, 10);
  const product = (values: readonly Decimal[]): Decimal =>
    values.reduce((acc, value) => acc.times(value), new ExactDecimal(1));
  const tolerance = new ExactDecimal(10).pow(-requested).div(2);
  const settle = (side: { factors: Decimal[]; result: Decimal | null }, name: string): Decimal => {
    const exact = product(side.factors);
    if (side.result === null) return exact;
    if (exact.minus(side.result).abs().gt(tolerance)) {
      raise(
        "inconsistent_inputs",
        subject,
        [name, identity.result.name],
        REVIEW_EXPECTED.identityProduct(identity.formula, exact.toString(), requested),
        side.result.toString(),
      );
    }
    return side.result;
  };
  const start = settle(from, sides[0]);
  const end = settle(to, sides[1]);
  const change = end.minus(start);
  const places = Math.max(requested, change.decimalPlaces());
  const raw = shapleyValues(
    identity.factors.map((_, index) => ({
      from: from.factors[index] as Decimal,
      to: to.factors[index] as Decimal,
    })),
  );
  const rounded = largestRemainder(raw, change, places);
  const out = (value: Decimal): Decimal => new KDecimal(value.isZero() ? 0 : value);
  return {
    identity: identity.id,
    method: "shapley",
    result: identity.result.name,
    from: out(start),
    to: out(end),
    change: out(change),
    places,
    contributions: identity.factors.map((factor, index) => ({
      name: factor.name,
      label: factor.label,
      from: out(from.factors[index] as Decimal),
      to: out(to.factors[index] as Decimal),
      contribution: out(rounded[index] as Decimal),
    })),
  };
}

/**
 * The change of a declared identity's result between two periods split into its drivers'
 * contributions, which sum **exactly** to the change: revenue fell by Rp 97.5 million, of which
 * fewer orders −68.25 million and smaller orders −29.25 million.
 *
 * The split is the Shapley value of the product (see {@link decomposeProduct}): each factor's
 * effect averaged over every order in which the factors could change, so it does not depend on the
 * order of the factors. When you give the result's values too (the revenue you reported), the
 * contributions sum to their change exactly, and the result must equal the product of the factors
 * to within half a unit of `places` (a factor that is a rounded ratio, like an average order value
 * of a third, leaves a residue far below that, absorbed by the largest-remainder rounding).
 *
 * @param identity - A {@link MetricIdentity} from {@link defineIdentity} or the catalog.
 * @param before - The earlier period's values, by name (every factor; the result optionally).
 * @param after - The later period's values, by name.
 * @param options - Decimal places of the contributions.
 * @returns The {@link IdentityExplanation}.
 * @throws {KpiError} `invalid_argument` for what is not an identity or an unknown name; `missing_input` for a factor left out; `invalid_number` / `out_of_domain` for a value that is not a number of at most 100 significant digits (every problem at once); `inconsistent_inputs` when a given result is not the product of the factors; `invalid_option` for bad places.
 * @example
 * ```ts
 * import { explainChange, revenueFromOrders } from "kinerja";
 *
 * const why = explainChange(
 *   revenueFromOrders,
 *   { orders: 1000, average_order_value: 50000, sales_revenue: 50000000 },
 *   { orders: 950, average_order_value: 49000 },
 *   { places: 0 },
 * );
 * console.log(why.change.toString());
 * // -3450000
 * for (const part of why.contributions) console.log(part.name, part.contribution.toString());
 * // orders -2475000
 * // average_order_value -975000
 * ```
 * @category Review statistics
 */
export function explainChange(
  identity: MetricIdentity,
  before: IdentityValues,
  after: IdentityValues,
  options?: ExplainChangeOptions,
): IdentityExplanation {
  return explain("explainChange", ["before", "after"], identity, before, after, options);
}
