import { Decimal } from "decimal.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compoundGrowthRate } from "../../../src/metrics/sales/compoundGrowthRate.js";

// The reference: the same rate at 200 significant digits, computed the plain way,
// exp(ln(end / start) / periods) − 1. Near a ratio of 1 over 10^30 periods the subtraction loses
// about 60 digits, which leaves well over 120 correct digits to judge a 34-digit result by.
const Reference = Decimal.clone({ precision: 200, toExpNeg: -9e15, toExpPos: 9e15 });

function reference(start: string, end: string, periods: string): Decimal {
  const logarithm = new Reference(end).div(start).ln();
  return logarithm.div(periods).exp().minus(1);
}

/** |value − reference| in units in the last place of the 34-digit value. */
function ulpError(value: Decimal, exact: Decimal): Decimal {
  const ulp = new Reference(10).pow(value.e - 33);
  return new Reference(value.toString()).minus(exact).abs().div(ulp);
}

const digits = (min: number, max: number) =>
  fc.bigInt({ min: BigInt(min), max: BigInt(max) }).map(String);
/** A positive decimal with up to 12 significant digits and a moderate exponent. */
const positive = fc
  .tuple(digits(1, 999_999_999_999), fc.integer({ min: -12, max: 12 }))
  .map(([mantissa, exponent]) => `${mantissa}e${exponent}`);
/** An end close to the start: start × (1 ± 10^-k) with k up to 25. */
const nearStart = (start: string) =>
  fc
    .tuple(fc.integer({ min: 1, max: 25 }), fc.boolean(), digits(1, 999))
    .map(([k, up, m]) =>
      new Reference(start)
        .times(new Reference(1).plus(new Reference(`${up ? "" : "-"}${m}e-${k + 3}`)))
        .toString(),
    );
/** Periods from a fraction to 10^30. */
const periods = fc
  .tuple(digits(1, 9_999), fc.integer({ min: -2, max: 30 }))
  .map(([mantissa, exponent]) => `${mantissa}e${exponent}`);

describe("compoundGrowthRate is correctly rounded (property)", () => {
  it("is within half an ulp of a 200-digit reference, near a ratio of 1 and far from it", () => {
    const cases = fc.oneof(
      fc.tuple(positive, positive, periods),
      positive.chain((start) => fc.tuple(fc.constant(start), nearStart(start), periods)),
    );
    fc.assert(
      fc.property(cases, ([start, end, n]) => {
        const exact = reference(start, end, n);
        // Ratios whose power leaves the accepted range (10^±1000) are refused; skip those.
        if (new Reference(end).div(start).log(10).abs().div(n).gt(1000)) return;
        const value = compoundGrowthRate({ start, end, periods: n }) as Decimal;
        if (exact.isZero()) {
          expect(value.isZero()).toBe(true);
          return;
        }
        expect(ulpError(value, exact).lte("0.5")).toBe(true);
      }),
      { numRuns: 400 },
    );
  });

  it("1 to 2 over 10^30 periods: ln 2 / 10^30 plus its square over two, every digit", () => {
    const value = compoundGrowthRate({ start: 1, end: 2, periods: "1e30" }) as Decimal;
    expect(value.toString()).toBe(
      "0.0000000000000000000000000000006931471805599453094172321214584168",
    );
    expect(ulpError(value, reference("1", "2", "1e30")).lte("0.5")).toBe(true);
  });
});
