import * as z from "zod/mini";
import { fail, isKpiError } from "../core/errors.js";
import { describe, EXPECTED } from "../core/messages.js";
import { type Numeric, numericOrUndefined } from "../core/numeric.js";
import { domainExpectation, inDomain } from "./domains.js";
import { ROLLUP_EXPECTED } from "./messages.js";
import type { InputDomain, InputSpecs, Metric, MetricInputs } from "./types.js";

const numericTypes = (value: unknown): boolean => numericOrUndefined(value) !== undefined;

/**
 * A zod (v4, `zod/mini`) schema for a {@link Numeric}: a finite safe number, a plain decimal
 * string, a bigint or a Decimal. It validates; it does not convert.
 *
 * @returns The schema.
 * @example
 * ```ts
 * import { numericSchema } from "kinerja/schemas";
 *
 * console.log(numericSchema().safeParse("1234.56").success, numericSchema().safeParse("1.234,56").success);
 * // true false
 * ```
 * @category Metric model
 */
export function numericSchema(): z.ZodMiniType<Numeric> {
  return z.custom<Numeric>(numericTypes, {
    error: `Expected ${EXPECTED.numeric}`,
  });
}

function domainSchema(domain: InputDomain): z.ZodMiniType<Numeric> {
  return z.custom<Numeric>(
    (value) => {
      const read = numericOrUndefined(value);
      return read !== undefined && inDomain(read, domain);
    },
    { error: `Expected ${domainExpectation(domain)}` },
  );
}

/**
 * Derives a zod (v4, `zod/mini`) schema for a metric's inputs object from its declaration: every
 * declared input with its domain, inputs with a default optional, unknown keys rejected. Use it to
 * validate inputs read from JSON before calling the metric, or to publish the contract.
 *
 * @param metric - Any metric, built-in or made with `defineMetric`.
 * @returns A strict object schema.
 * @example
 * ```ts
 * import { winRate } from "kinerja";
 * import { metricInputSchema } from "kinerja/schemas";
 *
 * const schema = metricInputSchema(winRate);
 * console.log(schema.safeParse({ won: 3, lost: 7 }).success, schema.safeParse({ won: 3, lost: -7 }).success);
 * // true false
 * ```
 * @category Metric model
 */
export function metricInputSchema<I extends InputSpecs, O>(
  metric: Metric<I, O>,
): z.ZodMiniType<MetricInputs<I>> {
  if (typeof metric !== "function" || (metric as { kind?: unknown }).kind !== "metric") {
    fail({
      code: "invalid_argument",
      subject: "metricInputSchema",
      path: ["metric"],
      expected: ROLLUP_EXPECTED.metric,
      received: describe(metric),
    });
  }
  const shape: Record<string, z.ZodMiniType> = {};
  for (const [name, spec] of Object.entries(metric.inputs)) {
    const schema = domainSchema(spec.domain);
    shape[name] = spec.default === undefined ? schema : z.optional(schema);
  }
  // Once every input is in its domain, the metric's own cross-input checks (won ≤ opportunities,
  // revenue only with orders) run too, so the schema accepts exactly what the metric accepts.
  return z.strictObject(shape).check(
    z.superRefine((inputs, context) => {
      try {
        metric.parseInputs(inputs as MetricInputs<I>);
      } catch (error) {
        if (!isKpiError(error)) throw error;
        for (const issue of error.issues) {
          context.addIssue({
            code: "custom",
            message: issue.message,
            path: [...issue.path],
            input: inputs,
          });
        }
      }
    }),
  ) as unknown as z.ZodMiniType<MetricInputs<I>>;
}
