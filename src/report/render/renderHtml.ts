import type { TargetStatus } from "../../target/index.js";
import { wordsFor } from "../messages.js";
import type { Report, ReportKpi } from "../report.js";
import {
  alertLines,
  decompositionTables,
  displayKpis,
  groupTable,
  projectionLines,
  reportFormatter,
  showInterval,
  showTarget,
  showValue,
  summaryLines,
  titleLine,
} from "./display.js";

const escapeHtml = (text: string): string =>
  text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);

const STATUS_COLOURS: Readonly<Record<TargetStatus, string>> = {
  on_track: "#1a7f37",
  at_risk: "#9a6700",
  off_track: "#c62828",
  no_data: "#6b7280",
};

const STYLE = `
:root { color-scheme: light; --ink: #1f2328; --muted: #59636e; --line: #d1d9e0; }
* { box-sizing: border-box; }
body { font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink); margin: 0 auto; padding: 24px; max-width: 1200px; }
h1 { font-size: 1.5rem; margin: 0 0 4px; }
h2 { font-size: 1.15rem; margin: 28px 0 12px; }
.meta { color: var(--muted); margin: 0 0 20px; }
.score { display: inline-block; padding: 6px 12px; border-radius: 6px; color: #fff; font-weight: 600; }
.cards { display: grid; grid-template-columns: repeat(auto-fill, minmax(330px, 1fr)); gap: 16px; }
.kpi { border: 1px solid var(--line); border-top: 6px solid var(--status); border-radius: 8px; padding: 14px 16px; break-inside: avoid; }
.kpi h3 { font-size: 1rem; margin: 0 0 8px; }
.kpi dl { display: grid; grid-template-columns: auto 1fr; gap: 2px 12px; margin: 0 0 10px; }
.kpi dt { color: var(--muted); }
.kpi dd { margin: 0; text-align: right; font-variant-numeric: tabular-nums; }
.kpi dd.value { font-size: 1.4rem; font-weight: 700; }
.status { display: inline-block; padding: 1px 8px; border-radius: 999px; color: #fff; background: var(--status); font-size: 0.85rem; }
figure { margin: 0; }
svg { width: 100%; height: auto; display: block; }
figcaption { font-size: 0.8rem; color: var(--muted); }
details { margin-top: 6px; font-size: 0.85rem; }
table { border-collapse: collapse; width: 100%; font-variant-numeric: tabular-nums; }
th, td { border-bottom: 1px solid var(--line); padding: 3px 6px; text-align: right; }
th:first-child, td:first-child { text-align: left; }
.quality td, .quality th { font-size: 0.9rem; }
.issues { font-size: 0.85rem; }
.groups { margin-top: 8px; font-size: 0.85rem; }
.groups caption { text-align: left; color: var(--muted); }
.projection { font-size: 0.9rem; margin: 0 0 8px; }
.projection p, .projection ul { margin: 0; }
footer { margin-top: 28px; color: var(--muted); font-size: 0.8rem; }
@media print {
  body { padding: 0; font-size: 10pt; max-width: none; }
  .cards { grid-template-columns: repeat(2, 1fr); gap: 10px; }
  .kpi, .status, .score { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  details > summary { display: none; }
  details::details-content { content-visibility: visible; display: contents; }
  h2 { break-after: avoid; }
}
`;

function chart(report: Report, kpi: ReportKpi, words: ReturnType<typeof wordsFor>): string {
  const formatter = reportFormatter(report);
  const points = kpi.series;
  const numbers: number[] = [];
  for (const point of points) {
    if (point.value !== null) numbers.push(Number(point.value));
    if (typeof point.target === "string") numbers.push(Number(point.target));
    else if (point.target !== null)
      numbers.push(Number(point.target.min), Number(point.target.max));
  }
  const width = 320;
  const height = 130;
  const left = 4;
  const right = 4;
  const top = 10;
  const bottom = 22;
  const low = numbers.length === 0 ? 0 : Math.min(0, ...numbers);
  const high = numbers.length === 0 ? 1 : Math.max(...numbers);
  const spanY = high - low === 0 ? 1 : high - low;
  const x = (i: number): number =>
    left + (points.length <= 1 ? 0 : (i * (width - left - right)) / (points.length - 1));
  const y = (v: number): number => top + (1 - (v - low) / spanY) * (height - top - bottom);
  const path = (values: readonly (number | null)[]): string => {
    let d = "";
    let pen = false;
    values.forEach((value, i) => {
      if (value === null) {
        pen = false;
        return;
      }
      d += `${pen ? "L" : "M"}${x(i).toFixed(1)},${y(value).toFixed(1)}`;
      pen = true;
    });
    return d;
  };
  const targetOf = (
    t: ReportKpi["series"][number]["target"],
    side: "min" | "max",
  ): number | null => (t === null ? null : typeof t === "string" ? Number(t) : Number(t[side]));
  const valueLine = path(points.map((p) => (p.value === null ? null : Number(p.value))));
  const targetLow = path(points.map((p) => targetOf(p.target, "min")));
  const targetHigh = path(points.map((p) => targetOf(p.target, "max")));
  const dots = points
    .map((p, i) =>
      p.value === null
        ? ""
        : `<circle cx="${x(i).toFixed(1)}" cy="${y(Number(p.value)).toFixed(1)}" r="${p.period === report.period ? 4 : 2.5}" fill="${STATUS_COLOURS[p.status]}"><title>${escapeHtml(`${p.period}: ${showValue(formatter, p.value, kpi.unit)}`)}</title></circle>`,
    )
    .join("");
  const id = `chart-${kpi.id}`;
  const first = points[0]?.period ?? "";
  const last = points[points.length - 1]?.period ?? "";
  const svg = `<svg viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="${id}-title" xmlns="http://www.w3.org/2000/svg">
<title id="${id}-title">${escapeHtml(words.chartOf(kpi.label))}</title>
<line x1="${left}" y1="${y(low).toFixed(1)}" x2="${width - right}" y2="${y(low).toFixed(1)}" stroke="#d1d9e0"/>
${targetLow === "" ? "" : `<path d="${targetLow}" fill="none" stroke="#59636e" stroke-width="1.5" stroke-dasharray="4 3"/>`}
${targetHigh === "" || targetHigh === targetLow ? "" : `<path d="${targetHigh}" fill="none" stroke="#59636e" stroke-width="1.5" stroke-dasharray="4 3"/>`}
<path d="${valueLine}" fill="none" stroke="#0969da" stroke-width="2"/>
${dots}
<text x="${left}" y="${height - 6}" font-size="10" fill="#59636e">${escapeHtml(first)}</text>
<text x="${width - right}" y="${height - 6}" font-size="10" fill="#59636e" text-anchor="end">${escapeHtml(last)}</text>
</svg>`;
  const rows = points
    .map(
      (p) =>
        `<tr data-period="${escapeHtml(p.period)}"><td>${escapeHtml(p.period)}</td><td data-field="value">${escapeHtml(showValue(formatter, p.value, kpi.unit))}</td><td data-field="target">${escapeHtml(showTarget(formatter, p.target, kpi.unit))}</td><td>${escapeHtml(formatter.statusLabel(p.status))}</td></tr>`,
    )
    .join("\n");
  return `<figure>${svg}
<figcaption>— ${escapeHtml(words.actual)} · - - ${escapeHtml(words.target)}</figcaption>
</figure>
<details><summary>${escapeHtml(words.tableOf(kpi.label))}</summary>
<table class="series"><caption hidden>${escapeHtml(words.tableOf(kpi.label))}</caption>
<thead><tr><th scope="col">${escapeHtml(words.period)}</th><th scope="col">${escapeHtml(words.actual)}</th><th scope="col">${escapeHtml(words.target)}</th><th scope="col">${escapeHtml(words.status)}</th></tr></thead>
<tbody>
${rows}
</tbody></table></details>`;
}

/**
 * A report as one self-contained HTML page — no script, no network, no font or style sheet to
 * fetch: a card per KPI (value, target, attainment, a status colour and its name), an inline SVG
 * chart of each KPI's series against its target with the same numbers as a table, the scorecard,
 * the data quality, in the report's language, and a print style sheet.
 *
 * @param report - The report.
 * @returns The HTML text.
 * @internal
 */
export function renderHtml(report: Report): string {
  const words = wordsFor(report.locale);
  const language = report.locale.toLowerCase().startsWith("id") ? "id" : "en";
  const summary = summaryLines(report);
  const formatter = reportFormatter(report);
  const projection = projectionLines(report);
  const groups = groupTable(report);
  const groupRows = (id: string): string => {
    const kpi = report.kpis.find((k) => k.id === id);
    if (groups === null || kpi === undefined || kpi.groups.length === 0) return "";
    const rows = groups.rows.filter((row) => row[0] === kpi.label);
    return `<table class="groups"><caption>${escapeHtml(words.byGroup(report.groupBy as string))}</caption>
<thead><tr>${groups.header
      .slice(1)
      .map((h) => `<th scope="col">${escapeHtml(h)}</th>`)
      .join("")}</tr></thead>
<tbody>
${rows
  .map(
    (row) =>
      `<tr data-group="${escapeHtml(row[1] ?? "")}">${row
        .slice(1)
        .map((c, i) => `<td${i === 1 ? ' data-field="value"' : ""}>${escapeHtml(c)}</td>`)
        .join("")}</tr>`,
  )
  .join("\n")}
</tbody></table>`;
  };
  const alerts = alertLines(report);
  const review = [
    ...(alerts === null
      ? []
      : [
          `<section class="alerts"><h2>${escapeHtml(words.alerts)}</h2><ul data-field="alerts">${alerts.map((line) => `<li>${escapeHtml(line)}</li>`).join("")}</ul></section>`,
        ]),
    ...decompositionTables(report).map(
      (table) => `<section class="decomposition"><h2>${escapeHtml(table.title)}</h2>
<table><thead><tr>${table.header.map((h) => `<th scope="col">${escapeHtml(h)}</th>`).join("")}</tr></thead>
<tbody>${table.rows.map((row) => `<tr>${row.map((c) => `<td>${escapeHtml(c)}</td>`).join("")}</tr>`).join("\n")}</tbody></table></section>`,
    ),
  ].join("\n");
  const cards = displayKpis(report)
    .map((display) => {
      const { kpi } = display;
      const comparisons = Object.entries(display.comparisons)
        .map(
          ([kind, text]) =>
            `<dt>${escapeHtml(words.versus)} ${escapeHtml(kpi.comparisons[kind as keyof typeof kpi.comparisons]?.period ?? "")}</dt><dd data-field="${escapeHtml(kind)}">${escapeHtml(text)}</dd>`,
        )
        .join("");
      return `<article class="kpi" data-kpi="${escapeHtml(kpi.id)}" data-status="${kpi.status}" style="--status: ${STATUS_COLOURS[kpi.status]}">
<h3>${escapeHtml(display.label)}</h3>
<dl>
<dt>${escapeHtml(words.actual)}</dt><dd class="value" data-field="value">${escapeHtml(display.value)}</dd>
<dt>${escapeHtml(words.target)}</dt><dd data-field="target">${escapeHtml(display.target)}</dd>
<dt>${escapeHtml(words.attainment)}</dt><dd data-field="attainment">${escapeHtml(display.attainment)}</dd>
<dt>${escapeHtml(words.status)}</dt><dd><span class="status" data-field="status">${escapeHtml(display.status)}</span></dd>
${comparisons}
${kpi.interval === null || report.review.intervals === null ? "" : `<dt>${escapeHtml(words.interval(formatter.formatValue(report.review.intervals.confidence, "ratio")))}</dt><dd data-field="interval">${escapeHtml(showInterval(formatter, kpi))}${kpi.interval.smallSample ? ` <small>(${escapeHtml(words.smallSample)})</small>` : ""}</dd>`}
</dl>
${projection !== null && report.review.projection?.metric === kpi.id ? `<div class="projection" data-field="projection"><p><strong>${escapeHtml(projection.title)}</strong></p><ul>${projection.lines.map((line) => `<li>${escapeHtml(line)}</li>`).join("")}</ul></div>` : ""}
${chart(report, kpi, words)}
${groupRows(kpi.id)}
</article>`;
    })
    .join("\n");
  const quality = report.dataQuality.sources
    .map(
      (s) =>
        `<tr data-source="${escapeHtml(s.source)}"><td>${escapeHtml(s.source)}</td><td>${escapeHtml(s.file)}</td><td>${s.rows}</td><td>${s.accepted}</td><td>${s.rejected}</td><td>${s.filtered}</td><td>${s.outsideRange}</td></tr>`,
    )
    .join("\n");
  const issues = report.dataQuality.sources.flatMap((s) => s.issues);
  const listed = issues.slice(0, 50);
  const issueList =
    issues.length === 0
      ? `<p>${escapeHtml(words.noProblems)}</p>`
      : `<ul class="issues">${listed.map((issue) => `<li>${escapeHtml(issue.message)}</li>`).join("")}${report.dataQuality.problems > listed.length ? `<li>${escapeHtml(words.moreProblems(report.dataQuality.problems - listed.length))}</li>` : ""}</ul>`;
  return `<!doctype html>
<html lang="${language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>${escapeHtml(titleLine(report))}</title>
<style>${STYLE}</style>
</head>
<body>
<header>
<h1>${escapeHtml(titleLine(report))}</h1>
<p class="meta">${escapeHtml(words.timeZone)} ${escapeHtml(report.timeZone)} · ${escapeHtml(words.range(report.periods[0] ?? report.period, report.periods[report.periods.length - 1] ?? report.period))}</p>
<p><span class="score" data-field="scorecard" style="background: ${STATUS_COLOURS[report.scorecard.status]}">${escapeHtml(summary.scorecard)}</span></p>
</header>
<main>
<section class="cards" aria-label="${escapeHtml(words.kpi)}">
${cards}
</section>
${review}
<section class="quality">
<h2>${escapeHtml(words.dataQuality)}</h2>
<p data-field="data-quality">${escapeHtml(summary.dataQuality)}</p>
<table>
<thead><tr><th scope="col">${escapeHtml(words.source)}</th><th scope="col">${escapeHtml(words.file)}</th><th scope="col">${escapeHtml(words.rows)}</th><th scope="col">${escapeHtml(words.accepted)}</th><th scope="col">${escapeHtml(words.rejected)}</th><th scope="col">${escapeHtml(words.filtered)}</th><th scope="col">${escapeHtml(words.outsideRange)}</th></tr></thead>
<tbody>
${quality}
</tbody>
</table>
${issueList}
</section>
</main>
<footer>${escapeHtml(words.generated)} · ${escapeHtml(formatter.locale)}</footer>
</body>
</html>
`;
}
