import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { run } from "../../src/cli/run.js";
import { reportJsonSchema } from "../../src/report/reportJsonSchema.js";
import { workspace } from "../report/support.js";
import { repoRoot } from "../support/examples.js";

/** Runs the command in process; returns its exit code and what it wrote. */
async function kinerja(
  ...argv: string[]
): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  const code = await run(argv, {
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
    stderrIsTTY: false,
  });
  return { code, stdout, stderr };
}

const spec = join(repoRoot, "examples", "report", "spec.json");

describe("kinerja", () => {
  it("prints its help, and each command's help with examples (exit 0)", async () => {
    const top = await kinerja("--help");
    expect(top.code).toBe(0);
    expect(top.stdout).toContain("Exit codes: 0 ok, 1 a problem in the spec");
    for (const command of ["report", "validate", "metrics", "sql", "explain", "schema"]) {
      const help = await kinerja(command, "--help");
      expect(help.code).toBe(0);
      expect(help.stdout).toMatch(new RegExp(`^kinerja ${command}`));
      expect(help.stdout).toContain("Example");
    }
  });

  it("exits 2 on a usage mistake, naming it", async () => {
    expect(await kinerja("reprot", spec)).toEqual({
      code: 2,
      stdout: "",
      stderr:
        'kinerja: unknown command "reprot" (expected report, validate, metrics, sql, explain or schema; see kinerja --help)\n',
    });
    expect((await kinerja("report")).code).toBe(2);
    expect((await kinerja("report", spec, "--format", "pdf")).stderr).toBe(
      'kinerja report: --format must be one of table, json, csv, md, html, received "pdf"\n',
    );
    expect((await kinerja("report", spec, "--colour")).code).toBe(2);
    expect((await kinerja("sql", spec)).stderr).toBe(
      "kinerja sql: --dialect must be one of duckdb, postgres, clickhouse, received nothing\n",
    );
  });

  it("exits 1 on a problem in the spec or the data, naming the file, line and column", async () => {
    const dir = workspace({
      "deals.csv": "closed_at,stage\n2026-01-05,won\n2026-01-32,lost\n",
      "spec.json": {
        sources: {
          deals: {
            file: "deals.csv",
            date: "closed_at",
            measures: {
              won: { count: { column: "stage", eq: "won" } },
              lost: { count: { column: "stage", eq: "lost" } },
            },
          },
        },
        metrics: [{ metric: "win_rate", inputs: { won: "won", lost: "lost" } }],
      },
      "bad.json": { sources: {}, metrics: [] },
    });
    expect(await kinerja("report", join(dir, "spec.json"))).toEqual({
      code: 1,
      stdout: "",
      stderr:
        'deals.csv: line 3 column 1 ("closed_at") must be an ISO-8601 date or date-time such as 2026-10-31 or 2026-10-31T14:30:00+07:00, received "2026-01-32"\n',
    });
    const invalid = await kinerja("validate", join(dir, "bad.json"));
    expect(invalid.code).toBe(1);
    expect(invalid.stderr).toBe(
      "2 problems:\n  - bad.json: sources must be at least one source, received an object\n  - bad.json: metrics must be at least one metric, received an array of length 0\n",
    );
  });

  it("validates the demo spec", async () => {
    expect(await kinerja("validate", spec)).toEqual({
      code: 0,
      stdout: "spec.json: valid (6 sources, 8 metrics)\n",
      stderr: "",
    });
  });

  it("lists the catalog, as text and as JSON", async () => {
    const text = await kinerja("metrics");
    expect(text.stdout).toMatch(/^win_rate +Win rate +ratio, higher_is_better +\(won, lost\)$/m);
    const json = JSON.parse((await kinerja("metrics", "--json", "--locale", "id-ID")).stdout) as {
      id: string;
      label: string;
    }[];
    expect(json.find((m) => m.id === "win_rate")).toEqual({
      id: "win_rate",
      label: "Rasio kemenangan",
      category: "sales",
      unit: "ratio",
      direction: "higher_is_better",
      inputs: ["won", "lost"],
    });
  });

  it("writes a report to a file with --out", async () => {
    const dir = workspace({});
    const out = join(dir, "report.json");
    const result = await kinerja(
      "report",
      spec,
      "--format",
      "json",
      "--out",
      out,
      "--period",
      "2026-10",
    );
    expect(result).toEqual({ code: 0, stdout: "", stderr: `kinerja report: written to ${out}\n` });
    expect(JSON.parse(readFileSync(out, "utf8")).kpis[1].value).toBe(
      "0.3181818181818181818181818181818182",
    );
  });

  it("prints the SQL of each source: one query per condition of a sum", async () => {
    const result = await kinerja("sql", spec, "--dialect", "duckdb", "--source", "deals");
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(
      /^-- source "deals": table deals\nCREATE OR REPLACE VIEW "deals" AS SELECT \* FROM read_csv\('.*deals\.csv', types = \{'amount_idr': 'DECIMAL\(38, 10\)'\}\);\n/,
    );
    // One query for the counts (with the source's where), one for the sum with its own where.
    expect(result.stdout.match(/^-- parameters:$/gm)).toHaveLength(2);
    const postgres = await kinerja("sql", spec, "--dialect", "postgres", "--source", "spend");
    expect(postgres.stdout).toContain('FROM "spend"');
    expect(postgres.stdout).toContain('["Asia/Jakarta"');
  });

  it("reports a DuckDB source (a CSV read by DuckDB) with the numbers of the file source", async () => {
    const deals = join(repoRoot, "examples", "data", "deals.csv");
    const source = (origin: object) => ({
      ...origin,
      date: "closed_at",
      where: { column: "stage", in: ["won", "lost"] },
      measures: {
        revenue: { sum: "amount_idr", where: { column: "stage", eq: "won" } },
        won: { count: { column: "stage", eq: "won" } },
        lost: { count: { column: "stage", eq: "lost" } },
      },
    });
    const body = (origin: object) => ({
      currency: "IDR",
      calendar: { timeZone: "Asia/Jakarta" },
      sources: { deals: source(origin) },
      metrics: [
        { metric: "sales_revenue", inputs: { revenue: "revenue" } },
        { metric: "win_rate", inputs: { won: "won", lost: "lost" } },
      ],
    });
    const dir = workspace({
      "file.json": body({ file: deals }),
      "duckdb.json": body({ duckdb: { file: deals } }),
    });
    const fromFile = JSON.parse(
      (await kinerja("report", join(dir, "file.json"), "--format", "json")).stdout,
    );
    const fromDuckdb = await kinerja("report", join(dir, "duckdb.json"), "--format", "json");
    expect(fromDuckdb.stderr).toBe("");
    const parsed = JSON.parse(fromDuckdb.stdout);
    expect(parsed.kpis).toEqual(fromFile.kpis);
    expect(parsed.period).toBe(fromFile.period);
  });

  it("explains a spec as a TypeScript program that prints the report's numbers", async () => {
    const explained = await kinerja("explain", spec);
    expect(explained.code).toBe(0);
    const dir = join(repoRoot, ".tmp", "explain");
    mkdirSync(dir, { recursive: true });
    const program = explained.stdout
      .replace(/from "kinerja"/g, `from ${JSON.stringify(join(repoRoot, "src", "index.ts"))}`)
      .replace(
        /from "kinerja\/sql"/g,
        `from ${JSON.stringify(join(repoRoot, "src", "sql", "index.ts"))}`,
      );
    writeFileSync(join(dir, "report.ts"), program);
    const printed = execFileSync(
      process.execPath,
      [join(repoRoot, "scripts", "run-ts.mjs"), join(dir, "report.ts")],
      {
        cwd: process.cwd(),
        encoding: "utf8",
      },
    );
    const report = JSON.parse((await kinerja("report", spec, "--format", "json")).stdout) as {
      kpis: { id: string; value: string | null; status: string }[];
    };
    expect(printed.trimEnd().split("\n")).toEqual(
      report.kpis.map((k) => `${k.id} ${k.value} ${k.status}`),
    );
  });

  it("prints the spec's JSON Schema, the one published as docs/report.schema.json", async () => {
    const file = join(repoRoot, "docs", "report.schema.json");
    const text = `${JSON.stringify(reportJsonSchema(), null, 2)}\n`;
    if (process.env.KINERJA_WRITE_SCHEMA === "1") writeFileSync(file, text);
    expect((await kinerja("schema")).stdout).toBe(text);
    // Compared as JSON: the file may be laid out by the formatter.
    expect(JSON.parse(readFileSync(file, "utf8"))).toEqual(reportJsonSchema());
  });
});
