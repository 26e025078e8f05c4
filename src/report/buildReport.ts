import { readFileSync } from "node:fs";
import { basename, resolve } from "node:path";
import {
  type AggregateOptions,
  type AnyMeasure,
  aggregate,
  count,
  mergeSeries,
  type Series,
} from "../aggregate/index.js";
import type { Decimal } from "../core/decimal.js";
import { isKpiError, KpiError, makeIssue } from "../core/errors.js";
import { describe } from "../core/messages.js";
import { toDecimal } from "../core/numeric.js";
import { unreachable } from "../core/unreachable.js";
import { type CustomerActivityPeriod, customerActivity } from "../customers/index.js";
import { label } from "../format/index.js";
import type { AnyMetric } from "../model/types.js";
import {
  type Period,
  parsePeriod,
  periodOf,
  periodRange,
  previousPeriod,
  resolveCalendar,
  samePeriodLastYear,
} from "../period/index.js";
import {
  type AlertPoint,
  type AlertSeries,
  evaluateAlerts,
  explainChange,
  intervalOf,
  type MetricInterval,
} from "../review/index.js";
import {
  type Evaluation,
  evaluate,
  pace,
  parseTargets,
  scorecard,
  type TargetSpec,
} from "../target/index.js";
import { fileType, type LoadedSpec } from "./loadSpec.js";
import { toMeasure } from "./measures.js";
import * as REPORT_EXPECTED from "./messages.js";
import { type RowIssue, readFileSource } from "./readFileSource.js";
import type {
  Report,
  ReportAlert,
  ReportComparison,
  ReportDecomposition,
  ReportInterval,
  ReportKpi,
  ReportKpiValues,
  ReportProjection,
  ReportSourceQuality,
  ReportTarget,
} from "./report.js";
import type { ResolvedQuantity } from "./resolveReview.js";
import { runDatabaseSource } from "./runDatabaseSource.js";
import { groupColumn } from "./sourceColumns.js";
import { databaseLabel } from "./sqlPlans.js";
import type {
  CustomerCount,
  SpecComparison,
  SpecFileOrigin,
  SpecSource,
  SpecValueOf,
} from "./types.js";

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
  /** Called about every 10,000 rows of a file source and at its end. */
  readonly onProgress?: (progress: ReportProgress) => void;
}

const MAX_LISTED_ISSUES = 100;
/** Records between two progress calls. */
const PROGRESS_EVERY = 10_000;
const text = (value: Decimal | null): string | null => (value === null ? null : value.toString());

function targetText(target: Evaluation["target"]): ReportTarget {
  if (target === null) return null;
  if ("min" in target) return { min: target.min.toString(), max: target.max.toString() };
  return target.toString();
}

/** The key of a cell of values: its period, and its group (none for the whole). */
const cellKey = (period: string, group: string | null): string =>
  group === null ? period : `${period}\u0000${group}`;

/** The values of every measure, by measure name and cell key. */
type Values = Map<string, Map<string, Decimal | null>>;

function setValue(values: Values, measure: string, key: string, value: Decimal | null): void {
  let byCell = values.get(measure);
  if (byCell === undefined) {
    byCell = new Map();
    values.set(measure, byCell);
  }
  byCell.set(key, value);
}

/**
 * The values of a series' cells, and of each period's whole when the series is grouped: the
 * states of the period's groups merged (`mergeInto`) and finalized, so distinct counts are of the
 * whole period, not sums of the groups'.
 */
function collect(
  series: Series<Record<string, AnyMeasure>>,
  values: Values,
  withData: Set<string>,
  groups: Set<string>,
  wholeFromGroups: boolean,
): void {
  const merged = new Map<string, { records: number; states: Record<string, unknown> }>();
  for (const cell of series.cells) {
    const group = cell.group === null ? null : String(cell.group);
    if (group !== null) groups.add(group);
    if (cell.records > 0 && (group === null || wholeFromGroups)) withData.add(cell.period.key);
    for (const [name, value] of Object.entries(cell.values))
      setValue(values, name, cellKey(cell.period.key, group), value as Decimal | null);
    if (group === null || !wholeFromGroups) continue;
    let whole = merged.get(cell.period.key);
    if (whole === undefined) {
      whole = {
        records: 0,
        states: Object.fromEntries(
          Object.entries(series.measures).map(([name, measure]) => [name, measure.empty()]),
        ),
      };
      merged.set(cell.period.key, whole);
    }
    whole.records += cell.records;
    for (const [name, measure] of Object.entries(series.measures))
      measure.mergeInto(whole.states[name], (cell.states as Record<string, unknown>)[name]);
  }
  for (const [period, whole] of merged) {
    for (const [name, measure] of Object.entries(series.measures))
      setValue(values, name, period, measure.finalize(whole.states[name]) as Decimal | null);
  }
}

/** The name of the count aggregated for a source whose measures are all customer counts. */
const ROWS = "\u0000rows";

/** The batches, each record also kept in `kept` (for customer activity). */
async function* keepInto(
  batches: AsyncIterable<Record<string, unknown>[]>,
  kept: Record<string, unknown>[],
): AsyncGenerator<Record<string, unknown>[]> {
  for await (const batch of batches) {
    for (const record of batch) kept.push(record);
    yield batch;
  }
}

/** A customer count of a period of customerActivity. */
function customerCount(period: CustomerActivityPeriod, kind: CustomerCount): Decimal {
  switch (kind) {
    case "at_start":
      return period.customersAtStart;
    case "at_end":
      return period.customersAtEnd;
    case "new":
      return period.newCustomers;
    case "reactivated":
      return period.reactivatedCustomers;
    case "retained":
      return period.retainedCustomers;
    case "lost":
      return period.lostCustomers;
    case "repeat":
      return period.repeatCustomers;
    default:
      return unreachable(kind, "customer count");
  }
}

/**
 * `aggregate` over batches of records, each batch's series merged into the others' (`mergeSeries`:
 * the states merge exactly, so the series is the one of all the records at once); `indexOffset`
 * keeps the records' positions. One synchronous aggregate per chunk of the file rather than an
 * await per record.
 */
async function aggregateBatches(
  batches: AsyncIterable<Record<string, unknown>[]>,
  options: AggregateOptions<Record<string, unknown>, Record<string, AnyMeasure>>,
  onBatch?: () => void,
): Promise<Series<Record<string, AnyMeasure>>> {
  let series: Series<Record<string, AnyMeasure>> | undefined;
  let offset = 0;
  let reported = 0;
  for await (const batch of batches) {
    const part = aggregate(batch, { ...options, indexOffset: offset });
    offset += batch.length;
    series = series === undefined ? part : mergeSeries(series, part);
    if (onBatch !== undefined && offset - reported >= PROGRESS_EVERY) {
      reported = offset;
      onBatch();
    }
  }
  onBatch?.();
  return series ?? aggregate([], options);
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
          where: REPORT_EXPECTED.targetsFilePlace(file, ""),
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
  const { spec, review } = loaded;
  const subject = basename(loaded.file);
  const granularity = spec.granularity ?? "month";
  const calendar = spec.calendar;
  const locale = options.locale ?? spec.locale ?? "id-ID";
  const language = locale.toLowerCase().startsWith("id") ? "id" : "en";
  const onInvalid = spec.onInvalid ?? "throw";
  const range =
    spec.range === undefined
      ? undefined
      : { from: parsePeriod(spec.range.from, calendar), to: parsePeriod(spec.range.to, calendar) };
  const values: Values = new Map();
  /** The periods with data, per source. */
  const withDataBySource: Set<string>[] = [];
  const quality: ReportSourceQuality[] = [];
  const groupSet = new Set<string>();
  const groupedSources = new Set<string>();
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
  const dateColumn = (source: SpecSource): string =>
    typeof source.date === "string" ? source.date : source.date.column;
  /** The measures of a file source for aggregate (all of them, or some). */
  const fileMeasures = (
    source: SpecSource & SpecFileOrigin,
    only?: readonly string[],
  ): Record<string, AnyMeasure> => {
    const asText = fileType(source.file, source.type) === "csv";
    return Object.fromEntries(
      Object.entries(source.measures)
        .filter(
          ([measureName, measure]) =>
            !("customers" in measure) && (only === undefined || only.includes(measureName)),
        )
        .map(([measureName, measure]) => {
          const rates = loaded.rates.get(measureName);
          return [
            measureName,
            toMeasure(
              measure,
              asText,
              true,
              rates === undefined
                ? undefined
                : {
                    rates,
                    to: spec.currency ?? "",
                    date: dateColumn(source),
                    timeZone: resolveCalendar(calendar).timeZone,
                  },
            ),
          ];
        }),
    );
  };

  for (const [name, source] of Object.entries(spec.sources) as [string, SpecSource][]) {
    const group = groupColumn(source, spec.groupBy);
    if (group !== undefined) groupedSources.add(name);
    if ("file" in source) {
      const started = Date.now();
      const read = readFileSource({
        name,
        source,
        dir: loaded.dir,
        onInvalid,
        ...(spec.groupBy === undefined ? {} : { groupBy: spec.groupBy }),
      });
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
      const customers = Object.entries(source.measures).filter(
        (
          entry,
        ): entry is [string, { readonly customers: CustomerCount | readonly CustomerCount[] }] =>
          "customers" in entry[1],
      );
      // Customer activity needs each customer's history: the rows' date, customer and order are
      // kept for it (only for a source with "customers" measures).
      const kept: Record<string, unknown>[] = [];
      const measures = fileMeasures(source);
      const series = await aggregateBatches(
        customers.length === 0 ? read.batches : keepInto(read.batches, kept),
        {
          date: dateColumn(source),
          granularity,
          ...(calendar === undefined ? {} : { calendar }),
          ...(group === undefined ? {} : { groupBy: group }),
          measures: Object.keys(measures).length === 0 ? { [ROWS]: count() } : measures,
          ...(range === undefined ? {} : { range }),
          onInvalid,
          allowAllRejected: true,
        },
        options.onProgress === undefined ? undefined : progress,
      );
      const withData = new Set<string>();
      withDataBySource.push(withData);
      collect(series, values, withData, groupSet, group !== undefined);
      if (customers.length > 0) {
        const activity = customerActivity(kept, {
          date: dateColumn(source),
          customer: source.customer as string,
          ...(source.order === undefined ? {} : { order: source.order }),
          granularity,
          ...(calendar === undefined ? {} : { calendar }),
          ...(range === undefined ? {} : { range }),
          onInvalid,
          allowAllRejected: true,
        });
        for (const activityPeriod of activity.periods) {
          for (const [measureName, measure] of customers) {
            const value = [measure.customers]
              .flat()
              .map((kind) => customerCount(activityPeriod, kind))
              .reduce((a, b) => a.plus(b));
            setValue(values, measureName, activityPeriod.period.key, value);
          }
        }
      }
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
        collect(series, values, withData, groupSet, false);
        span(series);
      }
      // The groups come from the database too: a query grouped by the dimension's column.
      if (group !== undefined) {
        for (const series of await runDatabaseSource(loaded, name, { grouped: true }))
          collect(series, values, new Set(), groupSet, false);
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
  const groups = [...groupSet].sort();

  /** What a metric input reads, in a period and group: a number, a measure, a sum of measures. */
  const mappedValue = (
    mapped: SpecValueOf,
    key: string,
    group: string | null,
  ): Decimal | number | null => {
    if (typeof mapped === "number") return mapped;
    let total: Decimal | null = null;
    for (const measure of typeof mapped === "string" ? [mapped] : mapped) {
      const value = values.get(measure)?.get(cellKey(key, group));
      if (value === undefined || value === null) return null;
      total = total === null ? value : total.plus(value);
    }
    return total;
  };
  const inputsOf = (
    inputs: Readonly<Record<string, SpecValueOf>>,
    key: string,
    group: string | null,
  ): Record<string, Decimal | number> | null => {
    const result: Record<string, Decimal | number> = {};
    for (const [input, mapped] of Object.entries(inputs)) {
      const value = mappedValue(mapped, key, group);
      if (value === null) return null;
      result[input] = value;
    }
    return result;
  };
  const metricValue = (
    metric: AnyMetric,
    index: number,
    key: string,
    group: string | null = null,
  ): { value: Decimal | null; reason: string | null } => {
    const inputs = inputsOf(spec.metrics[index]?.inputs ?? {}, key, group);
    if (inputs === null) return { value: null, reason: "no_data" };
    const result = metric.evaluate(inputs as never);
    return { value: result.value, reason: result.reason };
  };
  /** Whether every measure a KPI reads comes from a source with the groupBy dimension. */
  const groupable = (index: number): boolean =>
    groups.length > 0 &&
    Object.values(spec.metrics[index]?.inputs ?? {}).every(
      (mapped) =>
        typeof mapped === "number" ||
        [mapped].flat().every((measure) => {
          const sourceName = loaded.measureSource.get(measure) ?? "";
          const shape = spec.sources[sourceName]?.measures[measure];
          return groupedSources.has(sourceName) && shape !== undefined && !("customers" in shape);
        }),
    );
  const targetOf = (
    metric: AnyMetric,
    key: string,
    group: string | null = null,
  ): TargetSpec | undefined =>
    targets.find(
      (target) =>
        target.metricId === metric.id && target.period.key === key && target.group === group,
    );
  const judge = (
    metric: AnyMetric,
    actual: Decimal | null,
    key: string,
    group: string | null = null,
  ): Evaluation => {
    const target = targetOf(metric, key, group);
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
  const kpiValues = (metric: AnyMetric, index: number, group: string | null): ReportKpiValues => {
    const current = metricValue(metric, index, period.key, group);
    const evaluation = judge(metric, current.value, period.key, group);
    const comparisons: Partial<Record<SpecComparison, ReportComparison>> = {};
    for (const kind of spec.comparisons ?? []) {
      const key = comparisonKey(kind);
      const other = metricValue(metric, index, key, group).value;
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
    return {
      value: text(current.value),
      reason: current.reason,
      target: targetText(evaluation.target),
      variance: text(evaluation.variance),
      variancePercent: text(evaluation.variancePercent),
      attainment: text(evaluation.attainment),
      status: evaluation.status,
      comparisons,
      series: seriesKeys.map((key) => {
        const point = metricValue(metric, index, key, group).value;
        const judged = judge(metric, point, key, group);
        return {
          period: key,
          value: text(point),
          target: targetText(judged.target),
          status: judged.status,
        };
      }),
    };
  };
  const intervalSettings = review.intervals;
  const intervalAt = (
    metric: AnyMetric,
    index: number,
    key: string,
    group: string | null = null,
  ): MetricInterval["interval"] => {
    const inputs = inputsOf(spec.metrics[index]?.inputs ?? {}, key, group);
    if (inputs === null) return null;
    return intervalOf(metric as never, inputs as never, {
      ...(intervalSettings?.confidence === undefined
        ? {}
        : { confidence: intervalSettings.confidence }),
      ...(intervalSettings?.method === undefined ? {} : { method: intervalSettings.method }),
      ...(intervalSettings?.minimum === undefined ? {} : { minimum: intervalSettings.minimum }),
    }).interval;
  };
  const reportInterval = (interval: MetricInterval["interval"]): ReportInterval | null =>
    interval === null
      ? null
      : {
          model: interval.model,
          method: interval.method,
          confidence: interval.confidence.toString(),
          n: String(interval.n),
          lower: text(interval.lower),
          upper: text(interval.upper),
          smallSample: interval.smallSample.flag,
          smallSampleReason: interval.smallSample.reason,
        };

  const kpis: ReportKpi[] = loaded.metrics.map((metric, index) => {
    const whole = kpiValues(metric, index, null);
    const target = targetOf(metric, period.key);
    return {
      id: metric.id,
      label: label(metric, locale),
      unit: metric.unit,
      direction: metric.direction,
      ...whole,
      weight: target?.weight == null ? null : target.weight.toString(),
      interval:
        intervalSettings === null ? null : reportInterval(intervalAt(metric, index, period.key)),
      groups: groupable(index)
        ? groups.map((group) => ({ group, ...kpiValues(metric, index, group) }))
        : [],
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

  // ── Decompositions: the change of a KPI split into the factors of an identity.
  const quantityValue = (quantity: ResolvedQuantity, key: string): Decimal | number | null => {
    switch (quantity.kind) {
      case "kpi":
        return metricValue(loaded.metrics[quantity.index] as AnyMetric, quantity.index, key).value;
      case "value":
        return mappedValue(quantity.value, key, null);
      case "metric": {
        const inputs = inputsOf(quantity.inputs, key, null);
        return inputs === null ? null : quantity.metric.evaluate(inputs as never).value;
      }
      default:
        return unreachable(quantity, "quantity");
    }
  };
  const decompositions: ReportDecomposition[] = review.decompositions.map((decomposition) => {
    const { identity } = decomposition;
    const from = comparisonKey(decomposition.against);
    const before: Record<string, Decimal | number> = {};
    const after: Record<string, Decimal | number> = {};
    let complete = true;
    for (const [name, quantity] of decomposition.quantities) {
      const a = quantityValue(quantity, from);
      const b = quantityValue(quantity, period.key);
      if (a === null || b === null) complete = false;
      else {
        before[name] = a;
        after[name] = b;
      }
    }
    const base = {
      identity: identity.id,
      label: identity.label[language],
      formula: identity.formula,
      against: decomposition.against,
      from,
      to: period.key,
    };
    if (!complete) {
      return {
        ...base,
        fromValue: null,
        toValue: null,
        change: null,
        reason: "no_data",
        contributions: [],
      };
    }
    const explained = explainChange(
      identity,
      before,
      after,
      decomposition.places === undefined ? {} : { places: decomposition.places },
    );
    return {
      ...base,
      fromValue: explained.from.toString(),
      toValue: explained.to.toString(),
      change: explained.change.toString(),
      reason: null,
      contributions: explained.contributions.map((part) => ({
        name: part.name,
        label: part.label[language],
        from: part.from.toString(),
        to: part.to.toString(),
        contribution: part.contribution.toString(),
      })),
    };
  });

  // ── Projection of the period reported, from its days so far.
  let projection: ReportProjection | null = null;
  if (review.projection !== null) {
    const projected = review.projection;
    const metric = loaded.metrics[projected.index] as AnyMetric;
    const sourceName = loaded.measureSource.get(projected.measure) as string;
    const source = spec.sources[sourceName] as SpecSource;
    const firstDay = periodOf(period.start, "day", calendar);
    const lastDay = periodOf(new Date(period.end.getTime() - 1), "day", calendar);
    const days = periodRange(firstDay, lastDay, "day", calendar);
    const daily = new Map<string, { value: Decimal | null; records: number }>();
    const dayRange = { from: firstDay, to: lastDay };
    const bySeries = (series: Series<Record<string, AnyMeasure>>): void => {
      for (const cell of series.cells) {
        const value = (cell.values as Record<string, Decimal | null>)[projected.measure];
        if (value !== undefined)
          daily.set(cell.period.key, { value: value ?? null, records: cell.records });
      }
    };
    if ("file" in source) {
      const read = readFileSource({
        name: sourceName,
        source,
        dir: loaded.dir,
        onInvalid: "collect",
      });
      bySeries(
        await aggregateBatches(read.batches, {
          date: dateColumn(source),
          granularity: "day",
          ...(calendar === undefined ? {} : { calendar }),
          measures: fileMeasures(source, [projected.measure]),
          range: dayRange,
          onInvalid: "collect",
          allowAllRejected: true,
        }),
      );
    } else {
      for (const series of await runDatabaseSource(loaded, sourceName, {
        granularity: "day",
        range: dayRange,
        only: [projected.measure],
      }))
        bySeries(series);
    }
    const withRecords = days.filter((day) => (daily.get(day.key)?.records ?? 0) > 0);
    const asOf =
      typeof projected.asOf === "number"
        ? days[projected.asOf - 1]
        : typeof projected.asOf === "string"
          ? days.find((day) => day.key === projected.asOf)
          : withRecords[withRecords.length - 1];
    if (projected.asOf !== undefined && asOf === undefined) {
      throw new KpiError([
        makeIssue({
          code: "invalid_option",
          subject,
          path: ["review", "projection", "asOf"],
          expected: REPORT_EXPECTED.asOfInPeriod(period.key),
          received: describe(projected.asOf),
        }),
      ]);
    }
    const business = projected.businessDays;
    // The value of each calendar day to asOf: with business days, pace books a weekend's or a
    // holiday's value on the next business day up to asOf (on the last one when none is left).
    const asOfKey = (asOf ?? firstDay).key;
    const dailyValues = days
      .filter((day) => day.key <= asOfKey)
      .map((day) => daily.get(day.key)?.value ?? toDecimal(0));
    const target = targetOf(metric, period.key)?.target ?? null;
    const paced = pace({
      metric,
      dailyByCalendarDay: dailyValues,
      target: target === null || "min" in target ? null : target,
      period,
      asOf: (asOf ?? firstDay).end,
      ...(calendar === undefined ? {} : { calendar }),
      ...(business === null
        ? {}
        : {
            businessDays: {
              holidays: business.holidays,
              ...(business.weekend === undefined ? {} : { weekend: business.weekend }),
            },
          }),
      ...(projected.confidence === undefined ? {} : { confidence: projected.confidence }),
      ...(projected.band === undefined ? {} : { band: projected.band }),
    });
    const band = paced.projectionBand;
    projection = {
      metric: metric.id,
      label: label(metric, locale),
      unit: metric.unit,
      asOf: asOf?.key ?? firstDay.key,
      days: business === null ? "calendar" : "business",
      elapsedDays: paced.days?.elapsed ?? dailyValues.length,
      totalDays: paced.days?.total ?? days.length,
      actualSoFar: text(paced.actualToDate),
      expectedSoFar: text(paced.expectedToDate),
      projected: text(paced.projected),
      lower: text(band?.lower ?? null),
      upper: text(band?.upper ?? null),
      band: band?.band ?? projected.band ?? "prediction",
      confidence: band?.confidence.toString() ?? String(projected.confidence ?? "0.95"),
      reason: paced.projectedReason ?? band?.reason ?? null,
      status: paced.projected === null ? null : paced.status,
      lowerStatus: band?.lowerStatus ?? null,
      upperStatus: band?.upperStatus ?? null,
    };
  }

  // ── Alerts: the rules over each KPI's series (and each group's), those of the period reported.
  let alerts: ReportAlert[] | null = null;
  if (review.alerts.length > 0) {
    const significance = review.alerts.some((rule) => rule.onlyIfSignificant === true);
    const watched: AlertSeries[] = [];
    for (const [index, metric] of loaded.metrics.entries()) {
      for (const group of [null, ...(groupable(index) ? groups : [])]) {
        watched.push({
          metric: metric.id,
          group,
          points: seriesKeys.map((key) => {
            const value = metricValue(metric, index, key, group).value;
            const target = targetOf(metric, key, group)?.target ?? null;
            const point: AlertPoint = {
              period: key,
              value,
              target: target === null || "min" in target ? null : target,
            };
            if (!significance || value === null) return point;
            const interval = intervalAt(metric, index, key, group);
            if (interval === null || interval.lower === null || interval.upper === null)
              return point;
            return {
              ...point,
              interval: { lower: interval.lower, upper: interval.upper },
              ...(interval.model === "share"
                ? {
                    sample: {
                      model: "share" as const,
                      successes: interval.successes,
                      n: interval.n,
                    },
                  }
                : {}),
            };
          }),
        });
      }
    }
    alerts = evaluateAlerts(review.alerts, watched)
      .filter((alert) => alert.period === period.key)
      .map((alert) => ({
        rule: alert.rule,
        kind: alert.kind,
        metric: alert.metric,
        group: alert.group,
        period: alert.period,
        value: alert.value.toString(),
        threshold: alert.threshold.toString(),
        message: alert.message[language],
      }));
  }

  return {
    title: spec.title ?? null,
    locale,
    currency: spec.currency ?? null,
    timeZone: period.calendar.timeZone,
    granularity,
    period: period.key,
    periods: seriesKeys,
    groupBy: spec.groupBy ?? null,
    groups,
    kpis,
    review: {
      intervals:
        intervalSettings === null
          ? null
          : {
              confidence: String(intervalSettings.confidence ?? "0.95"),
              method: intervalSettings.method ?? "wilson",
            },
      decompositions,
      projection,
      alerts,
    },
    scorecard: { score: text(card.score), status: card.status },
    dataQuality: {
      rows: quality.reduce((total, source) => total + source.rows, 0),
      problems: quality.reduce((total, source) => total + source.rejected, 0),
      sources: quality,
    },
  };
}
