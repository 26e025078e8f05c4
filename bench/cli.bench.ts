// Benchmark of the kinerja command's path (a CSV file → a monthly report: csv-parse streaming a
// chunk at a time, the row checks, aggregate per chunk merged with mergeSeries, the metrics and
// targets) against DuckDB reading and aggregating the same CSV (read_csv + GROUP BY month in
// Asia/Jakarta).
//   npm run bench:cli            (node scripts/run-ts.mjs bench/cli.bench.ts [rows])
// Writes the CSV to .tmp/bench-cli/ once, then prints both times, the ratio, and whether the
// monthly revenue and won counts are identical (exact strings).

import { createWriteStream, existsSync, mkdirSync, writeFileSync } from "node:fs";
import { loadavg } from "node:os";
import { join, resolve } from "node:path";
import { DuckDBInstance } from "@duckdb/node-api";
import { buildReport } from "../src/report/buildReport.js";
import { loadSpec } from "../src/report/loadSpec.js";

const ROWS = Number(process.argv[2] ?? 1_000_000);
const dir = resolve(import.meta.dirname ?? ".", "..", ".tmp", "bench-cli");
mkdirSync(dir, { recursive: true });
const csv = join(dir, `deals-${ROWS}.csv`);

async function generate(): Promise<void> {
  if (existsSync(csv)) return;
  let seed = 20261129;
  const next = (): number => {
    seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
    return seed;
  };
  const start = Date.UTC(2024, 0, 1);
  const span = Date.UTC(2026, 0, 1) - start;
  const out = createWriteStream(csv);
  out.write("closed_at,stage,amount,region\n");
  const regions = ["Jawa", "Sumatra", "Bali", "Sulawesi"];
  let chunk = "";
  for (let i = 0; i < ROWS; i++) {
    const time = start + Math.floor((next() / 2 ** 32) * span);
    const cents = next() % 100_000_000;
    chunk += `${new Date(time).toISOString()},${next() % 3 === 0 ? "won" : "lost"},${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, "0")},${regions[next() % 4]}\n`;
    if (chunk.length > 1 << 20) {
      if (!out.write(chunk)) await new Promise<void>((r) => out.once("drain", () => r()));
      chunk = "";
    }
  }
  out.write(chunk);
  await new Promise<void>((r) => out.end(() => r()));
}

const median = (values: number[]): number =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;

await generate();
const spec = join(dir, "spec.json");
writeFileSync(
  spec,
  JSON.stringify({
    currency: "IDR",
    calendar: { timeZone: "Asia/Jakarta" },
    sources: {
      deals: {
        file: csv,
        date: "closed_at",
        measures: {
          revenue: { sum: "amount", where: { column: "stage", eq: "won" } },
          won: { count: { column: "stage", eq: "won" } },
          lost: { count: { column: "stage", eq: "lost" } },
        },
      },
    },
    metrics: [
      { metric: "sales_revenue", inputs: { revenue: "revenue" } },
      { metric: "win_rate", inputs: { won: "won", lost: "lost" } },
    ],
  }),
);

const RUNS = 3;
const kinerjaTimes: number[] = [];
let report: Awaited<ReturnType<typeof buildReport>> | undefined;
for (let run = 0; run < RUNS; run++) {
  const t = performance.now();
  report = await buildReport(await loadSpec(spec));
  kinerjaTimes.push(performance.now() - t);
}

const instance = await DuckDBInstance.create(":memory:", { threads: "2" });
const connection = await instance.connect();
await connection.run("SET TimeZone = 'Asia/Jakarta'");
const duckTimes: number[] = [];
let rows: Record<string, unknown>[] = [];
const path = csv.replaceAll("'", "''");
for (let run = 0; run < RUNS; run++) {
  const t = performance.now();
  const reader = await connection.runAndReadAll(
    `SELECT strftime(timezone('Asia/Jakarta', closed_at), '%Y-%m') AS month,
            CAST(sum(CASE WHEN stage = 'won' THEN amount ELSE 0 END) AS VARCHAR) AS revenue,
            CAST(count(*) FILTER (WHERE stage = 'won') AS VARCHAR) AS won
     FROM read_csv('${path}', types = {'amount': 'DECIMAL(18,2)', 'closed_at': 'TIMESTAMPTZ'})
     GROUP BY month ORDER BY month`,
  );
  rows = reader.getRowObjects() as Record<string, unknown>[];
  duckTimes.push(performance.now() - t);
}
connection.closeSync();
instance.closeSync();

const revenue = report?.kpis[0]?.series ?? [];
const won = (report?.kpis[1]?.series ?? []).length;
const same =
  rows.length === revenue.length &&
  rows.every(
    (row, i) =>
      row.month === revenue[i]?.period &&
      String(row.revenue).replace(/\.?0+$/, "") === revenue[i]?.value,
  );
const k = median(kinerjaTimes);
const d = median(duckTimes);
console.log(`rows: ${ROWS.toLocaleString("en-US")} (${csv})`);
console.log(
  `kinerja report (CSV → monthly report): ${k.toFixed(0)} ms (median of ${RUNS}), ${Math.round(ROWS / (k / 1000)).toLocaleString("en-US")} rows/s`,
);
console.log(`DuckDB read_csv + GROUP BY month:       ${d.toFixed(0)} ms (median of ${RUNS})`);
console.log(`ratio kinerja / DuckDB: ${(k / d).toFixed(2)}×`);
// Both sides share the machine: the load says how busy it was (the ratio drifts with it).
console.log(
  `load average: ${loadavg()
    .map((load) => load.toFixed(2))
    .join(", ")}`,
);
console.log(
  `monthly revenue identical: ${same} (${revenue.length} months, ${won} win-rate points)`,
);
if (!same) process.exitCode = 1;
