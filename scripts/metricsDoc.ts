// Renders docs/metrics.md from the metric definitions. test/docs/metricsDoc.test.ts checks that the
// committed file matches; `npm run docs:metrics` (KINERJA_WRITE_DOCS=1) rewrites it.
import type { AnyMetric, InputSpecs, MetricCategory } from "../src/index.js";

const CATEGORY_TITLES: Readonly<Record<MetricCategory, string>> = {
  sales: "Sales · Penjualan",
  marketing: "Marketing · Pemasaran",
  customer: "Customer · Pelanggan",
};

const CATEGORY_ORDER: readonly MetricCategory[] = ["sales", "marketing", "customer"];

/** Escapes text for a markdown table cell. */
function cell(text: string): string {
  return text.replaceAll("\\", "\\\\").replaceAll("|", "\\|").replaceAll("\n", " ");
}

/** A heading anchor as GitHub renders it for a metric id heading. */
function anchor(id: string): string {
  return id
    .toLowerCase()
    .replace(/[^a-z0-9_ -]/g, "")
    .replace(/ /g, "-");
}

function renderInputs(inputs: InputSpecs): string[] {
  const lines = [
    "| input | English | Indonesian | domain | rollup | default |",
    "| --- | --- | --- | --- | --- | --- |",
  ];
  for (const [name, spec] of Object.entries(inputs)) {
    const fallback = spec.default === undefined ? "" : `\`${String(spec.default)}\``;
    lines.push(
      `| \`${cell(name)}\` | ${cell(spec.label.en)} | ${cell(spec.label.id)} | \`${spec.domain}\` | \`${spec.rollup}\` | ${fallback} |`,
    );
  }
  return lines;
}

function renderMetric(metric: AnyMetric, exportName: string | undefined): string[] {
  const lines = [
    `### ${metric.id}`,
    "",
    `**${metric.label.en}** · *${metric.label.id}*`,
    "",
    `- English: ${metric.description.en}`,
    `- Indonesian: ${metric.description.id}`,
    "",
    "| | |",
    "| --- | --- |",
  ];
  if (exportName !== undefined) lines.push(`| export | \`${exportName}\` |`);
  lines.push(
    `| formula | \`${cell(metric.formula)}\` |`,
    `| unit | \`${metric.unit}\` |`,
    `| direction | \`${metric.direction}\` |`,
    "",
    ...renderInputs(metric.inputs as InputSpecs),
    "",
    "References:",
    "",
    ...metric.references.map((reference) => `- <${reference}>`),
    "",
  );
  return lines;
}

/**
 * Renders the metrics catalog as markdown: a summary table, then per metric its id, English and
 * Indonesian names and descriptions, formula, unit, direction, every input with its labels, domain,
 * rollup rule and default, and its references. The output has no ```ts blocks (those would be
 * executed by the docs example test).
 *
 * @param metrics - The metrics to document, in order (usually `catalog`).
 * @param exportNames - Optional export names by metric id, shown as `export` (for example `winRate`).
 * @returns The markdown text, ending with a newline.
 */
export function renderMetricsDoc(
  metrics: readonly AnyMetric[],
  exportNames: ReadonlyMap<string, string> = new Map(),
): string {
  const lines = [
    "# Metrics catalog · Katalog metrik",
    "",
    "<!-- Generated from the metric definitions by scripts/metricsDoc.ts: run `npm run docs:metrics`, do not edit by hand. -->",
    "",
    "Every metric is a function that is also its definition (`winRate.formula`, `winRate.inputs`, ...).",
    "Values are exact decimals; an undefined value is `null` with a reason (`metric.evaluate(inputs)`).",
    "Inputs roll up from sub-periods by their rule: `sum` (flows), `first` (opening snapshot),",
    "`last` (closing snapshot), `min`, `max`, or `none` (distinct counts and cohort movements: recompute",
    "them for the whole period; `rollupInputs` refuses them).",
    "",
    "| id | English | Indonesian | unit | direction |",
    "| --- | --- | --- | --- | --- |",
  ];
  const ordered = [...metrics].sort(
    (a, b) => CATEGORY_ORDER.indexOf(a.category) - CATEGORY_ORDER.indexOf(b.category),
  );
  for (const metric of ordered) {
    lines.push(
      `| [${metric.id}](#${anchor(metric.id)}) | ${cell(metric.label.en)} | ${cell(metric.label.id)} | \`${metric.unit}\` | \`${metric.direction}\` |`,
    );
  }
  lines.push("");
  for (const category of CATEGORY_ORDER) {
    const inCategory = ordered.filter((metric) => metric.category === category);
    if (inCategory.length === 0) continue;
    lines.push(`## ${CATEGORY_TITLES[category]}`, "");
    for (const metric of inCategory)
      lines.push(...renderMetric(metric, exportNames.get(metric.id)));
  }
  return `${lines.join("\n").trimEnd()}\n`;
}
