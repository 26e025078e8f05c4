import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type CalendarInput,
  count,
  countDistinct,
  type Granularity,
  periodOf,
  sum,
} from "../../src/index.js";
import { MAX_CONDITION_NESTING } from "../../src/sql/conditionSql.js";
import { column, seriesFromRows, toSql } from "../../src/sql/index.js";
import { expectKpiError } from "../support/expectKpiError.js";
import { duckdbEngine, type Engine, loadTable, pgliteEngine } from "./engines.js";

const base = {
  table: "deals",
  date: "closed_at",
  granularity: "month" as Granularity,
  measures: { revenue: sum("amount") },
};

describe("toSql options", () => {
  it("refuses a function accessor, naming the measure and saying why", () => {
    expectKpiError(
      () =>
        toSql(
          { ...base, measures: { revenue: sum((deal: { amount: string }) => deal.amount) } },
          { dialect: "duckdb" },
        ),
      "invalid_option",
      {
        message:
          'toSql: measure "revenue" must be a column name or column("name"): a function accessor runs in JavaScript and cannot run in the database, received a function',
        path: ["measures", "revenue"],
      },
    );
  });

  it("refuses a function count predicate but takes a boolean column or a condition", () => {
    expectKpiError(
      () =>
        toSql(
          { ...base, measures: { won: count((deal: { won: boolean }) => deal.won) } },
          { dialect: "postgres" },
        ),
      "invalid_option",
      /^toSql: measure "won" must be nothing \(count every row\), the name of a boolean column, or a condition/,
    );
    const query = toSql(
      {
        ...base,
        measures: {
          all: count(),
          won: count("won"),
          staged: count(column("stage").in(["won", "lost"])),
        },
      },
      { dialect: "postgres" },
    );
    expect(query.text).toContain('"won" AS row_m1');
    expect(query.text).toContain('("stage" IN ($2, $3)) AS row_m2');
    // Then the bounds of the supported instants (rows outside are counted as invalid).
    expect(query.params).toEqual([
      "UTC",
      "won",
      "lost",
      "0001-01-02T00:00:00.000Z",
      "9999-01-01T00:00:00.000Z",
    ]);
  });

  it("checks the dialect, table, columns, granularity, calendar and distinct", () => {
    expectKpiError(
      () => toSql(base, { dialect: "mysql" as never }),
      "invalid_option",
      'toSql: option dialect must be one of "duckdb", "postgres" or "clickhouse", received "mysql"',
    );
    expectKpiError(() => toSql(base, undefined as never), "invalid_argument");
    expectKpiError(() => toSql({ ...base, table: [] }, { dialect: "duckdb" }), "invalid_option", {
      path: ["table"],
    });
    expectKpiError(
      () => toSql({ ...base, table: ["a", "b", "c", "d"] }, { dialect: "duckdb" }),
      "invalid_option",
    );
    expectKpiError(
      () => toSql({ ...base, date: 3 as never }, { dialect: "duckdb" }),
      "invalid_option",
      { path: ["date"] },
    );
    expectKpiError(
      () => toSql({ ...base, granularity: "fortnight" as never }, { dialect: "duckdb" }),
      "invalid_option",
      { path: ["granularity"] },
    );
    expectKpiError(
      () => toSql({ ...base, calendar: { timeZone: "Asia/Jakrta" } }, { dialect: "duckdb" }),
      "invalid_time_zone",
    );
    expectKpiError(
      () => toSql({ ...base, distinct: "approx" as never }, { dialect: "duckdb" }),
      "invalid_option",
      { path: ["distinct"] },
    );
    expectKpiError(
      () => toSql({ ...base, where: "1 = 1" as never }, { dialect: "duckdb" }),
      "invalid_option",
      { path: ["where"] },
    );
    expectKpiError(() => toSql({ ...base, measures: {} }, { dialect: "duckdb" }), "invalid_option");
    expectKpiError(() => toSql(null as never, { dialect: "duckdb" }), "invalid_argument");
    expectKpiError(
      () => toSql({ ...base, range: { from: "2025-03", to: "2025-01" } }, { dialect: "duckdb" }),
      "invalid_option",
      /^toSql: option range must be an object \{ from, to \}/,
    );
  });

  it("refuses a look-alike measure of an unknown kind", () => {
    const fake = { ...sum("amount"), kind: "median" } as never;
    expectKpiError(
      () => toSql({ ...base, measures: { fake } }, { dialect: "duckdb" }),
      "invalid_option",
      /^toSql: measure "fake" must be a measure made with sum, count/,
    );
  });

  it("quotes schema-qualified tables part by part, and never splits a name at dots", () => {
    expect(toSql({ ...base, table: ["sales", "deals"] }, { dialect: "duckdb" }).text).toContain(
      'FROM "sales"."deals"',
    );
    expect(toSql({ ...base, table: "sales.deals" }, { dialect: "duckdb" }).text).toContain(
      'FROM "sales.deals"',
    );
  });

  it("puts the time zone, calendar settings and range bounds in parameters", () => {
    const query = toSql(
      {
        ...base,
        granularity: "fiscal_quarter",
        calendar: { timeZone: "Asia/Jakarta", fiscalYearStartMonth: 4 },
        range: { from: "2024-04", to: "2024-06" },
      },
      { dialect: "postgres" },
    );
    expect(query.params).toEqual([
      "Asia/Jakarta",
      "2024-03-31T17:00:00.000Z",
      "2024-06-30T17:00:00.000Z",
      4,
      1,
      "0001-01-02T00:00:00.000Z",
      "9999-01-01T00:00:00.000Z",
    ]);
    expect(query.text).not.toMatch(/Jakarta|2024|0001|9999/);
  });

  it("counts distinct values in the database only when asked", () => {
    const measures = { customers: countDistinct("customer") };
    expect(toSql({ ...base, measures }, { dialect: "duckdb" }).text).toContain(
      "to_json(list(DISTINCT",
    );
    expect(toSql({ ...base, measures }, { dialect: "postgres" }).text).toContain(
      "to_json(array_agg(DISTINCT",
    );
    expect(toSql({ ...base, measures, distinct: "count" }, { dialect: "postgres" }).text).toContain(
      "count(DISTINCT row_m0)",
    );
  });
});

// Hand-checked instants: each key is computed by the engine and by periodOf, and must be the one
// written here.
const VECTORS: readonly [string, Granularity, CalendarInput, string][] = [
  ["2024-01-31T20:00:00Z", "month", { timeZone: "Asia/Jakarta" }, "2024-02"], // 03:00 on 1 Feb in Jakarta
  ["2024-01-31T16:59:59.999Z", "month", { timeZone: "Asia/Jakarta" }, "2024-01"],
  ["2020-12-31T23:59:59.999Z", "week", {}, "2020-W53"], // ISO: 2020 has 53 weeks
  ["2021-01-03T12:00:00Z", "week", {}, "2020-W53"], // Sunday 3 Jan 2021 is still in 2020-W53
  ["2021-01-04T00:00:00Z", "week", {}, "2021-W01"],
  ["2024-12-30T00:00:00Z", "week", {}, "2025-W01"], // Monday 30 Dec 2024 starts 2025-W01
  ["2025-03-14T00:00:00Z", "week", {}, "2025-W11"],
  ["2025-01-05T12:00:00Z", "week", { weekStartsOn: 0 }, "2025-W02"], // Sunday weeks: 29 Dec–4 Jan is W01
  ["2024-03-10T06:59:59.999Z", "day", { timeZone: "America/New_York" }, "2024-03-10"], // 01:59:59 EST
  ["2024-03-10T04:59:59.999Z", "day", { timeZone: "America/New_York" }, "2024-03-09"],
  ["2024-11-03T05:30:00Z", "day", { timeZone: "America/New_York" }, "2024-11-03"], // 01:30 EDT, first pass
  [
    "2025-03-31T17:00:00Z",
    "fiscal_quarter",
    { timeZone: "Asia/Jakarta", fiscalYearStartMonth: 4 },
    "FY2026-Q1",
  ],
  [
    "2025-03-31T17:00:00Z",
    "fiscal_quarter",
    { timeZone: "Asia/Jakarta", fiscalYearStartMonth: 4, fiscalYearNaming: "start_year" },
    "FY2025-Q1",
  ],
  [
    "2025-03-31T16:59:59Z",
    "fiscal_year",
    { timeZone: "Asia/Jakarta", fiscalYearStartMonth: 4 },
    "FY2025",
  ],
  [
    "2025-03-31T16:59:59Z",
    "fiscal_month",
    { timeZone: "Asia/Jakarta", fiscalYearStartMonth: 4 },
    "FY2025-M12",
  ],
  ["2025-06-15T00:00:00Z", "fiscal_half_year", { fiscalYearStartMonth: 7 }, "FY2025-H2"],
  ["2025-06-15T00:00:00Z", "fiscal_quarter", {}, "FY2025-Q2"], // January fiscal years: both namings say FY2025
  ["2025-06-15T00:00:00Z", "fiscal_quarter", { fiscalYearNaming: "start_year" }, "FY2025-Q2"],
  ["2025-08-01T00:00:00Z", "quarter", {}, "2025-Q3"],
  ["2025-08-01T00:00:00Z", "half_year", {}, "2025-H2"],
  ["2024-12-31T23:00:00Z", "year", { timeZone: "Europe/Berlin" }, "2025"],
  ["0999-06-01T00:00:00Z", "year", {}, "0999"],
];

describe("toSql limits", () => {
  it("writes a chain of 10,000 .and() links flat, and the engine runs it", async () => {
    // Regression: the SQL was written recursively, one frame per link: RangeError: Maximum call
    // stack size exceeded.
    let chain = column("stage").ne("lost");
    for (let link = 0; link < 10_000; link++) chain = chain.and(column("region").ne(`r${link}`));
    const options = { ...base, where: chain };
    for (const dialect of ["duckdb", "postgres", "clickhouse"] as const) {
      const query = toSql(options, { dialect });
      expect(query.text.match(/ AND /g)?.length ?? 0).toBeGreaterThanOrEqual(10_000);
      expect(query.text).not.toContain("(".repeat(8));
    }
    const engine = await duckdbEngine();
    try {
      await loadTable(
        engine,
        "deals",
        [
          { name: "closed_at", type: "TIMESTAMPTZ" },
          { name: "amount", type: "DECIMAL(18,4)" },
          { name: "stage", type: "VARCHAR" },
          { name: "region", type: "VARCHAR" },
        ],
        [
          ["2025-01-01T00:00:00Z", "2", "won", "Jawa"],
          ["2025-01-02T00:00:00Z", "3", "lost", "Jawa"],
          ["2025-01-03T00:00:00Z", "5", "won", "r42"],
        ],
      );
      const query = toSql(options, { dialect: "duckdb" });
      const series = seriesFromRows(await engine.run(query.text, query.params), options);
      expect(series.cells.map((cell) => cell.values.revenue.toString())).toEqual(["2"]);
    } finally {
      await engine.close();
    }
  }, 60_000);

  it("refuses a condition nested deeper than the engines parse, with a KpiError", () => {
    let alternating = column("stage").eq("won");
    for (let link = 0; link < 10_000; link++) {
      alternating =
        link % 2 === 0
          ? alternating.or(column("stage").eq("x"))
          : alternating.and(column("stage").ne("y"));
    }
    for (const dialect of ["duckdb", "postgres", "clickhouse"] as const) {
      expectKpiError(() => toSql({ ...base, where: alternating }, { dialect }), "invalid_option", {
        message: `toSql: where must be a condition nested at most ${MAX_CONDITION_NESTING} levels deep (chains of the same .and() or .or() count as one level; engines refuse deeper SQL), received a condition nested more than ${MAX_CONDITION_NESTING} levels deep`,
        path: ["where"],
      });
    }
  });

  it("refuses more than 65,535 PostgreSQL parameters before the driver does", () => {
    const many = Array.from({ length: 65_535 }, (_, index) => `v${index}`);
    const options = { ...base, where: column("stage").in(many) };
    expectKpiError(() => toSql(options, { dialect: "postgres" }), "invalid_option", {
      message:
        "toSql: the query must be at most 65535 query parameters (the PostgreSQL protocol numbers them in 16 bits): use fewer values in conditions, or put them in a table and join, received a query of 65538 parameters",
    });
    // DuckDB and ClickHouse have no such limit.
    expect(toSql(options, { dialect: "duckdb" }).params).toHaveLength(65_538);
    // The zone and the two bounds of the supported instants are parameters too.
    const fewer = { ...base, where: column("stage").in(many.slice(0, 65_532)) };
    expect(toSql(fewer, { dialect: "postgres" }).params).toHaveLength(65_535);
  });

  it("refuses options it would ignore (onInvalid, indexOffset, misspellings)", () => {
    for (const [name, value] of [
      ["onInvalid", "skip"],
      ["indexOffset", 3],
      ["groupby", "region"],
    ] as const) {
      for (const run of [
        () => toSql({ ...base, [name]: value } as never, { dialect: "duckdb" }),
        () => seriesFromRows([], { ...base, [name]: value } as never),
      ]) {
        expectKpiError(run, "invalid_option", {
          message: new RegExp(
            `option ${name} must be one of the options table, date, granularity, calendar, groupBy, measures, range, where, sequence, distinct, fill \\(onInvalid does not apply`,
          ),
          path: [name],
        });
      }
    }
  });
});

describe("period keys in the engines", () => {
  let engines: Engine[] = [];
  beforeAll(async () => {
    engines = [await duckdbEngine(), await pgliteEngine()];
    for (const engine of engines) {
      await loadTable(
        engine,
        "instants",
        [{ name: "at", type: "TIMESTAMPTZ" }],
        VECTORS.map(([at]) => [at]),
      );
    }
  }, 30_000);
  afterAll(async () => {
    for (const engine of engines) await engine.close();
  });

  it.each(
    VECTORS.map(
      (vector) => [`${vector[0]} ${vector[1]} ${JSON.stringify(vector[2])}`, vector] as const,
    ),
  )("%s", async (_name, [at, granularity, calendar, key]) => {
    expect(periodOf(at, granularity, calendar).key).toBe(key);
    for (const engine of engines) {
      const options = {
        table: "instants",
        date: "at",
        granularity,
        calendar,
        where: column("at").isNotNull(),
        range: { from: at, to: at },
        measures: { n: count() },
      };
      const query = toSql(options, { dialect: engine.dialect });
      const rows = await engine.run(query.text, query.params);
      expect(
        rows.map((row) => row.period_key),
        engine.name,
      ).toEqual([key]);
      expect(seriesFromRows(rows, options).cells.map((cell) => cell.period.key)).toEqual([key]);
    }
  });
});
