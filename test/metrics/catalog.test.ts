import { readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import * as kinerja from "../../src/index.js";
import { catalog, getMetric, hasMetric, metricsByCategory } from "../../src/metrics/catalog.js";
import type { AnyMetric, InputSpecs } from "../../src/model/types.js";
import { expectKpiError } from "../support/expectKpiError.js";

const UNITS = [
  "currency",
  "currency_per_day",
  "ratio",
  "multiple",
  "count",
  "days",
  "months",
  "score",
  "net_score",
];
const DIRECTIONS = ["higher_is_better", "lower_is_better", "neutral"];
const DOMAINS = [
  "count",
  "positive_count",
  "amount",
  "non_negative_amount",
  "fraction",
  "ratio",
  "non_negative_number",
];
const RULES = ["sum", "first", "last", "min", "max", "none"];
const FAMILIES = ["sales", "marketing", "customer"] as const;

const isMetric = (value: unknown): value is AnyMetric =>
  typeof value === "function" && (value as { kind?: unknown }).kind === "metric";

describe("catalog", () => {
  it("has unique snake_case ids", () => {
    const ids = catalog.map((metric) => metric.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z][a-z0-9]*(?:_[a-z0-9]+)*$/);
  });

  it.each(catalog.map((metric) => [metric.id, metric] as const))(
    "%s is fully described in English and Indonesian",
    (_id, metric) => {
      for (const text of [metric.label, metric.description]) {
        expect(text.en.trim()).not.toBe("");
        expect(text.id.trim()).not.toBe("");
      }
      expect(metric.formula.trim()).not.toBe("");
      expect(FAMILIES).toContain(metric.category);
      expect(UNITS).toContain(metric.unit);
      expect(DIRECTIONS).toContain(metric.direction);
      expect(metric.references.length).toBeGreaterThan(0);
      for (const reference of metric.references) {
        expect(() => new URL(reference)).not.toThrow();
        expect(reference).toMatch(/^https:\/\//);
      }
      const inputs = Object.entries(metric.inputs as InputSpecs);
      expect(inputs.length).toBeGreaterThan(0);
      for (const [name, spec] of inputs) {
        expect(name).toMatch(/^[a-z][A-Za-z0-9]*$/);
        expect(DOMAINS).toContain(spec.domain);
        expect(RULES).toContain(spec.rollup);
        expect(spec.label.en.trim()).not.toBe("");
        expect(spec.label.id.trim()).not.toBe("");
      }
    },
  );

  it("declares lower_is_better where a larger value is worse", () => {
    const lower = catalog.filter((m) => m.direction === "lower_is_better").map((m) => m.id);
    expect(lower.sort()).toEqual(
      [
        "cac_payback_months",
        "ces_effort",
        "churn_rate",
        "cost_per_lead",
        "customer_acquisition_cost",
        "revenue_churn_rate",
        "sales_cycle_length",
        "sales_cycle_length_closed",
      ].sort(),
    );
  });

  it("lists every metric exported by a file under src/metrics/<family>, and src/index.ts exports it", async () => {
    const exported = new Set<unknown>(Object.values(kinerja).filter(isMetric));
    let found = 0;
    for (const family of FAMILIES) {
      const directory = fileURLToPath(new URL(`../../src/metrics/${family}/`, import.meta.url));
      for (const file of readdirSync(directory).filter((name) => name.endsWith(".ts"))) {
        const module: Record<string, unknown> = await import(
          /* @vite-ignore */ `../../src/metrics/${family}/${file}`
        );
        for (const [name, value] of Object.entries(module)) {
          if (!isMetric(value)) continue;
          found++;
          expect(catalog, `${family}/${file}: ${name} is not in the catalog`).toContain(value);
          expect(exported.has(value), `${family}/${file}: ${name} is not exported`).toBe(true);
          expect((kinerja as Record<string, unknown>)[name]).toBe(value);
          expect(value.category).toBe(family);
          expect(file).toBe(`${name}.ts`);
        }
      }
    }
    expect(found).toBe(catalog.length);
  });

  it("exports the survey and funnel helpers from the package root", () => {
    expect(typeof kinerja.csatFromScores).toBe("function");
    expect(typeof kinerja.npsFromScores).toBe("function");
    expect(typeof kinerja.cesFromScores).toBe("function");
    expect(typeof kinerja.funnelConversionRates).toBe("function");
  });
});

describe("getMetric, hasMetric, metricsByCategory", () => {
  it("refuses an unknown family instead of answering an empty list", () => {
    expectKpiError(() => metricsByCategory("sale" as never), "invalid_argument", {
      path: ["category"],
      message:
        'metricsByCategory: category must be one of "sales", "marketing", "customer", received "sale"',
    });
  });

  it("finds every metric by id", () => {
    for (const metric of catalog) {
      expect(getMetric(metric.id)).toBe(metric);
      expect(hasMetric(metric.id)).toBe(true);
    }
  });

  it("rejects unknown ids, inherited names included", () => {
    expect(hasMetric("__proto__")).toBe(false);
    expect(hasMetric(42)).toBe(false);
    expectKpiError(
      () => getMetric("constructor" as string),
      "unknown_metric",
      'getMetric: id must be the id of a metric in the catalog, received "constructor"',
    );
  });

  it("groups by family, in catalog order", () => {
    const all = FAMILIES.flatMap((family) => metricsByCategory(family));
    expect(all.length).toBe(catalog.length);
    for (const family of FAMILIES) {
      expect(metricsByCategory(family).map((metric) => metric.id)).toEqual(
        catalog.filter((metric) => metric.category === family).map((metric) => metric.id),
      );
    }
  });
});
