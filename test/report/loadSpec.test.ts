import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadSpec } from "../../src/report/loadSpec.js";
import { repoRoot } from "../support/examples.js";
import { rejectsWithKpiError, workspace } from "./support.js";

const base = {
  currency: "IDR",
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
};

describe("loadSpec", () => {
  it("accepts the demo company's spec", async () => {
    const loaded = await loadSpec(join(repoRoot, "examples", "report", "spec.json"));
    expect(loaded.metrics.map((m) => m.id)).toEqual([
      "sales_revenue",
      "win_rate",
      "lead_conversion_rate",
      "campaign_roi",
      "customer_acquisition_cost",
      "customer_retention_rate",
      "csat",
      "nps",
    ]);
    expect(loaded.measureSource.get("spend")).toBe("spend");
  });

  it("lists every shape problem with its JSON path", async () => {
    const dir = workspace({
      "spec.json": {
        ...base,
        granularity: "fortnight",
        colour: "blue",
        sources: {
          deals: { ...base.sources.deals, delimter: ";", measures: { won: { count: "yes" } } },
        },
        metrics: [{ metric: 42, inputs: {} }],
      },
    });
    const error = await rejectsWithKpiError(loadSpec(join(dir, "spec.json")), "invalid_option");
    const messages = error.issues.map((issue) => issue.message);
    expect(messages).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          /^spec\.json: colour must be not present: the known keys are "\$schema", "title"/,
        ),
        expect.stringMatching(
          /^spec\.json: granularity must be one of "day", .*"month".*, received "fortnight"$/,
        ),
        expect.stringMatching(
          /^spec\.json: sources\.deals\.delimter must be not present: the known keys are "file", "type", "delimiter"/,
        ),
        expect.stringMatching(/^spec\.json: sources\.deals\.measures\.won\.count must be /),
        expect.stringMatching(/^spec\.json: metrics\[0\]\.metric must be a string, received 42$/),
      ]),
    );
    expect(error.issues.map((issue) => issue.path)).toContainEqual(["metrics", 0, "metric"]);
  });

  it("lists every meaning problem: unknown metrics and inputs, missing inputs, measures, formats, periods", async () => {
    const dir = workspace({
      "spec.json": {
        range: { from: "2026-13", to: "2026-01" },
        sources: {
          deals: {
            file: "deals.txt",
            date: { column: "closed_at", format: "dd/MM/yy" },
            numberLocale: "xx-not-a-locale-at-all",
            measures: {
              revenue: { sum: "amount", min: "amount" },
              won: { count: { column: "stage" } },
            },
          },
        },
        metrics: [
          { metric: "win_rat", inputs: {} },
          { metric: "win_rate", inputs: { won: "wins", tied: 3 } },
          { metric: "sales_revenue", inputs: { revenue: "revenue" } },
        ],
      },
    });
    const error = await rejectsWithKpiError(loadSpec(join(dir, "spec.json")), "invalid_option");
    expect(error.issues.map((issue) => issue.message)).toEqual([
      'spec.json: sources.deals.file must be a file ending in .csv, .ndjson, .jsonl or .json, or a "type", received "deals.txt"',
      'spec.json: sources.deals.date.format must be a date pattern with yyyy, MM and dd (and optionally HH, mm, ss), such as "dd/MM/yyyy", or "iso", received "dd/MM/yy"',
      'spec.json: sources.deals.numberLocale must be a BCP 47 locale tag Intl supports, such as "id-ID" or "en-US", received "xx-not-a-locale-at-all"',
      'spec.json: sources.deals.measures.revenue must be exactly one of "count", "sum", "countDistinct", "mean", "min", "max", "first", "last", "convertedSum", "customers", received an object',
      'spec.json: sources.deals.measures.won.count must be a condition: { "column" and one of "eq", "ne", "in", "is" }, or exactly one of "all", "any", "not", received an object',
      'spec.json: range.from must be a period key that exists in the calendar at the report\'s granularity (such as 2026-10 for months), received "2026-13"',
      expect.stringMatching(
        /^spec\.json: metrics\[0\]\.metric must be the id of a metric in the catalog/,
      ),
      'spec.json: metrics[1].inputs.won must be the name of a measure of a source (revenue, won), received "wins"',
      'spec.json: metrics[1].inputs.tied is not an input of win_rate (won, lost), received "tied"',
      "spec.json: metrics[1].inputs.lost must be mapped to a measure or a number (a required input of win_rate), received undefined",
      "spec.json: currency must be an ISO 4217 currency code (the money metrics sales_revenue need one), received undefined",
    ]);
  });

  it("names the line and column of a JSON syntax error", async () => {
    const dir = workspace({ "spec.json": '{\n  "sources": {},\n  "metrics": [,]\n}' });
    const error = await rejectsWithKpiError(loadSpec(join(dir, "spec.json")), "invalid_argument");
    expect(error.message).toMatch(/^spec\.json: line 3 column 15 must be valid JSON, received /);
  });

  it("loads a custom metric from a module", async () => {
    const dir = workspace({
      "metrics.mjs": `import { defineMetric, safeDivide } from ${JSON.stringify(join(repoRoot, "src", "index.ts"))};
export const discountRate = defineMetric({
  id: "discount_rate", label: { en: "Discount rate", id: "Tingkat diskon" }, description: { en: "d", id: "d" },
  formula: "discounts / gross_sales", category: "sales", unit: "ratio", direction: "neutral",
  inputs: { discounts: { domain: "non_negative_amount", rollup: "sum", label: { en: "D", id: "D" } },
            grossSales: { domain: "non_negative_amount", rollup: "sum", label: { en: "G", id: "G" } } },
  references: [], compute: ({ discounts, grossSales }) => safeDivide(discounts, grossSales),
});`,
      "spec.json": {
        sources: {
          sales: {
            file: "s.csv",
            date: "at",
            measures: { d: { sum: "discount" }, g: { sum: "gross" } },
          },
        },
        metrics: [
          {
            metric: "discount_rate",
            module: "./metrics.mjs",
            inputs: { discounts: "d", grossSales: "g" },
          },
        ],
      },
    });
    const loaded = await loadSpec(join(dir, "spec.json"));
    expect(loaded.metrics[0]?.id).toBe("discount_rate");
  });

  it("lists problems of shape and of meaning together, and with checkData the header's and the targets file's", async () => {
    const dir = workspace({
      "deals.csv": "closed_at,stage,amount\n2026-01-05,won,10\n",
      "targets.json": { targets: [{ metric: "win_rat", period: "2026-01", target: 0.5 }] },
      "spec.json": {
        ...base,
        granularity: "fortnight",
        targets: "targets.json",
        sources: {
          deals: {
            ...base.sources.deals,
            measures: { ...base.sources.deals.measures, revenue: { sum: "amount_idr" } },
          },
          leads: { file: "leads.csv", date: "at", measures: { leads: { count: "yes" } } },
        },
        metrics: [
          { metric: "win_rate", inputs: { won: "won", lost: "lost" } },
          { metric: "lead_conversion_rate", inputs: { converted: "won", leads: "leads" } },
          { metric: "win_rat", inputs: {} },
        ],
      },
    });
    const error = await rejectsWithKpiError(
      loadSpec(join(dir, "spec.json"), { checkData: true }),
      "invalid_option",
    );
    expect(error.issues.map((issue) => [issue.path, issue.message])).toEqual([
      [["granularity"], expect.stringMatching(/^spec\.json: granularity must be one of "day"/)],
      [
        ["sources", "leads", "measures", "leads", "count"],
        expect.stringMatching(/^spec\.json: sources\.leads\.measures\.leads\.count must be /),
      ],
      [
        ["metrics", 2, "metric"],
        expect.stringMatching(/^spec\.json: metrics\[2\]\.metric must be the id of a metric/),
      ],
      [
        ["sources", "deals", "measures", "revenue", "sum"],
        'spec.json: sources.deals.measures.revenue.sum must be a column of the file (the header has "closed_at", "stage", "amount"), received "amount_idr"',
      ],
      [
        ["targets"],
        'spec.json: targets file "targets.json" targets[0].metric must be the id of a metric in the catalog or in options.metrics, received "win_rat"',
      ],
    ]);
  });
});
