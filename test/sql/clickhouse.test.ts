import { afterAll, describe, expect, it } from "vitest";
import {
  aggregate,
  type CalendarInput,
  count,
  countDistinct,
  first,
  GRANULARITIES,
  last,
  max,
  mean,
  min,
  type Series,
  sum,
} from "../../src/index.js";
import { column, quoteIdentifier, seriesFromRows, toSql } from "../../src/sql/index.js";
import { expectKpiError } from "../support/expectKpiError.js";
import { absent, clickhouseEngine, type Engine, loadTable } from "./engines.js";

// ClickHouse through chDB (the embedded ClickHouse 26 of the npm package `chdb`, installed by
// .ci/run): each trap of the engine that the dialect designs around, tested on the real engine.
// Without chDB the suite is skipped with the reason (and fails under KINERJA_REQUIRE_ENGINES=1).

const found = await clickhouseEngine();
const reason = typeof found === "string" ? absent("clickhouse-chdb", found) : undefined;
if (reason !== undefined) console.info(`clickhouse: skipped ${reason}`);
const engine = found as Engine;

afterAll(async () => {
  if (reason === undefined) await engine.close();
});

/** mulberry32, a small deterministic generator. */
function generator(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

async function seriesOf<M extends Parameters<typeof toSql>[0]["measures"]>(
  options: Parameters<typeof toSql<M, "clickhouse">>[0],
): Promise<Series<M>> {
  const query = toSql(options, { dialect: "clickhouse" });
  return seriesFromRows(await engine.run(query.text, query.params), options);
}

function cellsOf(series: Series): string[] {
  return series.cells.map(
    (cell) =>
      `${cell.period.key} ${String(cell.group)} ${cell.records} ${Object.values(cell.values)
        .map((value) => (value === null ? "null" : value.toString()))
        .join(" ")}`,
  );
}

const FIRST = Date.UTC(1900, 0, 1);
const AFTER = Date.UTC(2300, 0, 1);

describe.skipIf(reason !== undefined)("ClickHouse (chDB)", () => {
  it("cuts every granularity from 1900 to 2299, before 1970 and after 2149 included, as aggregate does", async () => {
    // toStartOfMonth and the other start-of-period functions clamp to 1970-01-01 … 2149-06-06;
    // the keys here come from integer arithmetic on toYear/toMonth/toDate32 of toTimeZone.
    const random = generator(1900);
    const edges = [
      FIRST,
      AFTER - 1,
      Date.UTC(1969, 11, 31, 23, 59, 59, 999),
      Date.UTC(1970, 0, 1),
      Date.UTC(2149, 5, 6, 23, 0),
      Date.UTC(2149, 5, 7, 1, 0),
      Date.UTC(2106, 1, 7, 6, 28, 16), // DateTime's 2^32 seconds
      Date.UTC(1900, 2, 1),
      Date.UTC(2299, 11, 31, 12),
    ];
    const instants = [
      ...edges,
      ...Array.from({ length: 400 }, () => FIRST + Math.floor(random() * (AFTER - FIRST))),
    ];
    const records = instants.map((at, index) => ({
      at: new Date(at).toISOString(),
      amount: `${index % 7}.25`,
      region: index % 3 === 0 ? "Jawa" : "Bali",
    }));
    await loadTable(
      engine,
      "span",
      [
        { name: "at", type: "TIMESTAMPTZ" },
        { name: "amount", type: "DECIMAL(18,4)" },
        { name: "region", type: "VARCHAR" },
      ],
      records.map((record) => [record.at, record.amount, record.region]),
    );
    const calendars: CalendarInput[] = [
      { timeZone: "UTC" },
      { timeZone: "Asia/Kathmandu", weekStartsOn: 0, fiscalYearStartMonth: 4 },
      {
        timeZone: "America/New_York",
        weekStartsOn: 6,
        fiscalYearStartMonth: 10,
        fiscalYearNaming: "start_year",
      },
      { timeZone: "Australia/Lord_Howe", fiscalYearStartMonth: 12 },
      // Retail calendars (the ones above use NRF's): the last Saturday of September, 4-4-5,
      // end-year names, week 53 in period 3; Monday weeks ending nearest December 31, 5-4-4.
      {
        timeZone: "Asia/Jakarta",
        retail: {
          yearEnd: "last",
          yearEndMonth: 9,
          pattern: "4-4-5",
          leapWeekPeriod: 3,
          yearNaming: "end_year",
        },
      },
      {
        timeZone: "America/New_York",
        retail: { weekStartsOn: 1, yearEndMonth: 12, pattern: "5-4-4", leapWeekPeriod: 7 },
      },
    ];
    let cells = 0;
    for (const calendar of calendars) {
      for (const granularity of GRANULARITIES) {
        const options = {
          table: "span",
          date: "at",
          granularity,
          calendar,
          groupBy: "region",
          fill: false,
          measures: { revenue: sum("amount"), n: count() },
        } as const;
        const expected = aggregate(records, { ...options, date: "at", groupBy: "region" });
        const actual = await seriesOf(options);
        expect(cellsOf(actual), `${granularity} ${JSON.stringify(calendar)}`).toEqual(
          cellsOf(expected),
        );
        cells += actual.cells.length;
      }
    }
    console.info(`clickhouse: ${cells} cells from 1900 to 2299 matched aggregate`);
  }, 120_000);

  it("counts instants outside 1900-01-01T00:00Z to 2300-01-01T00:00Z as invalid rows", async () => {
    const columns = [
      { name: "at", type: "TIMESTAMPTZ" },
      { name: "amount", type: "DECIMAL(18,4)" },
    ] as const;
    const options = {
      table: "outside",
      date: "at",
      granularity: "year",
      measures: { revenue: sum("amount") },
    } as const;
    for (const at of ["1899-12-31T23:59:59.999Z", "2300-01-01T00:00:00.000Z"]) {
      await loadTable(engine, "outside", columns, [
        [at, "5"],
        ["2025-01-01T00:00:00Z", "1"],
      ]);
      const query = toSql(options, { dialect: "clickhouse" });
      const rows = await engine.run(query.text, query.params);
      expectKpiError(
        () => seriesFromRows(rows, options),
        "invalid_record",
        /must be no NULL in the date, group or measure columns, and instants from 0001-01-02T00:00:00Z up to \(not including\) 9999-01-01T00:00:00Z \(DuckDB, PostgreSQL; ClickHouse: from 1900-01-01T00:00:00Z up to \(not including\) 2300-01-01T00:00:00Z\).*received 1 row with a NULL or an instant outside those years$/,
      );
      // A range leaves the row out.
      const ranged = { ...options, range: { from: "2025", to: "2025" } };
      expect(cellsOf(await seriesOf(ranged))).toEqual(["2025 null 1 1"]);
    }
  });

  it("sums exactly past Int64 and Decimal64 (no wrap-around), and refuses Float columns", async () => {
    const rows = [
      ["2025-01-01T00:00:00Z", "9000000000000000000", "99999999999999999999999999999999.9999", 0.1],
      ["2025-01-02T00:00:00Z", "9000000000000000000", "99999999999999999999999999999999.9999", 0.2],
      ["2025-01-03T00:00:00Z", "-9000000000000000000", "0.0002", 0.3],
      ["2025-01-04T00:00:00Z", "9000000000000000000", "-0.0001", 0.4],
    ] as const;
    await loadTable(
      engine,
      "wide",
      [
        { name: "at", type: "TIMESTAMPTZ" },
        { name: "big", type: "BIGINT" },
        { name: "money", type: "DECIMAL(38,4)" },
        { name: "float", type: "DOUBLE" },
      ],
      rows.map((row) => [...row]),
    );
    const base = { table: "wide", date: "at", granularity: "month" } as const;
    const measures = { big: sum("big"), money: sum("money"), average: mean("big") };
    const series = await seriesOf({ ...base, measures });
    const expected = aggregate(
      rows.map(([at, big, money]) => ({ at, big, money })),
      { ...base, measures },
    );
    expect(cellsOf(series)).toEqual(cellsOf(expected));
    // 2 × 9e18 would wrap an Int64 sum; the dialect sums in Decimal(76, 38).
    expect(series.cells[0]?.values.big.toString()).toBe("18000000000000000000");
    for (const measure of [sum("float"), mean("float"), min("float"), first("float")]) {
      const options = { ...base, measures: { bad: measure } };
      const query = toSql(options, { dialect: "clickhouse" });
      const result = await engine.run(query.text, query.params);
      expectKpiError(
        () => seriesFromRows(result, options),
        "invalid_argument",
        /column "m0_type" \(measure "bad", column "float"\) must be a value of an integer or DECIMAL \/ NUMERIC column.*received "Nullable\(Float64\)"$/,
      );
    }
  });

  it("counts distinct values exactly (uniqExact, never the approximate uniq)", async () => {
    const size = 50_000;
    await engine.run("DROP TABLE IF EXISTS many");
    await engine.run(
      "CREATE TABLE many (at DateTime64(3, 'UTC'), customer String) ENGINE = Memory",
    );
    await engine.run(
      `INSERT INTO many SELECT toDateTime64('2025-01-01 00:00:00', 3, 'UTC') + number, concat('C', toString(number % ${size - 1})) FROM numbers(${size})`,
    );
    const options = {
      table: "many",
      date: "at",
      granularity: "year",
      distinct: "count",
      measures: { customers: countDistinct("customer") },
    } as const;
    const query = toSql(options, { dialect: "clickhouse" });
    expect(query.text).toContain("uniqExact(row_m0)");
    expect(query.text).not.toMatch(/\buniq\(/);
    const series = await seriesOf(options);
    expect(series.cells[0]?.values.customers.toString()).toBe(String(size - 1));
    const kept = await seriesOf({ ...options, distinct: "values" });
    expect(kept.cells[0]?.values.customers.toString()).toBe(String(size - 1));
  });

  it("fiscal arithmetic stays non-negative (intDiv and % truncate toward zero)", async () => {
    // January of the first supported year with a December fiscal start: the anchor and the key
    // subtract the fiscal start, and every operand must stay non-negative.
    const records = [
      { at: "1900-01-01T00:00:00Z", n: "1" },
      { at: "1900-11-30T23:59:59.999Z", n: "1" },
      { at: "1900-12-01T00:00:00Z", n: "1" },
    ];
    await loadTable(
      engine,
      "early",
      [
        { name: "at", type: "TIMESTAMPTZ" },
        { name: "n", type: "DECIMAL(18,4)" },
      ],
      records.map((record) => [record.at, record.n]),
    );
    for (const granularity of [
      "fiscal_month",
      "fiscal_quarter",
      "fiscal_half_year",
      "fiscal_year",
    ] as const) {
      for (const fiscalYearNaming of ["end_year", "start_year"] as const) {
        const options = {
          table: "early",
          date: "at",
          granularity,
          calendar: { fiscalYearStartMonth: 12, fiscalYearNaming },
          fill: false,
          measures: { n: sum("n") },
        } as const;
        expect(cellsOf(await seriesOf(options)), `${granularity} ${fiscalYearNaming}`).toEqual(
          cellsOf(aggregate(records, options)),
        );
      }
    }
  });

  it("takes values only as typed parameters, and hostile names only as quoted identifiers", async () => {
    const hostile = [
      "`; DROP TABLE x; --",
      "back\\slash",
      'dou"ble',
      "new\nline",
      "row_m0",
      "period_anchor",
      "ünï cødé",
    ];
    const columns = [
      { name: hostile[0] as string, type: "TIMESTAMPTZ" },
      { name: hostile[1] as string, type: "DECIMAL(18,4)" },
      { name: hostile[2] as string, type: "VARCHAR" },
      { name: hostile[3] as string, type: "VARCHAR" },
      { name: hostile[4] as string, type: "DECIMAL(18,4)" },
      { name: hostile[5] as string, type: "INTEGER" },
      { name: hostile[6] as string, type: "BOOLEAN" },
    ];
    const values = ["it's", "back\\slash\\", "tab\there", "{evil:String}", "' OR 1=1 --"];
    const records = values.map((value, index) => ({
      at: `2025-0${index + 1}-15T00:00:00Z`,
      amount: `${index}.5`,
      group: value,
      stage: index % 2 === 0 ? value : null,
      other: `${10 - index}`,
      sequence: index,
      flag: index % 2 === 0,
    }));
    const table = 'tab`le \\ "x"';
    await loadTable(
      engine,
      table,
      columns,
      records.map((r) => [r.at, r.amount, r.group, r.stage, r.other, r.sequence, r.flag]),
    );
    const options = {
      table,
      date: column(hostile[0] as string),
      granularity: "year",
      groupBy: hostile[2] as string,
      sequence: hostile[5] as string,
      where: column(hostile[2] as string).ne("nobody"),
      measures: {
        amount: sum(hostile[1] as string),
        other: max(hostile[4] as string),
        quoted: count(column(hostile[3] as string).eq("it's")),
        backslash: count(column(hostile[2] as string).in(["back\\slash\\", "{evil:String}"])),
        flagged: count(hostile[6] as string),
        latest: last(hostile[4] as string),
      },
    } as const;
    const query = toSql(options, { dialect: "clickhouse" });
    for (const value of values) expect(query.text).not.toContain(value);
    for (const name of hostile) expect(query.text).toContain(quoteIdentifier(name, "clickhouse"));
    expect(Object.values(query.params)).toEqual(
      expect.arrayContaining(["nobody", "it's", "back\\slash\\", "{evil:String}"]),
    );
    expect(query.text).toMatch(/\{p\d+:String\}/);
    const series = seriesFromRows(await engine.run(query.text, query.params), options);
    const expected = aggregate(
      records.map((r) => ({
        at: r.at,
        [hostile[1] as string]: r.amount,
        [hostile[2] as string]: r.group,
        [hostile[3] as string]: r.stage,
        [hostile[4] as string]: r.other,
        [hostile[6] as string]: r.flag,
      })),
      {
        date: "at",
        granularity: "year",
        groupBy: hostile[2] as string,
        measures: options.measures,
      },
    );
    expect(cellsOf(series)).toEqual(cellsOf(expected));
    expect(series.cells.map((cell) => cell.values.quoted.toString())).toContain("1");
  });
});

describe("the ClickHouse query", () => {
  it("is one GROUP BY over the table with typed parameters and no local-only construct", () => {
    const query = toSql(
      {
        table: ["sales", "deals_distributed"],
        date: "closed_at",
        granularity: "fiscal_quarter",
        calendar: { timeZone: "Asia/Jakarta", fiscalYearStartMonth: 4 },
        groupBy: "region",
        where: column("stage").in(["won", "lost"]),
        measures: { revenue: sum("amount"), deals: count() },
      },
      { dialect: "clickhouse" },
    );
    expect(query.text.match(/GROUP BY/g)).toHaveLength(1);
    expect(query.text.match(/FROM `sales`.`deals_distributed`/g)).toHaveLength(1);
    expect(query.text).not.toMatch(
      /\b(JOIN|WITH|ARRAY JOIN|GLOBAL|LIMIT|FINAL|toStartOf\w+|toMonday|uniq\()/,
    );
    expect(query.params).toEqual({
      p1: "Asia/Jakarta",
      p2: "won",
      p3: "lost",
      p4: 4,
      p5: 1,
      p6: -2208988800000,
      p7: 10413792000000,
    });
  });
});
