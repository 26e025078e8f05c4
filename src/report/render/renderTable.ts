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

/** The width of a text in a terminal (combining marks take none). */
const width = (text: string): number => [...text.normalize("NFC")].length;

/**
 * A report as a text table for a terminal: labels left, numbers right, rounded for display in the
 * report's locale.
 *
 * @param report - The report.
 * @returns The text, with a final newline.
 * @internal
 */
export function renderTable(report: Report): string {
  const words = wordsFor(report.locale);
  const table = (header: readonly string[], rows: readonly string[][], left = 1): string[] => {
    const widths = header.map((h, i) =>
      Math.max(width(h), ...rows.map((row) => width(row[i] ?? ""))),
    );
    const pad = (text: string, i: number): string => {
      const fill = " ".repeat(Math.max(0, (widths[i] ?? 0) - width(text)));
      return i < left ? text + fill : fill + text;
    };
    const line = (cells: readonly string[]): string => cells.map(pad).join("  ").trimEnd();
    return [line(header), widths.map((w) => "─".repeat(w)).join("  "), ...rows.map(line)];
  };
  const summary = summaryLines(report);
  const out = [
    titleLine(report),
    "",
    ...table(
      kpiHeader(report),
      displayKpis(report).map((display) => kpiRow(report, display)),
    ),
  ];
  const groups = groupTable(report);
  if (groups !== null && groups.rows.length > 0)
    out.push("", words.byGroup(report.groupBy as string), ...table(groups.header, groups.rows, 2));
  for (const decomposition of decompositionTables(report))
    out.push("", decomposition.title, ...table(decomposition.header, decomposition.rows));
  const projection = projectionLines(report);
  if (projection !== null) out.push("", projection.title, ...projection.lines);
  const alerts = alertLines(report);
  if (alerts !== null) out.push("", words.alerts, ...alerts.map((line) => `• ${line}`));
  out.push("", summary.scorecard, summary.dataQuality, "");
  return out.join("\n");
}
