// A report split by a dimension (the spec's groupBy): each KPI in each group in every format, the
// whole computed from the groups' merged states (a distinct count of the whole is not the sum of
// the groups'), a source without the dimension, and the same groups pushed down into DuckDB.
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { beforeAll, describe, expect, it } from "vitest";
import { run } from "../../src/cli/run.js";
import { buildReport } from "../../src/report/buildReport.js";
import { loadSpec } from "../../src/report/loadSpec.js";
import { renderCsv } from "../../src/report/render/renderCsv.js";
import { renderHtml } from "../../src/report/render/renderHtml.js";
import { renderJson } from "../../src/report/render/renderJson.js";
import { renderMarkdown } from "../../src/report/render/renderMarkdown.js";
import { renderTable } from "../../src/report/render/renderTable.js";
import type { Report } from "../../src/report/report.js";
import { workspace } from "./support.js";

// Hand-computed: January, Jawa 2 won of 3 (customers A, B), Bali 1 won of 1 (customer A);
// the whole: 3 won of 4, customers A and B (2, not 2 + 1).
const deals = `closed_at,stage,amount,region,customer
2026-01-05,won,100.50,Jawa,A
2026-01-06,lost,0,Jawa,B
2026-01-07,won,200,Jawa,B
2026-01-08,won,50,Bali,A
2026-02-02,won,10,Bali,C
`;
const targets = {
  targets: [
    { metric: "win_rate", period: "2026-01", target: 0.5 },
    { metric: "win_rate", period: "2026-01", group: "Bali", target: 0.9 },
  ],
};
const source = (origin: object) => ({
  ...origin,
  date: "closed_at",
  measures: {
    revenue: { sum: "amount", where: { column: "stage", eq: "won" } },
    won: { count: { column: "stage", eq: "won" } },
    lost: { count: { column: "stage", eq: "lost" } },
    customers: { countDistinct: "customer" },
  },
});
const spec = (origin: object) => ({
  currency: "IDR",
  locale: "en-US",
  period: "2026-01",
  groupBy: "region",
  sources: {
    deals: source(origin),
    leads: { file: "leads.csv", date: "at", groupBy: false, measures: { leads: { count: true } } },
  },
  metrics: [
    { metric: "sales_revenue", inputs: { revenue: "revenue" } },
    { metric: "win_rate", inputs: { won: "won", lost: "lost" } },
    { metric: "lead_conversion_rate", inputs: { converted: "won", leads: "leads" } },
  ],
  targets: "targets.json",
});

describe("groupBy", () => {
  let dir: string;
  let report: Report;
  beforeAll(async () => {
    dir = workspace({
      "deals.csv": deals,
      "leads.csv": "at\n2026-01-03\n2026-01-04\n2026-01-09\n2026-01-10\n2026-02-01\n",
      "targets.json": targets,
      "spec.json": spec({ file: "deals.csv" }),
      "duckdb.json": spec({ duckdb: { file: "deals.csv" } }),
    });
    report = await buildReport(await loadSpec(join(dir, "spec.json")));
  });

  it("JSON: each KPI in each group, judged against the group's target; the whole from the merged groups", () => {
    const json = JSON.parse(renderJson(report)) as Report;
    expect(json.groupBy).toBe("region");
    expect(json.groups).toEqual(["Bali", "Jawa"]);
    const [revenue, winRate, conversion] = json.kpis;
    expect(revenue?.value).toBe("350.5");
    expect(revenue?.groups.map((g) => [g.group, g.value])).toEqual([
      ["Bali", "50"],
      ["Jawa", "300.5"],
    ]);
    expect(winRate?.value).toBe("0.75");
    expect(winRate?.groups.map((g) => [g.group, g.value, g.target, g.status])).toEqual([
      ["Bali", "1", "0.9", "on_track"],
      ["Jawa", "0.6666666666666666666666666666666667", null, "no_data"],
    ]);
    // Leads have no region: the conversion rate has no groups.
    expect(conversion?.value).toBe("0.75");
    expect(conversion?.groups).toEqual([]);
  });

  it("table and Markdown: a section of the KPIs by group", () => {
    const table = renderTable(report);
    expect(table).toContain("\nBy region\n");
    expect(table).toMatch(/^Win rate +Bali +100% +90% +111\.1% +On track$/m);
    expect(table).toMatch(/^Win rate +Jawa +66\.7% +— +— +No data$/m);
    const markdown = renderMarkdown(report).replace(/[\u00a0\u202f]/g, " ");
    expect(markdown).toContain("## By region");
    expect(markdown).toContain("| Sales revenue | Jawa | IDR 301 |");
  });

  it("CSV: a group column, the whole's row then one row per group", () => {
    const rows = parse(renderCsv(report), { columns: true }) as Record<string, string>[];
    expect(rows.map((r) => [r.metric, r.group, r.value])).toEqual([
      ["sales_revenue", "", "350.5"],
      ["sales_revenue", "Bali", "50"],
      ["sales_revenue", "Jawa", "300.5"],
      ["win_rate", "", "0.75"],
      ["win_rate", "Bali", "1"],
      ["win_rate", "Jawa", "0.6666666666666666666666666666666667"],
      ["lead_conversion_rate", "", "0.75"],
    ]);
  });

  it("HTML: a table of the groups in the KPI's card", () => {
    const html = renderHtml(report);
    const card = html.slice(
      html.indexOf('data-kpi="win_rate"'),
      html.indexOf('data-kpi="lead_conversion_rate"'),
    );
    expect(card).toMatch(/<tr data-group="Bali"><td>Bali<\/td><td data-field="value">100%<\/td>/);
    expect(card).toContain('<tr data-group="Jawa">');
  });

  it("DuckDB: the same groups, pushed down (kinerja sql prints the grouped query)", async () => {
    const pushed = await buildReport(await loadSpec(join(dir, "duckdb.json")));
    expect(pushed.kpis.map((k) => [k.value, k.groups.map((g) => [g.group, g.value])])).toEqual(
      report.kpis.map((k) => [k.value, k.groups.map((g) => [g.group, g.value])]),
    );
    let stdout = "";
    const code = await run(
      ["sql", join(dir, "spec.json"), "--dialect", "postgres", "--source", "deals"],
      {
        stdout: (text) => {
          stdout += text;
        },
        stderr: () => {},
        stderrIsTTY: false,
      },
    );
    expect(code).toBe(0);
    expect(stdout).toMatch(/"region" AS row_group/);
  });
});
