import { Decimal } from "decimal.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decomposeProduct } from "../../src/review/decomposeProduct.js";
import { priceVolumeMix } from "../../src/review/priceVolumeMix.js";
import { topContributors } from "../../src/review/topContributors.js";

// Exact closure: whatever the inputs, the parts sum to the change with no residual. The checks
// add in a 1000-digit decimal so that the test itself never rounds.
const Exact = Decimal.clone({ precision: 1000 });
const add = (values: readonly Decimal.Value[]): Decimal =>
  values.reduce<Decimal>((total, value) => total.plus(value), new Exact(0));

const amount = fc
  .tuple(fc.integer({ min: -10_000_000, max: 10_000_000 }), fc.integer({ min: 0, max: 4 }))
  .map(([units, scale]) => (units / 10 ** scale).toFixed(scale));
const positive = fc
  .tuple(fc.integer({ min: 0, max: 100_000 }), fc.integer({ min: 0, max: 3 }))
  .map(([units, scale]) => (units / 10 ** scale).toFixed(scale));

describe("decomposition closure", () => {
  it("Shapley contributions of a product sum exactly to its change", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(amount, amount), { minLength: 1, maxLength: 5 }),
        fc.integer({ min: 0, max: 6 }),
        (pairs, places) => {
          const why = decomposeProduct(
            { factors: pairs.map(([from, to], index) => ({ name: `f${index}`, from, to })) },
            { places },
          );
          expect(add(why.contributions.map((c) => c.contribution)).eq(why.change)).toBe(true);
          expect(new Exact(why.to).minus(why.from).eq(why.change)).toBe(true);
        },
      ),
      { numRuns: 150, seed: 15 },
    );
  });

  it("price + volume + mix equals each segment's change and the total change", () => {
    const side = fc.tuple(positive, positive).map(([quantity, price]) => ({ quantity, price }));
    fc.assert(
      fc.property(fc.array(fc.tuple(side, side), { minLength: 1, maxLength: 6 }), (pairs) => {
        const segments = pairs.map(([from, to], index) => ({
          key: `s${index}`,
          from: {
            quantity: from.quantity,
            revenue: Number(from.quantity) === 0 ? "0" : `${from.quantity}`,
          },
          to: {
            quantity: to.quantity,
            revenue: Number(to.quantity) === 0 ? "0" : `${to.quantity}`,
          },
        }));
        // revenue = quantity × price, exactly, as strings
        segments.forEach((segment, index) => {
          const [from, to] = pairs[index] as [(typeof pairs)[0][0], (typeof pairs)[0][1]];
          Object.assign(segment.from, { revenue: times(from.quantity, from.price) });
          Object.assign(segment.to, { revenue: times(to.quantity, to.price) });
        });
        const pvm = priceVolumeMix(segments, { places: 3 });
        if (pvm.total === null) return;
        for (const s of pvm.segments) {
          expect(add([s.price ?? 0, s.volume ?? 0, s.mix ?? 0]).eq(s.change)).toBe(true);
        }
        const t = pvm.total;
        expect(add([t.price, t.volume, t.mix]).eq(t.change)).toBe(true);
        expect(add(pvm.segments.map((s) => s.change)).eq(t.change)).toBe(true);
        expect(new Exact(pvm.to).minus(pvm.from).eq(t.change)).toBe(true);
      }),
      { numRuns: 150, seed: 15 },
    );
  });

  it("segment changes sum exactly to the total change", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(amount, amount), { maxLength: 8 }), (pairs) => {
        const drivers = topContributors(
          pairs.map(([from, to], index) => ({ key: `g${index}`, from, to })),
          { limit: 100 },
        );
        const all = [...drivers.increases, ...drivers.decreases];
        expect(add(all.map((c) => c.change)).eq(drivers.change)).toBe(true);
      }),
      { numRuns: 150, seed: 15 },
    );
  });
});

function times(a: string, b: string): string {
  const [aw = "0", af = ""] = a.split(".");
  const [bw = "0", bf = ""] = b.split(".");
  const product = BigInt(aw + af) * BigInt(bw + bf);
  const scale = af.length + bf.length;
  const digits = product.toString().padStart(scale + 1, "0");
  return scale === 0 ? digits : `${digits.slice(0, -scale)}.${digits.slice(-scale)}`;
}
