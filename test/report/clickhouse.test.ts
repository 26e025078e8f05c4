// A ClickHouse source in process (chDB, installed by .ci/run with npm install --no-save
// chdb@3.4.0): a CSV read by ClickHouse gives the report of the same CSV read as a file source,
// groups included. Without chDB the suite is skipped with the reason, and fails under CI
// (KINERJA_REQUIRE_ENGINES=1), as the other engine suites do.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildReport } from "../../src/report/buildReport.js";
import { loadSpec } from "../../src/report/loadSpec.js";
import { absent } from "../sql/engines.js";
import { repoRoot } from "../support/examples.js";
import { workspace } from "./support.js";

let reason: string | undefined;
try {
  const name = "chdb";
  await import(/* @vite-ignore */ name);
} catch {
  reason = absent(
    "clickhouse-chdb",
    "the `chdb` package is not installed (npm install --no-save chdb@3.4.0, as .ci/run does)",
  );
  console.info(`report clickhouse source: skipped ${reason}`);
}

const deals = join(repoRoot, "examples", "data", "deals.csv");
const body = (origin: object) => ({
  currency: "IDR",
  calendar: { timeZone: "Asia/Jakarta" },
  groupBy: "region",
  sources: {
    deals: {
      ...origin,
      date: "closed_at",
      where: { column: "stage", in: ["won", "lost"] },
      measures: {
        revenue: { sum: "amount_idr", where: { column: "stage", eq: "won" } },
        won: { count: { column: "stage", eq: "won" } },
        lost: { count: { column: "stage", eq: "lost" } },
      },
    },
  },
  metrics: [
    { metric: "sales_revenue", inputs: { revenue: "revenue" } },
    { metric: "win_rate", inputs: { won: "won", lost: "lost" } },
  ],
});

describe.skipIf(reason !== undefined)("a ClickHouse source (chDB)", () => {
  it("reports a CSV read by ClickHouse with the numbers of the file source, by group too", async () => {
    const dir = workspace({
      "file.json": body({ file: deals }),
      "clickhouse.json": body({ clickhouse: { file: deals } }),
    });
    const fromFile = await buildReport(await loadSpec(join(dir, "file.json")), {
      period: "2026-10",
    });
    const fromClickhouse = await buildReport(await loadSpec(join(dir, "clickhouse.json")), {
      period: "2026-10",
    });
    expect(fromClickhouse.kpis).toEqual(fromFile.kpis);
    expect(fromClickhouse.kpis[0]?.groups.length).toBeGreaterThan(1);
    expect(fromClickhouse.dataQuality.sources[0]?.file).toBe("clickhouse:deals.csv");
  }, 60_000);
});
