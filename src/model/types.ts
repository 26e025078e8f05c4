import type { Decimal } from "../core/decimal.js";
import type { Numeric } from "../core/numeric.js";
import type { KpiResult } from "../core/result.js";
import type { MetricCategory } from "./categories.js";
import type { MetricDirection } from "./directions.js";
import type { InputDomain } from "./domains.js";
import type { RollupRule } from "./rollupRules.js";
import type { MetricSample } from "./sampleModels.js";
import type { MetricUnit } from "./units.js";

export type { InputDomain, MetricCategory, MetricDirection, MetricUnit, RollupRule };

/**
 * A text in English and Indonesian.
 *
 * @category Metric model
 */
export interface Localized {
  readonly en: string;
  readonly id: string;
}

/**
 * The declaration of one metric input.
 *
 * @category Metric model
 */
export interface InputSpec {
  /** The values the input accepts. */
  readonly domain: InputDomain;
  /** How sub-period values combine. */
  readonly rollup: RollupRule;
  /** What the input is, in English and Indonesian. */
  readonly label: Localized;
  /** A value used when the input is left out; declaring one makes the input optional. */
  readonly default?: Numeric;
}

/**
 * The declared inputs of a metric, by name.
 *
 * @category Metric model
 */
export type InputSpecs = Readonly<Record<string, InputSpec>>;

type OptionalKeys<I extends InputSpecs> = {
  [K in keyof I]: I[K] extends { readonly default: Numeric } ? K : never;
}[keyof I];

type Simplify<T> = { [K in keyof T]: T[K] } & {};

/**
 * The inputs object a metric is called with: every declared input, those with a default optional.
 *
 * @category Metric model
 */
export type MetricInputs<I extends InputSpecs> = Simplify<
  { readonly [K in Exclude<keyof I, OptionalKeys<I>>]: Numeric } & {
    readonly [K in OptionalKeys<I>]?: Numeric;
  }
>;

/**
 * The inputs after validation: every input present, as a Decimal.
 *
 * @category Metric model
 */
export type DecimalInputs<I extends InputSpecs> = { readonly [K in keyof I]: Decimal };

/**
 * A constraint between inputs that does not hold (for example won deals above closed deals).
 *
 * @category Metric model
 */
export interface InputConflict<I extends InputSpecs> {
  /** The input that is wrong given the others. */
  readonly input: keyof I & string;
  /** What it should have been, in words (for example `at most input "closed" (30)`). */
  readonly expected: string;
}

/**
 * What {@link defineMetric} takes.
 *
 * @category Metric model
 */
export interface MetricSpec<I extends InputSpecs, O, Id extends string = string> {
  /** Stable snake_case id, for example `win_rate`. */
  readonly id: Id;
  /** Short name in English and Indonesian. */
  readonly label: Localized;
  /** One or two sentences on what it measures, in English and Indonesian. */
  readonly description: Localized;
  /** The formula as readable text, for example `won / (won + lost)`. */
  readonly formula: string;
  readonly category: MetricCategory;
  readonly unit: MetricUnit;
  readonly direction: MetricDirection;
  readonly inputs: I;
  /** Source URLs for the definition. */
  readonly references: readonly string[];
  /**
   * The sampling model, for a metric computed from a sample (a share of counts, an NPS, a mean of
   * scores), mapped to the declared inputs: what {@link intervalOf} and {@link compareMetric} read.
   */
  readonly sample?: MetricSample<keyof I & string>;
  /** Checks between inputs; each conflict becomes an `inconsistent_inputs` issue. */
  readonly check?: (
    inputs: DecimalInputs<I>,
    options: O | undefined,
  ) => readonly InputConflict<I>[];
  /** The formula itself, on validated inputs. Returns the value or `null` with the reason. */
  readonly compute: (inputs: DecimalInputs<I>, options: O | undefined) => KpiResult;
}

/**
 * A metric: a function that computes the value and is also its own definition.
 *
 * Calling it validates the inputs and returns a `Decimal`, or `null` when the value is undefined
 * (use {@link Metric.evaluate} to learn why).
 * @category Metric model
 */
export interface Metric<
  I extends InputSpecs = InputSpecs,
  O = undefined,
  Id extends string = string,
> {
  (inputs: MetricInputs<I>, options?: O): Decimal | null;
  /** Always `"metric"`: tells a metric apart from other functions. */
  readonly kind: "metric";
  /** The stable snake_case id, typed as its literal (`"win_rate"`). */
  readonly id: Id;
  readonly label: Localized;
  readonly description: Localized;
  readonly formula: string;
  readonly category: MetricCategory;
  readonly unit: MetricUnit;
  readonly direction: MetricDirection;
  readonly inputs: I;
  readonly references: readonly string[];
  /** The declared sampling model, or `null` when the metric is not computed from a sample. */
  readonly sample: MetricSample<keyof I & string> | null;
  /** Computes the value together with the reason it is undefined, if it is. */
  evaluate(inputs: MetricInputs<I>, options?: O): KpiResult;
  /** Validates an inputs object and returns it with every input as a Decimal (defaults filled in). */
  parseInputs(inputs: MetricInputs<I>, options?: O): DecimalInputs<I>;
}

/**
 * Any metric, whatever its inputs and options.
 *
 * @category Metric model
 */
// biome-ignore lint/suspicious/noExplicitAny: a metric of any inputs and options (variance would refuse unknown)
export type AnyMetric = Metric<any, any>;

/**
 * The inputs object type of a metric.
 *
 * @category Metric model
 */
export type InputsOf<M> = M extends Metric<infer I, infer _O> ? MetricInputs<I> : never;
/**
 * The options type of a metric.
 *
 * @category Metric model
 */
export type OptionsOf<M> = M extends Metric<infer _I, infer O> ? O : never;
