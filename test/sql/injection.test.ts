import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  count,
  countDistinct,
  first,
  isKpiError,
  last,
  max,
  mean,
  min,
  moments,
  sum,
  sumOfLatestPerEntity,
} from "../../src/index.js";
import {
  column,
  quoteIdentifier,
  type SqlDialect,
  seriesFromRows,
  type ToSqlOptions,
  toSql,
} from "../../src/sql/index.js";
import { allEngines, type Engine, loadTable } from "./engines.js";

// Hostile identifiers and values never change the shape of the query: names only ever appear as
// quoted identifiers, values only ever as parameters.

const HOSTILE_NAMES = [
  "Order Date",
  '"weird"; DROP TABLE x',
  "amount'); DROP TABLE victims; --",
  'a""b',
  "Ünïcødé 名前",
  "select",
  'x" OR 1=1 --',
  "$1",
  "*/ DROP TABLE victims /*",
  "tab\there\nnewline",
] as const;

const HOSTILE_VALUES = ["won' OR '1'='1", "'; DROP TABLE victims; --", "$1", '"', "\\", "won"];

/** The query with every quoted identifier replaced by a placeholder. */
function shape(text: string): string {
  return text.replace(/"(?:[^"]|"")*"/g, '"?"');
}

function optionsFor(names: {
  table: string;
  date: string;
  amount: string;
  stage: string;
  customer: string;
  group: string;
}): ToSqlOptions<Record<string, ReturnType<typeof sum>>> {
  return {
    table: ["main_or_public", names.table],
    date: names.date,
    granularity: "month",
    calendar: { timeZone: "Asia/Jakarta", fiscalYearStartMonth: 4 },
    groupBy: column(names.group),
    where: column(names.stage).ne("spam"),
    measures: {
      revenue: sum(names.amount),
      deals: count(),
      won: count(column(names.stage).eq("won")),
      customers: countDistinct(names.customer),
      opening: first(names.amount),
      closing: last(names.amount),
      low: min(names.amount),
      high: max(names.amount),
      average: mean(names.amount),
      spread: moments(names.amount),
      pipeline: sumOfLatestPerEntity({ entity: names.customer, value: column(names.amount) }),
    } as never,
  };
}

describe("query shape", () => {
  const plain = {
    table: "t",
    date: "d",
    amount: "a",
    stage: "s",
    customer: "c",
    group: "g",
  };
  for (const dialect of ["duckdb", "postgres"] as SqlDialect[]) {
    it(`${dialect}: hostile names change only the quoted identifiers`, () => {
      const reference = toSql(optionsFor(plain), { dialect });
      for (const name of HOSTILE_NAMES) {
        const hostile = toSql(
          optionsFor({
            table: name,
            date: name,
            amount: name,
            stage: name,
            customer: name,
            group: name,
          }),
          { dialect },
        );
        expect(shape(hostile.text)).toBe(shape(reference.text));
        expect(hostile.params).toEqual(reference.params);
        // Outside the quoted identifiers there is no DROP (the text itself has none).
        expect(hostile.text.replace(/"(?:[^"]|"")*"/g, "").includes("DROP")).toBe(false);
      }
    });

    it(`${dialect}: hostile values travel only as parameters`, () => {
      const base = optionsFor(plain);
      const reference = toSql({ ...base, where: column("s").eq("x") }, { dialect });
      for (const value of HOSTILE_VALUES) {
        const query = toSql({ ...base, where: column("s").eq(value) }, { dialect });
        expect(query.text).toBe(reference.text);
        expect(query.params).toContain(value);
      }
      const withIn = toSql({ ...base, where: column("s").in(HOSTILE_VALUES) }, { dialect });
      for (const value of HOSTILE_VALUES) expect(withIn.params).toContain(value);
      expect(withIn.text.includes("DROP")).toBe(false);
    });

    it(`${dialect}: any name is one identifier (property)`, () => {
      const reference = shape(toSql(optionsFor(plain), { dialect }).text);
      fc.assert(
        fc.property(
          fc
            .string({ minLength: 1, maxLength: 20, unit: "binary" })
            .filter((name) => !name.includes("\u0000")),
          (name) => {
            const query = toSql(
              optionsFor({
                table: name,
                date: name,
                amount: name,
                stage: name,
                customer: name,
                group: name,
              }),
              { dialect },
            );
            expect(shape(query.text)).toBe(reference);
            const quoted = quoteIdentifier(name, dialect);
            expect(quoted.slice(1, -1).replaceAll('""', '"')).toBe(name);
          },
        ),
      );
    });
  }

  it("refuses names that cannot be one identifier", () => {
    for (const name of ["", "a\u0000b"]) {
      expect(() => quoteIdentifier(name, "duckdb")).toThrow(
        /quoteIdentifier: name must be a non-empty column or table name/,
      );
    }
    const long = "é".repeat(32); // 64 bytes: PostgreSQL would cut it to 63
    expect(() => quoteIdentifier(long, "postgres")).toThrow(/at most 63 bytes/);
    expect(quoteIdentifier(long, "duckdb")).toBe(`"${long}"`);
    try {
      toSql({ ...optionsFor(plain), date: long }, { dialect: "postgres" });
      expect.unreachable();
    } catch (error) {
      expect(isKpiError(error) && error.issues[0]?.path).toEqual(["date"]);
    }
  });
});

describe("hostile names and values against real engines", () => {
  let engines: Engine[] = [];
  beforeAll(async () => {
    ({ engines } = await allEngines());
  }, 30_000);
  afterAll(async () => {
    for (const engine of engines) await engine.close();
  });

  const names = {
    table: 'deals"; DROP TABLE victims; --',
    date: "Order Date",
    amount: '"weird"; DROP TABLE x',
    stage: "amount'); DROP TABLE victims; --",
    customer: "Ünïcødé 名前",
    group: 'a""b',
  };
  const columns = [
    { name: names.date, type: "TIMESTAMPTZ" },
    { name: names.amount, type: "DECIMAL(18,4)" },
    { name: names.stage, type: "VARCHAR" },
    { name: names.customer, type: "VARCHAR" },
    { name: names.group, type: "VARCHAR" },
  ];
  const rows = [
    ["2024-03-31T17:00:00Z", "10.5", "won", "C1", "x"],
    ["2024-03-31T16:59:59.999Z", "-0.25", "won' OR '1'='1", "C2", "x"],
    ["2024-04-15T00:00:00Z", "7", "spam", "C1", "'; DROP TABLE victims; --"],
    ["2024-04-16T00:00:00Z", "3.0001", "won", "C3", "'; DROP TABLE victims; --"],
  ];

  it("runs with hostile names, drops nothing, and counts correctly", async () => {
    for (const engine of engines) {
      await loadTable(engine, "victims", [{ name: "id", type: "INTEGER" }], [[1], [2]]);
      await loadTable(engine, "x", [{ name: "id", type: "INTEGER" }], [[1]]);
      await loadTable(engine, names.table, columns, rows);
      const options = { ...optionsFor(names), table: [engine.schema, names.table] };
      const query = toSql(options, { dialect: engine.dialect });
      const series = seriesFromRows(await engine.run(query.text, query.params), options);
      const cells = series.cells.map((cell) => [
        cell.period.key,
        cell.group,
        cell.records,
        cell.values.revenue?.toString(),
        cell.values.won?.toString(),
        cell.values.customers?.toString(),
        cell.values.pipeline?.toString() ?? null,
      ]);
      // 2024-03-31T17:00Z is April 1 in Jakarta: fiscal year 2025 starts; the row a millisecond
      // earlier is still March. The "spam" row is filtered out by `where`.
      expect(cells, engine.name).toEqual([
        ["2024-03", "'; DROP TABLE victims; --", 0, "0", "0", "0", null],
        ["2024-03", "x", 1, "-0.25", "0", "1", "-0.25"],
        ["2024-04", "'; DROP TABLE victims; --", 1, "3.0001", "1", "1", "3.0001"],
        ["2024-04", "x", 1, "10.5", "1", "1", "10.5"],
      ]);
      expect(await engine.run('SELECT count(*) AS n FROM "victims"')).toHaveLength(1);
      const victims = await engine.run('SELECT CAST(count(*) AS VARCHAR) AS n FROM "victims"');
      expect(victims[0]?.n).toBe("2");
      const x = await engine.run('SELECT CAST(count(*) AS VARCHAR) AS n FROM "x"');
      expect(x[0]?.n).toBe("1");
      const all = await engine.run(
        `SELECT CAST(count(*) AS VARCHAR) AS n FROM "${names.table.replaceAll('"', '""')}"`,
      );
      expect(all[0]?.n).toBe("4");
    }
  });

  it("any column name works against the engines (property)", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc
          .string({ minLength: 1, maxLength: 20, unit: "binary" })
          .filter(
            (name) =>
              !name.includes("\u0000") &&
              name.toLowerCase() !== "d" &&
              new TextEncoder().encode(name).length <= 63,
          ),
        async (name) => {
          for (const engine of engines) {
            await loadTable(
              engine,
              "property",
              [
                { name: "d", type: "TIMESTAMPTZ" },
                { name, type: "DECIMAL(18,4)" },
              ],
              [
                ["2025-01-01T00:00:00Z", "1.25"],
                ["2025-02-01T00:00:00Z", "-2"],
              ],
            );
            const options = {
              table: "property",
              date: "d",
              granularity: "year",
              measures: { total: sum(name) },
            } as const;
            const query = toSql(options, { dialect: engine.dialect });
            const series = seriesFromRows(await engine.run(query.text, query.params), options);
            expect(series.cells[0]?.values.total.toString(), engine.name).toBe("-0.75");
          }
        },
      ),
    );
  }, 60_000);

  it("a hostile value in a condition matches only itself", async () => {
    for (const engine of engines) {
      await loadTable(engine, names.table, columns, rows);
      for (const value of HOSTILE_VALUES) {
        const options = {
          ...optionsFor(names),
          table: names.table,
          groupBy: undefined,
          where: column(names.stage).eq(value),
          measures: { deals: count() },
        };
        const query = toSql(options, { dialect: engine.dialect });
        const series = seriesFromRows(await engine.run(query.text, query.params), options);
        const matched = series.cells.reduce((total, cell) => total + cell.records, 0);
        expect(matched, `${engine.name} ${value}`).toBe(
          rows.filter((row) => row[2] === value).length,
        );
      }
    }
  });
});
