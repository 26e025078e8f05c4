import type { Report } from "../report.js";
import { reportComparisons } from "./display.js";

const cell = (value: string | number | null): string => {
  const text = value === null ? "" : String(value);
  return /[",\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
};

/**
 * A report as CSV, one row per KPI and period of its series (the reported period first is not
 * singled out: filter on `period`): exact decimal text, for spreadsheets and other tools.
 *
 * @param report - The report.
 * @returns The CSV text (RFC 4180, a header row, `\n` line ends).
 * @internal
 */
export function renderCsv(report: Report): string {
  const comparisons = reportComparisons(report);
  const header = [
    "period",
    "metric",
    "label",
    "unit",
    "value",
    "target",
    "target_min",
    "target_max",
    "variance",
    "variance_percent",
    "attainment",
    "status",
    "weight",
    ...comparisons.flatMap((kind) => [
      `${kind}_period`,
      `${kind}_value`,
      `${kind}_change`,
      `${kind}_change_percent`,
    ]),
  ];
  const lines = [header.join(",")];
  for (const kpi of report.kpis) {
    const target = kpi.target;
    lines.push(
      [
        report.period,
        kpi.id,
        kpi.label,
        kpi.unit,
        kpi.value,
        typeof target === "string" ? target : null,
        target !== null && typeof target === "object" ? target.min : null,
        target !== null && typeof target === "object" ? target.max : null,
        kpi.variance,
        kpi.variancePercent,
        kpi.attainment,
        kpi.status,
        kpi.weight,
        ...comparisons.flatMap((kind) => {
          const c = kpi.comparisons[kind];
          return [c?.period ?? null, c?.value ?? null, c?.change ?? null, c?.changePercent ?? null];
        }),
      ]
        .map(cell)
        .join(","),
    );
  }
  return `${lines.join("\n")}\n`;
}
