import type { Report } from "../report.js";

/**
 * A report as JSON: every number exact decimal text, nothing rounded.
 *
 * @param report - The report.
 * @returns The JSON text, with a final newline.
 * @internal
 */
export function renderJson(report: Report): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
