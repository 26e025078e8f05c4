import { raise } from "../core/errors.js";
import type { Numeric } from "../core/numeric.js";
import { unreachable } from "../core/unreachable.js";
import type { SampleModel } from "../model/sampleModels.js";
import type { InputSpecs, Metric, MetricInputs } from "../model/types.js";
import { type MetricSampleValues, readMetric, sampleValues } from "./_metricSample.js";
import { readObject, readOptions } from "./_read.js";
import { compareMeans } from "./compareMeans.js";
import { compareNps } from "./compareNps.js";
import { compareShares } from "./compareShares.js";
import type { Difference } from "./difference.js";
import { REVIEW_EXPECTED } from "./messages.js";

/**
 * Options of {@link compareMetric}.
 *
 * @category Review statistics
 */
export interface CompareMetricOptions {
  /** The confidence level, 0 < c ≤ 0.999999999 (default 0.95). */
  readonly confidence?: Numeric;
  /** The small-sample minimum (default 5 successes and failures for a share, 30 answers otherwise). */
  readonly minimum?: number;
  /** The sums of squared scores of both sides, for a mean whose metric has no input holding them. */
  readonly sumOfSquares?: { readonly before: Numeric; readonly after: Numeric };
}

/**
 * The significance of a metric's change, or why there is none (`no_sampling_model`,
 * `sum_of_squares_missing`).
 *
 * @category Review statistics
 */
export interface MetricComparison {
  readonly metric: string;
  readonly model: SampleModel | null;
  readonly difference: Difference | null;
  readonly reason: "no_sampling_model" | "sum_of_squares_missing" | null;
}

function compareSamples(
  before: MetricSampleValues,
  after: MetricSampleValues,
  options: { confidence?: Numeric; minimum?: number },
): Difference | null {
  switch (before.model) {
    case "share":
      if (after.model !== "share") return null;
      return compareShares({ from: before, to: after }, options);
    case "nps":
      if (after.model !== "nps") return null;
      return compareNps({ from: before, to: after }, options);
    case "mean":
      if (after.model !== "mean" || before.sumOfSquares === null || after.sumOfSquares === null)
        return null;
      return compareMeans(
        {
          from: { n: before.n, sum: before.sum, sumOfSquares: before.sumOfSquares },
          to: { n: after.n, sum: after.sum, sumOfSquares: after.sumOfSquares },
        },
        options,
      );
    default:
      return unreachable(before, "sample model");
  }
}

/**
 * Whether a metric's change between two periods (or two groups) is distinguishable from sampling
 * noise, for any metric that declares a sampling model: Newcombe's hybrid score interval for a
 * share, the normal interval for an NPS, Welch's t interval for a mean. The status bands of a
 * report stay as they are; this is additional data.
 *
 * @param metric - A built-in metric or one made with `defineMetric`.
 * @param before - The inputs of the earlier period (the `from` side).
 * @param after - The inputs of the later period (the `to` side).
 * @param options - Confidence, small-sample minimum, and the two sums of squares of a mean whose metric's inputs lack them.
 * @returns The {@link MetricComparison}: `difference` is `null` with the reason when the metric declares no sampling model or a mean has no spread.
 * @throws {KpiError} `invalid_argument` when `metric` is not a metric or `sumOfSquares` is not `{ before, after }`; the metric's own errors for bad inputs (before, then after); the errors of {@link compareShares}, {@link compareNps} and {@link compareMeans}.
 * @example
 * ```ts
 * import { compareMetric, formatDifference, nps, winRate } from "kinerja";
 *
 * const score = compareMetric(nps, { promoters: 20, passives: 20, detractors: 10 }, { promoters: 12, passives: 21, detractors: 9 });
 * console.log(score.difference && formatDifference(score.difference), score.difference?.verdict);
 * // -13 ± 30 within_noise
 * const rate = compareMetric(winRate, { won: 120, lost: 880 }, { won: 165, lost: 935 });
 * console.log(rate.difference && formatDifference(rate.difference, { scale: 100, places: 1, locale: "en" }));
 * // +3.0 ± 3.0
 * ```
 * @category Review statistics
 */
export function compareMetric<I extends InputSpecs, O>(
  metric: Metric<I, O>,
  before: MetricInputs<I>,
  after: MetricInputs<I>,
  options?: CompareMetricOptions,
): MetricComparison {
  const subject = "compareMetric";
  const checked = readMetric(metric, subject);
  const settings = readOptions(options, subject);
  let squares: { before: Numeric; after: Numeric } | undefined;
  if (settings.sumOfSquares !== undefined) {
    const pair = readObject(settings.sumOfSquares, subject, ["options", "sumOfSquares"]);
    if (pair.before === undefined || pair.after === undefined) {
      raise(
        "invalid_argument",
        subject,
        ["options", "sumOfSquares"],
        REVIEW_EXPECTED.sumOfSquaresPair,
        settings.sumOfSquares,
      );
    }
    squares = pair as { before: Numeric; after: Numeric };
  }
  const sample = checked.sample;
  if (sample === null) {
    checked.parseInputs(before);
    checked.parseInputs(after);
    return { metric: checked.id, model: null, difference: null, reason: "no_sampling_model" };
  }
  const from = sampleValues(checked, sample, before, subject, ["before"], squares?.before);
  const to = sampleValues(checked, sample, after, subject, ["after"], squares?.after);
  const difference = compareSamples(from, to, {
    confidence: settings.confidence as Numeric | undefined,
    minimum: settings.minimum as number | undefined,
  });
  return {
    metric: checked.id,
    model: sample.model,
    difference,
    reason: difference === null ? "sum_of_squares_missing" : null,
  };
}
