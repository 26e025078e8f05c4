import type { Decimal } from "../core/decimal.js";
import { raise } from "../core/errors.js";
import type { Numeric } from "../core/numeric.js";
import { unreachable } from "../core/unreachable.js";
import { exact } from "../model/exact.js";
import { countTerms, type MetricSample, type SampleCount } from "../model/sampleModels.js";
import type { AnyMetric } from "../model/types.js";
import { REVIEW_EXPECTED } from "./messages.js";

/**
 * Reading a metric's declared sampling model from its inputs, for intervalOf and compareMetric.
 *
 * @internal
 */

/** The sample of one set of inputs, in the shape the review functions take. @internal */
export type MetricSampleValues =
  | { readonly model: "share"; readonly successes: Decimal; readonly n: Decimal }
  | {
      readonly model: "nps";
      readonly promoters: Decimal;
      readonly passives: Decimal;
      readonly detractors: Decimal;
    }
  | {
      readonly model: "mean";
      readonly n: Decimal;
      readonly sum: Decimal;
      readonly sumOfSquares: Numeric | null;
      readonly bounds: { readonly min: Numeric; readonly max: Numeric } | undefined;
    };

/** Checks that a value is a metric made with defineMetric. @internal */
export function readMetric(value: unknown, subject: string): AnyMetric {
  if (typeof value !== "function" || (value as { kind?: unknown }).kind !== "metric") {
    raise("invalid_argument", subject, ["metric"], REVIEW_EXPECTED.metric, value);
  }
  return value as AnyMetric;
}

function countOf(count: SampleCount, inputs: Readonly<Record<string, Decimal>>): Decimal {
  const { add, subtract } = countTerms(count);
  const plus = exact.sum(add.map((name) => inputs[name] as Decimal));
  return subtract.length === 0
    ? plus
    : exact.minus(plus, exact.sum(subtract.map((name) => inputs[name] as Decimal)));
}

/**
 * The sample counts of a metric's inputs (validated by the metric first). A share whose successes
 * fall outside 0…trials is refused with the first successes input's path.
 *
 * @internal
 */
export function sampleValues(
  metric: AnyMetric,
  sample: MetricSample,
  raw: unknown,
  subject: string,
  path: readonly (string | number)[],
  sumOfSquares: Numeric | undefined,
): MetricSampleValues {
  const inputs = metric.parseInputs(raw as never) as Readonly<Record<string, Decimal>>;
  switch (sample.model) {
    case "share": {
      const successes = countOf(sample.successes, inputs);
      const n = countOf(sample.trials, inputs);
      if (successes.isNegative() || successes.gt(n)) {
        const first = countTerms(sample.successes).add[0] as string;
        raise(
          "inconsistent_inputs",
          subject,
          [...path, first],
          REVIEW_EXPECTED.shareOfInputs(n.toString()),
          successes.toString(),
        );
      }
      return { model: "share", successes, n };
    }
    case "nps":
      return {
        model: "nps",
        promoters: inputs[sample.promoters] as Decimal,
        passives: inputs[sample.passives] as Decimal,
        detractors: inputs[sample.detractors] as Decimal,
      };
    case "mean":
      return {
        model: "mean",
        n: inputs[sample.n] as Decimal,
        sum: inputs[sample.sum] as Decimal,
        sumOfSquares:
          sample.sumOfSquares === undefined
            ? (sumOfSquares ?? null)
            : (inputs[sample.sumOfSquares] as Decimal),
        bounds: sample.bounds,
      };
    default:
      return unreachable(sample, "sample model");
  }
}
