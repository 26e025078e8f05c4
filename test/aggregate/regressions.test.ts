// Regressions from the second review of the aggregation layer: each test failed before its fix.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { aggregate } from "../../src/aggregate/series/aggregate.js";
import { compare } from "../../src/aggregate/series/compare.js";
import { count } from "../../src/aggregate/measures/count.js";
import { countDistinct } from "../../src/aggregate/measures/countDistinct.js";
import { customerActivity } from "../../src/customers/customerActivity.js";
import {
  addSlot,
  emptySlot,
  emptySum,
  mergeSum,
  readExact,
  sumToDecimal,
} from "../../src/aggregate/measures/_exact.js";
import { max, min } from "../../src/aggregate/measures/extreme.js";
import { growth } from "../../src/aggregate/series/growth.js";
import { mean } from "../../src/aggregate/measures/mean.js";
import type { AnyMeasure } from "../../src/aggregate/measures/types.js";
import { mergeSeries } from "../../src/aggregate/series/mergeSeries.js";
import { metricSeries } from "../../src/aggregate/series/metricSeries.js";
import { MAX_FILLED_CELLS } from "../../src/aggregate/series/_limits.js";
import { rolling } from "../../src/aggregate/series/rolling.js";
import { rollup } from "../../src/aggregate/series/rollup.js";
import { deserializeSeries } from "../../src/aggregate/series/deserializeSeries.js";
import { serializeSeries } from "../../src/aggregate/series/serializeSeries.js";
import { first, last } from "../../src/aggregate/measures/snapshot.js";
import { sum } from "../../src/aggregate/measures/sum.js";
import { toDate } from "../../src/aggregate/series/toDate.js";
import { total } from "../../src/aggregate/series/total.js";
import { KDecimal } from "../../src/core/decimal.js";
import { KpiError } from "../../src/core/errors.js";
import { PERIOD_EXPECTED } from "../../src/period/messages.js";
import { winRate } from "../../src/metrics/sales/winRate.js";
import { periodOf } from "../../src/period/periodOf.js";

function errorOf(run: () => unknown): KpiError {
  try {
    run();
  } catch (error) {
    if (error instanceof KpiError) return error;
    throw new Error(`expected a KpiError, got ${String(error)}`);
  }
  throw new Error("expected a KpiError, nothing was thrown");
}

/** The subject of an error's first issue (its message starts with it). */
function subjectOf(error: KpiError): string | undefined {
  return error.issues[0]?.message.split(":")[0];
}

/** The place named by an error's first issue ("json.periods.2" in "f: json.periods.2 must …"). */
function placeOf(error: KpiError): string | undefined {
  return error.issues[0]?.message.match(/^[^:]+: (.*?) must /)?.[1];
}

describe("exact sums of Decimals and exponent notation (finding 1)", () => {
  const third = new KDecimal(1).div(3);

  it("rolls Decimal sums up to the direct aggregation", () => {
    const records = [
      { at: "2025-01-10T00:00:00Z", v: new KDecimal(1000000) },
      { at: "2025-02-10T00:00:00Z", v: third },
      { at: "2025-01-11T00:00:00Z", v: new KDecimal(-1000000) },
    ];
    const options = { date: "at", measures: { s: sum("v") } } as const;
    const months = aggregate(records, { ...options, granularity: "month" });
    const quarter = aggregate(records, { ...options, granularity: "quarter" });
    const expected = `0.${"3".repeat(34)}`;
    expect(rollup(months, "quarter").cells[0]?.values.s.toString()).toBe(expected);
    expect(quarter.cells[0]?.values.s.toString()).toBe(expected);
  });

  it("keeps exponent strings exact whatever the grouping", () => {
    const records = [
      { at: "2025-01-10T00:00:00Z", v: "1e30" },
      { at: "2025-02-10T00:00:00Z", v: "1e-10" },
      { at: "2025-01-11T00:00:00Z", v: "-1e30" },
    ];
    const options = { date: "at", measures: { s: sum("v"), m: mean("v") } } as const;
    const months = aggregate(records, { ...options, granularity: "month" });
    const quarter = aggregate(records, { ...options, granularity: "quarter" });
    expect(rollup(months, "quarter").cells[0]?.values.s.toString()).toBe("0.0000000001");
    expect(quarter.cells[0]?.values.s.toString()).toBe("0.0000000001");
    expect(
      aggregate(records.slice(0, 2), {
        ...options,
        granularity: "year",
      }).cells[0]?.values.s.toString(),
    ).toBe("1000000000000000000000000000000.0000000001");
    // The mean divides the exact sum once.
    expect(quarter.cells[0]?.values.m?.toString()).toBe(`0.0000000000${"3".repeat(34)}`);
  });

  it("merges Decimal and exponent inputs in any order to the same exact sum", () => {
    const value = fc.oneof(
      fc
        .tuple(
          fc.bigInt({ min: -(10n ** 40n), max: 10n ** 40n }),
          fc.integer({ min: -40, max: 40 }),
        )
        .map(([mantissa, exponent]) => `${mantissa}e${exponent}`),
      fc
        .tuple(fc.integer({ min: -1000, max: 1000 }), fc.integer({ min: 1, max: 97 }))
        .map(([a, b]) => new KDecimal(a).div(b)),
      fc.integer({ min: -1e6, max: 1e6 }).map((cents) => (cents / 100).toString()),
    );
    fc.assert(
      fc.property(fc.array(value, { maxLength: 12 }), fc.nat(), (values, cut) => {
        const sumOf = (list: readonly unknown[]) => {
          const total = emptySum();
          const slot = emptySlot();
          for (const item of list) {
            expect(readExact(slot, item)).toBe(true);
            addSlot(total, slot);
          }
          return total;
        };
        const at = values.length === 0 ? 0 : cut % (values.length + 1);
        const left = sumOf(values.slice(0, at));
        mergeSum(left, sumOf(values.slice(at)));
        const reversed = sumOf([...values].reverse());
        // decimal.js with enough precision for these inputs is the reference.
        const Exact = KDecimal.clone({ precision: 200 });
        const reference = values.reduce<InstanceType<typeof Exact>>(
          (acc, item) => acc.plus(new Exact(item.toString())),
          new Exact(0),
        );
        expect(sumToDecimal(left).toString()).toBe(sumToDecimal(reversed).toString());
        expect(sumToDecimal(left).eq(reference.toString())).toBe(true);
      }),
    );
  });

  it("serializes exact sums as an integer and a scale only (the frozen format, no decimal part)", () => {
    const measure = sum("v");
    const state = measure.empty();
    measure.add(state, { v: third }, 0);
    measure.add(state, { v: "1e-40" }, 1);
    const json = measure.serialize(state);
    expect(Object.keys(json)).toEqual(["kind", "integer", "scale"]);
    expect(
      measure.finalize(measure.deserialize(JSON.parse(JSON.stringify(json))))?.toString(),
    ).toBe(measure.finalize(state)?.toString());
  });

  it("refuses a value of more than 10,000 decimal places rather than round it", () => {
    const slot = emptySlot();
    expect(readExact(slot, `0.${"1".repeat(10_000)}`)).toBe(true);
    expect(readExact(slot, `0.${"1".repeat(10_001)}`)).toBe(false);
  });
});

describe("customerActivity keeps the history before range (finding 2)", () => {
  it("does not count a returning customer as new in the first period of the range", () => {
    const orders = [
      { at: "2025-01-05T00:00:00Z", c: "A" },
      { at: "2025-03-05T00:00:00Z", c: "A" },
    ];
    const options = { date: "at", customer: "c", granularity: "month" } as const;
    const [march] = customerActivity(orders, {
      ...options,
      range: { from: "2025-03", to: "2025-03" },
    }).periods;
    expect(march?.newCustomers.toString()).toBe("0");
    expect(march?.reactivatedCustomers.toString()).toBe("1");
  });
});

describe("fill is bounded (finding 3)", () => {
  const placeholder = [
    ...Array.from({ length: 25 }, (_, index) => ({ at: "2025-03-01T00:00:00Z", g: `g${index}` })),
    { at: "1900-01-01T00:00:00Z", g: "g0" },
  ];

  it("refuses to fill more than 1,000,000 cells, naming the first and last period", () => {
    const error = errorOf(() =>
      aggregate(placeholder, {
        date: "at",
        granularity: "day",
        groupBy: "g",
        measures: { n: count() },
      }),
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
    const error = errorOf(() => mergeSeries(early, late));
    expect(error.code).toBe("invalid_argument");
    expect(error.message).toContain("from 0100-01-01 to 9000-01-01");
    const activity = errorOf(() =>
      customerActivity(
        [
          { at: "0100-01-01T00:00:00Z", c: "A" },
          { at: "9000-01-01T00:00:00Z", c: "A" },
        ],
        { date: "at", customer: "c", granularity: "day" },
      ),
    );
    expect(activity.message).toContain("narrow them with range");
  });
});

describe("deserializeSeries checks order and uniqueness (finding 4)", () => {
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
    const error = errorOf(() => deserializeSeries(duplicated, measures));
    expect(error.code).toBe("invalid_argument");
    expect(placeOf(error)).toBe("json.periods.2");
    const reversed = fresh();
    reversed.periods.reverse();
    expect(placeOf(errorOf(() => deserializeSeries(reversed, measures)))).toBe("json.periods.1");
    const bad = fresh();
    bad.periods[0] = "2025-13";
    expect(placeOf(errorOf(() => deserializeSeries(bad, measures)))).toBe("json.periods.0");
  });

  it("refuses duplicated or unordered groups, and groups of an ungrouped series", () => {
    const duplicated = fresh();
    duplicated.groups = ["x", "x"];
    expect(placeOf(errorOf(() => deserializeSeries(duplicated, measures)))).toBe("json.groups.1");
    const unordered = fresh();
    unordered.groups = ["y", "x"];
    expect(placeOf(errorOf(() => deserializeSeries(unordered, measures)))).toBe("json.groups.1");
    const ungrouped = fresh();
    ungrouped.grouped = false;
    expect(placeOf(errorOf(() => deserializeSeries(ungrouped, measures)))).toBe("json.groups");
  });

  it("refuses two cells for one period and group, and a filled series missing cells or periods", () => {
    const twice = fresh();
    twice.cells.push(twice.cells[0]);
    expect(placeOf(errorOf(() => deserializeSeries(twice, measures)))).toBe("json.cells.4");
    const missing = fresh();
    missing.cells.pop();
    expect(placeOf(errorOf(() => deserializeSeries(missing, measures)))).toBe("json.cells");
    missing.filled = false;
    expect(deserializeSeries(missing, measures).cells).toHaveLength(3);
    const gap = fresh();
    gap.periods[1] = "2025-03";
    expect(placeOf(errorOf(() => deserializeSeries(gap, measures)))).toBe("json.periods.1");
  });
});

describe("no TypeError leaks (finding 5)", () => {
  const measures = { s: sum("a"), n: count() };
  const series = aggregate([{ at: "2025-01-05T00:00:00Z", a: 1 }], {
    date: "at",
    granularity: "month",
    measures,
  });

  it("checks options objects and whole series", () => {
    const fake = { type: "series" } as never;
    const cases: [string, () => unknown][] = [
      ["customerActivity", () => customerActivity([], null as never)],
      ["rollup", () => rollup(fake, "quarter")],
      ["rolling", () => rolling(fake, 2)],
      ["compare", () => compare(fake, 1)],
      ["growth", () => growth(fake, "s" as never, 1)],
      ["total", () => total(fake)],
      ["toDate", () => toDate(fake, "year")],
      ["serializeSeries", () => serializeSeries(fake)],
      ["metricSeries", () => metricSeries(fake, winRate, { won: "s", lost: "n" } as never)],
      [
        "mergeSeries",
        () =>
          mergeSeries(series, {
            type: "series",
            granularity: "month",
            grouped: false,
            calendar: series.calendar,
            measures,
          } as never),
      ],
    ];
    for (const [subject, run] of cases) {
      const error = errorOf(run);
      expect(error.code, subject).toBe("invalid_argument");
      expect(subjectOf(error), subject).toBe(subject);
    }
  });

  it("refuses a series whose cell holds a forged state, naming the place", () => {
    const forged = {
      ...series,
      cells: [{ ...series.cells[0], states: { s: { kind: "sum" }, n: series.cells[0]?.states.n } }],
    } as never;
    const error = errorOf(() => total(forged));
    expect(placeOf(error)).toBe("series.cells.0.states.s");
    const period = { ...series.periods[0], key: "2025-13" };
    const badKey = {
      ...series,
      periods: [period],
      cells: [{ ...series.cells[0], period }],
    } as never;
    expect(subjectOf(errorOf(() => rollup(badKey, "year")))).toBe("rollup");
    expect(subjectOf(errorOf(() => rolling(badKey, 2)))).toBe("rolling");
    expect(placeOf(errorOf(() => rollup({ ...series, periods: "x" } as never, "year")))).toBe(
      "series.periods",
    );
  });

  it("checks states in the public add, merge, finalize and serialize", () => {
    const measuresList: AnyMeasure[] = [
      sum("a"),
      count(),
      countDistinct("a"),
      min("a"),
      max("a"),
      first("a"),
      last("a"),
      mean("a"),
    ];
    for (const measure of measuresList) {
      const other = measure.kind === "count" ? sum("a") : count();
      const kind = measure.kind;
      for (const run of [
        () => measure.add(other.empty() as never, { a: 1 }, 0),
        () => measure.merge(measure.empty(), undefined as never),
        () => measure.finalize(undefined as never),
        () => measure.serialize({ kind } as never),
      ]) {
        const error = errorOf(run);
        expect(error.code, kind).toBe("invalid_argument");
        expect(subjectOf(error), kind).toBe(kind);
      }
    }
  });
});

describe("messages name the problem (finding 6)", () => {
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
    const from = errorOf(() =>
      aggregate([], { ...options, range: { from: "soon", to: "2025-01" } }),
    );
    expect(from.issues[0]?.path).toEqual(["range", "from"]);
    expect(placeOf(from)).toBe("option range.from");
    const to = errorOf(() =>
      aggregate([], { ...options, range: { from: "2025-01", to: 1_741_944_600 } }),
    );
    expect(to.issues[0]?.path).toEqual(["range", "to"]);
    expect(to.message).toContain("epoch seconds");
  });
});

describe("range takes JSON round-tripped periods (finding 7)", () => {
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
    const bad = errorOf(() =>
      aggregate([], {
        date: "at",
        granularity: "month",
        measures: { n: count() },
        range: { from: { granularity: "month", key: "2025-13" } as never, to: period },
      }),
    );
    expect(placeOf(bad)).toBe("option range.from");
  });
});

describe("mergeSeries compares measure fields (finding 8)", () => {
  it("refuses to merge sum(amount) with sum(cost)", () => {
    const options = { date: "at", granularity: "month" } as const;
    const a = aggregate([{ at: "2025-01-05T00:00:00Z", amount: 1 }], {
      ...options,
      measures: { s: sum("amount") },
    });
    const b = aggregate([{ at: "2025-01-05T00:00:00Z", cost: 1 }], {
      ...options,
      measures: { s: sum("cost") },
    });
    expect(errorOf(() => mergeSeries(a, b as never)).code).toBe("invalid_argument");
    expect(mergeSeries(a, a).cells[0]?.values.s.toString()).toBe("2");
  });
});
