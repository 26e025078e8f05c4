import { createFormatter, type Formatter } from "../../format/index.js";
import type { MetricUnit } from "../../model/types.js";
import { wordsFor } from "../messages.js";
import type { Report, ReportKpi, ReportTarget } from "../report.js";
import { COMPARISONS, type SpecComparison } from "../types.js";

/** The text of one KPI as people see it, rounded once from the exact values. @internal */
export interface DisplayKpi {
  readonly kpi: ReportKpi;
  readonly label: string;
  readonly value: string;
  readonly target: string;
  readonly attainment: string;
  readonly status: string;
  /** The change against each comparison, as a signed percentage. */
  readonly comparisons: Partial<Record<SpecComparison, string>>;
}

/** A report's formatter: the report's locale and currency bound once. @internal */
export function reportFormatter(report: Report): Formatter {
  return createFormatter({
    locale: report.locale,
    ...(report.currency === null ? {} : { currency: report.currency }),
  });
}

/**
 * How a value of a unit is shown: `formatValue` in the report's locale and currency.
 *
 * @internal
 */
export function showValue(formatter: Formatter, value: string | null, unit: MetricUnit): string {
  return formatter.formatValue(value, unit);
}

/** How a target is shown: a value, or `min – max`. @internal */
export function showTarget(formatter: Formatter, target: ReportTarget, unit: MetricUnit): string {
  if (target === null) return formatter.formatValue(null, unit);
  if (typeof target === "string") return formatter.formatValue(target, unit);
  return `${formatter.formatValue(target.min, unit)} – ${formatter.formatValue(target.max, unit)}`;
}

/** How a change is shown: a signed percentage. @internal */
export function showChange(formatter: Formatter, value: string | null): string {
  return formatter.formatValue(value, "ratio", { signDisplay: "exceptZero" });
}

/**
 * The comparisons a report carries, in the order of the vocabulary.
 *
 * @internal
 */
export function reportComparisons(report: Report): SpecComparison[] {
  return COMPARISONS.filter((kind) =>
    report.kpis.some((kpi) => kpi.comparisons[kind] !== undefined),
  );
}

/**
 * Every KPI of a report as text, for the table, Markdown and HTML formats.
 *
 * @internal
 */
export function displayKpis(report: Report): DisplayKpi[] {
  const formatter = reportFormatter(report);
  return report.kpis.map((kpi) => {
    const comparisons: Partial<Record<SpecComparison, string>> = {};
    for (const kind of reportComparisons(report)) {
      comparisons[kind] = showChange(formatter, kpi.comparisons[kind]?.changePercent ?? null);
    }
    return {
      kpi,
      label: kpi.label,
      value: showValue(formatter, kpi.value, kpi.unit),
      target: showTarget(formatter, kpi.target, kpi.unit),
      attainment: formatter.formatValue(kpi.attainment, "ratio"),
      status: formatter.statusLabel(kpi.status),
      comparisons,
    };
  });
}

/** The header of the KPI table: KPI, actual, target, attainment, status, one column per comparison. @internal */
export function kpiHeader(report: Report): string[] {
  const words = wordsFor(report.locale);
  const first = report.kpis[0];
  return [
    words.kpi,
    words.actual,
    words.target,
    words.attainment,
    words.status,
    ...reportComparisons(report).map(
      (kind) => `${words.versus} ${first?.comparisons[kind]?.period ?? ""}`,
    ),
  ];
}

/** The cells of one KPI's row. @internal */
export function kpiRow(report: Report, display: DisplayKpi): string[] {
  return [
    display.label,
    display.value,
    display.target,
    display.attainment,
    display.status,
    ...reportComparisons(report).map((kind) => display.comparisons[kind] ?? ""),
  ];
}

/** The scorecard line and the data-quality line. @internal */
export function summaryLines(report: Report): { scorecard: string; dataQuality: string } {
  const formatter = reportFormatter(report);
  const words = wordsFor(report.locale);
  const rows = new Intl.NumberFormat(report.locale).format(report.dataQuality.rows);
  return {
    scorecard: `${words.scorecard}: ${formatter.formatValue(report.scorecard.score, "ratio")} — ${formatter.statusLabel(report.scorecard.status)}`,
    dataQuality: `${words.dataQuality}: ${rows} ${words.rowsRead}, ${report.dataQuality.problems} ${words.problems}`,
  };
}

/** The title line. @internal */
export function titleLine(report: Report): string {
  const words = wordsFor(report.locale);
  return `${words.report}${report.title === null ? "" : ` — ${report.title}`} — ${report.period} (${report.timeZone})`;
}
