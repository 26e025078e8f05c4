// A ClickHouse source in process (chDB, installed by .ci/run with npm install --no-save
// chdb@3.4.0): a CSV read by ClickHouse gives the report of the same CSV read as a file source,
// groups included. Without chDB the suite is skipped with the reason, and fails under CI
// (KINERJA_REQUIRE_ENGINES=1), as the other engine suites do.
import { createServer, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildReport } from "../../src/report/buildReport.js";
import { loadSpec } from "../../src/report/loadSpec.js";
import { runDatabaseSource } from "../../src/report/runDatabaseSource.js";
import { absent } from "../sql/engines.js";
import { repoRoot } from "../support/examples.js";
import { rejectsWithKpiError, workspace } from "./support.js";

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

describe.skipIf(reason !== undefined)("a ClickHouse source (chDB) that fails", () => {
  it("is a KpiError naming the source when chDB cannot read the file", async () => {
    const dir = workspace({ "spec.json": body({ clickhouse: { file: "missing.csv" } }) });
    const loaded = await loadSpec(join(dir, "spec.json"));
    const error = await rejectsWithKpiError(runDatabaseSource(loaded, "deals"), "invalid_option");
    expect(error.issues[0]?.path).toEqual(["sources", "deals", "clickhouse"]);
    expect(error.message).toMatch(
      /sources\.deals\.clickhouse must be a source chDB \(ClickHouse in process\) can read and query, received .*missing\.csv/,
    );
    // The failed session was cleaned up: the next source runs.
    const again = workspace({ "spec.json": body({ clickhouse: { file: deals } }) });
    const series = await runDatabaseSource(await loadSpec(join(again, "spec.json")), "deals");
    expect(series.length).toBeGreaterThan(0);
  }, 60_000);
});

// A ClickHouse server over HTTP, played by a local HTTP server on a real socket that answers as
// ClickHouse's HTTP interface does: the user and password in X-ClickHouse-User/-Key, the query in
// the body, rows in JSONEachRow, an error as an exception text.
interface Request {
  readonly url: string;
  readonly headers: Record<string, string | string[] | undefined>;
}
async function clickhouseServer(
  answer: (request: Request, response: ServerResponse) => void,
): Promise<{ port: number; requests: Request[]; close(): Promise<void> }> {
  const requests: Request[] = [];
  const server = createServer((incoming, response) => {
    incoming.resume();
    incoming.on("end", () => {
      const request = { url: incoming.url ?? "", headers: incoming.headers };
      requests.push(request);
      answer(request, response);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    port,
    requests,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
const httpSpec = (url: string) => ({
  currency: "IDR",
  sources: {
    deals: {
      clickhouse: { url, table: "deals" },
      date: "at",
      measures: { revenue: { sum: "amount" } },
    },
  },
  metrics: [{ metric: "sales_revenue", inputs: { revenue: "revenue" } }],
});
const row = JSON.stringify({
  period_key: "2026-02",
  record_count: "2",
  invalid_count: "0",
  m0_value: "30.5",
  m0_type: "Decimal(38, 10)",
});

describe("a ClickHouse source over HTTP", () => {
  it("sends the URL's user and password in ClickHouse's headers, not in the URL", async () => {
    const server = await clickhouseServer((request, response) => {
      const allowed =
        request.headers["x-clickhouse-user"] === "ana" &&
        request.headers["x-clickhouse-key"] === "p@ss word" &&
        request.headers.authorization === undefined;
      response.writeHead(allowed ? 200 : 516);
      response.end(allowed ? `${row}\n` : "Code: 516. DB::Exception: ana: Authentication failed");
    });
    try {
      const dir = workspace({
        "spec.json": httpSpec(`http://ana:p%40ss%20word@127.0.0.1:${server.port}/`),
      });
      const [series] = await runDatabaseSource(await loadSpec(join(dir, "spec.json")), "deals", {
        granularity: "month",
      });
      expect(series?.periods.map((period) => period.key)).toEqual(["2026-02"]);
      expect(JSON.stringify(series)).toContain('"integer":"305","scale":1');
      expect(server.requests).toHaveLength(1);
      expect(server.requests[0]?.url).toMatch(/[?&]wait_end_of_query=1(&|$)/);
    } finally {
      await server.close();
    }
  });

  it("says the server cannot be reached, with the URL without its password and the cause", async () => {
    const server = await clickhouseServer((_, response) => response.end());
    await server.close();
    const dir = workspace({
      "spec.json": httpSpec(`http://ana:secret@127.0.0.1:${server.port}/`),
    });
    const loaded = await loadSpec(join(dir, "spec.json"));
    const error = await rejectsWithKpiError(runDatabaseSource(loaded, "deals"), "invalid_option");
    expect(error.issues[0]?.path).toEqual(["sources", "deals", "clickhouse", "url"]);
    expect(error.message).toMatch(
      new RegExp(
        `sources\\.deals\\.clickhouse\\.url must be a ClickHouse server answering over HTTP at http://127\\.0\\.0\\.1:${server.port}/, received fetch failed \\(.*ECONNREFUSED`,
      ),
    );
    expect(error.message).not.toMatch(/secret|npm install/);
  });

  it("refuses an answer that is not JSONEachRow (an exception after the rows, an HTML page)", async () => {
    for (const answer of [
      `${row}\nCode: 241. DB::Exception: Memory limit (total) exceeded. (MEMORY_LIMIT_EXCEEDED)\n`,
      "<html><body>Sign in</body></html>",
    ]) {
      const server = await clickhouseServer((_, response) => response.end(answer));
      try {
        const dir = workspace({ "spec.json": httpSpec(`http://127.0.0.1:${server.port}/`) });
        const loaded = await loadSpec(join(dir, "spec.json"));
        const error = await rejectsWithKpiError(
          runDatabaseSource(loaded, "deals"),
          "invalid_option",
        );
        expect(error.issues[0]?.path).toEqual(["sources", "deals", "clickhouse"]);
        expect(error.message).toMatch(
          /sources\.deals\.clickhouse must be rows of JSON, one a line \(ClickHouse's JSONEachRow format\), received "(Code: 241|<html>)/,
        );
      } finally {
        await server.close();
      }
    }
  });
});
