import type { Report, ReportKpi, ReportKpiValues } from "../report.js";
import { reportComparisons } from "./display.js";

const cell = (value: string | number | boolean | null): string => {
  const text = value === null ? "" : String(value);
  return /[",\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
};

/**
 * A report as CSV, one row per KPI (exact decimal text, for spreadsheets and other tools). With a
 * `groupBy`, a `group` column and one more row per KPI and group (the whole has an empty group);
 * with intervals, the interval's columns; with a projection, the projection's columns on its KPI's
 * row; with alert rules, the ids of the rules fired on each row; with decompositions, one row per
 * factor of each (`metric` is `identity:factor`, with the other period's value and the
 * contribution).
 *
 * @param report - The report.
 * @returns The CSV text (RFC 4180, a header row, `\n` line ends).
 * @internal
 */
export function renderCsv(report: Report): string {
  const comparisons = reportComparisons(report);
  const grouped = report.groupBy !== null;
  const intervals = report.review.intervals !== null;
  const projection = report.review.projection;
  const alerts = report.review.alerts;
  const decompositions = report.review.decompositions.length > 0;
  const header = [
    "period",
    "metric",
    ...(grouped ? ["group"] : []),
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
    ...(intervals ? ["interval_lower", "interval_upper", "interval_n", "small_sample"] : []),
    ...(projection === null
      ? []
      : ["projected", "projected_lower", "projected_upper", "projected_status", "projected_as_of"]),
    ...(alerts === null ? [] : ["alerts"]),
    ...(decompositions ? ["decomposition_from", "contribution"] : []),
  ];
  const row = (kpi: ReportKpi, values: ReportKpiValues, group: string | null): string => {
    const target = values.target;
    const whole = group === null;
    const projected = projection !== null && projection.metric === kpi.id && whole;
    return [
      report.period,
      kpi.id,
      ...(grouped ? [group] : []),
      kpi.label,
      kpi.unit,
      values.value,
      typeof target === "string" ? target : null,
      target !== null && typeof target === "object" ? target.min : null,
      target !== null && typeof target === "object" ? target.max : null,
      values.variance,
      values.variancePercent,
      values.attainment,
      values.status,
      whole ? kpi.weight : null,
      ...comparisons.flatMap((kind) => {
        const c = values.comparisons[kind];
        return [c?.period ?? null, c?.value ?? null, c?.change ?? null, c?.changePercent ?? null];
      }),
      ...(intervals
        ? whole && kpi.interval !== null
          ? [kpi.interval.lower, kpi.interval.upper, kpi.interval.n, kpi.interval.smallSample]
          : [null, null, null, null]
        : []),
      ...(projection === null
        ? []
        : projected
          ? [
              projection.projected,
              projection.lower,
              projection.upper,
              projection.status,
              projection.asOf,
            ]
          : [null, null, null, null, null]),
      ...(alerts === null
        ? []
        : [
            alerts
              .filter((alert) => alert.metric === kpi.id && alert.group === group)
              .map((alert) => alert.rule)
              .join(";"),
          ]),
      ...(decompositions ? [null, null] : []),
    ]
      .map(cell)
      .join(",");
  };
  const lines = [header.join(",")];
  for (const kpi of report.kpis) {
    lines.push(row(kpi, kpi, null));
    for (const group of kpi.groups) lines.push(row(kpi, group, group.group));
  }
  const width = header.length;
  for (const decomposition of report.review.decompositions) {
    for (const part of decomposition.contributions) {
      const fields: (string | null)[] = new Array(width).fill(null);
      const set = (column: string, value: string | null): void => {
        fields[header.indexOf(column)] = value;
      };
      set("period", decomposition.to);
      set("metric", `${decomposition.identity}:${part.name}`);
      set("label", part.label);
      set("value", part.to);
      set("decomposition_from", part.from);
      set("contribution", part.contribution);
      lines.push(fields.map(cell).join(","));
    }
  }
  return `${lines.join("\n")}\n`;
}
