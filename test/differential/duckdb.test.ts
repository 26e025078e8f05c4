// Differential test: DuckDB, with exact DECIMAL arithmetic and ICU time zones (AT TIME ZONE,
// strftime), computes the same aggregates as aggregate() and customerActivity() on seeded random
// datasets, and every cell is compared as an exact decimal string — no tolerance.
//
// Where the two engines define things differently, the mapping is explicit:
// - Period keys: DuckDB has no "2025-Q1" or fiscal keys, so they are built in SQL from the local
//   date (year || '-Q' || quarter; FY from the local month with the fiscal year starting in April
//   and named by the year in which it ends). ISO weeks use strftime('%G-W%V'), which is the
//   library's default week (Monday start, ISO week-year).
// - Trailing zeros: DuckDB prints DECIMAL(38,4) sums with four decimals ("12.5000"), the library
//   prints Decimals without trailing zeros ("12.5"). Both sides go through the same normalization,
//   `new KDecimal(text).toString()`, before the string comparison.
// - Ratios: DuckDB divides DECIMALs in floating point, so SQL computes the exact numerator and
//   denominator (DECIMAL and integer arithmetic) and the expected quotient is their long division
//   to 34 significant digits, half away from zero, in BigInt (referenceQuotient below: the
//   library's documented precision and rounding, computed without decimal.js).
// - first/last: the library takes the earliest (latest) instant, ties broken by record index
//   (src/aggregate/snapshot.ts); SQL uses first(amount ORDER BY at_ms, id) and
//   first(amount ORDER BY at_ms DESC, id DESC), with id the record's index.
// - Rolling windows: rolling(series, 3) against SUM(...) OVER (ROWS BETWEEN 2 PRECEDING AND
//   CURRENT ROW) on the dense grid (the library's windows are counted in periods, like SQL rows there).
// - Fiscal year to date: toDate(series, "fiscal_year") against SUM(...) OVER (PARTITION BY fiscal
//   year ORDER BY period ROWS UNBOUNDED PRECEDING), for the granularities that nest in April years.
// - Empty periods: aggregate() fills the gaps between observed periods (the default); SQL GROUP BY
//   returns observed cells only. Filled cells are checked against the documented fill values (0 for
//   sums and counts, null for first, the previous closing value carried forward for last).
import { DuckDBInstance } from "@duckdb/node-api";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { KDecimal } from "../../src/core/decimal.js";
import {
  aggregate,
  averageOrderValue,
  type CalendarInput,
  count,
  countDistinct,
  customerActivity,
  type Decimal,
  first,
  type Granularity,
  growth,
  last,
  metricSeries,
  periodOf,
  rolling,
  sum,
  toDate,
  winRate,
} from "../../src/index.js";

type DuckConnection = Awaited<
  ReturnType<Awaited<ReturnType<typeof DuckDBInstance.create>>["connect"]>
>;

const ZONES = [
  "America/New_York",
  "Europe/Berlin",
  "Asia/Jakarta",
  "Asia/Kathmandu",
  "UTC",
] as const;
const SEEDS = [20261127, 7, 1945];
const ROWS = 3000;
const GRANULARITIES: readonly Granularity[] = [
  "month",
  "quarter",
  "half_year",
  "year",
  "week",
  "fiscal_year",
  "fiscal_quarter",
];
const CALENDAR_EXTRAS = { fiscalYearStartMonth: 4 } as const;
const REGIONS = ["Jawa", "Bali", "Sumatra", "__proto__"] as const;

// ---------------------------------------------------------------------------------------------
// Seeded data.

/** mulberry32: a small, well-known seeded PRNG (deterministic datasets). */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function scaledText(units: bigint, scale: number): string {
  const negative = units < 0n;
  const digits = (negative ? -units : units).toString().padStart(scale + 1, "0");
  const body = scale === 0 ? digits : `${digits.slice(0, -scale)}.${digits.slice(-scale)}`;
  return negative ? `-${body}` : body;
}

interface Row {
  readonly id: number;
  readonly atMs: number;
  readonly amount: string;
  readonly won: boolean;
  readonly customer: string;
  readonly region: string;
}

function dataset(seed: number, zone: string): Row[] {
  const next = random(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  const from = Date.UTC(2023, 0, 1);
  const to = Date.UTC(2025, 11, 31);
  const rows: Row[] = [];
  for (let id = 0; id < ROWS; id++) {
    const kind = next();
    let atMs: number;
    if (kind < 0.1 && rows.length > 0) {
      atMs = pick(rows).atMs; // a tie: same instant as an earlier record
    } else if (kind < 0.3) {
      // Within 16 hours of a UTC month boundary: around local midnights of every zone here.
      const month = Math.floor(next() * 36);
      atMs = Date.UTC(2023, month, 1) + Math.round((next() * 2 - 1) * 16 * 3_600_000);
    } else if (kind < 0.4) {
      // Exactly at a local period start, or one millisecond before it.
      const start = periodOf(from + Math.floor(next() * (to - from)), pick(GRANULARITIES), {
        timeZone: zone,
        ...CALENDAR_EXTRAS,
      }).start.getTime();
      atMs = start - (next() < 0.5 ? 0 : 1);
    } else {
      atMs = from + Math.floor(next() * (to - from));
    }
    const scale = 2 + Math.floor(next() * 3);
    const magnitude = BigInt(Math.floor(next() * 10 ** (4 + scale)));
    const units = next() < 0.2 ? -magnitude : magnitude;
    rows.push({
      id,
      atMs,
      amount: scaledText(units, scale),
      won: next() < 0.35,
      customer: `C${String(Math.floor(next() * 180)).padStart(3, "0")}`,
      region: pick(REGIONS),
    });
  }
  return rows;
}

/** The records as a user would pass them: instants as epoch ms, Dates or ISO strings; amounts as strings or exact numbers. */
function records(rows: readonly Row[]) {
  return rows.map((row) => {
    const form = row.id % 3;
    const number = Number(row.amount);
    return {
      at:
        form === 0 ? row.atMs : form === 1 ? new Date(row.atMs) : new Date(row.atMs).toISOString(),
      amount: row.id % 2 === 0 && String(number) === row.amount ? number : row.amount,
      won: row.won,
      customer: row.customer,
      region: row.region,
    };
  });
}

// ---------------------------------------------------------------------------------------------
// SQL: period ordinals (consecutive integers) and keys, from the local timestamp.

const LOCAL = "local";

function periodSql(granularity: Granularity): {
  ordinal: string;
  key: (ordinal: string) => string;
  /** The fiscal year containing the period, when periods nest in fiscal years (for year-to-date). */
  fiscalYear?: (ordinal: string) => string;
} {
  const year = `year(${LOCAL})`;
  const month = `month(${LOCAL})`;
  // Fiscal year starting in April, named by the calendar year in which it ends.
  const fiscalYear = `(${year} + CASE WHEN ${month} >= 4 THEN 1 ELSE 0 END)`;
  const fiscalQuarter = `(((${month} + 8) % 12) // 3)`; // April-June 0, ..., January-March 3
  switch (granularity) {
    case "month":
      return {
        ordinal: `(${year} * 12 + ${month} - 1)`,
        key: (o) => `printf('%04d-%02d', (${o}) // 12, (${o}) % 12 + 1)`,
        fiscalYear: (o) => `((${o}) // 12 + CASE WHEN (${o}) % 12 + 1 >= 4 THEN 1 ELSE 0 END)`,
      };
    case "quarter":
      return {
        ordinal: `(${year} * 4 + quarter(${LOCAL}) - 1)`,
        key: (o) => `CAST((${o}) // 4 AS VARCHAR) || '-Q' || CAST((${o}) % 4 + 1 AS VARCHAR)`,
        fiscalYear: (o) => `((${o}) // 4 + CASE WHEN (${o}) % 4 >= 1 THEN 1 ELSE 0 END)`,
      };
    case "half_year":
      return {
        ordinal: `(${year} * 2 + CASE WHEN ${month} >= 7 THEN 1 ELSE 0 END)`,
        key: (o) => `CAST((${o}) // 2 AS VARCHAR) || '-H' || CAST((${o}) % 2 + 1 AS VARCHAR)`,
      };
    case "year":
      return { ordinal: year, key: (o) => `CAST(${o} AS VARCHAR)` };
    case "week":
      // ISO weeks start on Monday; 1970-01-05 was a Monday.
      return {
        ordinal: `(datediff('day', DATE '1970-01-05', CAST(date_trunc('week', ${LOCAL}) AS DATE)) // 7)`,
        key: (o) => `strftime(DATE '1970-01-05' + CAST(7 * (${o}) AS INTEGER), '%G-W%V')`,
      };
    case "fiscal_year":
      return {
        ordinal: fiscalYear,
        key: (o) => `'FY' || CAST(${o} AS VARCHAR)`,
        fiscalYear: (o) => o,
      };
    case "fiscal_quarter":
      return {
        ordinal: `(${fiscalYear} * 4 + ${fiscalQuarter})`,
        key: (o) =>
          `'FY' || CAST((${o}) // 4 AS VARCHAR) || '-Q' || CAST((${o}) % 4 + 1 AS VARCHAR)`,
        fiscalYear: (o) => `((${o}) // 4)`,
      };
    default:
      throw new Error(`no SQL mapping for ${granularity}`);
  }
}

async function query(
  connection: DuckConnection,
  sql: string,
): Promise<Record<string, string | null>[]> {
  const reader = await connection.runAndReadAll(sql);
  return reader.getRowObjects() as Record<string, string | null>[];
}

async function load(
  connection: DuckConnection,
  table: string,
  rows: readonly Row[],
  zone: string,
): Promise<void> {
  await connection.run(
    `CREATE TABLE ${table}_raw (id INTEGER, at_ms BIGINT, amount DECIMAL(18,4), won BOOLEAN, customer VARCHAR, region VARCHAR)`,
  );
  for (let offset = 0; offset < rows.length; offset += 1000) {
    const values = rows
      .slice(offset, offset + 1000)
      .map((r) => `(${r.id}, ${r.atMs}, ${r.amount}, ${r.won}, '${r.customer}', '${r.region}')`)
      .join(",");
    await connection.run(`INSERT INTO ${table}_raw VALUES ${values}`);
  }
  // The local wall time of each instant in the zone (ICU): the instant is epoch microseconds.
  await connection.run(
    `CREATE VIEW ${table} AS SELECT *, make_timestamptz(at_ms * 1000) AT TIME ZONE '${zone}' AS ${LOCAL} FROM ${table}_raw`,
  );
}

// ---------------------------------------------------------------------------------------------
// Exact reference for ratios.

function parseDecimal(text: string): { units: bigint; scale: number } {
  const negative = text.startsWith("-");
  const body = negative ? text.slice(1) : text;
  const point = body.indexOf(".");
  const digits = point === -1 ? body : body.slice(0, point) + body.slice(point + 1);
  const scale = point === -1 ? 0 : body.length - point - 1;
  const units = BigInt(digits);
  return { units: negative ? -units : units, scale };
}

/** numerator / denominator to 34 significant digits, ties away from zero, by BigInt long division. */
function referenceQuotient(numerator: string, denominator: string): string | null {
  const n = parseDecimal(numerator);
  const d = parseDecimal(denominator);
  if (d.units === 0n) return null;
  // n/d = (n.units * 10^d.scale) / (d.units * 10^n.scale) = a / b
  let a = n.units * 10n ** BigInt(d.scale);
  let b = d.units * 10n ** BigInt(n.scale);
  if (b < 0n) {
    a = -a;
    b = -b;
  }
  if (a === 0n) return "0";
  const negative = a < 0n;
  if (negative) a = -a;
  // e = floor(log10(a / b))
  let e = a.toString().length - b.toString().length;
  if (e >= 0 ? a < b * 10n ** BigInt(e) : a * 10n ** BigInt(-e) < b) e -= 1;
  const k = 33 - e; // scale that leaves 34 significant digits
  const top = k >= 0 ? a * 10n ** BigInt(k) : a;
  const bottom = k >= 0 ? b : b * 10n ** BigInt(-k);
  let q = top / bottom;
  const r = top % bottom;
  if (2n * r >= bottom) q += 1n; // half away from zero (on the magnitude)
  const text = k >= 0 ? scaledText(q, k) : (q * 10n ** BigInt(-k)).toString();
  return normalize(negative ? `-${text}` : text);
}

/** The one normalization applied to both sides: trailing zeros removed, as KDecimal prints. */
function normalize(text: string | null): string | null {
  return text === null ? null : new KDecimal(text).toString();
}

const show = (value: Decimal | null | undefined): string | null =>
  value === null || value === undefined ? null : normalize(value.toString());

// ---------------------------------------------------------------------------------------------

const measures = {
  revenue: sum("amount"),
  gross: sum((record: { amount: string | number }) =>
    Number(record.amount) > 0 ? record.amount : 0,
  ),
  orders: count(),
  won: count("won"),
  lost: count((record: { won: boolean }) => !record.won),
  customers: countDistinct("customer"),
  opening: first("amount"),
  closing: last("amount"),
};

let instance: Awaited<ReturnType<typeof DuckDBInstance.create>>;
let connection: DuckConnection;
const tally = { datasets: 0, cells: 0, mismatches: [] as string[] };

function check(where: string, expected: string | null, actual: string | null): void {
  tally.cells++;
  if (expected !== actual) tally.mismatches.push(`${where}: DuckDB ${expected}, kinerja ${actual}`);
}

beforeAll(async () => {
  instance = await DuckDBInstance.create(":memory:");
  connection = await instance.connect();
});

afterAll(() => {
  console.log(
    `DuckDB differential: ${tally.datasets} datasets, ${tally.cells} cells compared, ${tally.mismatches.length} mismatches`,
  );
  connection?.closeSync();
  instance?.closeSync();
});

describe("aggregate() agrees with DuckDB", () => {
  const cases = ZONES.flatMap((zone) => SEEDS.map((seed) => [zone, seed] as const));
  it.each(cases)("%s, seed %i", async (zone, seed) => {
    const rows = dataset(seed, zone);
    const table = `t_${zone.replace(/\W/g, "_").toLowerCase()}_${seed}`;
    await load(connection, table, rows, zone);
    tally.datasets++;
    const calendar: CalendarInput = { timeZone: zone, ...CALENDAR_EXTRAS };
    const input = records(rows);
    const before = tally.mismatches.length;

    for (const granularity of GRANULARITIES) {
      const { ordinal, key, fiscalYear } = periodSql(granularity);
      const series = aggregate(input, {
        date: "at",
        granularity,
        calendar,
        groupBy: "region",
        measures,
      });
      expect(series.report.accepted).toBe(ROWS);

      // Measures per (period, group), on the dense grid of every period from the first to the last
      // and every group, as aggregate() fills it.
      const sqlCells = await query(
        connection,
        `WITH p AS (SELECT *, ${ordinal} AS ordinal FROM ${table}),
              cells AS (
                SELECT ordinal, region,
                  sum(amount) AS revenue,
                  coalesce(sum(amount) FILTER (WHERE amount > 0), 0) AS gross,
                  count(*) AS orders,
                  count(*) FILTER (WHERE won) AS won,
                  count(*) FILTER (WHERE NOT won) AS lost,
                  count(DISTINCT customer) AS customers,
                  first(amount ORDER BY at_ms, id) AS opening,
                  first(amount ORDER BY at_ms DESC, id DESC) AS closing
                FROM p GROUP BY ordinal, region),
              grid AS (
                SELECT o.ordinal, r.region
                FROM (SELECT unnest(range((SELECT min(ordinal) FROM p), (SELECT max(ordinal) FROM p) + 1)) AS ordinal) o,
                     (SELECT DISTINCT region FROM p) r),
              dense AS (
                SELECT g.ordinal, g.region, c.orders IS NOT NULL AS observed,
                  coalesce(c.revenue, 0) AS revenue, coalesce(c.gross, 0) AS gross,
                  coalesce(c.orders, 0) AS orders, coalesce(c.won, 0) AS won, coalesce(c.lost, 0) AS lost,
                  coalesce(c.customers, 0) AS customers, c.opening,
                  last_value(c.closing IGNORE NULLS) OVER (
                    PARTITION BY g.region ORDER BY g.ordinal ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS closing
                FROM grid g LEFT JOIN cells c ON c.ordinal = g.ordinal AND c.region = g.region)
         SELECT ${key("d.ordinal")} AS key, d.region, CAST(d.observed AS VARCHAR) AS observed,
                CAST(d.revenue AS VARCHAR) AS revenue, CAST(d.gross AS VARCHAR) AS gross,
                CAST(d.orders AS VARCHAR) AS orders, CAST(d.won AS VARCHAR) AS won, CAST(d.lost AS VARCHAR) AS lost,
                CAST(d.customers AS VARCHAR) AS customers, CAST(d.opening AS VARCHAR) AS opening,
                CAST(d.closing AS VARCHAR) AS closing,
                -- A 3-period rolling window (SQL's ROWS BETWEEN 2 PRECEDING AND CURRENT ROW).
                CAST(sum(d.revenue) OVER w AS VARCHAR) AS rolling_revenue,
                CAST(sum(d.won) OVER w AS VARCHAR) AS rolling_won,
                -- Fiscal year to date (toDate(series, "fiscal_year")), where periods nest in fiscal years.
                ${
                  fiscalYear === undefined
                    ? "NULL"
                    : `CAST(sum(d.revenue) OVER (PARTITION BY d.region, ${fiscalYear("d.ordinal")} ORDER BY d.ordinal ROWS UNBOUNDED PRECEDING) AS VARCHAR)`
                } AS ytd_revenue,
                -- Growth against the previous period of the group: none before the first period,
                -- none from a zero or negative base.
                CASE WHEN prev.ordinal IS NULL OR prev.revenue <= 0 THEN NULL
                     ELSE CAST(d.revenue - prev.revenue AS VARCHAR) END AS growth_numerator,
                CAST(prev.revenue AS VARCHAR) AS growth_denominator
         FROM dense d LEFT JOIN dense prev ON prev.ordinal = d.ordinal - 1 AND prev.region = d.region
         WINDOW w AS (PARTITION BY d.region ORDER BY d.ordinal ROWS BETWEEN 2 PRECEDING AND CURRENT ROW)
         ORDER BY d.ordinal, d.region`,
      );
      const bySqlKey = new Map(sqlCells.map((row) => [`${row.key}|${row.region}`, row]));
      const growthByKey = new Map(
        growth(series, "revenue", 1).map((point) => [
          `${point.period.key}|${String(point.group)}`,
          point,
        ]),
      );
      const rolled = rolling(series, 3);
      const yearToDate = fiscalYear === undefined ? undefined : toDate(series, "fiscal_year");
      const winRates = metricSeries(series, winRate, { won: "won", lost: "lost" });
      const orderValues = metricSeries(series, averageOrderValue, {
        revenue: "gross",
        orders: "orders",
      });
      check(
        `${zone}/${seed}/${granularity} cells`,
        String(sqlCells.length),
        String(series.cells.length),
      );
      series.cells.forEach((cell, index) => {
        const id = `${cell.period.key}|${String(cell.group)}`;
        const where = `${zone}/${seed}/${granularity}/${id}`;
        const sql = bySqlKey.get(id);
        if (sql === undefined) {
          check(`${where} in DuckDB`, "a row", null);
          return;
        }
        check(`${where} observed`, sql.observed ?? null, String(cell.records > 0));
        const v = cell.values;
        for (const name of [
          "revenue",
          "gross",
          "orders",
          "won",
          "lost",
          "customers",
          "opening",
          "closing",
        ] as const) {
          check(`${where} ${name}`, normalize(sql[name] ?? null), show(v[name]));
        }
        // Metrics built on the measures: ratios from the exact SQL numerator and denominator.
        const closed = String(Number(sql.won) + Number(sql.lost));
        check(
          `${where} win_rate`,
          referenceQuotient(sql.won as string, closed),
          show(winRates[index]?.value),
        );
        check(
          `${where} average_order_value`,
          referenceQuotient(sql.gross as string, sql.orders as string),
          show(orderValues[index]?.value),
        );
        const window = rolled.cells[index];
        check(`${where} rolling period`, cell.period.key, window?.period.key ?? null);
        check(
          `${where} rolling revenue`,
          normalize(sql.rolling_revenue ?? null),
          show(window?.values.revenue),
        );
        check(`${where} rolling won`, normalize(sql.rolling_won ?? null), show(window?.values.won));
        if (yearToDate !== undefined) {
          check(
            `${where} fiscal YTD revenue`,
            normalize(sql.ytd_revenue ?? null),
            show(yearToDate.cells[index]?.values.revenue),
          );
        }
        const numerator = sql.growth_numerator ?? null;
        const expected =
          numerator === null
            ? null
            : referenceQuotient(numerator, sql.growth_denominator as string);
        check(`${where} growth`, expected, show(growthByKey.get(id)?.value));
      });

      // Customer activity (ungrouped): S, E, new, reactivated, retained, lost, repeat and the rates.
      const activity = customerActivity(input, {
        date: "at",
        customer: "customer",
        granularity,
        calendar,
      });
      const sqlActivity = await query(
        connection,
        `WITH act AS (SELECT DISTINCT ${ordinal} AS ordinal, customer FROM ${table}),
              orders AS (SELECT ${ordinal} AS ordinal, customer, count(*) AS n FROM ${table} GROUP BY ALL),
              firsts AS (SELECT customer, min(ordinal) AS first_ordinal FROM act GROUP BY customer),
              bounds AS (SELECT min(ordinal) AS lo, max(ordinal) AS hi FROM act),
              grid AS (SELECT range AS ordinal FROM bounds, range(bounds.lo, bounds.hi + 1))
         SELECT ${key("g.ordinal")} AS key,
           CAST((SELECT count(*) FROM act a WHERE a.ordinal = g.ordinal - 1 AND g.ordinal > (SELECT lo FROM bounds)) AS VARCHAR) AS s,
           CAST((SELECT count(*) FROM act a WHERE a.ordinal = g.ordinal) AS VARCHAR) AS e,
           CAST((SELECT count(*) FROM firsts f WHERE f.first_ordinal = g.ordinal) AS VARCHAR) AS new,
           CAST((SELECT count(*) FROM act a JOIN firsts f USING (customer)
                 WHERE a.ordinal = g.ordinal AND f.first_ordinal < g.ordinal - 1
                   AND NOT EXISTS (SELECT 1 FROM act p WHERE p.customer = a.customer AND p.ordinal = g.ordinal - 1)) AS VARCHAR) AS reactivated,
           CAST((SELECT count(*) FROM act a JOIN act p USING (customer)
                 WHERE a.ordinal = g.ordinal AND p.ordinal = g.ordinal - 1) AS VARCHAR) AS retained,
           CAST((SELECT count(*) FROM act p WHERE p.ordinal = g.ordinal - 1 AND g.ordinal > (SELECT lo FROM bounds)
                   AND NOT EXISTS (SELECT 1 FROM act a WHERE a.customer = p.customer AND a.ordinal = g.ordinal)) AS VARCHAR) AS lost,
           CAST((SELECT count(*) FROM orders o WHERE o.ordinal = g.ordinal AND o.n >= 2) AS VARCHAR) AS repeat
         FROM grid g ORDER BY g.ordinal`,
      );
      check(
        `${zone}/${seed}/${granularity} activity periods`,
        String(sqlActivity.length),
        String(activity.periods.length),
      );
      activity.periods.forEach((period, index) => {
        const sql = sqlActivity[index];
        const where = `${zone}/${seed}/${granularity}/activity/${period.period.key}`;
        check(`${where} key`, sql?.key ?? null, period.period.key);
        if (sql === undefined) return;
        const fields = [
          ["s", period.customersAtStart],
          ["e", period.customersAtEnd],
          ["new", period.newCustomers],
          ["reactivated", period.reactivatedCustomers],
          ["retained", period.retainedCustomers],
          ["lost", period.lostCustomers],
          ["repeat", period.repeatCustomers],
        ] as const;
        for (const [name, value] of fields)
          check(`${where} ${name}`, normalize(sql[name] ?? null), show(value));
        check(
          `${where} retention`,
          referenceQuotient(sql.retained as string, sql.s as string),
          show(period.retentionRate.value),
        );
        check(
          `${where} churn`,
          referenceQuotient(sql.lost as string, sql.s as string),
          show(period.churnRate.value),
        );
        check(
          `${where} repeat purchase`,
          referenceQuotient(sql.repeat as string, sql.e as string),
          show(period.repeatPurchaseRate.value),
        );
      });
    }
    expect(tally.mismatches.slice(before, before + 20)).toEqual([]);
  });

  it("compared every cell with no mismatch", () => {
    expect(tally.datasets).toBe(ZONES.length * SEEDS.length);
    expect(tally.cells).toBeGreaterThan(10_000);
    expect(tally.mismatches).toEqual([]);
  });

  it("the exact quotient reference agrees with hand-computed vectors", () => {
    expect(referenceQuotient("1", "3")).toBe("0.3333333333333333333333333333333333");
    expect(referenceQuotient("2", "3")).toBe("0.6666666666666666666666666666666667");
    expect(referenceQuotient("-2", "3")).toBe("-0.6666666666666666666666666666666667");
    expect(referenceQuotient("10.5000", "4")).toBe("2.625");
    expect(referenceQuotient("7", "0")).toBe(null);
    expect(referenceQuotient("0", "5")).toBe("0");
    expect(referenceQuotient(String(7n * 17636684144620811271604938270n), "7")).toBe(
      "17636684144620811271604938270",
    );
    expect(referenceQuotient("1", "700000000000")).toBe(
      "0.000000000001428571428571428571428571428571429",
    );
    expect(referenceQuotient("0.5", "-0.25")).toBe("-2");
  });
});
