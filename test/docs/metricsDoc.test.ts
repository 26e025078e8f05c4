import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { renderMetricsDoc } from "../../scripts/metricsDoc.js";
import * as kinerja from "../../src/index.js";
import type { AnyMetric } from "../../src/model/types.js";

const { catalog, defineMetric, safeDivide } = kinerja;
const docPath = fileURLToPath(new URL("../../docs/metrics.md", import.meta.url));

/** Export names of the built-in metrics, by id. */
function exportNames(): Map<string, string> {
  const names = new Map<string, string>();
  for (const [name, value] of Object.entries(kinerja)) {
    if (typeof value === "function" && (value as { kind?: unknown }).kind === "metric") {
      names.set((value as AnyMetric).id, name);
    }
  }
  return names;
}

describe("docs/metrics.md", () => {
  const rendered = renderMetricsDoc(catalog, exportNames());

  it("is the rendering of the catalog (KINERJA_WRITE_DOCS=1 rewrites it)", () => {
    if (process.env.KINERJA_WRITE_DOCS === "1") {
      writeFileSync(docPath, rendered);
    }
    expect(existsSync(docPath), "docs/metrics.md is missing: run npm run docs:metrics").toBe(true);
    expect(
      readFileSync(docPath, "utf8"),
      "docs/metrics.md is out of date: run npm run docs:metrics",
    ).toBe(rendered);
  });

  it("documents every metric with both languages, formula, unit, direction, inputs and references", () => {
    for (const metric of catalog) {
      const start = rendered.indexOf(`### ${metric.id}\n`);
      expect(start, metric.id).toBeGreaterThan(-1);
      const next = rendered.indexOf("\n### ", start + 1);
      const section = rendered.slice(start, next === -1 ? undefined : next);
      expect(section).toContain(metric.label.en);
      expect(section).toContain(metric.label.id);
      expect(section).toContain(metric.description.en);
      expect(section).toContain(metric.description.id);
      expect(section).toContain(`| formula | \`${metric.formula}\` |`);
      expect(section).toContain(`| unit | \`${metric.unit}\` |`);
      expect(section).toContain(`| direction | \`${metric.direction}\` |`);
      for (const [name, spec] of Object.entries(metric.inputs as kinerja.InputSpecs)) {
        expect(section).toContain(
          `| \`${name}\` | ${spec.label.en} | ${spec.label.id} | \`${spec.domain}\` | \`${spec.rollup}\` |`,
        );
      }
      for (const reference of metric.references) expect(section).toContain(`<${reference}>`);
    }
  });

  it("has no ts code blocks (they would be executed)", () => {
    expect(rendered).not.toMatch(/```ts/);
  });

  it("renders a user-defined metric, escaping table cells", () => {
    const custom = defineMetric({
      id: "pipe_ratio",
      label: { en: "Pipe | ratio", id: "Rasio pipa" },
      description: { en: "A test.", id: "Uji." },
      formula: "a / b",
      category: "sales",
      unit: "ratio",
      direction: "neutral",
      inputs: {
        a: { domain: "count", rollup: "sum", label: { en: "A", id: "A" }, default: 0 },
        b: { domain: "count", rollup: "last", label: { en: "B", id: "B" } },
      },
      references: ["https://example.com/a"],
      compute: ({ a, b }) => safeDivide(a, b),
    });
    const text = renderMetricsDoc([custom]);
    expect(text).toContain(
      "| [pipe_ratio](#pipe_ratio) | Pipe \\| ratio | Rasio pipa | `ratio` | `neutral` |",
    );
    expect(text).toContain("| `a` | A | A | `count` | `sum` | `0` |");
    expect(text).toContain("| `b` | B | B | `count` | `last` |  |");
    expect(text).not.toContain("| export |");
    expect(text).not.toContain("## Marketing");
    expect(text.endsWith("- <https://example.com/a>\n")).toBe(true);
  });
});
