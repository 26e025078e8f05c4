import type { Decimal } from "../core/decimal.js";
import { fail } from "../core/errors.js";
import { describe, inputWhere } from "../core/messages.js";
import { MODEL_EXPECTED, ROLLUP_EXPECTED } from "./messages.js";
import { combine, type RollupRule } from "./rollupRules.js";
import type { DecimalInputs, InputSpecs, Metric, MetricInputs } from "./types.js";

/**
 * Combines the inputs of consecutive sub-periods into the inputs of the whole period, by each
 * input's rollup rule: flows are summed, the opening snapshot is the first sub-period's, the closing
 * snapshot the last one's. Sums are exact at any size (never rounded to 34 digits). Apply the metric to the result to get the period's value — a ratio of
 * sums, never an average of ratios.
 *
 * @param metric - The metric whose inputs are combined.
 * @param inputsPerPeriod - The inputs of each sub-period, in chronological order.
 * @param options - The metric's options, used to validate each sub-period's inputs and the result.
 * @returns The combined inputs, every input a Decimal.
 * @throws {KpiError} `invalid_argument` when `metric` is not a metric; `not_additive` when an input's rule is `none` (distinct counts and cohort measures must be recomputed
 * from records); `invalid_argument` for an empty list; any input error of the metric.
 * @example
 * ```ts
 * import { rollupInputs, winRate } from "kinerja";
 *
 * const quarter = rollupInputs(winRate, [
 *   { won: 1, lost: 1 }, // January: 50 %
 *   { won: 9, lost: 1 }, // February: 90 %
 *   { won: 0, lost: 8 }, // March: 0 %
 * ]);
 * console.log(quarter.won.toString(), quarter.lost.toString(), winRate(quarter)?.toString());
 * // 10 10 0.5
 * ```
 * @category Metric model
 */
export function rollupInputs<I extends InputSpecs, O>(
  metric: Metric<I, O>,
  inputsPerPeriod: readonly MetricInputs<I>[],
  options?: O,
): DecimalInputs<I> {
  if (typeof metric !== "function" || (metric as { kind?: unknown }).kind !== "metric") {
    fail({
      code: "invalid_argument",
      subject: "rollupInputs",
      path: ["metric"],
      expected: ROLLUP_EXPECTED.metric,
      received: describe(metric),
    });
  }
  if (!Array.isArray(inputsPerPeriod) || inputsPerPeriod.length === 0) {
    fail({
      code: "invalid_argument",
      subject: metric.id,
      path: ["inputsPerPeriod"],
      expected: ROLLUP_EXPECTED.nonEmptyArray,
      received: describe(inputsPerPeriod),
    });
  }
  const names = Object.keys(metric.inputs);
  for (const name of names) {
    if ((metric.inputs[name] as I[string]).rollup === "none") {
      fail({
        code: "not_additive",
        subject: metric.id,
        path: [name],
        where: inputWhere(name),
        expected: ROLLUP_EXPECTED.additiveInput,
        received: ROLLUP_EXPECTED.receivedRuleNone,
      });
    }
  }
  const parsed: DecimalInputs<I>[] = [];
  for (let index = 0; index < inputsPerPeriod.length; index++) {
    const inputs = inputsPerPeriod[index];
    if (inputs === undefined) {
      fail({
        code: "invalid_argument",
        subject: metric.id,
        path: ["inputsPerPeriod", index],
        expected: MODEL_EXPECTED.object,
        received: ROLLUP_EXPECTED.receivedHole,
      });
    }
    parsed.push(metric.parseInputs(inputs, options));
  }
  const result: Record<string, Decimal> = {};
  for (const name of names) {
    const rule = (metric.inputs[name] as I[string]).rollup as Exclude<RollupRule, "none">;
    result[name] = combine(
      rule,
      parsed.map((inputs) => inputs[name] as Decimal),
    );
  }
  return metric.parseInputs(result as MetricInputs<I>, options);
}
