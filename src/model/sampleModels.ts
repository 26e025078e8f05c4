import type { Numeric } from "../core/numeric.js";

/**
 * Every sampling model a metric can declare. {@link SampleModel} and every check of a model derive
 * from this list.
 *
 * - `share`: successes out of trials (win rate, conversion, churn, retention, CSAT top-box,
 *   awareness): a binomial proportion.
 * - `nps`: promoter, passive and detractor counts (a Net Promoter Score).
 * - `mean`: a mean of scores (CSAT mean, CES): the count, the sum and the sum of squares.
 *
 * @example
 * ```ts
 * import { sampleModels } from "kinerja";
 *
 * console.log(sampleModels.join(" "));
 * // share nps mean
 * ```
 * @category Metric model
 */
export const sampleModels = ["share", "nps", "mean"] as const;

/**
 * One of the {@link sampleModels}.
 *
 * @category Metric model
 */
export type SampleModel = (typeof sampleModels)[number];

/**
 * A count of a sampling model, read from a metric's inputs: one input (`"won"`), the sum of several
 * (`["won", "lost"]`), or inputs added minus inputs subtracted
 * (`{ add: ["customersAtEnd"], subtract: ["newCustomers"] }`).
 *
 * @category Metric model
 */
export type SampleCount<K extends string = string> =
  | K
  | readonly K[]
  | { readonly add: readonly K[]; readonly subtract: readonly K[] };

/**
 * A share: `successes` out of `trials`, each a {@link SampleCount} of count inputs.
 *
 * @category Metric model
 */
export interface ShareSampleSpec<K extends string = string> {
  readonly model: "share";
  readonly successes: SampleCount<K>;
  readonly trials: SampleCount<K>;
}

/**
 * An NPS: the inputs holding the promoter, passive and detractor counts.
 *
 * @category Metric model
 */
export interface NpsSampleSpec<K extends string = string> {
  readonly model: "nps";
  readonly promoters: K;
  readonly passives: K;
  readonly detractors: K;
}

/**
 * A mean of scores: the inputs holding the number of answers and the sum of the scores, and the
 * input holding the sum of their squares when the metric has one. Without `sumOfSquares` the
 * spread is not in the inputs: the interval needs it from elsewhere (an aggregated moment state).
 * `bounds` are the scale's ends (1 to 7 for CES), to which intervals are clamped.
 *
 * @category Metric model
 */
export interface MeanSampleSpec<K extends string = string> {
  readonly model: "mean";
  readonly n: K;
  readonly sum: K;
  readonly sumOfSquares?: K;
  readonly bounds?: { readonly min: Numeric; readonly max: Numeric };
}

/**
 * The sampling model a metric declares, with its counts mapped to the metric's inputs (checked by
 * {@link defineMetric}; the names are typed against the declared inputs).
 *
 * @category Metric model
 */
export type MetricSample<K extends string = string> =
  | ShareSampleSpec<K>
  | NpsSampleSpec<K>
  | MeanSampleSpec<K>;

/** Whether a value is one of the {@link sampleModels}. @internal */
export function isSampleModel(value: unknown): value is SampleModel {
  return (sampleModels as readonly unknown[]).includes(value);
}

/** The fields each model takes, required first. @internal */
export const SAMPLE_FIELDS: Readonly<
  Record<
    SampleModel,
    { readonly required: readonly string[]; readonly optional: readonly string[] }
  >
> = {
  share: { required: ["successes", "trials"], optional: [] },
  nps: { required: ["promoters", "passives", "detractors"], optional: [] },
  mean: { required: ["n", "sum"], optional: ["sumOfSquares", "bounds"] },
};

/** The input names a sample count reads, with their sign. @internal */
export function countTerms(count: SampleCount): {
  add: readonly string[];
  subtract: readonly string[];
} {
  if (typeof count === "string") return { add: [count], subtract: [] };
  if (Array.isArray(count)) return { add: count as readonly string[], subtract: [] };
  const { add, subtract } = count as { add: readonly string[]; subtract: readonly string[] };
  return { add, subtract };
}
