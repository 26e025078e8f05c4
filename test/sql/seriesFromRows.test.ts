import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  aggregate,
  compare,
  count,
  countDistinct,
  deserializeSeries,
  evaluateSeries,
  first,
  KpiError,
  last,
  mean,
  mergeSeries,
  metricSeries,
  parseTargets,
  rollup,
  serializeSeries,
  sum,
  total,
  winRate,
} from "../../src/index.js";
import { column, seriesFromRows, toSql } from "../../src/sql/index.js";
import { duckdbEngine, type Engine, loadTable, pgliteEngine } from "./engines.js";

function errorOf(run: () => unknown): KpiError {
  try {
    run();
  } catch (error) {
    if (error instanceof KpiError) return error;
    throw error;
  }
  throw new Error("expected a KpiError");
}

const DEALS = [
  ["2025-01-05T10:00:00Z", "100.10", "won", "C1", "Jawa", 0],
  ["2025-01-20T10:00:00Z", "50", "lost", "C2", "Jawa", 1],
  ["2025-02-03T10:00:00Z", "0.01", "won", "C1", "Bali", 2],
  ["2025-02-03T10:00:00Z", "-20.5", "lost", "C3", "Jawa", 3],
  ["2025-03-31T18:00:00Z", "7", "won", "C4", "Bali", 4], // 1 April in Jakarta
] as const;
const COLUMNS = [
  { name: "closed_at", type: "TIMESTAMPTZ" },
  { name: "amount", type: "DECIMAL(18,4)" },
  { name: "stage", type: "VARCHAR" },
  { name: "customer", type: "VARCHAR" },
  { name: "region", type: "VARCHAR" },
  { name: "idx", type: "INTEGER" },
];
const RECORDS = DEALS.map(([closedAt, amount, stage, customer, region, idx]) => ({
  closed_at: closedAt,
  amount,
  stage,
  customer,
  region,
  idx,
}));

const measures = () => ({
  revenue: sum("amount"),
  won: count(column("stage").eq("won")),
  lost: count(column("stage").eq("lost")),
  customers: countDistinct("customer"),
  opening: first("amount"),
  closing: last("amount"),
  average: mean("amount"),
});

const options = {
  table: "deals",
  date: "closed_at",
  granularity: "month",
  calendar: { timeZone: "Asia/Jakarta" },
  sequence: "idx",
  measures: measures(),
} as const;

let engines: Engine[] = [];
beforeAll(async () => {
  engines = [await duckdbEngine(), await pgliteEngine()];
  for (const engine of engines)
    await loadTable(
      engine,
      "deals",
      COLUMNS,
      DEALS.map((row) => [...row]),
    );
}, 30_000);
afterAll(async () => {
  for (const engine of engines) await engine.close();
});

async function query(engine: Engine, given: Parameters<typeof toSql>[0]) {
  const sql = toSql(given, { dialect: engine.dialect });
  return engine.run(sql.text, sql.params);
}

describe("seriesFromRows on real query results", () => {
  it("gives a series that rolls up, compares, feeds metrics and targets", async () => {
    for (const engine of engines) {
      const monthly = seriesFromRows(await query(engine, options), options);
      expect(monthly.periods.map((period) => period.key)).toEqual([
        "2025-01",
        "2025-02",
        "2025-03",
        "2025-04",
      ]);
      expect(monthly.at("2025-03")?.records).toBe(0);
      expect(monthly.at("2025-03")?.values.closing?.toString()).toBe("-20.5"); // carried forward

      const quarterly = rollup(monthly, "quarter");
      expect(
        quarterly.cells.map((cell) => [
          cell.period.key,
          cell.values.revenue.toString(),
          cell.values.customers.toString(),
        ]),
      ).toEqual([
        ["2025-Q1", "129.61", "3"],
        ["2025-Q2", "7", "1"],
      ]);
      // The same as aggregating in process and rolling up there.
      const inProcess = rollup(
        aggregate(RECORDS, { ...options, date: "closed_at", measures: measures() }),
        "quarter",
      );
      expect(JSON.stringify(quarterly.cells.map((cell) => cell.values))).toBe(
        JSON.stringify(inProcess.cells.map((cell) => cell.values)),
      );

      const rates = metricSeries(monthly, winRate, { won: "won", lost: "lost" });
      expect(rates.map((point) => point.value?.toString() ?? point.reason)).toEqual([
        "0.5",
        "0.5",
        "zero_denominator",
        "1",
      ]);
      const targets = parseTargets({
        targets: [{ metric: "win_rate", period: "2025-01", target: 0.4 }],
      });
      const evaluated = evaluateSeries(rates, targets, { metric: winRate });
      expect(evaluated.map((row) => row.evaluation.status)).toEqual([
        "on_track",
        "no_data",
        "no_data",
        "no_data",
      ]);

      const previous = compare(monthly, 1);
      expect(previous[1]?.previous?.revenue.toString()).toBe("150.1");

      // States survive JSON and merge with an in-process series.
      const copy = deserializeSeries(
        JSON.parse(JSON.stringify(serializeSeries(monthly))),
        measures(),
      );
      expect(copy.at("2025-02")?.values.revenue.toString()).toBe("-20.49");
      const doubled = mergeSeries(
        copy,
        aggregate(RECORDS, { ...options, date: "closed_at", measures: measures() }),
      );
      expect(doubled.at("2025-01")?.values.revenue.toString()).toBe("300.2");
      expect(doubled.at("2025-01")?.values.customers.toString()).toBe("2");
      expect(total(monthly).values.average?.toString()).toBe("27.322");
    }
  });

  it("groups, fills every group, and respects fill: false", async () => {
    for (const engine of engines) {
      const grouped = { ...options, groupBy: "region" };
      const series = seriesFromRows(await query(engine, grouped), grouped);
      expect(series.groups).toEqual(["Bali", "Jawa"]);
      expect(series.cells).toHaveLength(8);
      const sparse = seriesFromRows(await query(engine, grouped), { ...grouped, fill: false });
      expect(sparse.cells.map((cell) => `${cell.period.key} ${cell.group}`)).toEqual([
        "2025-01 Jawa",
        "2025-02 Bali",
        "2025-02 Jawa",
        "2025-04 Bali",
      ]);
    }
  });

  it("with distinct: 'count', reads the count but refuses to merge or serialize it", async () => {
    for (const engine of engines) {
      const counted = { ...options, distinct: "count" as const };
      const series = seriesFromRows(await query(engine, counted), counted);
      expect(series.cells.map((cell) => cell.values.customers.toString())).toEqual([
        "2",
        "2",
        "0",
        "1",
      ]);
      const error = errorOf(() => rollup(series, "quarter"));
      expect(error.code).toBe("not_additive");
      expect(error.message).toMatch(
        /^seriesFromRows: measure "customers" must be a distinct count whose values were kept/,
      );
      expect(errorOf(() => JSON.stringify(series)).code).toBe("not_additive");
      // Other measures of the same series still roll up when the distinct count is left out.
    }
  });

  it("throws for rows with a NULL instead of dropping them", async () => {
    for (const engine of engines) {
      await loadTable(engine, "holes", COLUMNS, [
        ["2025-01-05T10:00:00Z", null, "won", "C1", "Jawa", 0],
        [null, "5", "won", "C1", "Jawa", 1],
        ["2025-01-06T10:00:00Z", "5", "won", "C1", null, 2],
        ["2025-01-07T10:00:00Z", "5", "won", "C1", "Jawa", 3],
      ]);
      const holes = { ...options, table: "holes", groupBy: "region" };
      const rows = await query(engine, holes);
      const error = errorOf(() => seriesFromRows(rows, holes));
      expect(error.code).toBe("invalid_record");
      expect(error.message).toMatch(
        /^seriesFromRows: row \d \(period .*\) must be no NULL in the date, group or measure columns/,
      );
      // Leaving them out explicitly works.
      const filtered = {
        ...holes,
        where: column("amount")
          .isNotNull()
          .and(column("closed_at").isNotNull())
          .and(column("region").isNotNull()),
      };
      const series = seriesFromRows(await query(engine, filtered), filtered);
      expect(series.cells.map((cell) => [cell.group, cell.records])).toEqual([["Jawa", 1]]);
    }
  });
});

describe("first and last before 1970", () => {
  it("read negative epoch milliseconds and match aggregate", async () => {
    const rows = [
      ["1969-12-31T23:59:59.999Z", "1", "won", "C1", "Jawa", 0],
      ["1969-12-31T23:59:59.998Z", "2", "won", "C1", "Jawa", 1],
      ["1969-06-01T00:00:00Z", "3", "won", "C1", "Jawa", 2],
    ] as const;
    const old = {
      ...options,
      table: "old",
      calendar: { timeZone: "UTC" },
      granularity: "year",
    } as const;
    const expected = aggregate(
      rows.map(([closedAt, amount, stage, customer, region, idx]) => ({
        closed_at: closedAt,
        amount,
        stage,
        customer,
        region,
        idx,
      })),
      { ...old, measures: measures() },
    );
    for (const engine of engines) {
      await loadTable(
        engine,
        "old",
        COLUMNS,
        rows.map((row) => [...row]),
      );
      const series = seriesFromRows(await query(engine, old), old);
      expect(JSON.stringify(series.cells.map((cell) => cell.values)), engine.name).toBe(
        JSON.stringify(expected.cells.map((cell) => cell.values)),
      );
      expect(series.cells[0]?.values.closing?.toString()).toBe("1");
      expect(JSON.stringify(series.cells[0]?.states.closing)).toBe(
        '{"kind":"last","value":"1","time":-1,"index":0}',
      );
    }
  });
});

describe("seriesFromRows on rows that are not what toSql made", () => {
  const simple = {
    table: "t",
    date: "d",
    granularity: "month",
    measures: { revenue: sum("amount"), n: count() },
  } as const;
  const row = {
    period_key: "2025-01",
    record_count: "1",
    invalid_count: "0",
    m0_value: "1.5",
    m1_value: "1",
  };

  it("accepts counts as numbers and bigints, and exact decimals as text", () => {
    const series = seriesFromRows([{ ...row, record_count: 1n, m1_value: 1 }], simple);
    expect(series.cells[0]?.values.revenue.toString()).toBe("1.5");
  });

  it("refuses unknown keys, doubles, duplicates and non-rows", () => {
    expect(errorOf(() => seriesFromRows([{ ...row, period_key: "2025-13" }], simple)).message).toBe(
      'seriesFromRows: row 0 column "period_key" must be a period key of the query\'s granularity, as toSql computes it, received "2025-13"',
    );
    expect(
      errorOf(() => seriesFromRows([{ ...row, m0_value: 1.5 }], simple)).issues[0]?.path,
    ).toEqual(["rows", 0, "m0_value"]);
    expect(errorOf(() => seriesFromRows([{ ...row, m0_value: "1e3" }], simple)).code).toBe(
      "invalid_argument",
    );
    expect(errorOf(() => seriesFromRows([row, row], simple)).message).toMatch(
      /one row per period and group/,
    );
    expect(errorOf(() => seriesFromRows([null as never], simple)).code).toBe("invalid_argument");
    expect(errorOf(() => seriesFromRows(42 as never, simple)).code).toBe("invalid_argument");
    expect(errorOf(() => seriesFromRows([{ ...row, record_count: "-1" }], simple)).code).toBe(
      "invalid_argument",
    );
    expect(errorOf(() => seriesFromRows([{ ...row, record_count: 1.5 }], simple)).code).toBe(
      "invalid_argument",
    );
  });

  it("refuses group values a series cannot hold", () => {
    const grouped = { ...simple, groupBy: "g" };
    expect(
      errorOf(() => seriesFromRows([{ ...row, group_key: { x: 1 } }], grouped)).issues[0]?.path,
    ).toEqual(["rows", 0, "group_key"]);
    expect(errorOf(() => seriesFromRows([{ ...row, group_key: null }], grouped)).code).toBe(
      "invalid_record",
    );
  });

  it("fills a range with no rows, and an empty result without a range is an empty series", () => {
    expect(
      seriesFromRows([], { ...simple, range: { from: "2025-01", to: "2025-03" } }).cells,
    ).toHaveLength(3);
    expect(seriesFromRows([], simple).cells).toEqual([]);
    expect(seriesFromRows(new Set([row]), simple).cells).toHaveLength(1);
  });
});
