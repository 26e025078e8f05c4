// Every format of a report shows the numbers the library computes: the demo company's report is
// computed here a second time with the library's functions directly (aggregate, metric functions,
// parseTargets, evaluate, scorecard), and compared with the JSON (exact text), the CSV (exact
// text), and the table, Markdown and HTML (each value formatted with formatValue).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { beforeAll, describe, expect, it } from "vitest";
import {
  type AnyMetric,
  aggregate,
  convertedSum,
  count,
  createFormatter,
  customerActivity,
  type Decimal,
  evaluate,
  getMetric,
  parseRateTable,
  parseTargets,
  type Series,
  scorecard,
  sum,
} from "../../src/index.js";
import { buildReport } from "../../src/report/buildReport.js";
import { loadSpec } from "../../src/report/loadSpec.js";
import { renderCsv } from "../../src/report/render/renderCsv.js";
import { renderHtml } from "../../src/report/render/renderHtml.js";
import { renderJson } from "../../src/report/render/renderJson.js";
import { renderMarkdown } from "../../src/report/render/renderMarkdown.js";
import { renderTable } from "../../src/report/render/renderTable.js";
import type { Report } from "../../src/report/report.js";
import { repoRoot } from "../support/examples.js";

type Row = Record<string, string>;
const data = join(repoRoot, "examples", "data");
const read = (file: string): Row[] =>
  parse(readFileSync(join(data, file)), { columns: true, bom: true });
const calendar = { timeZone: "Asia/Jakarta" };

/** The demo's KPIs for one period, computed with the library alone. */
function libraryKpis(key: string): { metric: AnyMetric; actual: Decimal | null }[] {
  const closed = read("deals.csv").filter((d) => d.stage === "won" || d.stage === "lost");
  const deals = aggregate(closed, {
    date: "closed_at",
    granularity: "month",
    calendar,
    measures: {
      revenue: sum((d: Row) => (d.stage === "won" ? (d.amount_idr as string) : "0")),
      won: count((d: Row) => d.stage === "won"),
      lost: count((d: Row) => d.stage === "lost"),
    },
  });
  const leads = aggregate(read("leads.csv"), {
    date: "created_at",
    granularity: "month",
    calendar,
    measures: { leads: count(), converted: count((l: Row) => l.converted_at !== "") },
  });
  // Marketing spend as examples/demo.ts has it: the rupiah rows, and the dollar rows converted at
  // the fictional spot rate of their date.
  const rates = parseRateTable(readFileSync(join(data, "rates-example.json"), "utf8"));
  const spendRows = [
    ...read("marketing-spend.csv").map((r) => ({
      date: r.date,
      amount: r.spend_idr,
      currency: "IDR",
    })),
    ...read("marketing-spend-usd.csv").map((r) => ({
      date: r.date,
      amount: r.amount,
      currency: r.currency,
    })),
  ];
  const spend = aggregate(spendRows, {
    date: "date",
    granularity: "month",
    calendar,
    measures: {
      spend: convertedSum({
        amount: "amount",
        currency: "currency",
        date: "date",
        rates,
        to: "IDR",
        method: "spot",
        timeZone: calendar.timeZone,
      }),
    },
  });
  const surveys = aggregate(read("surveys.csv"), {
    date: "responded_at",
    granularity: "month",
    calendar,
    measures: {
      satisfied: count((r: Row) => r.survey === "csat" && Number(r.score) >= 4),
      responses: count((r: Row) => r.survey === "csat"),
      promoters: count((r: Row) => r.survey === "nps" && Number(r.score) >= 9),
      passives: count((r: Row) => r.survey === "nps" && (r.score === "7" || r.score === "8")),
      detractors: count((r: Row) => r.survey === "nps" && Number(r.score) <= 6),
    },
  });
  const activity = customerActivity(read("orders.csv"), {
    date: "ordered_at",
    customer: "customer_id",
    order: "id",
    granularity: "month",
    calendar,
  }).periods.find((p) => p.period.key === key);
  const v = (series: Series, measure: string): Decimal =>
    series.cells.find((cell) => cell.period.key === key)?.values[measure] as Decimal;
  return [
    {
      metric: getMetric("sales_revenue"),
      actual: getMetric("sales_revenue")({ revenue: v(deals, "revenue") }),
    },
    {
      metric: getMetric("win_rate"),
      actual: getMetric("win_rate")({ won: v(deals, "won"), lost: v(deals, "lost") }),
    },
    {
      metric: getMetric("lead_conversion_rate"),
      actual: getMetric("lead_conversion_rate")({
        converted: v(leads, "converted"),
        leads: v(leads, "leads"),
      }),
    },
    {
      metric: getMetric("campaign_roi"),
      actual: getMetric("campaign_roi")({ return: v(deals, "revenue"), cost: v(spend, "spend") }),
    },
    {
      metric: getMetric("customer_acquisition_cost"),
      actual: getMetric("customer_acquisition_cost")({
        salesSpend: 0,
        marketingSpend: v(spend, "spend"),
        newCustomers: v(deals, "won"),
      }),
    },
    {
      metric: getMetric("customer_retention_rate"),
      actual:
        activity === undefined
          ? null
          : getMetric("customer_retention_rate")({
              customersAtStart: activity.customersAtStart,
              customersAtEnd: activity.customersAtEnd,
              newCustomers: activity.newCustomers.plus(activity.reactivatedCustomers),
            }),
    },
    {
      metric: getMetric("csat"),
      actual: getMetric("csat")({
        satisfied: v(surveys, "satisfied"),
        responses: v(surveys, "responses"),
      }),
    },
    {
      metric: getMetric("nps"),
      actual: getMetric("nps")({
        promoters: v(surveys, "promoters"),
        passives: v(surveys, "passives"),
        detractors: v(surveys, "detractors"),
      }),
    },
  ];
}

const targets = parseTargets(readFileSync(join(repoRoot, "examples", "targets.json"), "utf8"), {
  calendar,
});
const targetOf = (id: string, key: string) =>
  targets.find((t) => t.metricId === id && t.period.key === key);

describe.each(["2026-10", "2026-03"])("the demo company's report for %s", (period) => {
  let report: Report;
  beforeAll(async () => {
    report = await buildReport(await loadSpec(join(repoRoot, "examples", "report", "spec.json")), {
      period,
      locale: "en-US",
    });
  });

  it("JSON: the exact values, targets, attainments, statuses and score of the library", () => {
    const kpis = libraryKpis(period);
    const json = JSON.parse(renderJson(report)) as Report;
    expect(json.period).toBe(period);
    expect(json.kpis.map((k) => k.id)).toEqual(kpis.map((k) => k.metric.id));
    for (const [i, { metric, actual }] of kpis.entries()) {
      const spec = targetOf(metric.id, period);
      const e = evaluate({ metric, actual, target: spec?.target ?? null });
      const kpi = json.kpis[i];
      expect(kpi?.value).toBe(actual?.toString() ?? null);
      expect(kpi?.target).toBe(e.target === null ? null : e.target.toString());
      expect(kpi?.attainment).toBe(e.attainment?.toString() ?? null);
      expect(kpi?.variance).toBe(e.variance?.toString() ?? null);
      expect(kpi?.status).toBe(e.status);
      expect(kpi?.series.find((p) => p.period === period)?.value).toBe(actual?.toString() ?? null);
    }
    const card = scorecard(
      kpis.map(({ metric, actual }) => {
        const spec = targetOf(metric.id, period);
        return {
          metric,
          actual,
          target: spec?.target ?? null,
          ...(spec?.weight == null ? {} : { weight: spec.weight }),
        };
      }),
    );
    expect(json.scorecard).toEqual({ score: card.score?.toString() ?? null, status: card.status });
  });

  it("CSV: the same exact text as the JSON", () => {
    const [header, ...lines] = renderCsv(report).trimEnd().split("\n");
    const columns = (header as string).split(",");
    const rows = lines.map((line) =>
      Object.fromEntries(
        (parse(line)[0] as string[]).map((v: string, i: number) => [columns[i], v]),
      ),
    );
    for (const [i, kpi] of report.kpis.entries()) {
      const row = rows[i] as Record<string, string>;
      expect(row.metric).toBe(kpi.id);
      expect(row.value).toBe(kpi.value ?? "");
      expect(row.target).toBe(typeof kpi.target === "string" ? kpi.target : "");
      expect(row.attainment).toBe(kpi.attainment ?? "");
      expect(row.status).toBe(kpi.status);
      expect(row.previous_period_change_percent).toBe(
        kpi.comparisons.previous_period?.changePercent ?? "",
      );
    }
  });

  it("table, Markdown and HTML: each value formatted from the library's value", () => {
    const f = createFormatter({ locale: "en-US", currency: "IDR" });
    const table = renderTable(report);
    const markdown = renderMarkdown(report);
    const html = renderHtml(report);
    for (const { metric, actual } of libraryKpis(period)) {
      const spec = targetOf(metric.id, period);
      const e = evaluate({ metric, actual, target: spec?.target ?? null });
      const cells = [
        f.label(metric),
        f.formatValue(actual, metric.unit),
        f.formatValue(e.target as Decimal | null, metric.unit),
        f.formatValue(e.attainment, "ratio"),
        f.statusLabel(e.status),
      ];
      expect(markdown).toContain(`| ${cells.join(" | ")} |`);
      const line = table.split("\n").find((l) => l.startsWith(`${cells[0]} `)) as string;
      expect(line.split(/\s{2,}/).slice(0, 5)).toEqual(cells);
      const card = html.slice(html.indexOf(`data-kpi="${metric.id}"`));
      const field = (name: string) =>
        new RegExp(`data-field="${name}">([^<]*)<`)
          .exec(card)?.[1]
          ?.replace(/&#(\d+);/g, (_, c) => String.fromCharCode(Number(c)));
      expect([field("value"), field("target"), field("attainment"), field("status")]).toEqual(
        cells.slice(1),
      );
    }
  });
});
