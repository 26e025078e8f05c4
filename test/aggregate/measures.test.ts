import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { count } from "../../src/aggregate/measures/count.js";
import { countDistinct } from "../../src/aggregate/measures/countDistinct.js";
import { max, min } from "../../src/aggregate/measures/extreme.js";
import { mean } from "../../src/aggregate/measures/mean.js";
import { first, last } from "../../src/aggregate/measures/snapshot.js";
import { sum } from "../../src/aggregate/measures/sum.js";
import type { AnyMeasure } from "../../src/aggregate/measures/types.js";
import { KpiError } from "../../src/core/errors.js";
import { expectKpiError } from "../support/expectKpiError.js";

interface Row {
  readonly time: number;
  readonly index: number;
  readonly amount: string;
  readonly customer: number | string;
  readonly won: boolean;
}

const measures: Record<string, AnyMeasure> = {
  sum: sum("amount"),
  count: count(),
  countWon: count("won"),
  countDistinct: countDistinct("customer"),
  first: first("amount"),
  last: last("amount"),
  min: min("amount"),
  max: max("amount"),
  mean: mean("amount"),
};

const row: fc.Arbitrary<Row> = fc.record({
  // Few distinct times and indexes, so ties are frequent.
  time: fc.integer({ min: 0, max: 5 }),
  index: fc.integer({ min: 0, max: 5 }),
  amount: fc
    .tuple(fc.integer({ min: -100000, max: 100000 }), fc.integer({ min: 0, max: 3 }))
    .map(([m, s]) => (m / 10 ** s).toFixed(s)),
  customer: fc.oneof(fc.integer({ min: 0, max: 6 }), fc.constantFrom("a", "b", "0")),
  won: fc.boolean(),
});

function build(measure: AnyMeasure, rows: readonly Row[]): unknown {
  const state = measure.empty();
  for (const r of rows) measure.add(state, r, r.index, r.time);
  return state;
}

const json = (measure: AnyMeasure, state: unknown) => JSON.stringify(measure.serialize(state));

describe("measure vectors", () => {
  const rows: Row[] = [
    { time: 20, index: 0, amount: "10.50", customer: "a", won: true },
    { time: 10, index: 1, amount: "-2", customer: "b", won: false },
    { time: 30, index: 2, amount: "7.25", customer: "a", won: true },
    { time: 30, index: 3, amount: "1", customer: 1, won: false },
  ];
  const value = (measure: AnyMeasure) => measure.finalize(build(measure, rows))?.toString() ?? null;

  it("computes each measure by hand", () => {
    expect(value(measures.sum as AnyMeasure)).toBe("16.75");
    expect(value(measures.count as AnyMeasure)).toBe("4");
    expect(value(measures.countWon as AnyMeasure)).toBe("2");
    expect(value(measures.countDistinct as AnyMeasure)).toBe("3");
    expect(value(measures.first as AnyMeasure)).toBe("-2");
    // Two records at time 30: the later index (3) is the closing snapshot.
    expect(value(measures.last as AnyMeasure)).toBe("1");
    expect(value(measures.min as AnyMeasure)).toBe("-2");
    expect(value(measures.max as AnyMeasure)).toBe("10.5");
    expect(value(measures.mean as AnyMeasure)).toBe("4.1875");
  });

  it("gives the fill value on no records", () => {
    const empty = (name: string) =>
      (measures[name] as AnyMeasure).finalize((measures[name] as AnyMeasure).empty());
    expect(empty("sum")?.toString()).toBe("0");
    expect(empty("count")?.toString()).toBe("0");
    expect(empty("countDistinct")?.toString()).toBe("0");
    for (const name of ["first", "last", "min", "max", "mean"]) expect(empty(name)).toBeNull();
    expect((measures.last as AnyMeasure).fill).toBe("carry_forward");
    expect((measures.first as AnyMeasure).fill).toBe("null");
    expect((measures.sum as AnyMeasure).fill).toBe("zero");
  });

  it("counts 1 and '1' apart, 0 and -0 together", () => {
    const distinct = countDistinct("id");
    const state = distinct.empty();
    for (const [index, id] of [1, "1", 0, -0, 10n, 10].entries())
      distinct.add(state, { id }, index);
    expect(distinct.finalize(state)?.toString()).toBe("5");
    const back = distinct.deserialize(JSON.parse(JSON.stringify(distinct.serialize(state))));
    expect(distinct.finalize(back)?.toString()).toBe("5");
  });

  it("reads with functions too", () => {
    const weighted = sum((record: { qty: number; price: string }) =>
      (BigInt(record.qty) * BigInt(record.price.replace(".", ""))).toString(),
    );
    const state = weighted.empty();
    weighted.add(state, { qty: 3, price: "1.50" }, 0);
    expect(weighted.finalize(state)?.toString()).toBe("450");
    const big = count((record: { amount: number }) => record.amount > 100);
    const counted = big.empty();
    big.add(counted, { amount: 150 }, 0);
    big.add(counted, { amount: 50 }, 1);
    expect(big.finalize(counted)?.toString()).toBe("1");
  });

  it("throws invalid_record on an unreadable value, naming the field", () => {
    const revenue = sum("amount");
    expect(() => revenue.add(revenue.empty(), { amount: "12abc" }, 12)).toThrow(
      'sum: record 12 field "amount" must be a finite number, a plain decimal string such as "1234.56", a bigint or a Decimal, received "12abc"',
    );
    const won = count("won");
    expectKpiError(() => won.add(won.empty(), { won: "yes" }, 3), "invalid_record", {
      path: [3, "won"],
    });
    const distinct = countDistinct("id");
    expect(() => distinct.add(distinct.empty(), { id: null }, 0)).toThrow(KpiError);
    expect(() => distinct.add(distinct.empty(), { id: Number.NaN }, 0)).toThrow(KpiError);
  });

  it("rejects accessors that are neither names nor functions", () => {
    expect(() => sum(3 as never)).toThrow(
      "sum: accessor must be a property name or a function (record, index) => value, received 3",
    );
    expect(() => count({} as never)).toThrow(KpiError);
  });

  it("rejects malformed serialized states", () => {
    for (const [name, measure] of Object.entries(measures)) {
      expect(() => measure.deserialize({ kind: "nope" }), name).toThrow(KpiError);
      expect(() => measure.deserialize(null), name).toThrow(KpiError);
    }
    expect(() =>
      (measures.sum as AnyMeasure).deserialize({
        kind: "sum",
        integer: "1.5",
        scale: 0,
      }),
    ).toThrow(KpiError);
  });
});

describe("measure properties", () => {
  for (const [name, measure] of Object.entries(measures)) {
    it(`${name}: merge is associative and commutative`, () => {
      fc.assert(
        fc.property(fc.array(row), fc.array(row), fc.array(row), (a, b, c) => {
          const [sa, sb, sc] = [build(measure, a), build(measure, b), build(measure, c)];
          const left = measure.merge(measure.merge(sa, sb), sc);
          const right = measure.merge(sa, measure.merge(sb, sc));
          expect(json(measure, left)).toBe(json(measure, right));
          expect(json(measure, measure.merge(sa, sb))).toBe(json(measure, measure.merge(sb, sa)));
        }),
      );
    });

    it(`${name}: merging partial states equals one pass, in any order`, () => {
      fc.assert(
        fc.property(fc.array(row), fc.array(row), (a, b) => {
          const merged = measure.merge(build(measure, a), build(measure, b));
          expect(json(measure, merged)).toBe(json(measure, build(measure, [...a, ...b])));
          expect(json(measure, merged)).toBe(json(measure, build(measure, [...b, ...a].reverse())));
        }),
      );
    });

    it(`${name}: serialize / deserialize round-trips through JSON`, () => {
      fc.assert(
        fc.property(fc.array(row), (a) => {
          const state = build(measure, a);
          const text = json(measure, state);
          const back = measure.deserialize(JSON.parse(text));
          expect(json(measure, back)).toBe(text);
          expect(measure.finalize(back)?.toString()).toBe(measure.finalize(state)?.toString());
        }),
      );
    });

    it(`${name}: merge leaves its arguments alone`, () => {
      fc.assert(
        fc.property(fc.array(row), fc.array(row), (a, b) => {
          const [sa, sb] = [build(measure, a), build(measure, b)];
          const before = [json(measure, sa), json(measure, sb)];
          measure.merge(sa, sb);
          expect([json(measure, sa), json(measure, sb)]).toEqual(before);
        }),
      );
    });
  }

  it("sum states with values past 2^53 and Decimal fallbacks round-trip exactly", () => {
    const revenue = sum("amount");
    const state = revenue.empty();
    for (const [index, amount] of [
      "9007199254740991",
      "9007199254740991",
      "0.5",
      "1e2",
      12345678901234567890n,
    ].entries())
      revenue.add(state, { amount }, index);
    const back = revenue.deserialize(JSON.parse(JSON.stringify(revenue.serialize(state))));
    expect(revenue.finalize(back)?.toString()).toBe("12363693299744049972.5");
    expect(revenue.finalize(state)?.toString()).toBe("12363693299744049972.5");
  });
});
