import { describe, expect, it } from "vitest";
import { count } from "../../src/aggregate/measures/count.js";
import { countDistinct } from "../../src/aggregate/measures/countDistinct.js";
import { max, min } from "../../src/aggregate/measures/extreme.js";
import { mean } from "../../src/aggregate/measures/mean.js";
import { first, last } from "../../src/aggregate/measures/snapshot.js";
import { sum } from "../../src/aggregate/measures/sum.js";
import { aggregate } from "../../src/aggregate/series/aggregate.js";
import { deserializeSeries } from "../../src/aggregate/series/deserializeSeries.js";
import { mergeSeries } from "../../src/aggregate/series/mergeSeries.js";
import { serializeSeries } from "../../src/aggregate/series/serializeSeries.js";
import { expectKpiError } from "../support/expectKpiError.js";

const through = (value: unknown) => JSON.parse(JSON.stringify(value));

describe("deserializeSeries: the frozen format", () => {
  it("round-trips the final format, field by field", () => {
    const measures = {
      revenue: sum("amount"),
      won: count("won"),
      customers: countDistinct("customer"),
      closing: last("amount"),
      average: mean("amount"),
      low: min("amount"),
    };
    const series = aggregate(
      [
        { at: "2025-01-05T00:00:00Z", amount: "10.50", won: true, customer: 7n },
        { at: "2025-01-06T00:00:00Z", amount: "-0.5", won: false, customer: "C" },
      ],
      { date: "at", granularity: "month", measures },
    );
    const json = through(serializeSeries(series));
    expect(json).toEqual({
      format: "kinerja.series",
      version: 1,
      granularity: "month",
      calendar: {
        timeZone: "UTC",
        weekStartsOn: 1,
        fiscalYearStartMonth: 1,
        fiscalYearNaming: "end_year",
      },
      grouped: false,
      filled: true,
      measures: [
        { name: "revenue", kind: "sum", field: "amount" },
        { name: "won", kind: "count", field: "won" },
        { name: "customers", kind: "count_distinct", field: "customer" },
        { name: "closing", kind: "last", field: "amount" },
        { name: "average", kind: "mean", field: "amount" },
        { name: "low", kind: "min", field: "amount" },
      ],
      periods: ["2025-01"],
      groups: [],
      cells: [
        {
          period: 0,
          group: null,
          records: 2,
          states: [
            { kind: "sum", integer: "1000", scale: 2 },
            { kind: "count", count: 1 },
            { kind: "count_distinct", strings: ["C"], numbers: [], bigints: ["7"] },
            { kind: "last", value: "-0.5", time: Date.UTC(2025, 0, 6), index: 1 },
            { kind: "mean", integer: "1000", scale: 2, count: 2 },
            { kind: "min", value: "-0.5" },
          ],
        },
      ],
      report: { records: 2, accepted: 2, rejected: 0, outsideRange: 0, issues: [] },
    });
    const copy = deserializeSeries(json, measures);
    expect(through(serializeSeries(copy))).toEqual(json);
    expect(copy.cells[0]?.values.average?.toString()).toBe("5");
  });
});

describe("deserializeSeries: the measures' identity travels", () => {
  const options = { date: "at", granularity: "month" } as const;

  it("refuses a worker's sum(cost) as the coordinator's sum(amount), through JSON text", () => {
    const worker = aggregate([{ at: "2025-01-05T00:00:00Z", cost: "5" }], {
      ...options,
      measures: { total: sum("cost") },
    });
    const text = JSON.stringify(serializeSeries(worker));
    const error = expectKpiError(
      () => deserializeSeries(JSON.parse(text), { total: sum("amount") }),
      "invalid_argument",
      { path: ["json", "measures"] },
    );
    expect(error.message).toContain('"total" (sum of amount)');
    expect(error.message).toContain('received "total" (sum of cost)');
    // The same measure reads back, and merges with the coordinator's own series.
    const coordinator = aggregate([{ at: "2025-01-09T00:00:00Z", cost: "2" }], {
      ...options,
      measures: { total: sum("cost") },
    });
    const back = deserializeSeries(JSON.parse(text), { total: sum("cost") });
    expect(mergeSeries(coordinator, back).cells[0]?.values.total.toString()).toBe("7");
  });

  it("tells count(won) from count(lost) and from count(), and a function accessor from a field", () => {
    const series = aggregate([{ at: "2025-01-05T00:00:00Z", won: true, lost: false }], {
      ...options,
      measures: { n: count("won") },
    });
    const json = through(serializeSeries(series));
    for (const other of [count("lost"), count(), count((record: { won: boolean }) => record.won)]) {
      expectKpiError(() => deserializeSeries(json, { n: other }), "invalid_argument", {
        path: ["json", "measures"],
      });
    }
    const byFunction = aggregate([{ at: "2025-01-05T00:00:00Z", a: 1 }], {
      ...options,
      measures: { s: sum((record: { a: number }) => record.a) },
    });
    const functionJson = through(serializeSeries(byFunction));
    expect(functionJson.measures).toEqual([{ name: "s", kind: "sum", field: null }]);
    expect(deserializeSeries(functionJson, { s: sum(() => 0) }).cells[0]?.values.s.toString()).toBe(
      "1",
    );
    expectKpiError(() => deserializeSeries(functionJson, { s: sum("a") }), "invalid_argument");
    const old = { ...functionJson, measures: [{ name: "s", kind: "sum" }] };
    expectKpiError(() => deserializeSeries(old, { s: sum(() => 0) }), "invalid_argument");
  });
});

describe("deserializeSeries: states consistent with their cells", () => {
  const measures = {
    revenue: sum("amount"),
    deals: count(),
    customers: countDistinct("customer"),
    opening: first("amount"),
    low: min("amount"),
    high: max("amount"),
    average: mean("amount"),
  };
  const series = aggregate(
    [
      { at: "2025-01-05T00:00:00Z", amount: "3", customer: "A" },
      { at: "2025-01-06T00:00:00Z", amount: "4", customer: "B" },
      { at: "2025-03-06T00:00:00Z", amount: "5", customer: "B" },
    ],
    { date: "at", granularity: "month", measures },
  );
  const fresh = () => through(serializeSeries(series));
  const refused = (json: unknown, place: (string | number)[]) =>
    expectKpiError(() => deserializeSeries(json, measures), "invalid_argument", { path: place });

  it("reads the consistent original", () => {
    expect(deserializeSeries(fresh(), measures).cells).toHaveLength(3);
  });

  it("refuses a report whose counts do not add up (accepted above records)", () => {
    const json = fresh();
    json.report.accepted = 5;
    refused(json, ["json", "report"]);
  });

  it("refuses a cell of 0 records with a sum of 99, or with a mean", () => {
    const json = fresh();
    json.cells[1].states[0] = { kind: "sum", integer: "99", scale: 0 };
    refused(json, ["json", "cells", "1", "states", "0"]);
    const mean = fresh();
    mean.cells[1].states[6] = { kind: "mean", integer: "99", scale: 0, count: 0 };
    expectKpiError(() => deserializeSeries(mean, measures), "invalid_argument");
  });

  it("refuses more distinct values, or a larger count, than records", () => {
    const json = fresh();
    json.cells[0].states[2] = {
      kind: "count_distinct",
      strings: ["A", "B", "C"],
      numbers: [],
      bigints: [],
    };
    refused(json, ["json", "cells", "0", "states", "2"]);
    const counted = fresh();
    counted.cells[0].states[1] = { kind: "count", count: 3 };
    refused(counted, ["json", "cells", "0", "states", "1"]);
  });

  it("refuses a minimum above the maximum of the same field", () => {
    const json = fresh();
    json.cells[0].states[4] = { kind: "min", value: "9" };
    const error = refused(json, ["json", "cells", "0", "states", "4"]);
    expect(error.message).toContain("minimum 9 above maximum 4");
  });

  it("refuses a first value outside its cell's span, or a snapshot in an empty cell", () => {
    const json = fresh();
    json.cells[0].states[3] = {
      kind: "first",
      value: "3",
      time: Date.UTC(2025, 1, 10),
      index: 0,
    };
    refused(json, ["json", "cells", "0", "states", "3"]);
    const empty = fresh();
    empty.cells[1].states[3] = { kind: "first", value: "3", time: Date.UTC(2025, 0, 5), index: 0 };
    refused(empty, ["json", "cells", "1", "states", "3"]);
  });
});

describe("deserializeSeries checks order and uniqueness", () => {
  const measures = { s: sum("a") };
  const series = aggregate(
    [
      { at: "2025-01-05T00:00:00Z", a: 1, g: "x" },
      { at: "2025-02-05T00:00:00Z", a: 2, g: "y" },
    ],
    { date: "at", granularity: "month", groupBy: "g", measures },
  );
  const fresh = () => JSON.parse(JSON.stringify(serializeSeries(series)));

  it("refuses a duplicated or unsorted period", () => {
    const duplicated = fresh();
    duplicated.filled = false;
    duplicated.periods.push("2025-01");
    expectKpiError(
      () => deserializeSeries(duplicated, measures),
      "invalid_argument",
      /^deserializeSeries: json\.periods\.2 must /,
    );
    const reversed = fresh();
    reversed.periods.reverse();
    expectKpiError(
      () => deserializeSeries(reversed, measures),
      "invalid_argument",
      /^deserializeSeries: json\.periods\.1 must /,
    );
    const bad = fresh();
    bad.periods[0] = "2025-13";
    expectKpiError(
      () => deserializeSeries(bad, measures),
      "invalid_argument",
      /^deserializeSeries: json\.periods\.0 must /,
    );
  });

  it("refuses duplicated or unordered groups, and groups of an ungrouped series", () => {
    const duplicated = fresh();
    duplicated.groups = ["x", "x"];
    expectKpiError(
      () => deserializeSeries(duplicated, measures),
      "invalid_argument",
      /^deserializeSeries: json\.groups\.1 must /,
    );
    const unordered = fresh();
    unordered.groups = ["y", "x"];
    expectKpiError(
      () => deserializeSeries(unordered, measures),
      "invalid_argument",
      /^deserializeSeries: json\.groups\.1 must /,
    );
    const ungrouped = fresh();
    ungrouped.grouped = false;
    expectKpiError(
      () => deserializeSeries(ungrouped, measures),
      "invalid_argument",
      /^deserializeSeries: json\.groups must /,
    );
  });

  it("refuses two cells for one period and group, and a filled series missing cells or periods", () => {
    const twice = fresh();
    twice.cells.push(twice.cells[0]);
    expectKpiError(
      () => deserializeSeries(twice, measures),
      "invalid_argument",
      /^deserializeSeries: json\.cells\.4 must /,
    );
    const missing = fresh();
    missing.cells.pop();
    expectKpiError(
      () => deserializeSeries(missing, measures),
      "invalid_argument",
      /^deserializeSeries: json\.cells must /,
    );
    missing.filled = false;
    expect(deserializeSeries(missing, measures).cells).toHaveLength(3);
    const gap = fresh();
    gap.periods[1] = "2025-03";
    expectKpiError(
      () => deserializeSeries(gap, measures),
      "invalid_argument",
      /^deserializeSeries: json\.periods\.1 must /,
    );
  });
});
