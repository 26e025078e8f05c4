import type { Numeric } from "../core/numeric.js";
import { unreachable } from "../core/unreachable.js";
import type { SampleModel } from "../model/sampleModels.js";
import type { InputSpecs, Metric, MetricInputs } from "../model/types.js";
import { type MetricSampleValues, readMetric, sampleValues } from "./_metricSample.js";
import { readOptions } from "./_read.js";
import { type MeanInterval, meanInterval } from "./meanInterval.js";
import { type NpsInterval, npsInterval } from "./npsInterval.js";
import { type ShareInterval, type ShareIntervalMethod, shareInterval } from "./shareInterval.js";

/**
 * Options of {@link intervalOf}.
 *
 * @category Review statistics
 */
export interface IntervalOfOptions {
  /** The confidence level, 0 < c ≤ 0.999999999 (default 0.95). */
  readonly confidence?: Numeric;
  /** The interval method of a share (default `"wilson"`); NPS and means have one method each. */
  readonly method?: ShareIntervalMethod;
  /** The small-sample minimum (default 5 successes and failures for a share, 30 answers otherwise). */
  readonly minimum?: number;
  /** The sum of the squared scores, for a mean whose metric has no input holding it (CSAT mean, CES). */
  readonly sumOfSquares?: Numeric;
}

/**
 * The interval of a metric's value, or why there is none:
 *
 * - `no_sampling_model`: the metric declares no sampling model (revenue is not a sample);
 * - `sum_of_squares_missing`: a mean whose spread is neither in its inputs nor in the options.
 *
 * @category Review statistics
 */
export interface MetricInterval {
  readonly metric: string;
  readonly model: SampleModel | null;
  readonly interval: ShareInterval | NpsInterval | MeanInterval | null;
  readonly reason: "no_sampling_model" | "sum_of_squares_missing" | null;
}

/** The interval of sample values (shared with the tests of compareMetric). @internal */
export function intervalOfSample(
  sample: MetricSampleValues,
  options: IntervalOfOptions,
): ShareInterval | NpsInterval | MeanInterval | null {
  const { confidence, minimum } = options;
  switch (sample.model) {
    case "share":
      return shareInterval(
        { successes: sample.successes, n: sample.n },
        { confidence, minimum, method: options.method },
      );
    case "nps":
      return npsInterval(sample, { confidence, minimum });
    case "mean":
      if (sample.sumOfSquares === null) return null;
      return meanInterval(
        { n: sample.n, sum: sample.sum, sumOfSquares: sample.sumOfSquares },
        { confidence, minimum, ...(sample.bounds === undefined ? {} : { bounds: sample.bounds }) },
      );
    default:
      return unreachable(sample, "sample model");
  }
}

/**
 * The confidence interval of any metric that declares a sampling model (see `sample` in
 * {@link defineMetric}), from the same inputs the metric is called with, with its small-sample
 * flag: Wilson (or Jeffreys, Clopper–Pearson) for a share, the normal interval for an NPS, Student's
 * t for a mean of scores clamped to the declared scale.
 *
 * @param metric - A built-in metric or one made with `defineMetric`.
 * @param inputs - The metric's inputs (validated by the metric).
 * @param options - Confidence, share method, small-sample minimum, and a mean's sum of squares when the metric's inputs lack it.
 * @returns The {@link MetricInterval}: `interval` is `null` with the reason when the metric declares no sampling model or a mean has no spread.
 * @throws {KpiError} `invalid_argument` when `metric` is not a metric; the metric's own errors for bad inputs; `inconsistent_inputs` when a share's successes fall outside 0…trials; the errors of {@link shareInterval}, {@link npsInterval} and {@link meanInterval} for bad options.
 * @example
 * ```ts
 * import { csatMean, intervalOf, nps, salesRevenue, winRate } from "kinerja";
 *
 * const jakarta = intervalOf(winRate, { won: 18, lost: 42 });
 * console.log(jakarta.model, jakarta.interval?.lower?.toFixed(3), jakarta.interval?.upper?.toFixed(3));
 * // share 0.199 0.425
 * const score = intervalOf(nps, { promoters: 12, passives: 21, detractors: 9 }, { confidence: "0.9" });
 * console.log(score.interval?.lower?.toFixed(1), score.interval?.upper?.toFixed(1), score.interval?.smallSample.flag);
 * // -10.7 25.0 false
 * console.log(intervalOf(csatMean, { scoreSum: 40, responses: 10 }).reason);
 * // sum_of_squares_missing
 * console.log(intervalOf(csatMean, { scoreSum: 40, responses: 10 }, { sumOfSquares: 168 }).interval?.upper?.toFixed(2));
 * // 4.67
 * console.log(intervalOf(salesRevenue, { revenue: 1000 }).reason);
 * // no_sampling_model
 * ```
 * @category Review statistics
 */
export function intervalOf<I extends InputSpecs, O>(
  metric: Metric<I, O>,
  inputs: MetricInputs<I>,
  options?: IntervalOfOptions,
): MetricInterval {
  const subject = "intervalOf";
  const checked = readMetric(metric, subject);
  const settings = readOptions(options, subject) as IntervalOfOptions;
  const sample = checked.sample;
  if (sample === null) {
    checked.parseInputs(inputs);
    return { metric: checked.id, model: null, interval: null, reason: "no_sampling_model" };
  }
  const values = sampleValues(checked, sample, inputs, subject, ["inputs"], settings.sumOfSquares);
  const interval = intervalOfSample(values, settings);
  return {
    metric: checked.id,
    model: sample.model,
    interval,
    reason: interval === null ? "sum_of_squares_missing" : null,
  };
}
