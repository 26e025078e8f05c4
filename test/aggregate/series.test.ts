import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { count } from "../../src/aggregate/measures/count.js";
import { countDistinct } from "../../src/aggregate/measures/countDistinct.js";
import { max, min } from "../../src/aggregate/measures/extreme.js";
import { mean } from "../../src/aggregate/measures/mean.js";
import { first, last } from "../../src/aggregate/measures/snapshot.js";
import { sum } from "../../src/aggregate/measures/sum.js";
import type { AnyMeasure } from "../../src/aggregate/measures/types.js";
import { aggregate } from "../../src/aggregate/series/aggregate.js";
import { compare } from "../../src/aggregate/series/compare.js";
import { deserializeSeries } from "../../src/aggregate/series/deserializeSeries.js";
import { growth } from "../../src/aggregate/series/growth.js";
import { mergeSeries } from "../../src/aggregate/series/mergeSeries.js";
import { metricSeries } from "../../src/aggregate/series/metricSeries.js";
import { rolling } from "../../src/aggregate/series/rolling.js";
import { rollup } from "../../src/aggregate/series/rollup.js";
import { serializeSeries } from "../../src/aggregate/series/serializeSeries.js";
import { toDate } from "../../src/aggregate/series/toDate.js";
import { total } from "../../src/aggregate/series/total.js";
import { KpiError } from "../../src/core/errors.js";
import { customerActivity } from "../../src/customers/customerActivity.js";
import { winRate } from "../../src/metrics/sales/winRate.js";
import { NRF_RETAIL_CALENDAR } from "../../src/period/nrfRetailCalendar.js";
import { expectKpiError } from "../support/expectKpiError.js";

const orders = [
  { at: "2024-01-15T00:00:00Z", amount: "100", customer: "A", region: "west", won: true },
  { at: "2024-02-15T00:00:00Z", amount: "50.5", customer: "A", region: "west", won: false },
  { at: "2024-02-20T00:00:00Z", amount: "20", customer: "B", region: "east", won: true },
  { at: "2024-04-10T00:00:00Z", amount: "30", customer: "C", region: "west", won: true },
  { at: "2024-07-01T00:00:00Z", amount: "10", customer: "A", region: "east", won: false },
  { at: "2025-02-03T00:00:00Z", amount: "80", customer: "B", region: "east", won: true },
];
const measures = {
  revenue: sum("amount"),
  orders: count(),
  won: count("won"),
  lost: count((order: { won: boolean }) => !order.won),
  customers: countDistinct("customer"),
  opening: first("amount"),
  closing: last("amount"),
};
const monthly = aggregate(orders, { date: "at", granularity: "month", measures });
const byRegion = aggregate(orders, {
  date: "at",
  granularity: "month",
  groupBy: "region",
  measures,
});
const values = (series: typeof monthly, name: keyof typeof measures) =>
  series.cells.map((cell) => `${cell.period.key}:${cell.values[name]?.toString() ?? "null"}`);

describe("rollup", () => {
  it("merges months into quarters, distinct counts as sets", () => {
    const quarterly = rollup(monthly, "quarter");
    expect(values(quarterly, "revenue")).toEqual([
      "2024-Q1:170.5",
      "2024-Q2:30",
      "2024-Q3:10",
      "2024-Q4:0",
      "2025-Q1:80",
    ]);
    expect(values(quarterly, "customers")).toEqual([
      "2024-Q1:2",
      "2024-Q2:1",
      "2024-Q3:1",
      "2024-Q4:0",
      "2025-Q1:1",
    ]);
    expect(values(quarterly, "closing")).toEqual([
      "2024-Q1:20",
      "2024-Q2:30",
      "2024-Q3:10",
      "2024-Q4:10",
      "2025-Q1:80",
    ]);
    expect(values(rollup(monthly, "year"), "customers")).toEqual(["2024:3", "2025:1"]);
    expect(rollup(monthly, "month").cells.map((cell) => cell.values.revenue.toString())).toEqual(
      monthly.cells.map((cell) => cell.values.revenue.toString()),
    );
  });

  it("refuses a granularity that splits a period (week → month, month → day)", () => {
    const weekly = aggregate(orders, { date: "at", granularity: "week", measures });
    expect(() => rollup(weekly, "month")).toThrow(
      /rollup: granularity must be a granularity whose periods each contain whole periods of the series \(week\), received "month", which splits period 2024-W05/,
    );
    expect(() => rollup(monthly, "day")).toThrow(KpiError);
    expect(() => rollup(monthly, "decade" as never)).toThrow(KpiError);
    expect(() => rollup({} as never, "year")).toThrow(KpiError);
  });
});

describe("rolling", () => {
  it("merges the trailing n periods, the current one included", () => {
    const window = rolling(monthly, 3);
    expect(values(window, "revenue").slice(0, 5)).toEqual([
      "2024-01:100",
      "2024-02:170.5",
      "2024-03:170.5",
      "2024-04:100.5",
      "2024-05:30",
    ]);
    expect(values(window, "customers").slice(0, 4)).toEqual([
      "2024-01:1",
      "2024-02:2",
      "2024-03:2",
      "2024-04:3",
    ]);
    expect(values(rolling(monthly, 1), "revenue")).toEqual(values(monthly, "revenue"));
    expect(() => rolling(monthly, 0)).toThrow(
      "rolling: n must be a positive integer number of periods, received 0",
    );
    expect(() => rolling(monthly, 1.5)).toThrow(KpiError);
  });

  it("works per group", () => {
    const window = rolling(byRegion, 2);
    expect(window.at("2024-03", "west")?.values.revenue.toString()).toBe("50.5");
    expect(window.at("2024-03", "east")?.values.revenue.toString()).toBe("20");
  });
});

describe("toDate", () => {
  it("runs year-to-date, resetting at each year", () => {
    const ytd = toDate(monthly, "year");
    expect(values(ytd, "revenue")).toEqual([
      "2024-01:100",
      "2024-02:170.5",
      "2024-03:170.5",
      "2024-04:200.5",
      "2024-05:200.5",
      "2024-06:200.5",
      "2024-07:210.5",
      "2024-08:210.5",
      "2024-09:210.5",
      "2024-10:210.5",
      "2024-11:210.5",
      "2024-12:210.5",
      "2025-01:0",
      "2025-02:80",
    ]);
    expect(values(ytd, "customers").at(-3)).toBe("2024-12:3");
    expect(values(ytd, "opening").slice(0, 3)).toEqual([
      "2024-01:100",
      "2024-02:100",
      "2024-03:100",
    ]);
  });

  it("is fiscal-aware", () => {
    const fiscalMonthly = aggregate(orders, {
      date: "at",
      granularity: "month",
      calendar: { fiscalYearStartMonth: 4 },
      measures,
    });
    const fytd = toDate(fiscalMonthly, "fiscal_year");
    expect(fytd.at("2024-03")?.values.revenue.toString()).toBe("170.5");
    expect(fytd.at("2024-04")?.values.revenue.toString()).toBe("30");
    expect(fytd.at("2025-02")?.values.revenue.toString()).toBe("120");
    const qtd = toDate(fiscalMonthly, "fiscal_quarter");
    expect(qtd.at("2024-06")?.values.revenue.toString()).toBe("30");
    expect(qtd.at("2024-07")?.values.revenue.toString()).toBe("10");
  });
});

describe("total", () => {
  it("merges everything: distinct customers across the span, per group too", () => {
    const totals = total(byRegion);
    expect(totals.values.revenue.toString()).toBe("290.5");
    expect(totals.values.customers.toString()).toBe("3");
    expect(totals.values.opening?.toString()).toBe("100");
    expect(totals.values.closing?.toString()).toBe("80");
    expect(totals.records).toBe(6);
    expect([...totals.groups.keys()]).toEqual(["east", "west"]);
    expect(totals.groups.get("east")?.values.customers.toString()).toBe("2");
    expect(total(monthly).groups.size).toBe(0);
  });
});

describe("compare and growth", () => {
  it("aligns n periods back and the same period last year", () => {
    const rows = compare(monthly, "same_period_last_year");
    const february = rows.find((row) => row.period.key === "2025-02");
    expect(february?.previousPeriod.key).toBe("2024-02");
    expect(february?.previous?.revenue.toString()).toBe("70.5");
    expect(rows[0]?.previous).toBeNull();
    const quarter = compare(rollup(monthly, "quarter"), 4).at(-1);
    expect(quarter?.previousPeriod.key).toBe("2024-Q1");
    expect(() => compare(monthly, 0)).toThrow(KpiError);
    expect(() => compare(monthly, "last_year" as never)).toThrow(KpiError);
  });

  it("computes growth with null for zero bases and missing sides", () => {
    const points = growth(monthly, "revenue", 1);
    const show = (key: string) => {
      const point = points.find((p) => p.period.key === key);
      return [point?.value?.toString() ?? null, point?.reason];
    };
    expect(show("2024-01")).toEqual([null, "no_data"]);
    expect(show("2024-02")).toEqual(["-0.295", null]);
    expect(show("2024-03")).toEqual(["-1", null]);
    expect(show("2024-04")).toEqual([null, "non_positive_base"]);
    expect(growth(monthly, "revenue", "same_period_last_year").at(-1)?.value?.toString()).toBe(
      "0.1347517730496453900709219858156028",
    );
    expect(growth(monthly, "opening", 1).find((p) => p.period.key === "2024-03")?.reason).toBe(
      "no_data",
    );
    expect(() => growth(monthly, "profit" as never, 1)).toThrow(KpiError);
  });
});

describe("metricSeries", () => {
  it("applies a metric to each cell's measures: ratio of sums, null where undefined", () => {
    const points = metricSeries(rollup(byRegion, "year"), winRate, { won: "won", lost: "lost" });
    expect(
      points.map((p) => [p.period.key, p.group, p.value?.toString() ?? null, p.reason]),
    ).toEqual([
      ["2024", "east", "0.5", null],
      ["2024", "west", "0.6666666666666666666666666666666667", null],
      ["2025", "east", "1", null],
      ["2025", "west", null, "zero_denominator"],
    ]);
  });

  it("checks the mapping", () => {
    expect(() => metricSeries(monthly, winRate, { won: "won" } as never)).toThrow(
      'win_rate: mapping of input "lost" must be a measure name of the series for every input of the metric, received undefined',
    );
    expect(() => metricSeries(monthly, winRate, { won: "won", lost: "nope" } as never)).toThrow(
      KpiError,
    );
    expect(() =>
      metricSeries(monthly, winRate, { won: "won", lost: "lost", tie: "won" } as never),
    ).toThrow(KpiError);
  });

  it("gives no_data when a mapped measure is null", () => {
    const series = aggregate(orders, {
      date: "at",
      granularity: "month",
      measures: {
        firstWon: first((order: { won: boolean }) => (order.won ? 1 : 0)),
        lost: count(),
      },
    });
    const points = metricSeries(series, winRate, { won: "firstWon", lost: "lost" });
    expect(points[0]?.value?.toString()).toBe("0.5");
    expect(points.find((p) => p.period.key === "2024-03")?.reason).toBe("no_data");
  });
});

describe("serialize and merge series", () => {
  it("round-trips through JSON text", () => {
    const text = JSON.stringify(serializeSeries(byRegion));
    const back = deserializeSeries(JSON.parse(text), measures);
    expect(serializeSeries(back)).toEqual(JSON.parse(text));
    expect(back.at("2024-02", "west")?.values.revenue.toString()).toBe("50.5");
    expect(back.calendar).toEqual(byRegion.calendar);
  });

  it("keeps bigint groups", () => {
    const series = aggregate([{ at: "2025-01-01T00:00:00Z", g: 12345678901234567890n }], {
      date: "at",
      granularity: "year",
      groupBy: "g",
      measures: { n: count() },
    });
    const back = deserializeSeries(JSON.parse(JSON.stringify(serializeSeries(series))), {
      n: count(),
    });
    expect(back.groups).toEqual([12345678901234567890n]);
  });

  it("refuses JSON that does not match", () => {
    const json = serializeSeries(monthly);
    expect(() => deserializeSeries(json, { revenue: sum("amount") })).toThrow(KpiError);
    expect(() => deserializeSeries({ ...json, version: 2 }, measures)).toThrow(KpiError);
    expect(() => deserializeSeries({ ...json, periods: ["2024-13"] }, measures)).toThrow(KpiError);
    expect(() => deserializeSeries(null, measures)).toThrow(KpiError);
  });

  it("merging refuses series of a different shape", () => {
    const weekly = aggregate(orders, { date: "at", granularity: "week", measures });
    expect(() => mergeSeries(monthly, weekly)).toThrow(KpiError);
    expect(() => mergeSeries(monthly, byRegion)).toThrow(KpiError);
  });

  it("merging compares whole calendars: the retail part counts, zone spellings do not", () => {
    const records = [{ at: "2024-03-05T10:00:00Z", amount: "5" }];
    const cut = (calendar: object) =>
      aggregate(records, {
        date: "at",
        granularity: "retail_period",
        calendar,
        measures: { n: count() },
      });
    const nrf = cut({ timeZone: "Asia/Jakarta" });
    const fourFourFive = cut({ timeZone: "Asia/Jakarta", retail: { pattern: "4-4-5" } });
    expectKpiError(() => mergeSeries(nrf, fourFourFive), "invalid_argument");
    const explicitNrf = cut({ timeZone: "asia/jakarta", retail: NRF_RETAIL_CALENDAR });
    expect(mergeSeries(nrf, explicitNrf).cells[0]?.values.n.toString()).toBe("2");
  });

  it("rolling, toDate and total are merges: total of a rollup equals total of the series", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            time: fc.integer({ min: Date.UTC(2023, 0, 1), max: Date.UTC(2024, 11, 31) }),
            cents: fc.integer({ min: 0, max: 1_000_000 }),
            customer: fc.integer({ min: 0, max: 9 }),
          }),
          { maxLength: 50 },
        ),
        fc.integer({ min: 1, max: 5 }),
        (records, n) => {
          const rows = records.map((r) => ({
            at: new Date(r.time).toISOString(),
            amount: (r.cents / 100).toFixed(2),
            customer: r.customer,
          }));
          const m = { revenue: sum("amount"), customers: countDistinct("customer") };
          const series = aggregate(rows, { date: "at", granularity: "month", measures: m });
          const whole = total(series);
          expect(total(rollup(series, "year")).values.customers.toString()).toBe(
            whole.values.customers.toString(),
          );
          // The last year-to-date cell of each year equals that year's rollup cell.
          const ytd = toDate(series, "year");
          for (const cell of rollup(series, "year").cells) {
            const december = ytd.at(`${cell.period.key}-12`) ?? ytd.cells.at(-1);
            expect(december?.values.revenue.toString()).toBe(cell.values.revenue.toString());
          }
          // A window as long as the series equals the total.
          const window = rolling(series, Math.max(series.periods.length, n)).cells.at(-1);
          if (window !== undefined)
            expect(window.values.revenue.toString()).toBe(whole.values.revenue.toString());
        },
      ),
    );
  });
});

describe("JSON.stringify", () => {
  it("works on a series and on single states (bigints included)", () => {
    const series = aggregate([{ at: "2025-01-01T00:00:00Z", amount: "9007199254740993" }], {
      date: "at",
      granularity: "month",
      measures: { revenue: sum("amount") },
    });
    const text = JSON.stringify(series);
    expect(JSON.parse(text)).toEqual(serializeSeries(series));
    expect(
      deserializeSeries(JSON.parse(text), {
        revenue: sum("amount"),
      }).cells[0]?.values.revenue.toString(),
    ).toBe("9007199254740993");
    expect(JSON.stringify(series.cells[0]?.states.revenue)).toBe(
      '{"kind":"sum","integer":"9007199254740993","scale":0}',
    );
  });
});

describe("no TypeError leaks", () => {
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
      expectKpiError(run, "invalid_argument", new RegExp(`^${subject}: `));
    }
  });

  it("refuses a series whose cell holds a forged state, naming the place", () => {
    const forged = {
      ...series,
      cells: [{ ...series.cells[0], states: { s: { kind: "sum" }, n: series.cells[0]?.states.n } }],
    } as never;
    expectKpiError(
      () => total(forged),
      "invalid_argument",
      /^total: series\.cells\.0\.states\.s must /,
    );
    const period = { ...series.periods[0], key: "2025-13" };
    const badKey = {
      ...series,
      periods: [period],
      cells: [{ ...series.cells[0], period }],
    } as never;
    expectKpiError(() => rollup(badKey, "year"), "invalid_period", /^rollup: /);
    expectKpiError(() => rolling(badKey, 2), "invalid_period", /^rolling: /);
    expectKpiError(
      () => rollup({ ...series, periods: "x" } as never, "year"),
      "invalid_argument",
      /^rollup: series\.periods must /,
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
        expectKpiError(run, "invalid_argument", new RegExp(`^${kind}: `));
      }
    }
  });
});

describe("mergeSeries compares measure fields", () => {
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
    expectKpiError(() => mergeSeries(a, b as never), "invalid_argument");
    expect(mergeSeries(a, a).cells[0]?.values.s.toString()).toBe("2");
  });
});
