import { readFileSync } from "node:fs";
import { basename, resolve } from "node:path";
import { type AnyMeasure, aggregateAsync, type Series } from "../aggregate/index.js";
import type { Decimal } from "../core/decimal.js";
import { isKpiError, KpiError, makeIssue } from "../core/errors.js";
import { describe } from "../core/messages.js";
import { unreachable } from "../core/unreachable.js";
import { label } from "../format/index.js";
import type { AnyMetric } from "../model/types.js";
import {
  type Period,
  parsePeriod,
  periodRange,
  previousPeriod,
  samePeriodLastYear,
} from "../period/index.js";
import {
  type Evaluation,
  evaluate,
  parseTargets,
  scorecard,
  type TargetSpec,
} from "../target/index.js";
import type { LoadedSpec } from "./loadSpec.js";
import { toMeasure } from "./measures.js";
import * as REPORT_EXPECTED from "./messages.js";
import { type RowIssue, readFileSource } from "./readFileSource.js";
import type {
  Report,
  ReportComparison,
  ReportKpi,
  ReportSourceQuality,
  ReportTarget,
} from "./report.js";
import { runDatabaseSource } from "./runDatabaseSource.js";
import { databaseLabel } from "./sqlPlans.js";
import type { SpecComparison, SpecSource } from "./types.js";

/** How far the reading of a source has come, for a progress line. @internal */
export interface ReportProgress {
  readonly source: string;
  readonly rows: number;
  readonly bytes: number;
  readonly size: number;
  readonly elapsedMs: number;
}

/** Options of {@link buildReport}. @internal */
export interface BuildReportOptions {
  /** The period reported (default: the spec's `period`, else the last period with data). */
  readonly period?: string;
  /** The language and number format (default: the spec's `locale`, else `id-ID`). */
  readonly locale?: string;
  /** Called every 10,000 rows of a file source and at its end. */
  readonly onProgress?: (progress: ReportProgress) => void;
}

const MAX_LISTED_ISSUES = 100;
const text = (value: Decimal | null): string | null => (value === null ? null : value.toString());

function targetText(target: Evaluation["target"]): ReportTarget {
  if (target === null) return null;
  if ("min" in target) return { min: target.min.toString(), max: target.max.toString() };
  return target.toString();
}

/** The values of every measure, by measure name and period key. */
type Values = Map<string, Map<string, Decimal | null>>;

function collect(
  series: Series<Record<string, AnyMeasure>>,
  values: Values,
  withData: Set<string>,
): void {
  for (const cell of series.cells) {
    if (cell.records > 0) withData.add(cell.period.key);
    for (const [name, value] of Object.entries(cell.values)) {
      let byPeriod = values.get(name);
      if (byPeriod === undefined) {
        byPeriod = new Map();
        values.set(name, byPeriod);
      }
      byPeriod.set(cell.period.key, value as Decimal | null);
    }
  }
}

function readTargets(loaded: LoadedSpec, custom: readonly AnyMetric[]): TargetSpec[] {
  const files = loaded.spec.targets === undefined ? [] : [loaded.spec.targets].flat();
  return files.flatMap((file) => {
    const path = resolve(loaded.dir, file);
    let content: string;
    try {
      content = readFileSync(path, "utf8");
    } catch (error) {
      throw new KpiError([
        makeIssue({
          code: "invalid_target",
          subject: basename(loaded.file),
          path: ["targets"],
          where: `targets file ${JSON.stringify(file)}`,
          expected: REPORT_EXPECTED.readableFile,
          received: describe((error as Error).message),
        }),
      ]);
    }
    try {
      return [
        ...parseTargets(content, {
          ...(loaded.spec.calendar === undefined ? {} : { calendar: loaded.spec.calendar }),
          metrics: custom,
        }),
      ];
    } catch (error) {
      if (!isKpiError(error)) throw error;
      // The same problems, named after the file rather than the function.
      throw new KpiError(
        error.issues.map((issue) => ({
          ...issue,
          message: issue.message.replace(/^parseTargets: /, `${basename(path)}: `),
        })),
      );
    }
  });
}

/**
 * Builds a report from a checked spec with the library's public functions: each source is
 * aggregated (`aggregateAsync` over the checked rows of a file, or `toSql` + `seriesFromRows` in a
 * database), each KPI is its metric applied to the measures of each period (`metric.evaluate`),
 * judged against its target (`parseTargets`, `evaluate`), compared with the previous period and
 * the same period last year, and the KPIs of the period are scored (`scorecard`). Numbers are
 * exact decimal text.
 *
 * @param loaded - The checked spec (from `loadSpec`).
 * @param options - The period, locale and a progress callback.
 * @returns The report.
 * @throws {KpiError} for a bad row (with `onInvalid: "throw"`), a bad targets file, a period
 * without data, or a metric's own errors.
 * @internal
 */
export async function buildReport(
  loaded: LoadedSpec,
  options: BuildReportOptions = {},
): Promise<Report> {
  const { spec } = loaded;
  const subject = basename(loaded.file);
  const granularity = spec.granularity ?? "month";
  const calendar = spec.calendar;
  const locale = options.locale ?? spec.locale ?? "id-ID";
  const onInvalid = spec.onInvalid ?? "throw";
  const range =
    spec.range === undefined
      ? undefined
      : { from: parsePeriod(spec.range.from, calendar), to: parsePeriod(spec.range.to, calendar) };
  const values: Values = new Map();
  /** The periods with data, per source. */
  const withDataBySource: Set<string>[] = [];
  const quality: ReportSourceQuality[] = [];
  let firstPeriod: Period | undefined;
  let lastPeriod: Period | undefined;
  const span = (series: Series<Record<string, AnyMeasure>>): void => {
    const first = series.periods[0];
    const last = series.periods[series.periods.length - 1];
    if (first !== undefined && (firstPeriod === undefined || first.start < firstPeriod.start))
      firstPeriod = first;
    if (last !== undefined && (lastPeriod === undefined || last.start > lastPeriod.start))
      lastPeriod = last;
  };

  for (const [name, source] of Object.entries(spec.sources) as [string, SpecSource][]) {
    if ("file" in source) {
      const started = Date.now();
      const read = readFileSource({ name, source, dir: loaded.dir, onInvalid });
      const measures = Object.fromEntries(
        Object.entries(source.measures).map(([measureName, measure]) => [
          measureName,
          toMeasure(
            measure,
            read.file.toLowerCase().endsWith(".csv") || source.type === "csv",
            true,
          ),
        ]),
      );
      const progress = (): void => {
        const counts = read.counts();
        options.onProgress?.({
          source: name,
          rows: counts.rows,
          bytes: counts.bytes,
          size: counts.size,
          elapsedMs: Date.now() - started,
        });
      };
      const series = await aggregateAsync(read.rows, {
        date: typeof source.date === "string" ? source.date : source.date.column,
        granularity,
        ...(calendar === undefined ? {} : { calendar }),
        measures,
        ...(range === undefined ? {} : { range }),
        onInvalid,
        allowAllRejected: true,
        ...(options.onProgress === undefined ? {} : { onProgress: progress }),
      });
      const withData = new Set<string>();
      withDataBySource.push(withData);
      collect(series, values, withData);
      span(series);
      const counts = read.counts();
      const issues: RowIssue[] = [
        ...read.issues,
        ...series.report.issues.map((issue) => ({
          source: name,
          file: read.file,
          line: null,
          column: null,
          record: issue.index,
          field: issue.field,
          received: issue.value,
          expected: issue.expected,
          message: issue.message,
        })),
      ];
      quality.push({
        source: name,
        file: read.file,
        rows: counts.rows,
        accepted: series.report.accepted,
        rejected: counts.rejected + series.report.rejected,
        filtered: counts.filtered,
        outsideRange: series.report.outsideRange,
        issues: issues.slice(0, MAX_LISTED_ISSUES),
      });
    } else {
      const all = await runDatabaseSource(loaded, name);
      const withData = new Set<string>();
      withDataBySource.push(withData);
      for (const series of all) {
        collect(series, values, withData);
        span(series);
      }
      const report = all[0]?.report;
      quality.push({
        source: name,
        file: databaseLabel(name, source),
        rows: report?.records ?? 0,
        accepted: report?.accepted ?? 0,
        rejected: report?.rejected ?? 0,
        filtered: 0,
        outsideRange: report?.outsideRange ?? 0,
        issues: [],
      });
    }
  }

  const periods =
    firstPeriod === undefined || lastPeriod === undefined
      ? []
      : periodRange(firstPeriod, lastPeriod, granularity, calendar);
  const keys = periods.map((period) => period.key);
  // By default the last period every source has data for (a source whose data stops earlier would
  // read as zeros), else the last period with any data.
  const inEvery = keys.filter((key) => withDataBySource.every((set) => set.has(key)));
  const inAny = keys.filter((key) => withDataBySource.some((set) => set.has(key)));
  const requested = options.period ?? spec.period;
  const reportKey = requested ?? inEvery[inEvery.length - 1] ?? inAny[inAny.length - 1];
  if (reportKey === undefined || !keys.includes(reportKey)) {
    throw new KpiError([
      makeIssue({
        code: "invalid_period",
        subject,
        path: ["period"],
        where: requested === undefined ? "the data" : "the period",
        expected:
          keys.length === 0
            ? REPORT_EXPECTED.anyData
            : REPORT_EXPECTED.dataInPeriod(keys[0] as string, keys[keys.length - 1] as string),
        received: describe(requested ?? null),
      }),
    ]);
  }
  const period = parsePeriod(reportKey, calendar);
  // The series run from the first period with data to the period reported.
  const seriesKeys = keys.slice(0, keys.indexOf(reportKey) + 1);
  const custom = loaded.metrics.filter((_, index) => spec.metrics[index]?.module !== undefined);
  const targets = readTargets(loaded, custom);

  const metricValue = (
    metric: AnyMetric,
    index: number,
    key: string,
  ): { value: Decimal | null; reason: string | null } => {
    const entry = spec.metrics[index];
    const inputs: Record<string, Decimal | number> = {};
    for (const [input, mapped] of Object.entries(entry?.inputs ?? {})) {
      if (typeof mapped === "number") {
        inputs[input] = mapped;
        continue;
      }
      const value = values.get(mapped)?.get(key);
      if (value === undefined || value === null) return { value: null, reason: "no_data" };
      inputs[input] = value;
    }
    const result = metric.evaluate(inputs as never);
    return { value: result.value, reason: result.reason };
  };
  const targetOf = (metric: AnyMetric, key: string): TargetSpec | undefined =>
    targets.find(
      (target) =>
        target.metricId === metric.id && target.period.key === key && target.group === null,
    );
  const judge = (metric: AnyMetric, actual: Decimal | null, key: string): Evaluation => {
    const target = targetOf(metric, key);
    return evaluate({
      metric,
      actual,
      target: target?.target ?? null,
      ...(target?.bands == null ? {} : { bands: target.bands }),
    });
  };
  const comparisonKey = (kind: SpecComparison): string => {
    switch (kind) {
      case "previous_period":
        return previousPeriod(period).key;
      case "same_period_last_year":
        return samePeriodLastYear(period).key;
      default:
        return unreachable(kind, "comparison");
    }
  };

  const kpis: ReportKpi[] = loaded.metrics.map((metric, index) => {
    const current = metricValue(metric, index, period.key);
    const evaluation = judge(metric, current.value, period.key);
    const comparisons: Partial<Record<SpecComparison, ReportComparison>> = {};
    for (const kind of spec.comparisons ?? []) {
      const key = comparisonKey(kind);
      const other = metricValue(metric, index, key).value;
      const change = current.value === null || other === null ? null : current.value.minus(other);
      comparisons[kind] = {
        period: key,
        value: text(other),
        change: text(change),
        changePercent:
          change === null || other === null || other.isZero()
            ? null
            : change.div(other.abs()).toString(),
      };
    }
    const target = targetOf(metric, period.key);
    return {
      id: metric.id,
      label: label(metric, locale),
      unit: metric.unit,
      direction: metric.direction,
      value: text(current.value),
      reason: current.reason,
      target: targetText(evaluation.target),
      variance: text(evaluation.variance),
      variancePercent: text(evaluation.variancePercent),
      attainment: text(evaluation.attainment),
      status: evaluation.status,
      weight: target?.weight == null ? null : target.weight.toString(),
      comparisons,
      series: seriesKeys.map((key) => {
        const point = metricValue(metric, index, key).value;
        const judged = judge(metric, point, key);
        return {
          period: key,
          value: text(point),
          target: targetText(judged.target),
          status: judged.status,
        };
      }),
    };
  });

  const card = scorecard(
    loaded.metrics.map((metric, index) => {
      const target = targetOf(metric, period.key);
      return {
        metric,
        actual: metricValue(metric, index, period.key).value,
        target: target?.target ?? null,
        ...(target?.bands == null ? {} : { bands: target.bands }),
        ...(target?.weight == null ? {} : { weight: target.weight }),
      };
    }),
    { locale },
  );

  return {
    title: spec.title ?? null,
    locale,
    currency: spec.currency ?? null,
    timeZone: period.calendar.timeZone,
    granularity,
    period: period.key,
    periods: seriesKeys,
    kpis,
    scorecard: { score: text(card.score), status: card.status },
    dataQuality: {
      rows: quality.reduce((total, source) => total + source.rows, 0),
      problems: quality.reduce((total, source) => total + source.rejected, 0),
      sources: quality,
    },
  };
}
