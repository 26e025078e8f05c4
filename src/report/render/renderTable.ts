import type { Report } from "../report.js";
import { displayKpis, kpiHeader, kpiRow, summaryLines, titleLine } from "./display.js";

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
  const header = kpiHeader(report);
  const rows = displayKpis(report).map((display) => kpiRow(report, display));
  const widths = header.map((h, i) =>
    Math.max(width(h), ...rows.map((row) => width(row[i] ?? ""))),
  );
  const pad = (text: string, i: number): string => {
    const fill = " ".repeat(Math.max(0, (widths[i] ?? 0) - width(text)));
    return i === 0 ? text + fill : fill + text;
  };
  const line = (cells: readonly string[]): string => cells.map(pad).join("  ").trimEnd();
  const summary = summaryLines(report);
  return [
    titleLine(report),
    "",
    line(header),
    widths.map((w) => "─".repeat(w)).join("  "),
    ...rows.map(line),
    "",
    summary.scorecard,
    summary.dataQuality,
    "",
  ].join("\n");
}
