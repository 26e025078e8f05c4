import { inspect } from "node:util";
import { describe, expect, it } from "vitest";
import { count } from "../../../src/aggregate/measures/count.js";
import { defineMeasure } from "../../../src/aggregate/measures/defineMeasure.js";
import { last } from "../../../src/aggregate/measures/snapshot.js";
import { sum } from "../../../src/aggregate/measures/sum.js";
import { aggregate } from "../../../src/aggregate/series/aggregate.js";
import { compare } from "../../../src/aggregate/series/compare.js";
import { deserializeSeries } from "../../../src/aggregate/series/deserializeSeries.js";
import { growth } from "../../../src/aggregate/series/growth.js";
import { mergeSeries } from "../../../src/aggregate/series/mergeSeries.js";
import { metricSeries } from "../../../src/aggregate/series/metricSeries.js";
import { rolling } from "../../../src/aggregate/series/rolling.js";
import { rollup } from "../../../src/aggregate/series/rollup.js";
import { serializeSeries } from "../../../src/aggregate/series/serializeSeries.js";
import { toDate } from "../../../src/aggregate/series/toDate.js";
import { total } from "../../../src/aggregate/series/total.js";
import { toDecimal } from "../../../src/core/numeric.js";
import { winRate } from "../../../src/metrics/sales/winRate.js";

// Series built by the library keep their cells' states in columns: values are built when read.
// These tests pin what a reader sees (the same as the plain objects cells used to be) and that
// nothing is finalized before it is read.

const deals = [
  { at: "2024-01-15T00:00:00Z", amount: "100", region: "west", won: true, stage: "3" },
  { at: "2024-02-15T00:00:00Z", amount: "50.5", region: "west", won: false, stage: "4" },
  { at: "2024-02-20T00:00:00Z", amount: "20", region: "east", won: true, stage: "1" },
  { at: "2024-04-10T00:00:00Z", amount: "30", region: "west", won: true, stage: "2" },
  { at: "2024-07-01T00:00:00Z", amount: "10", region: "east", won: false, stage: "5" },
];

/** A sum whose finalize counts its calls. */
function countedSum(field: string) {
  const calls = { finalize: 0 };
  const measure = defineMeasure({
    kind: "counted_sum",
    fill: "zero",
    accessor: field,
    expected: "a safe integer text",
    reader: () => {
      let value = 0;
      return {
        read: (raw) => {
          if (typeof raw !== "string" || !/^\d+(\.\d+)?$/.test(raw)) return false;
          value = Number(raw) * 10;
          return true;
        },
        add: (state) => {
          state.tenths += value;
        },
      };
    },
    empty: () => ({ tenths: 0 }),
    mergeInto: (target, source) => {
      target.tenths += source.tenths;
    },
    finalize: (state) => {
      calls.finalize++;
      return toDecimal(state.tenths).div(10);
    },
    toJSON: (state) => ({ tenths: state.tenths }),
    fromJSON: (json) =>
      typeof json.tenths === "number" ? { tenths: json.tenths as number } : undefined,
  });
  return { measure, calls };
}

const measures = {
  revenue: sum("amount"),
  won: count("won"),
  lost: count((d: { won: boolean }) => !d.won),
};
const monthly = () =>
  aggregate(deals, { date: "at", granularity: "month", groupBy: "region", measures });

describe("values built when read", () => {
  it("finalizes nothing while aggregating or running operations, each value once when read", () => {
    const { measure, calls } = countedSum("amount");
    const series = aggregate(deals, {
      date: "at",
      granularity: "month",
      groupBy: "region",
      fill: true,
      measures: { amount: measure },
    });
    const rolled = rolling(series, 3);
    toDate(series, "year");
    rollup(series, "quarter");
    mergeSeries(series, series);
    compare(series, 1);
    growth(series, "amount", 1); // growth reads the two values it compares
    expect(calls.finalize).toBeGreaterThan(0);
    calls.finalize = 0;
    const json = serializeSeries(series);
    expect(deserializeSeries(json, { amount: measure }).cells.length).toBe(series.cells.length);
    expect(calls.finalize).toBe(0);
    const cell = rolled.at("2024-04", "west");
    expect(calls.finalize).toBe(0);
    expect(cell?.values.amount?.toString()).toBe("80.5");
    expect(cell?.values.amount?.toString()).toBe("80.5");
    expect(calls.finalize).toBe(1);
    total(series);
    expect(calls.finalize).toBe(1 + 1 + 2); // the grand total and the two groups' totals
  });

  it("builds only the measures a metric reads", () => {
    const { measure, calls } = countedSum("amount");
    const series = aggregate(deals, {
      date: "at",
      granularity: "month",
      measures: {
        amount: measure,
        won: count("won"),
        lost: count((d: { won: boolean }) => !d.won),
      },
    });
    const points = metricSeries(series, winRate, { won: "won", lost: "lost" });
    expect(points.map((point) => point.value?.toString() ?? null)).toEqual([
      "1",
      "0.5",
      null,
      "1",
      null,
      null,
      "0",
    ]);
    expect(calls.finalize).toBe(0);
  });

  it("carries `last` values forward whatever order cells are read in", () => {
    const stages = { stage: last("stage") };
    const options = { date: "at", granularity: "month", fill: true, measures: stages } as const;
    const inOrder = aggregate(deals, options).cells.map((cell) => cell.values.stage?.toString());
    const series = aggregate(deals, options);
    const backwards = [...series.cells]
      .reverse()
      .map((cell) => cell.values.stage?.toString())
      .reverse();
    expect(backwards).toEqual(inOrder);
    expect(inOrder).toEqual(["3", "1", "1", "2", "2", "2", "5"]);
  });
});

describe("a cell's values object", () => {
  it("reads as the plain object of values it stands for", () => {
    const cell = monthly().at("2024-02", "west");
    const values = cell?.values as Record<string, unknown>;
    expect(Object.keys(values)).toEqual(["revenue", "won", "lost"]);
    expect(Object.entries(values).map(([name, value]) => [name, String(value)])).toEqual([
      ["revenue", "50.5"],
      ["won", "0"],
      ["lost", "1"],
    ]);
    expect(JSON.stringify(values)).toBe('{"revenue":"50.5","won":"0","lost":"1"}');
    expect(JSON.stringify(cell)).toContain('"values":{"revenue":"50.5","won":"0","lost":"1"}');
    const copy = { ...values };
    expect(Object.getPrototypeOf(copy)).toBe(Object.prototype);
    expect(copy.revenue).toBe(values.revenue);
    expect(copy).toEqual({ revenue: values.revenue, won: values.won, lost: values.lost });
    expect("revenue" in values && Object.hasOwn(values, "lost")).toBe(true);
    expect("amount" in values || Object.hasOwn(values, "toString")).toBe(false);
    expect(values.amount).toBeUndefined();
    expect(Object.getPrototypeOf(values)).toBe(Object.prototype);
    expect(String(values)).toBe("[object Object]");
    expect(inspect(values)).toBe(
      inspect({ revenue: values.revenue, won: values.won, lost: values.lost }),
    );
  });

  it("refuses to be written to, as a frozen object would", () => {
    const values = monthly().at("2024-01", "west")?.values as Record<string, unknown>;
    expect(() => {
      values.revenue = 1;
    }).toThrow(TypeError);
    expect(String(values.revenue)).toBe("100");
  });

  it("can be frozen or sealed (deep-freeze helpers) and reads the same afterwards", () => {
    const series = monthly();
    const values = series.at("2024-02", "west")?.values as Record<string, unknown>;
    const before = JSON.stringify(values);
    expect(Object.isFrozen(values)).toBe(false);
    expect(Object.freeze(values)).toBe(values);
    expect(Object.isFrozen(values) && Object.isSealed(values)).toBe(true);
    expect(Object.keys(values)).toEqual(["revenue", "won", "lost"]);
    expect(JSON.stringify(values)).toBe(before);
    expect(JSON.stringify({ ...values })).toBe(before);
    expect(String(values.revenue)).toBe("50.5");
    expect(Object.getPrototypeOf(values)).toBe(Object.prototype);
    expect(inspect(values)).toBe(
      inspect({ revenue: values.revenue, won: values.won, lost: values.lost }),
    );
    expect(() => {
      values.revenue = 1;
    }).toThrow(TypeError);
    expect(String(values.revenue)).toBe("50.5");
    // Operations still read the series' columns.
    expect(String(rollup(series, "quarter").at("2024-Q1", "west")?.values.revenue)).toBe("150.5");
    const sealed = series.at("2024-01", "west")?.values as Record<string, unknown>;
    Object.seal(sealed);
    expect(Object.isSealed(sealed) && Object.isFrozen(sealed)).toBe(true);
    expect(JSON.stringify(sealed)).toBe('{"revenue":"100","won":"1","lost":"0"}');
  });

  it("describes its values as read-only", () => {
    const values = monthly().at("2024-01", "west")?.values as Record<string, unknown>;
    expect(Object.getOwnPropertyDescriptor(values, "revenue")).toMatchObject({
      writable: false,
      enumerable: true,
    });
  });

  it("is one object per cell, shared by cells, at and compare", () => {
    const series = monthly();
    const comparisons = compare(series, 1);
    series.cells.forEach((cell, index) => {
      expect(series.at(cell.period.key, cell.group ?? undefined)).toBe(cell);
      expect(comparisons[index]?.current).toBe(cell.values);
    });
    expect(comparisons[2]?.previous).toBe(series.at("2024-01", "east")?.values);
    expect(comparisons[3]?.previous).toBe(series.at("2024-01", "west")?.values);
    expect(series.cells).toBe(series.cells);
  });
});

describe("a copy of a series", () => {
  it("gives the same results as the series itself in every operation", () => {
    const series = monthly();
    const copy = { ...series };
    const same = (run: (input: typeof series) => unknown) =>
      expect(JSON.stringify(run(copy))).toBe(JSON.stringify(run(series)));
    same((input) => serializeSeries(input));
    same((input) => serializeSeries(rolling(input, 2)));
    same((input) => serializeSeries(toDate(input, "year")));
    same((input) => serializeSeries(rollup(input, "quarter")));
    same((input) => serializeSeries(mergeSeries(input, input)));
    same((input) => compare(input, 1));
    same((input) => compare(input, "same_period_last_year"));
    same((input) => growth(input, "revenue", 1));
    same((input) => metricSeries(input, winRate, { won: "won", lost: "lost" }));
    const totals = (input: typeof series) => {
      const result = total(input);
      return [result.values, [...result.groups].map(([group, totals]) => [group, totals.values])];
    };
    same(totals);
  });
});

describe("a measure named like an Object.prototype property", () => {
  it("keeps __proto__ as an own state and value", () => {
    const named = Object.fromEntries([["__proto__", sum("amount")]]);
    const series = aggregate(deals, { date: "at", granularity: "month", measures: named });
    const cell = series.at("2024-01");
    expect(Object.keys(cell?.states ?? {})).toEqual(["__proto__"]);
    expect(Object.getPrototypeOf(cell?.states)).toBe(Object.prototype);
    expect(Object.keys(cell?.values ?? {})).toEqual(["__proto__"]);
    expect(String(Object.getOwnPropertyDescriptor(cell?.values, "__proto__")?.value)).toBe("100");
  });
});

describe("states held as numbers", () => {
  const big = "9007199254740991"; // 2^53 - 1: two of them spill a sum into its bigint part
  const records = [
    { at: "2024-01-05T00:00:00Z", amount: big },
    { at: "2024-01-06T00:00:00Z", amount: big },
    { at: "2024-02-05T00:00:00Z", amount: "0.25" },
    { at: "2024-03-05T00:00:00Z", amount: big },
  ];
  const options = {
    date: "at",
    granularity: "month",
    measures: { revenue: sum("amount"), deals: count() },
  } as const;

  it("keeps sums exact past 2^53 through every operation", () => {
    const series = aggregate(records, options);
    const twice = (2n * 9007199254740991n).toString();
    const thrice = (3n * 9007199254740991n).toString();
    expect(series.cells.map((cell) => cell.values.revenue.toString())).toEqual([
      twice,
      "0.25",
      big,
    ]);
    expect(rolling(series, 3).cells.map((cell) => cell.values.revenue.toString())).toEqual([
      twice,
      `${twice}.25`,
      `${thrice}.25`,
    ]);
    expect(toDate(series, "year").at("2024-03")?.values.revenue.toString()).toBe(`${thrice}.25`);
    expect(total(series).values.revenue.toString()).toBe(`${thrice}.25`);
    expect(rollup(series, "quarter").cells[0]?.values.deals.toString()).toBe("4");
    const back = deserializeSeries(JSON.parse(JSON.stringify(series)), options.measures);
    expect(JSON.stringify(serializeSeries(back))).toBe(JSON.stringify(serializeSeries(series)));
  });

  it("gives each cell state objects of its measure, the same each time the cell is read", () => {
    const series = rolling(aggregate(records, options), 2);
    const cell = series.cells[1];
    expect(cell?.states.revenue).toBe(series.cells[1]?.states.revenue);
    expect(options.measures.revenue.isState(cell?.states.revenue)).toBe(true);
    expect(options.measures.deals.isState(cell?.states.deals)).toBe(true);
    expect(JSON.stringify(cell?.states)).toBe(
      JSON.stringify({
        revenue: { kind: "sum", integer: "1801439850948198225", scale: 2 },
        deals: { kind: "count", count: 3 },
      }),
    );
    expect(options.measures.revenue.finalize(cell?.states.revenue as never).toString()).toBe(
      "18014398509481982.25",
    );
  });
});
