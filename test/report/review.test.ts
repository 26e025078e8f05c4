// The review features of a spec in the CSV and Markdown formats (JSON is compared with the code
// tour in demo.test.ts, HTML in the browser test, the table in docs/cli.md), and their checks.
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { beforeAll, describe, expect, it } from "vitest";
import { buildReport } from "../../src/report/buildReport.js";
import { loadSpec } from "../../src/report/loadSpec.js";
import { renderCsv } from "../../src/report/render/renderCsv.js";
import { renderMarkdown } from "../../src/report/render/renderMarkdown.js";
import type { Report } from "../../src/report/report.js";
import { repoRoot } from "../support/examples.js";
import { rejectsWithKpiError, workspace } from "./support.js";

describe("the review features of the demo spec", () => {
  let report: Report;
  beforeAll(async () => {
    report = await buildReport(await loadSpec(join(repoRoot, "examples", "report", "spec.json")), {
      period: "2026-10",
      locale: "en-US",
    });
  });

  it("CSV: interval, projection and alert columns on the KPI rows, a row per factor of the split", () => {
    const rows = parse(renderCsv(report), { columns: true }) as Record<string, string>[];
    const row = (metric: string) => rows.find((r) => r.metric === metric) as Record<string, string>;
    const winRate = report.kpis.find((k) => k.id === "win_rate");
    expect([row("win_rate").interval_lower, row("win_rate").interval_upper]).toEqual([
      winRate?.interval?.lower,
      winRate?.interval?.upper,
    ]);
    expect(row("nps").small_sample).toBe("true");
    expect(row("sales_revenue").interval_lower).toBe("");
    expect([row("sales_revenue").projected, row("sales_revenue").projected_as_of]).toEqual([
      report.review.projection?.projected,
      "2026-10-15",
    ]);
    expect(row("sales_revenue").alerts).toBe("revenue-fall");
    expect(row("nps").alerts).toBe("nps-below-target");
    expect(row("win_rate").alerts).toBe("");
    const split = rows.filter((r) => r.metric?.startsWith("revenue_from_closed_deals:"));
    expect(split.map((r) => [r.metric, r.decomposition_from, r.value, r.contribution])).toEqual(
      report.review.decompositions[0]?.contributions.map((p) => [
        `revenue_from_closed_deals:${p.name}`,
        p.from,
        p.to,
        p.contribution,
      ]),
    );
    // The contributions add up exactly to the change.
    const total = split.reduce((sum, r) => sum + BigInt(r.contribution as string), 0n);
    expect(total.toString()).toBe(report.review.decompositions[0]?.change);
  });

  it("Markdown: a section for the split, the projection and the alerts", () => {
    const markdown = renderMarkdown(report).replace(/[\u00a0\u202f]/g, " ");
    expect(markdown).toContain("## Why Sales revenue changed, 2026-09 → 2026-10");
    expect(markdown).toContain("| Deals closed (won + lost) | 35 | 22 | -IDR 240,208,615 |");
    expect(markdown).toContain("## Projection of Sales revenue for 2026-10 as of 2026-10-15");
    expect(markdown).toContain("- projected: IDR 304,000,000");
    expect(markdown).toContain(
      "## Alerts\n\n- sales_revenue 2026-10: fell 7.1% from 524,750,000 to 487,250,000 (threshold 5%)",
    );
  });
});

describe("the checks of the review features", () => {
  const base = {
    currency: "IDR",
    sources: {
      deals: {
        file: "deals.csv",
        date: "at",
        measures: {
          revenue: { sum: "amount" },
          won: { count: { column: "stage", eq: "won" } },
          lost: { count: { column: "stage", eq: "lost" } },
        },
      },
    },
    metrics: [
      { metric: "sales_revenue", inputs: { revenue: "revenue" } },
      { metric: "win_rate", inputs: { won: "won", lost: "lost" } },
    ],
  };

  it("lists each problem with its JSON path, the alerts file's problems with their place in it", async () => {
    const dir = workspace({
      "deals.csv": "at,stage,amount\n2026-01-05,won,10\n",
      "alerts.json": { rules: [{ id: "a", kind: "threshold", metric: "nps", below: 1 }] },
      "bad-alerts.json": { rules: [{ id: "a", kind: "threshold", metric: "win_rate" }] },
      "spec.json": {
        ...base,
        review: {
          intervals: { confidence: 1.5 },
          decompositions: [
            { identity: "revenue_from_nowhere" },
            { identity: "won_deals_from_closed_deals", values: { lost_deals: "lost" } },
          ],
          projection: { metric: "win_rate", asOf: 0 },
          alerts: "alerts.json",
        },
      },
      "spec2.json": { ...base, review: { alerts: "bad-alerts.json" } },
    });
    const error = await rejectsWithKpiError(loadSpec(join(dir, "spec.json")), "invalid_option");
    expect(error.issues.map((issue) => issue.message)).toEqual([
      "spec.json: review.intervals.confidence must be a confidence level between 0 and 1, such as 0.95, received 1.5",
      'spec.json: review.decompositions[0].identity must be the id of an identity of the catalog (revenue_from_orders, won_deals_from_closed_deals, deals_from_leads, revenue_from_leads), or an identity inline, received "revenue_from_nowhere"',
      'spec.json: review.decompositions[1].values.lost_deals must be a quantity of won_deals_from_closed_deals (won_deals, closed_deals, win_rate), received "lost_deals"',
      'spec.json: review.decompositions[1].values.won_deals must be a measure, a list of measures, a number or { "metric", "inputs" } (won_deals is not a KPI of the report), received undefined',
      'spec.json: review.decompositions[1].values.closed_deals must be a measure, a list of measures, a number or { "metric", "inputs" } (closed_deals is not a KPI of the report), received undefined',
      'spec.json: review.projection.metric must be a KPI of the report (sales_revenue, win_rate) with one input mapped to one sum or count measure, received "win_rate"',
      "spec.json: review.projection.asOf must be the last day known: a date such as 2026-10-15, or the day of the period (1 for its first day), received 0",
      'spec.json: alerts file "alerts.json" rules[0].metric must be the id of a KPI of the report (sales_revenue, win_rate), received "nps"',
    ]);
    const file = await rejectsWithKpiError(loadSpec(join(dir, "spec2.json")), "invalid_option");
    expect(file.issues.map((issue) => issue.path)).toEqual([["review", "alerts"]]);
    expect(file.message).toMatch(/^spec2\.json: alerts file "bad-alerts\.json" rules\[0\]/);
  });

  it("keeps a Saturday's sales in the projection on business days when asOf is that Saturday", async () => {
    // 2026-02-07 is a Saturday, the last day with records (the default asOf): its 5 belongs to the
    // month so far, booked on Friday the 6th, the last business day up to asOf.
    const dir = workspace({
      "deals.csv": "at,stage,amount\n2026-02-02,won,10\n2026-02-06,won,20\n2026-02-07,won,5\n",
      "spec.json": {
        ...base,
        review: { projection: { metric: "sales_revenue", businessDays: { holidays: [] } } },
      },
    });
    const report = await buildReport(await loadSpec(join(dir, "spec.json")), {
      period: "2026-02",
    });
    const projection = report.review.projection;
    expect(projection?.asOf).toBe("2026-02-07");
    expect(projection?.days).toBe("business");
    expect(projection?.elapsedDays).toBe(5);
    expect(projection?.actualSoFar).toBe("35");
  });

  it("keeps the sales of a weekend before the month's first business day in the total so far", async () => {
    // regression: 2026-03-01 is a Sunday; as of that day no business day has begun, and its 7 was
    // dropped (the total so far read 0). Booked on Monday the 2nd when that day has begun.
    const dir = workspace({
      "deals.csv": "at,stage,amount\n2026-03-01,won,7\n2026-03-02,won,10\n",
      "spec.json": {
        ...base,
        review: {
          projection: { metric: "sales_revenue", asOf: 1, businessDays: { holidays: [] } },
        },
      },
    });
    const sunday = (
      await buildReport(await loadSpec(join(dir, "spec.json")), { period: "2026-03" })
    ).review.projection;
    expect([sunday?.asOf, sunday?.elapsedDays, sunday?.actualSoFar]).toEqual([
      "2026-03-01",
      0,
      "7",
    ]);
  });

  it("refuses a day past the end of the period reported", async () => {
    const dir = workspace({
      "deals.csv": "at,stage,amount\n2026-02-05,won,10\n",
      "spec.json": { ...base, review: { projection: { metric: "sales_revenue", asOf: 29 } } },
    });
    const error = await rejectsWithKpiError(
      buildReport(await loadSpec(join(dir, "spec.json"))),
      "invalid_option",
    );
    expect(error.message).toBe(
      "spec.json: review.projection.asOf must be a day of the period reported (2026-02), received 29",
    );
  });
});
