import { wordsFor } from "../messages.js";
import type { Report } from "../report.js";
import { displayKpis, kpiHeader, kpiRow, summaryLines, titleLine } from "./display.js";

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
  const header = kpiHeader(report);
  const rows = displayKpis(report).map((display) => kpiRow(report, display));
  const words = wordsFor(report.locale);
  const summary = summaryLines(report);
  const issues = report.dataQuality.sources.flatMap((source) => source.issues);
  return [
    `# ${escapeCell(titleLine(report))}`,
    "",
    `| ${header.map(escapeCell).join(" | ")} |`,
    `| ${header.map((_, i) => (i === 0 ? "---" : "---:")).join(" | ")} |`,
    ...rows.map((row) => `| ${row.map(escapeCell).join(" | ")} |`),
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
  ].join("\n");
}
