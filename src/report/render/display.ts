import { createFormatter, type Formatter } from "../../format/index.js";
import { catalog } from "../../metrics/index.js";
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
    ...intervalHeader(report),
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
    ...(report.review.intervals === null
      ? []
      : [showInterval(reportFormatter(report), display.kpi)]),
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

/** A percentage of a confidence level, such as `95%`. */
const confidenceText = (formatter: Formatter, confidence: string): string =>
  formatter.formatValue(confidence, "ratio");

/** How a KPI's interval is shown: `lower – upper`, with ⚠ for a small sample; empty without. @internal */
export function showInterval(formatter: Formatter, kpi: ReportKpi): string {
  const interval = kpi.interval;
  if (interval === null) return "";
  const unit = interval.model === "share" ? "ratio" : kpi.unit;
  const bounds = `${formatter.formatValue(interval.lower, unit)} – ${formatter.formatValue(interval.upper, unit)}`;
  return interval.smallSample ? `${bounds} ⚠` : bounds;
}

/** The header of the interval column, or none when the report has no intervals. @internal */
export function intervalHeader(report: Report): string[] {
  const settings = report.review.intervals;
  if (settings === null) return [];
  return [
    wordsFor(report.locale).interval(confidenceText(reportFormatter(report), settings.confidence)),
  ];
}

/** The rows of the KPIs by group: KPI, group, actual, target, attainment, status, comparisons. @internal */
export function groupTable(report: Report): { header: string[]; rows: string[][] } | null {
  if (report.groupBy === null) return null;
  const formatter = reportFormatter(report);
  const words = wordsFor(report.locale);
  const comparisons = reportComparisons(report);
  const first = report.kpis[0];
  const header = [
    words.kpi,
    report.groupBy,
    words.actual,
    words.target,
    words.attainment,
    words.status,
    ...comparisons.map((kind) => `${words.versus} ${first?.comparisons[kind]?.period ?? ""}`),
  ];
  const rows = report.kpis.flatMap((kpi) =>
    kpi.groups.map((group) => [
      kpi.label,
      group.group,
      showValue(formatter, group.value, kpi.unit),
      showTarget(formatter, group.target, kpi.unit),
      formatter.formatValue(group.attainment, "ratio"),
      formatter.statusLabel(group.status),
      ...comparisons.map((kind) =>
        showChange(formatter, group.comparisons[kind]?.changePercent ?? null),
      ),
    ]),
  );
  return { header, rows };
}

/** A decomposition as a table: driver, the other period, the period, contribution; and its title. @internal */
export function decompositionTables(
  report: Report,
): { title: string; header: string[]; rows: string[][] }[] {
  const formatter = reportFormatter(report);
  const words = wordsFor(report.locale);
  return report.review.decompositions.map((decomposition) => {
    const kpi = report.kpis.find((k) => decomposition.formula.startsWith(`${k.id} =`));
    const resultUnit = kpi?.unit ?? "count";
    const title = words.why(
      kpi?.label ?? decomposition.label,
      decomposition.from,
      decomposition.to,
    );
    const header = [words.driver, decomposition.from, decomposition.to, words.contribution];
    if (decomposition.reason !== null)
      return { title, header, rows: [[words.reviewNoData, "", "", ""]] };
    const unitOf = (name: string): MetricUnit =>
      report.kpis.find((k) => k.id === name)?.unit ??
      catalog.find((metric) => metric.id === name)?.unit ??
      "count";
    const signed = (value: string): string =>
      formatter.formatValue(value, resultUnit, { signDisplay: "exceptZero" });
    return {
      title,
      header,
      rows: [
        ...decomposition.contributions.map((part) => [
          part.label,
          formatter.formatValue(part.from, unitOf(part.name)),
          formatter.formatValue(part.to, unitOf(part.name)),
          signed(part.contribution),
        ]),
        [
          kpi?.label ?? decomposition.identity,
          formatter.formatValue(decomposition.fromValue, resultUnit),
          formatter.formatValue(decomposition.toValue, resultUnit),
          signed(decomposition.change ?? "0"),
        ],
      ],
    };
  });
}

/** The projection as lines of text, or none. @internal */
export function projectionLines(report: Report): { title: string; lines: string[] } | null {
  const projection = report.review.projection;
  if (projection === null) return null;
  const formatter = reportFormatter(report);
  const words = wordsFor(report.locale);
  const value = (text: string | null): string => formatter.formatValue(text, projection.unit);
  const lines = [
    `${words.soFar(projection.elapsedDays, projection.totalDays, projection.days === "business")}: ${value(projection.actualSoFar)}${projection.expectedSoFar === null ? "" : ` (${words.expected}: ${value(projection.expectedSoFar)})`}`,
    `${words.projected}: ${value(projection.projected)}`,
    `${words.band(confidenceText(formatter, projection.confidence))}: ${value(projection.lower)} – ${value(projection.upper)}`,
  ];
  if (projection.status !== null)
    lines.push(
      `${words.wouldBe}: ${formatter.statusLabel(projection.status)}${
        projection.lowerStatus === null || projection.upperStatus === null
          ? ""
          : ` (${words.bandStatus}: ${formatter.statusLabel(projection.lowerStatus)} – ${formatter.statusLabel(projection.upperStatus)})`
      }`,
    );
  return {
    title: words.projectionTitle(projection.label, report.period, projection.asOf),
    lines,
  };
}

/** The alerts as lines of text, or null when the spec has no alert rules. @internal */
export function alertLines(report: Report): string[] | null {
  const alerts = report.review.alerts;
  if (alerts === null) return null;
  const words = wordsFor(report.locale);
  return alerts.length === 0 ? [words.noAlerts] : alerts.map((alert) => alert.message);
}
