// Benchmark of the SQL path (toSql + DuckDB + seriesFromRows) against the in-process aggregate(), on
// the same 1,000,000 deterministic synthetic sales records as bench/aggregate.bench.mjs.
//   npm run bench:sql            (node scripts/run-ts.mjs bench/sql.bench.ts [rows])
// Prints plain lines: load time, medians of several runs after warm-up for both paths, the ratio
// DuckDB/in-process, and whether every cell is identical (exact strings). Exits non-zero when the
// results differ.
import { DuckDBInstance, decimalValue, timestampTZValue } from "@duckdb/node-api";
import {
  aggregate,
  count,
  countDistinct,
  type Measures,
  metricSeries,
  type Series,
  sum,
  winRate,
} from "kinerja";
import { column, seriesFromRows, type ToSqlOptions, toSql } from "kinerja/sql";

const ROWS = Number(process.argv[2] ?? 1_000_000);
const WARMUP = 1;
const RUNS = 5;
const REGIONS = ["Jawa", "Sumatra", "Kalimantan", "Sulawesi", "Papua"];
const CUSTOMERS = 50_000;
const START = Date.UTC(2023, 0, 1);
const SPAN = Date.UTC(2025, 0, 1) - START; // two years

interface Deal {
  closedAt: string;
  amount: string;
  region: string;
  won: boolean;
  customerId: string;
  /** Integer cents and epoch ms, kept for the DuckDB appender. */
  cents: number;
  time: number;
}

// The same generator and values as bench/aggregate.bench.mjs.
function generate(rows: number): Deal[] {
  let seed = 20261127;
  const next = (): number => {
    seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
    return seed;
  };
  const records: Deal[] = new Array(rows);
  for (let i = 0; i < rows; i++) {
    const time = START + Math.floor((next() / 2 ** 32) * SPAN);
    const cents = next() % 100_000_000; // up to 999,999.99
    records[i] = {
      closedAt: new Date(time).toISOString(),
      amount: `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, "0")}`,
      region: REGIONS[next() % REGIONS.length] as string,
      won: next() % 3 === 0,
      customerId: `C${String(next() % CUSTOMERS).padStart(5, "0")}`,
      cents,
      time,
    };
  }
  return records;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

function cellsOf(series: Series, distinct: boolean): Map<string, string> {
  const rates = metricSeries(series, winRate, { won: "won", lost: "lost" });
  const result = new Map<string, string>();
  series.cells.forEach((cell, index) => {
    const values = cell.values as Record<string, { toString(): string } | null>;
    result.set(
      `${cell.period.key}|${String(cell.group)}`,
      [
        values.revenue?.toString(),
        values.deals?.toString(),
        values.won?.toString(),
        values.lost?.toString(),
        distinct ? values.customers?.toString() : "-",
        rates[index]?.value?.toString() ?? "null",
      ].join(","),
    );
  });
  return result;
}

function difference(a: Map<string, string>, b: Map<string, string>): string | null {
  if (a.size !== b.size) return `cell count ${a.size} vs ${b.size}`;
  for (const [key, value] of a) {
    if (b.get(key) !== value) return `cell ${key}: ${value} vs ${b.get(key)}`;
  }
  return null;
}

const generateStart = performance.now();
const records = generate(ROWS);
console.log(`records: ${ROWS} generated in ${(performance.now() - generateStart).toFixed(0)} ms`);
console.log(`node ${process.version}, ${process.platform} ${process.arch}`);

const instance = await DuckDBInstance.create(":memory:");
const connection = await instance.connect();
const threads = (
  await connection.runAndReadAll("SELECT current_setting('threads') AS t")
).getRowObjects()[0]?.t;
console.log(`DuckDB threads: ${String(threads)}`);
await connection.run(
  'CREATE TABLE deals ("closedAt" TIMESTAMPTZ, amount DECIMAL(18,2), region VARCHAR, won BOOLEAN, "customerId" VARCHAR)',
);
const loadStart = performance.now();
const appender = await connection.createAppender("deals");
for (const deal of records) {
  appender.appendTimestampTZ(timestampTZValue(BigInt(deal.time) * 1000n));
  appender.appendDecimal(decimalValue(BigInt(deal.cents), 18, 2)); // bigint: the unscaled value
  appender.appendVarchar(deal.region);
  appender.appendBoolean(deal.won);
  appender.appendVarchar(deal.customerId);
  appender.endRow();
}
appender.flushSync();
appender.closeSync();
console.log(
  `loaded into DuckDB with the appender in ${(performance.now() - loadStart).toFixed(0)} ms (not part of the timings below)`,
);

// ClickHouse in process (chDB), when the optional package is installed (.ci/run installs it).
interface ChdbSession {
  query(text: string, format?: string): string;
  queryBind(text: string, params: object, format?: string): string;
  cleanup(): void;
}
let clickhouse: ChdbSession | undefined;
try {
  const name = "chdb";
  const { Session } = (await import(/* @vite-ignore */ name)) as {
    Session: new () => ChdbSession;
  };
  clickhouse = new Session();
} catch {
  console.log("chDB: not installed (npm install --no-save chdb@3.4.0), ClickHouse skipped");
}
if (clickhouse !== undefined) {
  const { mkdtempSync, rmSync, writeFileSync } = await import("node:fs");
  const { tmpdir } = await import("node:os");
  const { join } = await import("node:path");
  const directory = mkdtempSync(join(tmpdir(), "kinerja-bench-"));
  const file = join(directory, "deals.csv");
  const loadStart = performance.now();
  writeFileSync(
    file,
    records
      .map(
        (deal) =>
          `${deal.closedAt.replace("T", " ").replace("Z", "")},${deal.amount},${deal.region},${deal.won},${deal.customerId}`,
      )
      .join("\n"),
  );
  clickhouse.query(
    "CREATE TABLE deals (closedAt DateTime64(3, 'UTC'), amount Decimal(18, 2), region String, won Bool, customerId String) ENGINE = MergeTree ORDER BY closedAt",
  );
  clickhouse.queryBind(
    "INSERT INTO deals SELECT * FROM file({file:String}, CSV, 'closedAt DateTime64(3, \\'UTC\\'), amount Decimal(18, 2), region String, won Bool, customerId String')",
    { file },
  );
  rmSync(directory, { recursive: true, force: true });
  console.log(
    `loaded into ClickHouse (chDB) from CSV in ${(performance.now() - loadStart).toFixed(0)} ms (not part of the timings below)`,
  );
}

let failed = false;

async function scenario(title: string, distinct: "values" | "count" | "none"): Promise<void> {
  const measures: Measures = {
    revenue: sum("amount"),
    deals: count(),
    won: count("won"),
    lost: count(column("won").eq(false)),
    ...(distinct === "none" ? {} : { customers: countDistinct("customerId") }),
  };
  const options: ToSqlOptions<Measures> = {
    table: "deals",
    date: "closedAt",
    granularity: "month",
    calendar: { timeZone: "Asia/Jakarta" },
    groupBy: "region",
    measures,
    ...(distinct === "count" ? { distinct: "count" as const } : {}),
  };
  const query = toSql(options, { dialect: "duckdb" });
  let queryMs = 0;
  const inDuckDB = async (): Promise<Series> => {
    const start = performance.now();
    const reader = await connection.runAndReadAll(query.text, [...query.params] as never);
    const rows = reader.getRowObjects();
    queryMs = performance.now() - start;
    return seriesFromRows(rows, options);
  };
  const inProcess = (): Series =>
    aggregate(records, {
      date: "closedAt",
      granularity: "month",
      calendar: { timeZone: "Asia/Jakarta" },
      groupBy: "region",
      measures,
    });
  const clickhouseQuery = toSql(options, { dialect: "clickhouse" });
  const inClickHouse = (): Series | undefined => {
    if (clickhouse === undefined) return undefined;
    const text = clickhouse.queryBind(clickhouseQuery.text, clickhouseQuery.params, "JSONEachRow");
    const rows = text
      .split("\n")
      .filter((line) => line.length > 0)
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    return seriesFromRows(rows, options);
  };
  const times = {
    duckdb: [] as number[],
    query: [] as number[],
    process: [] as number[],
    clickhouse: [] as number[],
  };
  let duckdbCells = new Map<string, string>();
  let processCells = new Map<string, string>();
  let clickhouseCells: Map<string, string> | undefined;
  for (let i = 0; i < WARMUP + RUNS; i++) {
    let start = performance.now();
    const fromDuckDB = await inDuckDB();
    duckdbCells = cellsOf(fromDuckDB, distinct !== "none");
    const duckdbMs = performance.now() - start;
    start = performance.now();
    processCells = cellsOf(inProcess(), distinct !== "none");
    const processMs = performance.now() - start;
    start = performance.now();
    const fromClickHouse = inClickHouse();
    clickhouseCells =
      fromClickHouse === undefined ? undefined : cellsOf(fromClickHouse, distinct !== "none");
    const clickhouseMs = performance.now() - start;
    if (i >= WARMUP) {
      times.duckdb.push(duckdbMs);
      times.query.push(queryMs);
      times.process.push(processMs);
      times.clickhouse.push(clickhouseMs);
    }
  }
  const different = difference(duckdbCells, processCells);
  const clickhouseDifferent =
    clickhouseCells === undefined ? null : difference(clickhouseCells, processCells);
  if (different !== null || clickhouseDifferent !== null) failed = true;
  const duckdbMedian = median(times.duckdb);
  const processMedian = median(times.process);
  const list = (values: number[]): string => values.map((t) => t.toFixed(0)).join(", ");
  console.log(`== ${title}`);
  console.log(
    `cells: ${duckdbCells.size}; results identical (every cell, exact strings): ${different === null ? "yes" : `NO (${different})`}`,
  );
  console.log(
    `DuckDB (query + seriesFromRows + metricSeries): median ${duckdbMedian.toFixed(1)} ms of ${RUNS} runs (${list(times.duckdb)})`,
  );
  console.log(
    `  of which the query and reading its ${duckdbCells.size} rows: median ${median(times.query).toFixed(1)} ms (${list(times.query)})`,
  );
  console.log(
    `in process (aggregate + metricSeries): median ${processMedian.toFixed(1)} ms of ${RUNS} runs (${list(times.process)})`,
  );
  console.log(`ratio DuckDB/in-process: ${(duckdbMedian / processMedian).toFixed(2)}`);
  if (clickhouseCells !== undefined) {
    const clickhouseMedian = median(times.clickhouse);
    console.log(
      `ClickHouse/chDB (query + seriesFromRows + metricSeries): median ${clickhouseMedian.toFixed(1)} ms of ${RUNS} runs (${list(times.clickhouse)}); results identical to in process: ${clickhouseDifferent === null ? "yes" : `NO (${clickhouseDifferent})`}`,
    );
    console.log(
      `ratio ClickHouse/in-process: ${(clickhouseMedian / processMedian).toFixed(2)}; ClickHouse/DuckDB: ${(clickhouseMedian / duckdbMedian).toFixed(2)}`,
    );
  }
}

await scenario(
  'sum, count, count(won), count(lost), countDistinct(customerId) keeping the values (distinct: "values")',
  "values",
);
await scenario('the same, distinct counted in DuckDB (distinct: "count")', "count");
await scenario("the same without countDistinct", "none");
console.log(
  `peak RSS: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB (records included)`,
);
connection.closeSync();
instance.closeSync();
clickhouse?.cleanup();
if (failed) process.exitCode = 1;
