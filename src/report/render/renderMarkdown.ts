import { wordsFor } from "../messages.js";
import type { Report } from "../report.js";
import {
  alertLines,
  decompositionTables,
  displayKpis,
  groupTable,
  kpiHeader,
  kpiRow,
  projectionLines,
  summaryLines,
  titleLine,
} from "./display.js";

const escapeCell = (text: string): string => text.replaceAll("|", "\\|");

/**
 * A report as Markdown: a title, the KPI table (numbers right-aligned), the scorecard and the
 * data quality, with the first problems listed.
 *
 * @param report - The report.
 * @returns The Markdown text, with a final newline.
 * @internal
 */
export function renderMarkdown(report: Report): string {
  const words = wordsFor(report.locale);
  const summary = summaryLines(report);
  const issues = report.dataQuality.sources.flatMap((source) => source.issues);
  const table = (header: readonly string[], rows: readonly string[][], left = 1): string[] => [
    `| ${header.map(escapeCell).join(" | ")} |`,
    `| ${header.map((_, i) => (i < left ? "---" : "---:")).join(" | ")} |`,
    ...rows.map((row) => `| ${row.map(escapeCell).join(" | ")} |`),
  ];
  const out = [
    `# ${escapeCell(titleLine(report))}`,
    "",
    ...table(
      kpiHeader(report),
      displayKpis(report).map((display) => kpiRow(report, display)),
    ),
  ];
  const groups = groupTable(report);
  if (groups !== null && groups.rows.length > 0)
    out.push(
      "",
      `## ${escapeCell(words.byGroup(report.groupBy as string))}`,
      "",
      ...table(groups.header, groups.rows, 2),
    );
  for (const decomposition of decompositionTables(report))
    out.push(
      "",
      `## ${escapeCell(decomposition.title)}`,
      "",
      ...table(decomposition.header, decomposition.rows),
    );
  const projection = projectionLines(report);
  if (projection !== null)
    out.push(
      "",
      `## ${escapeCell(projection.title)}`,
      "",
      ...projection.lines.map((line) => `- ${escapeCell(line)}`),
    );
  const alerts = alertLines(report);
  if (alerts !== null)
    out.push("", `## ${words.alerts}`, "", ...alerts.map((line) => `- ${escapeCell(line)}`));
  out.push(
    "",
    `**${summary.scorecard}**`,
    "",
    `## ${words.dataQuality}`,
    "",
    summary.dataQuality,
    ...(issues.length === 0
      ? []
      : ["", ...issues.slice(0, 20).map((issue) => `- ${escapeCell(issue.message)}`)]),
    ...(issues.length > 20 ? [`- ${words.moreProblems(report.dataQuality.problems - 20)}`] : []),
    "",
  );
  return out.join("\n");
}
