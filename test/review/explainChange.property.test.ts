import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { KDecimal } from "../../src/core/decimal.js";
import { defineIdentity } from "../../src/model/defineIdentity.js";
import { explainChange } from "../../src/review/explainChange.js";

const label = { en: "x", id: "x" };
// Products of four 8-digit values with 4 decimals need more than the 34 digits of KDecimal.
const Wide = KDecimal.clone({ precision: 200 });
const names = ["a", "b", "c", "d"];
const identityOf = (k: number) =>
  defineIdentity({
    id: "probe",
    label,
    result: { name: "y", label },
    factors: names.slice(0, k).map((name) => ({ name, label })),
  });

// A value of up to 4 decimals, positive or negative, as text.
const value = fc
  .tuple(fc.integer({ min: -10_000_000, max: 10_000_000 }), fc.integer({ min: 0, max: 4 }))
  .map(([units, scale]) => new KDecimal(units).div(10 ** scale).toString());

const case_ = fc.integer({ min: 1, max: 4 }).chain((k) =>
  fc.record({
    k: fc.constant(k),
    before: fc.array(value, { minLength: k, maxLength: k }),
    after: fc.array(value, { minLength: k, maxLength: k }),
    places: fc.integer({ min: 0, max: 12 }),
  }),
);

const valuesOf = (list: readonly string[]) =>
  Object.fromEntries(list.map((item, index) => [names[index] as string, item]));

describe("explainChange closure", () => {
  it("contributions sum exactly to the change of the result, whatever the factors", () => {
    fc.assert(
      fc.property(case_, ({ k, before, after, places }) => {
        const why = explainChange(identityOf(k), valuesOf(before), valuesOf(after), { places });
        const product = (list: readonly string[]) =>
          list.reduce((acc, item) => acc.times(item), new Wide(1));
        const sum = why.contributions.reduce(
          (acc, part) => acc.plus(part.contribution),
          new Wide(0),
        );
        expect(sum.eq(why.change)).toBe(true);
        expect(why.change.eq(product(after).minus(product(before)))).toBe(true);
        for (const part of why.contributions) {
          expect(part.contribution.decimalPlaces()).toBeLessThanOrEqual(why.places);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("does not depend on the order of the factors", () => {
    fc.assert(
      fc.property(case_, ({ k, before, after }) => {
        const forward = explainChange(identityOf(k), valuesOf(before), valuesOf(after), {
          places: 0,
        });
        const reversed = defineIdentity({
          id: "probe",
          label,
          result: { name: "y", label },
          factors: names
            .slice(0, k)
            .reverse()
            .map((name) => ({ name, label })),
        });
        const backward = explainChange(reversed, valuesOf(before), valuesOf(after), { places: 0 });
        // before rounding the values are equal; rounded, ties may fall differently, so compare
        // each within one unit of the last place
        for (const part of forward.contributions) {
          const other = backward.contributions.find((item) => item.name === part.name);
          expect(
            part.contribution
              .minus(other?.contribution ?? 0)
              .abs()
              .lte(1),
          ).toBe(true);
        }
      }),
      { numRuns: 200 },
    );
  });
});
