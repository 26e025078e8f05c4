import type { Measures } from "../aggregate/measures/types.js";
import type { MetricMapping } from "../aggregate/series/metricSeries.js";
import type { GroupKey, Series } from "../aggregate/series/series.js";
import { raise } from "../core/errors.js";
import type { Numeric } from "../core/numeric.js";
import type { InputSpec, InputSpecs, Metric, MetricInputs } from "../model/types.js";
import { readMetric } from "./_metricSample.js";
import { readConfidence, readMinimum, readObject, readOptions } from "./_read.js";
import { compareMetric } from "./compareMetric.js";
import type { Difference } from "./difference.js";
import { REVIEW_EXPECTED } from "./messages.js";

/**
 * Options of {@link compareSeriesSignificance}.
 *
 * @category Review statistics
 */
export interface CompareSeriesSignificanceOptions {
  /** The confidence level, 0 < c ≤ 0.999999999 (default 0.95). */
  readonly confidence?: Numeric;
  /** The small-sample minimum (default 5 successes and failures for a share, 30 answers otherwise). */
  readonly minimum?: number;
  /**
   * For a mean of scores (CSAT mean, CES): a measure of the series whose state is a moment state
   * `{ n, sum, sumOfSquares }` — a `moments` measure. The count, the sum and the sum of squares
   * of each cell are read from it (inputs the mapping does not name are filled from it). Only for
   * a metric whose sampling model is a mean; refused for any other.
   */
  readonly moments?: string;
}

/**
 * Whether one row's change is distinguishable from noise, or why that cannot be said:
 *
 * - `no_previous`: the series has no cell for the period compared against (or for the row's own);
 * - `no_data`: a measure that feeds an input is `null` in one of the two cells, or one of them
 *   holds no observation (a month without answers, counts of 0: the difference is there, without
 *   a verdict, its reason `no_data` too);
 * - `single_observation`: a mean from one answer in one of the two cells (its spread, and so the
 *   change's interval, does not exist; the difference carries the same reason);
 * - `no_sampling_model`: the metric is not a sample (revenue);
 * - `sum_of_squares_missing`: a mean without the spread of its scores.
 *
 * @category Review statistics
 */
export interface ChangeSignificance {
  /** The change of the metric, `to − from`, with its interval and verdict (see {@link compareMetric}). */
  readonly difference: Difference | null;
  readonly reason:
    | "no_previous"
    | "no_data"
    | "single_observation"
    | "no_sampling_model"
    | "sum_of_squares_missing"
    | null;
}

/**
 * A row of `compare` or `growth`: what {@link compareSeriesSignificance} reads of it.
 *
 * @category Review statistics
 */
export interface ComparedRow {
  readonly period: { readonly key: string };
  readonly previousPeriod: { readonly key: string };
  readonly group: GroupKey | null;
}

type Cell =
  | {
      readonly values: Readonly<Record<string, unknown>>;
      readonly states: Readonly<Record<string, unknown>>;
    }
  | undefined;

interface MomentsLike {
  readonly n: Numeric;
  readonly sum: Numeric;
  readonly sumOfSquares: Numeric;
}

function isMoments(value: unknown): value is MomentsLike {
  return typeof value === "object" && value !== null && "sumOfSquares" in value && "n" in value;
}

/**
 * Attaches to each row of `compare` or `growth` whether the metric's change between the row's
 * period and the period compared against is distinguishable from sampling noise. The metric's
 * inputs in each cell come from the series' measures through `mapping` (as in `metricSeries`);
 * the change is tested with {@link compareMetric}: Newcombe's hybrid score interval for a share,
 * the normal interval for an NPS, Welch's t for a mean. Growth says how much a value moved; this
 * says whether the move is real. The rows are returned in order, each with `significance`.
 *
 * @param series - The series the rows were computed from (made by `aggregate` and its relatives).
 * @param metric - A metric that declares a sampling model (others answer `no_sampling_model`).
 * @param mapping - For each input of the metric, the measure of the series that feeds it.
 * @param rows - The result of `compare(series, offset)` or `growth(series, measure, offset)`.
 * @param options - Confidence, small-sample minimum, and the `moments` measure of a mean of scores.
 * @returns Each row with `significance`: the {@link Difference} or the reason there is none.
 * @throws {KpiError} `invalid_argument` for a series, metric, mapping, rows or option that is not one (the mapping's unknown inputs and measures named); `invalid_option` for `moments` that is not a moments measure of the series, or is given for a metric whose sampling model is not a mean; the errors of {@link compareMetric} for inputs outside the metric's domains or bad options.
 * @example
 * ```ts
 * import { aggregate, compare, compareSeriesSignificance, count, winRate } from "kinerja";
 *
 * const deals = [
 *   ...Array.from({ length: 120 }, (_, i) => ({ closedAt: "2025-02-10", won: i < 36 })),
 *   ...Array.from({ length: 100 }, (_, i) => ({ closedAt: "2025-03-10", won: i < 22 })),
 * ];
 * const monthly = aggregate(deals, {
 *   date: "closedAt",
 *   granularity: "month",
 *   measures: { won: count("won"), lost: count((deal) => !deal.won) },
 * });
 * const rows = compareSeriesSignificance(monthly, winRate, { won: "won", lost: "lost" }, compare(monthly, 1));
 * for (const row of rows) {
 *   const change = row.significance.difference;
 *   console.log(row.period.key, change?.estimate?.toFixed(2) ?? null, change?.verdict ?? row.significance.reason);
 *   // 2025-02 null no_previous
 *   // 2025-03 -0.08 within_noise
 * }
 * ```
 * @category Review statistics
 */
export function compareSeriesSignificance<
  M extends Measures,
  I extends InputSpecs,
  O,
  R extends ComparedRow,
>(
  series: Series<M>,
  metric: Metric<I, O>,
  mapping: MetricMapping<I, M>,
  rows: readonly R[],
  options?: CompareSeriesSignificanceOptions,
): (R & { readonly significance: ChangeSignificance })[] {
  const subject = "compareSeriesSignificance";
  const read = readObject(series, subject, ["series"]);
  if (
    typeof read.at !== "function" ||
    typeof read.measures !== "object" ||
    read.measures === null
  ) {
    raise("invalid_argument", subject, ["series"], REVIEW_EXPECTED.seriesOfMeasures, series);
  }
  const measures = Object.keys(read.measures as object);
  const checked = readMetric(metric, subject);
  const inputs = Object.keys(checked.inputs);
  const pairs: [string, string][] = [];
  const map = readObject(mapping, subject, ["mapping"]);
  for (const [input, measure] of Object.entries(map)) {
    if (!inputs.includes(input)) {
      raise(
        "invalid_argument",
        subject,
        ["mapping", input],
        REVIEW_EXPECTED.mappedInput(inputs),
        input,
      );
    }
    if (typeof measure !== "string" || !measures.includes(measure)) {
      raise(
        "invalid_argument",
        subject,
        ["mapping", input],
        REVIEW_EXPECTED.seriesMeasure(measures),
        measure,
      );
    }
    pairs.push([input, measure]);
  }
  const settings = readOptions(options, subject);
  // Checked here, so that a bad option is refused even when no row has two cells to compare.
  readConfidence(settings.confidence, subject, ["options", "confidence"]);
  readMinimum(settings.minimum, subject, 0);
  const moments = settings.moments;
  if (moments !== undefined && (typeof moments !== "string" || !measures.includes(moments))) {
    raise(
      "invalid_option",
      subject,
      ["options", "moments"],
      REVIEW_EXPECTED.seriesMeasure(measures),
      moments,
    );
  }
  const sample = checked.sample;
  if (moments !== undefined && sample?.model !== "mean") {
    raise(
      "invalid_option",
      subject,
      ["options", "moments"],
      REVIEW_EXPECTED.momentsForMean,
      moments,
    );
  }
  const fromMoments =
    moments !== undefined && sample?.model === "mean" ? { n: sample.n, sum: sample.sum } : null;
  for (const [input, spec] of Object.entries(checked.inputs as Record<string, InputSpec>)) {
    const filled = fromMoments !== null && (input === fromMoments.n || input === fromMoments.sum);
    if (spec.default === undefined && !filled && !Object.hasOwn(map, input)) {
      raise(
        "invalid_argument",
        subject,
        ["mapping", input],
        REVIEW_EXPECTED.mappedMeasure,
        undefined,
      );
    }
  }
  if (!Array.isArray(rows)) {
    raise("invalid_argument", subject, ["rows"], REVIEW_EXPECTED.comparisonRows, rows);
  }
  const at = (key: string, group: GroupKey | null): Cell =>
    (read.at as (key: string, group?: GroupKey) => Cell)(key, group ?? undefined);
  const settingsOf = {
    ...(settings.confidence === undefined ? {} : { confidence: settings.confidence as Numeric }),
    ...(settings.minimum === undefined ? {} : { minimum: settings.minimum as number }),
  };
  return rows.map((row, index) => {
    const place = ["rows", index];
    if (
      typeof row !== "object" ||
      row === null ||
      typeof row.period?.key !== "string" ||
      typeof row.previousPeriod?.key !== "string"
    ) {
      raise("invalid_argument", subject, place, REVIEW_EXPECTED.comparisonRow, row);
    }
    const significance = (
      reason: ChangeSignificance["reason"],
      difference: Difference | null = null,
    ) => ({
      ...row,
      significance: { difference, reason },
    });
    const current = at(row.period.key, row.group);
    const previous = at(row.previousPeriod.key, row.group);
    if (current === undefined || previous === undefined) return significance("no_previous");
    const momentsOf = (cell: NonNullable<Cell>): MomentsLike | null | undefined => {
      if (moments === undefined) return undefined;
      const state = cell.states[moments as string];
      if (state === null || state === undefined) return null;
      if (!isMoments(state)) {
        raise(
          "invalid_option",
          subject,
          ["options", "moments"],
          REVIEW_EXPECTED.momentsMeasure,
          moments,
        );
      }
      return state;
    };
    const inputsOf = (cell: NonNullable<Cell>, state: MomentsLike | undefined) => {
      const values: Record<string, Numeric> = {};
      if (fromMoments !== null && state !== undefined) {
        values[fromMoments.n] = state.n;
        values[fromMoments.sum] = state.sum;
      }
      for (const [input, measure] of pairs) {
        const value = cell.values[measure];
        if (value === null || value === undefined) return null;
        values[input] = value as Numeric;
      }
      return values;
    };
    const from = momentsOf(previous);
    const to = momentsOf(current);
    if (from === null || to === null) return significance("no_data");
    const before = inputsOf(previous, from);
    const after = inputsOf(current, to);
    if (before === null || after === null) return significance("no_data");
    const sumOfSquares =
      from === undefined || to === undefined
        ? undefined
        : { before: from.sumOfSquares, after: to.sumOfSquares };
    const result = compareMetric(
      checked as unknown as Metric<I, O>,
      before as MetricInputs<I>,
      after as MetricInputs<I>,
      { ...settingsOf, ...(sumOfSquares === undefined ? {} : { sumOfSquares }) },
    );
    // An empty cell (no answers, counts of 0) leaves the difference without a verdict (no_data), a
    // mean of one answer too (single_observation): the row says why, as the difference does.
    return significance(result.reason ?? result.difference?.reason ?? null, result.difference);
  });
}
