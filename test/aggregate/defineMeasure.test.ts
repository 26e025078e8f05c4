import { describe, expect, it } from "vitest";
import { countDistinct } from "../../src/aggregate/measures/countDistinct.js";
import {
  countedDistinct,
  countedDistinctState,
} from "../../src/aggregate/measures/countedDistinct.js";
import { defineMeasure } from "../../src/aggregate/measures/defineMeasure.js";
import { aggregate } from "../../src/aggregate/series/aggregate.js";
import { deserializeSeries } from "../../src/aggregate/series/deserializeSeries.js";
import { serializeSeries } from "../../src/aggregate/series/serializeSeries.js";
import { total } from "../../src/aggregate/series/total.js";
import { KDecimal } from "../../src/core/decimal.js";
import { expectKpiError } from "../support/expectKpiError.js";

/** Counts records whose value is even: the smallest useful custom measure. */
const evens = (field: string) =>
  defineMeasure({
    kind: "even_count",
    fill: "zero",
    accessor: field,
    expected: "a safe integer",
    reader: () => {
      let even = false;
      return {
        read: (value) => {
          if (!Number.isSafeInteger(value)) return false;
          even = (value as number) % 2 === 0;
          return true;
        },
        add: (state) => {
          if (even) state.count++;
        },
      };
    },
    empty: () => ({ count: 0 }),
    mergeInto: (target, source) => {
      target.count += source.count;
    },
    finalize: (state) => new KDecimal(state.count),
    toJSON: (state) => ({ count: state.count }),
    fromJSON: (json) =>
      Number.isSafeInteger(json.count) ? { count: json.count as number } : undefined,
    consistent: (state, records) => state.count <= records,
  });

describe("defineMeasure", () => {
  it("builds a measure that aggregate, serialize and deserialize use like a built-in", () => {
    const measures = { evens: evens("n") };
    const series = aggregate(
      [
        { at: "2025-01-01T00:00:00Z", n: 2 },
        { at: "2025-01-02T00:00:00Z", n: 3 },
        { at: "2025-03-02T00:00:00Z", n: 4 },
      ],
      { date: "at", granularity: "month", measures },
    );
    expect(series.cells.map((cell) => cell.values.evens.toString())).toEqual(["1", "0", "1"]);
    const json = JSON.parse(JSON.stringify(serializeSeries(series)));
    expect(json.measures).toEqual([{ name: "evens", kind: "even_count", field: "n" }]);
    expect(json.cells[0].states[0]).toEqual({ kind: "even_count", count: 1 });
    expect(total(deserializeSeries(json, measures)).values.evens.toString()).toBe("2");
    json.cells[0].states[0].count = 5;
    expectKpiError(() => deserializeSeries(json, measures), "invalid_argument", {
      path: ["json", "cells", "0", "states", "0"],
    });
  });

  it("words invalid records with the definition's expectation and checks its states", () => {
    const measure = evens("n");
    expectKpiError(
      () => measure.add(measure.empty(), { n: 1.5 }, 3),
      "invalid_record",
      'even_count: record 3 field "n" must be a safe integer, received 1.5',
    );
    expectKpiError(
      () => measure.merge(measure.empty(), { kind: "count" } as never),
      "invalid_argument",
      {
        path: ["b"],
      },
    );
    expectKpiError(
      () => measure.deserialize({ kind: "even_count", count: "x" }),
      "invalid_argument",
    );
  });

  it("refuses a malformed definition, naming the part", () => {
    const base = {
      kind: "my_measure",
      fill: "zero",
      expected: "x",
      reader: () => ({ read: () => true, add: () => {} }),
      empty: () => ({}),
      mergeInto: () => {},
      finalize: () => null,
      toJSON: () => ({}),
      fromJSON: () => ({}),
    } as const;
    expect(defineMeasure(base).kind).toBe("my_measure");
    expectKpiError(() => defineMeasure({ ...base, kind: "My Measure" }), "invalid_argument", {
      path: ["definition", "kind"],
    });
    expectKpiError(() => defineMeasure({ ...base, fill: "zeros" as never }), "invalid_argument", {
      path: ["definition", "fill"],
    });
    expectKpiError(
      () => defineMeasure({ ...base, mergeInto: undefined as never }),
      "invalid_argument",
      {
        path: ["definition", "mergeInto"],
      },
    );
    expectKpiError(() => defineMeasure(null as never), "invalid_argument", {
      path: ["definition"],
    });
    expectKpiError(() => defineMeasure({ ...base, accessor: 3 as never }), "invalid_argument", {
      path: ["accessor"],
    });
  });
});

describe("countedDistinct (the SQL layer's distinct count without values)", () => {
  it("reads as a value, keeps the original's identity, and refuses to merge or serialize", () => {
    const measure = countedDistinct("customers", countDistinct("customer"));
    expect([measure.kind, measure.field]).toEqual(["count_distinct", "customer"]);
    const state = countedDistinctState(measure, 4);
    expect(measure.finalize(state).toString()).toBe("4");
    expectKpiError(() => measure.merge(state, state), "not_additive", {
      path: ["measures", "customers"],
    });
    expectKpiError(() => JSON.stringify(state), "not_additive");
    expectKpiError(() => measure.reader(), "not_additive");
  });
});
