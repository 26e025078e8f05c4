// Merge laws of moments(field): any split of the values merges into the one-pass state, merging is
// commutative and associative with the empty state as identity, the JSON round trip is exact, and
// the count, sum and sum of squares equal the BigInt reference. Amounts in every Numeric form, 0-4
// decimals, past 2^53 (the shared generators of test/properties).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { aggregate, mergeSeries, moments, serializeSeries } from "../../../src/index.js";
import {
  amountArbitrary,
  amountIn,
  recordInstant,
  scaledText,
  toUnits4,
} from "../../properties/support.js";

type Amount = { units: bigint; scale: number; form: number };

const measure = moments("x");

function stateOf(amounts: readonly Amount[]) {
  const state = measure.empty();
  amounts.forEach((amount, index) => {
    measure.add(state, { x: amountIn(amount.form, amount.units, amount.scale) }, index);
  });
  return state;
}

/** The reference: n, Σx and Σx² from BigInt units of 10^-4 (so Σx² in units of 10^-8). */
function reference(amounts: readonly Amount[]) {
  let sum = 0n;
  let squares = 0n;
  for (const { units, scale } of amounts) {
    const x = toUnits4(units, scale);
    sum += x;
    squares += x * x;
  }
  const plain = (units: bigint, scale: number) => {
    const text = scaledText(units, scale);
    return text.includes(".") ? text.replace(/\.?0+$/, "") : text;
  };
  return {
    kind: "moments",
    n: amounts.length,
    sum: plain(sum, 4),
    sumOfSquares: plain(squares, 8),
  };
}

describe("moments: merge laws", () => {
  it("any split merges into the one-pass state, in any order, and equals the BigInt reference", () => {
    fc.assert(
      fc.property(
        fc.array(amountArbitrary, { maxLength: 20 }),
        fc.array(amountArbitrary, { maxLength: 20 }),
        fc.array(amountArbitrary, { maxLength: 20 }),
        (a, b, c) => {
          const [A, B, C] = [stateOf(a), stateOf(b), stateOf(c)];
          const whole = measure.serialize(stateOf([...a, ...b, ...c]));
          const left = measure.serialize(measure.merge(measure.merge(A, B), C));
          const right = measure.serialize(measure.merge(A, measure.merge(B, C)));
          expect(left).toEqual(whole);
          expect(right).toEqual(whole);
          expect(measure.serialize(measure.merge(B, A))).toEqual(
            measure.serialize(measure.merge(A, B)),
          );
          expect(measure.serialize(measure.merge(A, measure.empty()))).toEqual(
            measure.serialize(A),
          );
          expect(whole).toEqual(reference([...a, ...b, ...c]));
          // The JSON round trip is exact, and the round-tripped state merges the same way.
          const back = measure.deserialize(JSON.parse(JSON.stringify(A)));
          expect(measure.serialize(measure.merge(back, measure.merge(B, C)))).toEqual(whole);
        },
      ),
    );
  });

  it("in aggregate: chunks of records merged with mergeSeries equal one pass", () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ time: recordInstant, amount: amountArbitrary }), { maxLength: 30 }),
        fc.nat(),
        (rows, cut) => {
          const records = rows.map((row) => ({
            at: row.time,
            x: amountIn(row.amount.form, row.amount.units, row.amount.scale),
          }));
          const at = rows.length === 0 ? 0 : cut % (rows.length + 1);
          const options = {
            date: "at",
            granularity: "month",
            measures: { m: moments("x") },
            allowAllRejected: true,
          } as const;
          const whole = serializeSeries(aggregate(records, options));
          const merged = serializeSeries(
            mergeSeries(
              aggregate(records.slice(0, at), options),
              aggregate(records.slice(at), { ...options, indexOffset: at }),
            ),
          );
          const { report: _w, ...left } = whole;
          const { report: _m, ...right } = merged;
          expect(right).toEqual(left);
        },
      ),
    );
  });
});
