import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { count } from "../../src/aggregate/measures/count.js";
import { countDistinct } from "../../src/aggregate/measures/countDistinct.js";
import { max, min } from "../../src/aggregate/measures/extreme.js";
import { mean } from "../../src/aggregate/measures/mean.js";
import { first, last } from "../../src/aggregate/measures/snapshot.js";
import { sum } from "../../src/aggregate/measures/sum.js";
import { MAX_FILLED_CELLS } from "../../src/aggregate/series/_limits.js";
import { aggregate } from "../../src/aggregate/series/aggregate.js";
import { mergeSeries } from "../../src/aggregate/series/mergeSeries.js";
import { rollup } from "../../src/aggregate/series/rollup.js";
import { serializeSeries } from "../../src/aggregate/series/serializeSeries.js";
import { KpiError } from "../../src/core/errors.js";
import { customerActivity } from "../../src/customers/customerActivity.js";
import { PERIOD_EXPECTED } from "../../src/period/messages.js";
import { periodOf } from "../../src/period/periodOf.js";
import type { CalendarInput, Granularity } from "../../src/period/types.js";
import { expectKpiError } from "../support/expectKpiError.js";

interface Deal {
  closedAt: unknown;
  amount?: unknown;
  region?: unknown;
  won?: unknown;
  customerId?: unknown;
}

const measures = {
  revenue: sum("amount"),
  deals: count(),
  won: count("won"),
  customers: countDistinct("customerId"),
};

const cellsOf = (series: ReturnType<typeof aggregate<Deal, typeof measures>>) =>
  series.cells.map((cell) => [
    cell.period.key,
    cell.group,
    cell.records,
    cell.values.revenue.toString(),
    cell.values.deals.toString(),
    cell.values.won.toString(),
    cell.values.customers.toString(),
  ]);

describe("aggregate: fixed vectors", () => {
  const deals: Deal[] = [
    {
      closedAt: "2024-01-31T16:59:59.999Z",
      amount: "100.10",
      region: "west",
      won: true,
      customerId: "A",
    },
    // 2024-01-31T20:00Z is 2024-02-01 03:00 in Jakarta: February.
    {
      closedAt: "2024-01-31T20:00:00Z",
      amount: "0.20",
      region: "west",
      won: false,
      customerId: "A",
    },
    { closedAt: "2024-01-31T17:00:00.000Z", amount: 5, region: "east", won: true, customerId: "B" },
    {
      closedAt: new Date("2024-04-02T00:00:00Z"),
      amount: 12.3,
      region: "east",
      won: true,
      customerId: "C",
    },
    { closedAt: Date.UTC(2024, 3, 3), amount: 1n, region: "east", won: false, customerId: "C" },
  ];

  it("buckets by month in the calendar's zone, groups sorted, gaps filled", () => {
    const series = aggregate(deals, {
      date: "closedAt",
      granularity: "month",
      calendar: { timeZone: "Asia/Jakarta" },
      groupBy: "region",
      measures,
    });
    expect(series.periods.map((period) => period.key)).toEqual([
      "2024-01",
      "2024-02",
      "2024-03",
      "2024-04",
    ]);
    expect(series.groups).toEqual(["east", "west"]);
    expect(cellsOf(series)).toEqual([
      ["2024-01", "east", 0, "0", "0", "0", "0"],
      ["2024-01", "west", 1, "100.1", "1", "1", "1"],
      ["2024-02", "east", 1, "5", "1", "1", "1"],
      ["2024-02", "west", 1, "0.2", "1", "0", "1"],
      ["2024-03", "east", 0, "0", "0", "0", "0"],
      ["2024-03", "west", 0, "0", "0", "0", "0"],
      ["2024-04", "east", 2, "13.3", "2", "1", "1"],
      ["2024-04", "west", 0, "0", "0", "0", "0"],
    ]);
    expect(series.at("2024-02", "east")?.values.revenue.toString()).toBe("5");
    expect(series.at("2024-05", "east")).toBeUndefined();
    expect(series.report).toEqual({
      records: 5,
      accepted: 5,
      rejected: 0,
      outsideRange: 0,
      issues: [],
    });
  });

  it("in UTC the same instants fall in January", () => {
    const series = aggregate(deals, {
      date: "closedAt",
      granularity: "month",
      measures,
      fill: false,
    });
    expect(cellsOf(series)).toEqual([
      ["2024-01", null, 3, "105.3", "3", "2", "2"],
      ["2024-04", null, 2, "13.3", "2", "1", "1"],
    ]);
  });

  it("keeps only observed cells without fill", () => {
    const series = aggregate(deals, {
      date: "closedAt",
      granularity: "month",
      calendar: { timeZone: "Asia/Jakarta" },
      groupBy: "region",
      measures,
      fill: false,
    });
    expect(series.cells.map((cell) => `${cell.period.key}/${String(cell.group)}`)).toEqual([
      "2024-01/west",
      "2024-02/east",
      "2024-02/west",
      "2024-04/east",
    ]);
    expect(series.filled).toBe(false);
  });

  it("fills by measure: 0 for sums and counts, carry-forward for last, null for first/min/max/mean", () => {
    const balances = [
      { at: "2025-01-10T00:00:00Z", balance: "100" },
      { at: "2025-01-20T00:00:00Z", balance: "120" },
      { at: "2025-03-05T00:00:00Z", balance: "90" },
    ];
    const series = aggregate(balances, {
      date: "at",
      granularity: "month",
      range: { from: "2024-12", to: "2025-04" },
      measures: {
        total: sum("balance"),
        rows: count(),
        opening: first("balance"),
        closing: last("balance"),
        low: min("balance"),
        high: max("balance"),
        average: mean("balance"),
      },
    });
    const show = (value: { toString(): string } | null) =>
      value === null ? null : value.toString();
    expect(
      series.cells.map((cell) => [
        cell.period.key,
        show(cell.values.total),
        show(cell.values.rows),
        show(cell.values.opening),
        show(cell.values.closing),
        show(cell.values.low),
        show(cell.values.high),
        show(cell.values.average),
      ]),
    ).toEqual([
      ["2024-12", "0", "0", null, null, null, null, null],
      ["2025-01", "220", "2", "100", "120", "100", "120", "110"],
      ["2025-02", "0", "0", null, "120", null, null, null],
      ["2025-03", "90", "1", "90", "90", "90", "90", "90"],
      ["2025-04", "0", "0", null, "90", null, null, null],
    ]);
  });

  it("excludes records outside the range and counts them", () => {
    const series = aggregate(deals, {
      date: "closedAt",
      granularity: "month",
      calendar: { timeZone: "Asia/Jakarta" },
      measures,
      range: { from: "2024-02-01", to: "2024-03" },
    });
    expect(cellsOf(series)).toEqual([
      ["2024-02", null, 2, "5.2", "2", "1", "2"],
      ["2024-03", null, 0, "0", "0", "0", "0"],
    ]);
    expect(series.report.outsideRange).toBe(3);
    expect(series.report.accepted).toBe(2);
  });

  it("accepts instants and Period objects as range bounds", () => {
    const series = aggregate(deals, {
      date: "closedAt",
      granularity: "quarter",
      measures,
      range: { from: "2024-01-01T00:00:00Z", to: new Date("2024-12-31T00:00:00Z") },
    });
    expect(series.periods.map((period) => period.key)).toEqual([
      "2024-Q1",
      "2024-Q2",
      "2024-Q3",
      "2024-Q4",
    ]);
    expect(() =>
      aggregate(deals, {
        date: "closedAt",
        granularity: "month",
        measures,
        range: { from: "2024-05", to: "2024-01" },
      }),
    ).toThrow(KpiError);
    expect(() =>
      aggregate(deals, {
        date: "closedAt",
        granularity: "month",
        measures,
        range: { from: "soon", to: "2024-01" },
      }),
    ).toThrow(KpiError);
  });

  it("works on iterables and reports an empty input", () => {
    function* generate() {
      yield { closedAt: "2025-06-01T00:00:00Z", amount: "1", won: true, customerId: 1 };
      yield { closedAt: "2025-06-02T00:00:00Z", amount: "2", won: false, customerId: 1 };
    }
    const series = aggregate(generate(), { date: "closedAt", granularity: "year", measures });
    expect(cellsOf(series)).toEqual([["2025", null, 2, "3", "2", "1", "1"]]);
    const empty = aggregate([], { date: "closedAt", granularity: "year", measures });
    expect(empty.cells).toEqual([]);
    expect(empty.periods).toEqual([]);
  });

  it("groups named __proto__ and constructor work (Map keys)", () => {
    const rows = [
      { at: "2025-01-01T00:00:00Z", group: "__proto__", amount: "1" },
      { at: "2025-01-01T00:00:00Z", group: "constructor", amount: "2" },
      { at: "2025-01-01T00:00:00Z", group: "__proto__", amount: "3" },
      { at: "2025-01-01T00:00:00Z", group: "toString", amount: "4" },
    ];
    const series = aggregate(rows, {
      date: "at",
      granularity: "month",
      groupBy: "group",
      measures: { total: sum("amount") },
    });
    expect(series.groups).toEqual(["__proto__", "constructor", "toString"]);
    expect(series.at("2025-01", "__proto__")?.values.total.toString()).toBe("4");
    expect(series.at("2025-01", "constructor")?.values.total.toString()).toBe("2");
  });

  it("groups of mixed types sort by type then value", () => {
    const rows = [2, "b", 10, "a", true, 3n, false, -0, 0].map((group) => ({
      at: "2025-01-01T00:00:00Z",
      group,
    }));
    const series = aggregate(rows, {
      date: "at",
      granularity: "day",
      groupBy: "group",
      measures: { n: count() },
    });
    expect(series.groups).toEqual([false, true, 0, 2, 10, 3n, "a", "b"]);
    expect(Object.is(series.groups[2], 0)).toBe(true);
    expect(series.at("2025-01-01", 0)?.records).toBe(2);
  });

  it("rejects bad options with KpiErrors", () => {
    const base = { date: "closedAt", granularity: "month", measures } as const;
    expect(() => aggregate(deals, { ...base, granularity: "decade" as Granularity })).toThrow(
      /aggregate: option granularity must be one of "day"/,
    );
    expect(() => aggregate(deals, { ...base, measures: {} })).toThrow(KpiError);
    expect(() => aggregate(deals, { ...base, measures: { x: "sum" as never } })).toThrow(
      'aggregate: measure "x" must be a measure made with sum, count, countDistinct, first, last, min, max, mean, moments, sumOfLatestPerEntity, sumOfEarliestPerEntity or defineMeasure, received "sum"',
    );
    expect(() => aggregate(deals, { ...base, onInvalid: "ignore" as never })).toThrow(KpiError);
    expect(() => aggregate(deals, { ...base, fill: "yes" as never })).toThrow(KpiError);
    expect(() => aggregate(deals, { ...base, indexOffset: -1 })).toThrow(KpiError);
    expect(() => aggregate(deals, { ...base, calendar: { timeZone: "Mars/Base" } })).toThrow(
      KpiError,
    );
    expect(() => aggregate(42 as never, base)).toThrow(KpiError);
    expect(() => aggregate(deals, null as never)).toThrow(KpiError);
  });
});

describe("aggregate: time zones", () => {
  it("buckets days across a DST change (America/New_York, 23-hour day)", () => {
    const rows = [
      { at: "2024-03-10T04:59:59Z", amount: "1" }, // 23:59:59 EST on the 9th
      { at: "2024-03-10T05:00:00Z", amount: "2" }, // midnight on the 10th
      { at: "2024-03-11T03:59:59Z", amount: "4" }, // 23:59:59 EDT on the 10th
      { at: "2024-03-11T04:00:00Z", amount: "8" }, // midnight on the 11th
    ];
    const series = aggregate(rows, {
      date: "at",
      granularity: "day",
      calendar: { timeZone: "America/New_York" },
      measures: { total: sum("amount") },
    });
    expect(series.cells.map((cell) => [cell.period.key, cell.values.total.toString()])).toEqual([
      ["2024-03-09", "1"],
      ["2024-03-10", "6"],
      ["2024-03-11", "8"],
    ]);
    const day = series.periods[1];
    expect(((day?.end.getTime() ?? 0) - (day?.start.getTime() ?? 0)) / 3_600_000).toBe(23);
  });

  it("buckets years in a half-hour zone (Asia/Kolkata) and reads Decimal and bigint amounts", async () => {
    const { KDecimal } = await import("../../src/core/decimal.js");
    const rows = [
      { at: "2024-12-31T18:29:59Z", amount: new KDecimal("0.5") },
      { at: "2024-12-31T18:30:00Z", amount: 10n },
    ];
    const series = aggregate(rows, {
      date: "at",
      granularity: "year",
      calendar: { timeZone: "Asia/Kolkata" },
      measures: { total: sum("amount") },
    });
    expect(series.cells.map((cell) => [cell.period.key, cell.values.total.toString()])).toEqual([
      ["2024", "0.5"],
      ["2025", "10"],
    ]);
  });
});

describe("aggregate: onInvalid", () => {
  const bad: Deal[] = [
    { closedAt: "2025-01-01T00:00:00Z", amount: "1.00", region: "a", won: true, customerId: 1 },
    { closedAt: "2025-01-02T00:00:00Z", amount: "12abc", region: "a", won: true, customerId: 1 },
    { closedAt: undefined, amount: "1", region: "a", won: true, customerId: 1 },
    {
      closedAt: "2025-01-03T00:00:00Z",
      amount: Number.NaN,
      region: "a",
      won: "yes",
      customerId: 1,
    },
    null as unknown as Deal,
    { closedAt: "2025-02-30T00:00:00Z", amount: "1", region: "a", won: true, customerId: 1 },
    { closedAt: "2025-01-04T00:00:00Z", amount: "2", region: undefined, won: true, customerId: 1 },
    { closedAt: "2025-01-05T00:00:00Z", amount: "3", region: "b", won: false, customerId: null },
  ];
  // A sparse array: index 9 is a hole.
  const records: Deal[] = [
    ...bad,
    { closedAt: "2025-01-06T00:00:00Z", amount: "4", region: "b", won: false, customerId: 2 },
  ];
  records.length = 11;
  records[10] = {
    closedAt: "2025-01-07T00:00:00Z",
    amount: "5",
    region: "b",
    won: true,
    customerId: 3,
  };
  const options = { date: "closedAt", granularity: "month", groupBy: "region", measures } as const;

  it("throws by default, naming the record and field", () => {
    expect(() => aggregate(records, options)).toThrow(
      'aggregate: record 1 field "amount" must be a finite number, a plain decimal string such as "1234.56", a bigint or a Decimal, received "12abc"',
    );
    const error = expectKpiError(
      () => aggregate(records.slice(3), { ...options, indexOffset: 3 }),
      "invalid_record",
    );
    expect(error.issues.map((issue) => issue.path)).toEqual([
      [3, "amount"],
      [3, "won"],
    ]);
  });

  it("skips and counts", () => {
    const series = aggregate(records, { ...options, onInvalid: "skip" });
    expect(series.report).toMatchObject({
      records: 11,
      accepted: 3,
      rejected: 8,
      outsideRange: 0,
      issues: [],
    });
    expect(cellsOf(series)).toEqual([
      ["2025-01", "a", 1, "1", "1", "1", "1"],
      ["2025-01", "b", 2, "9", "2", "1", "2"],
    ]);
  });

  it("collects every problem with index, field, value and reason", () => {
    const series = aggregate(records, { ...options, onInvalid: "collect" });
    expect(series.report.rejected).toBe(8);
    expect(
      series.report.issues.map((issue) => [issue.index, issue.field, issue.value, issue.reason]),
    ).toEqual([
      [1, "amount", '"12abc"', "invalid"],
      [2, "closedAt", "undefined", "missing"],
      [3, "amount", "NaN", "invalid"],
      [3, "won", '"yes"', "invalid"],
      [4, "", "null", "not_an_object"],
      [5, "closedAt", '"2025-02-30T00:00:00Z"', "invalid"],
      [6, "region", "undefined", "missing"],
      [7, "customerId", "null", "missing"],
      [9, "", "a hole in a sparse array", "hole"],
    ]);
    expect(series.report.issues[0]?.message).toBe(
      'aggregate: record 1 field "amount" must be a finite number, a plain decimal string such as "1234.56", a bigint or a Decimal, received "12abc"',
    );
    expect(series.report.issues[8]?.message).toBe(
      "aggregate: record 9 must be an object (one record), received a hole in a sparse array",
    );
    // An invalid record registers no group: "a" and "b" only.
    expect(series.groups).toEqual(["a", "b"]);
  });

  it("uses the measure's name for function accessors", () => {
    const series = aggregate([{ at: "2025-01-01T00:00:00Z" }], {
      date: (record: { at: string }) => record.at,
      granularity: "day",
      measures: { weird: sum(() => "x") },
      onInvalid: "collect",
      allowAllRejected: true,
    });
    expect(series.report.issues[0]?.field).toBe("weird");
  });
});

// Random records over about two years, with amounts as 2-decimal strings, in a few groups.
const recordArbitrary = fc.record({
  time: fc.integer({ min: Date.UTC(2023, 0, 1), max: Date.UTC(2024, 11, 31) }),
  cents: fc.integer({ min: -1_000_000, max: 100_000_000 }),
  region: fc.constantFrom("north", "south", "__proto__"),
  won: fc.boolean(),
  customer: fc.integer({ min: 0, max: 20 }),
});
type Generated = { time: number; cents: number; region: string; won: boolean; customer: number };
const toDeal = (record: Generated) => ({
  closedAt: new Date(record.time).toISOString(),
  amount: (record.cents / 100).toFixed(2),
  region: record.region,
  won: record.won,
  customerId: record.customer,
});
const propertyMeasures = {
  ...measures,
  opening: first("amount"),
  closing: last("amount"),
  low: min("amount"),
  high: max("amount"),
  average: mean("amount"),
};
const calendars: CalendarInput[] = [
  { timeZone: "Asia/Jakarta" },
  { timeZone: "America/New_York", fiscalYearStartMonth: 4 },
  { timeZone: "Asia/Kathmandu", fiscalYearStartMonth: 10, fiscalYearNaming: "start_year" },
];
const comparable = (series: Parameters<typeof serializeSeries>[0]) => {
  const { report: _report, ...rest } = serializeSeries(series);
  return rest;
};

describe("aggregate: properties", () => {
  it("aggregate(A) merged with aggregate(B) equals aggregate(A ∪ B)", () => {
    fc.assert(
      fc.property(
        fc.array(recordArbitrary, { maxLength: 40 }),
        fc.array(recordArbitrary, { maxLength: 40 }),
        fc.constantFrom(...calendars),
        fc.constantFrom<Granularity>("day", "week", "month", "fiscal_quarter"),
        (a, b, calendar, granularity) => {
          const options = {
            date: "closedAt",
            granularity,
            calendar,
            groupBy: "region",
            measures: propertyMeasures,
          } as const;
          const left = aggregate(a.map(toDeal), options);
          const right = aggregate(b.map(toDeal), { ...options, indexOffset: a.length });
          const whole = aggregate([...a, ...b].map(toDeal), options);
          expect(serializeSeries(mergeSeries(left, right))).toEqual(serializeSeries(whole));
        },
      ),
    );
  });

  it("rollup(month → quarter / year / fiscal year) equals aggregating at that grain", () => {
    fc.assert(
      fc.property(
        fc.array(recordArbitrary, { maxLength: 60 }),
        fc.constantFrom(...calendars),
        fc.constantFrom<Granularity>(
          "quarter",
          "half_year",
          "year",
          "fiscal_quarter",
          "fiscal_year",
        ),
        fc.boolean(),
        (records, calendar, coarse, fill) => {
          const options = {
            date: "closedAt",
            calendar,
            groupBy: "region",
            measures: propertyMeasures,
            fill,
          } as const;
          const deals = records.map(toDeal);
          const monthly = aggregate(deals, { ...options, granularity: "month" });
          const direct = aggregate(deals, { ...options, granularity: coarse });
          expect(serializeSeries(rollup(monthly, coarse))).toEqual(serializeSeries(direct));
          const daily = aggregate(deals, { ...options, granularity: "day" });
          expect(serializeSeries(rollup(daily, "week"))).toEqual(
            serializeSeries(aggregate(deals, { ...options, granularity: "week" })),
          );
        },
      ),
      { numRuns: 40 },
    );
  });

  it("sums are exact (integer cents) and independent of record order", () => {
    fc.assert(
      fc.property(fc.array(recordArbitrary, { minLength: 1, maxLength: 60 }), (records) => {
        const deals = records.map(toDeal);
        const options = {
          date: "closedAt",
          granularity: "year",
          measures: { revenue: sum("amount") },
        } as const;
        const series = aggregate(deals, options);
        for (const cell of series.cells) {
          const year = Number(cell.period.key);
          const cents = records
            .filter((record) => new Date(record.time).getUTCFullYear() === year)
            .reduce((total, record) => total + record.cents, 0);
          expect(cell.values.revenue.toString()).toBe(exactCents(cents));
        }
        const reversed = aggregate([...deals].reverse(), options);
        expect(comparable(reversed)).toEqual(comparable(series));
      }),
    );
  });
});

function exactCents(cents: number): string {
  const negative = cents < 0;
  const digits = String(Math.abs(cents)).padStart(3, "0");
  const text = `${digits.slice(0, -2)}.${digits.slice(-2)}`.replace(/\.?0+$/, "");
  return `${negative ? "-" : ""}${text}`;
}

describe("aggregate: what users got wrong (issue 12)", () => {
  const options = { date: "at", granularity: "month" } as const;

  it("says the rule for a number beyond 2^53, once per record even when several measures read it", () => {
    const error = expectKpiError(
      () =>
        aggregate([{ at: "2025-01-01T00:00:00Z", amount: 1e30 }], {
          ...options,
          measures: { total: sum("amount"), low: min("amount"), high: max("amount") },
        }),
      "invalid_record",
      'aggregate: record 0 field "amount" must be a number within ±9007199254740991 (2^53 − 1, beyond which a number is no longer exact): pass a larger amount as a string or a bigint, received 1e+30',
    );
    expect(error.issues).toHaveLength(1);
    const series = aggregate(
      [
        { at: "2025-01-01T00:00:00Z", amount: 1e30 },
        { at: "2025-01-02T00:00:00Z", amount: "1e30" },
      ],
      { ...options, measures: { total: sum("amount"), high: max("amount") }, onInvalid: "collect" },
    );
    expect(series.report.issues.map((issue) => [issue.index, issue.field])).toEqual([
      [0, "amount"],
    ]);
    expect(series.cells[0]?.values.total.toFixed()).toBe(`1${"0".repeat(30)}`);
  });

  it("throws when skip or collect rejected every record (a misspelled accessor), unless allowed", () => {
    const rows = [
      { closedAt: "2025-01-05T00:00:00Z", amount: "10" },
      { closedAt: "2025-01-06T00:00:00Z", amount: "12" },
    ];
    for (const onInvalid of ["skip", "collect"] as const) {
      const error = expectKpiError(
        () =>
          aggregate(rows, {
            ...options,
            date: "closedat" as never,
            measures: { revenue: sum("amount") },
            onInvalid,
          }),
        "invalid_record",
        { path: ["records"] },
      );
      expect(error.issues[0]?.received).toBe(
        '2 records, every one rejected (the first: record 0 field "closedat" must be a Date, epoch milliseconds or an ISO-8601 string (with an offset or Z), received undefined)',
      );
      expect(error.issues[1]?.path).toEqual([0, "closedat"]);
    }
    const allowed = aggregate(rows, {
      ...options,
      date: "closedat" as never,
      measures: { revenue: sum("amount") },
      onInvalid: "skip",
      allowAllRejected: true,
    });
    expect(allowed.cells).toEqual([]);
    expect(allowed.report).toMatchObject({ records: 2, rejected: 2 });
    // Records outside the range are not rejections: an empty series of a range is fine.
    const outside = aggregate(rows, {
      ...options,
      date: "closedAt",
      measures: { revenue: sum("amount") },
      onInvalid: "skip",
      range: { from: "2024-01", to: "2024-02" },
    });
    expect(outside.report.outsideRange).toBe(2);
    // And an empty input is not "every record rejected".
    expect(
      aggregate([], { ...options, measures: { n: count() }, onInvalid: "skip" }).cells,
    ).toEqual([]);
    expectKpiError(
      () =>
        aggregate(rows, {
          ...options,
          date: "closedAt",
          measures: { n: count() },
          allowAllRejected: "yes" as never,
        }),
      "invalid_option",
      { path: ["allowAllRejected"] },
    );
  });

  it("refuses an async iterable, naming aggregateAsync", () => {
    async function* rows() {
      yield { at: "2025-01-05T00:00:00Z" };
    }
    expectKpiError(
      () => aggregate(rows() as never, { ...options, measures: { n: count() } }),
      "invalid_argument",
      /use aggregateAsync/,
    );
  });

  it("refuses to fill as soon as the limit is exceeded, before reading further", () => {
    function* rows() {
      yield { at: "0100-01-01T00:00:00Z" };
      yield { at: "9000-03-01T00:00:00Z" };
      throw new Error("read past the record that made filling too large");
    }
    expectKpiError(
      () => aggregate(rows(), { date: "at", granularity: "day", measures: { n: count() } }),
      "invalid_option",
      { message: /from 0100-01-01 to 9000-03-01/, path: ["fill"] },
    );
    // With a range, a range too large to fill is refused before any record is read.
    function* never(): Generator<{ at: string }> {
      yield* [];
      throw new Error("read a record");
    }
    expectKpiError(
      () =>
        aggregate(never(), {
          date: "at",
          granularity: "day",
          measures: { n: count() },
          range: { from: "0100-01-01", to: "9000-01-01" },
        }),
      "invalid_option",
      { path: ["fill"] },
    );
  });
});

describe("fill is bounded", () => {
  const placeholder = [
    ...Array.from({ length: 25 }, (_, index) => ({ at: "2025-03-01T00:00:00Z", g: `g${index}` })),
    { at: "1900-01-01T00:00:00Z", g: "g0" },
  ];

  it("refuses to fill more than 1,000,000 cells, naming the first and last period", () => {
    const error = expectKpiError(
      () =>
        aggregate(placeholder, {
          date: "at",
          granularity: "day",
          groupBy: "g",
          measures: { n: count() },
        }),
      "invalid_option",
    );
    expect(MAX_FILLED_CELLS).toBe(1_000_000);
    expect(error.code).toBe("invalid_option");
    expect(error.issues[0]?.path).toEqual(["fill"]);
    expect(error.message).toContain("from 1900-01-01 to 2025-03-01");
    expect(error.message).toContain("range");
    expect(error.message).toContain("fill: false");
  });

  it("still aggregates such data without fill, or within a range", () => {
    const options = {
      date: "at",
      granularity: "day",
      groupBy: "g",
      measures: { n: count() },
    } as const;
    expect(aggregate(placeholder, { ...options, fill: false }).cells).toHaveLength(26);
    const ranged = aggregate(placeholder, {
      ...options,
      range: { from: "2025-03-01", to: "2025-03-31" },
    });
    expect(ranged.cells).toHaveLength(31 * 25);
    expect(ranged.report.outsideRange).toBe(1);
    expect(() =>
      aggregate([], { ...options, range: { from: "0100-01-01", to: "9000-01-01" } }),
    ).toThrow(/option fill must be at most 1000000 cells/);
  });

  it("bounds mergeSeries and customerActivity the same way", () => {
    const options = { date: "at", granularity: "day", measures: { n: count() } } as const;
    const early = aggregate([{ at: "0100-01-01T00:00:00Z" }], options);
    const late = aggregate([{ at: "9000-01-01T00:00:00Z" }], options);
    const error = expectKpiError(() => mergeSeries(early, late), "invalid_argument");
    expect(error.code).toBe("invalid_argument");
    expect(error.message).toContain("from 0100-01-01 to 9000-01-01");
    const activity = expectKpiError(
      () =>
        customerActivity(
          [
            { at: "0100-01-01T00:00:00Z", c: "A" },
            { at: "9000-01-01T00:00:00Z", c: "A" },
          ],
          { date: "at", customer: "c", granularity: "day" },
        ),
      "invalid_option",
    );
    expect(activity.message).toContain("narrow them with range");
  });
});

describe("messages name the problem", () => {
  const collect = (at: unknown) =>
    aggregate([{ at }], {
      date: "at",
      granularity: "month",
      measures: { n: count() },
      onInvalid: "collect",
      allowAllRejected: true,
    }).report.issues[0];

  it("says epoch seconds, impossible date or out of range for a record's date", () => {
    expect(collect(1_741_944_600)?.expected).toBe(PERIOD_EXPECTED.epochMilliseconds);
    expect(collect("2025-02-30T00:00:00Z")?.expected).toBe(PERIOD_EXPECTED.existingDate);
    expect(collect("9999-06-01T00:00:00Z")?.expected).toBe(PERIOD_EXPECTED.instantRange);
    expect(collect(1_741_944_600)?.reason).toBe("invalid");
    expect(collect(undefined)?.reason).toBe("missing");
  });

  it("names range.from or range.to", () => {
    const options = { date: "at", granularity: "month", measures: { n: count() } } as const;
    const from = expectKpiError(
      () => aggregate([], { ...options, range: { from: "soon", to: "2025-01" } }),
      "invalid_option",
    );
    expect(from.issues[0]?.path).toEqual(["range", "from"]);
    expect(from.message).toMatch(/^aggregate: option range\.from must /);
    const to = expectKpiError(
      () => aggregate([], { ...options, range: { from: "2025-01", to: 1_741_944_600 } }),
      "invalid_option",
    );
    expect(to.issues[0]?.path).toEqual(["range", "to"]);
    expect(to.message).toContain("epoch seconds");
  });
});

describe("range takes JSON round-tripped periods", () => {
  it("reads granularity, key and calendar of a period-like object", () => {
    const period = JSON.parse(JSON.stringify(periodOf("2025-01-10T00:00:00Z", "month")));
    const series = aggregate([{ at: "2025-01-05T00:00:00Z" }, { at: "2025-02-05T00:00:00Z" }], {
      date: "at",
      granularity: "month",
      measures: { n: count() },
      range: { from: period, to: period },
    });
    expect(series.cells.map((cell) => [cell.period.key, cell.values.n.toString()])).toEqual([
      ["2025-01", "1"],
    ]);
    expect(series.report.outsideRange).toBe(1);
    const jakarta = JSON.parse(
      JSON.stringify(periodOf("2025-01-10T00:00:00Z", "day", { timeZone: "Asia/Jakarta" })),
    );
    const days = aggregate([{ at: "2025-01-09T18:00:00Z" }], {
      date: "at",
      granularity: "day",
      calendar: { timeZone: "Asia/Jakarta" },
      measures: { n: count() },
      range: { from: jakarta, to: jakarta },
    });
    expect(days.cells.map((cell) => cell.values.n.toString())).toEqual(["1"]);
    const bad = expectKpiError(
      () =>
        aggregate([], {
          date: "at",
          granularity: "month",
          measures: { n: count() },
          range: { from: { granularity: "month", key: "2025-13" } as never, to: period },
        }),
      "invalid_option",
    );
    expect(bad.message).toMatch(/^aggregate: option range\.from must /);
  });
});
