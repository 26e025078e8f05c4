import { type Decimal, isDecimalInstance, KDecimal } from "../core/decimal.js";
import { fail, KpiError, type KpiIssue, makeIssue } from "../core/errors.js";
import { describe, inputWhere } from "../core/messages.js";
import { isIssue, readNumeric, type ValueContext } from "../core/numeric.js";
import { defined, type KpiResult } from "../core/result.js";
import { domainExpectation, inDomain } from "./domains.js";
import { MODEL_EXPECTED, MODEL_PLACE } from "./messages.js";
import type { DecimalInputs, InputSpecs, Metric, MetricInputs, MetricSpec } from "./types.js";

/**
 * The callable metric of a definition, without checking the definition (what {@link defineMetric}
 * does first): the built-in metrics are made with it, so that importing one metric does not bring
 * in the checks of a declaration (test/model/builtinMetrics.test.ts checks every built-in
 * definition with them). Its inputs are validated on every call, as any metric's.
 *
 * @internal
 */
/* @__NO_SIDE_EFFECTS__ */
export function buildMetric<
  const I extends InputSpecs,
  O = undefined,
  const Id extends string = string,
>(spec: MetricSpec<I, O, Id>): Metric<I, O, Id> {
  const names = Object.keys(spec.inputs);
  // Where each input is, for its problems: built on the first call, not per call or at import.
  let contexts: readonly ValueContext[] | undefined;

  const parseInputs = (inputs: MetricInputs<I>, options?: O): DecimalInputs<I> => {
    contexts ??= inputContexts(spec.id, names);
    return readInputs(spec, names, inputs, options, contexts);
  };
  const evaluate = (inputs: MetricInputs<I>, options?: O): KpiResult =>
    checkResult(spec.id, spec.compute(parseInputs(inputs, options), options));
  const metric = (inputs: MetricInputs<I>, options?: O): Decimal | null =>
    evaluate(inputs, options).value;

  return Object.assign(metric, {
    kind: "metric" as const,
    id: spec.id,
    label: spec.label,
    description: spec.description,
    formula: spec.formula,
    category: spec.category,
    unit: spec.unit,
    direction: spec.direction,
    inputs: spec.inputs,
    references: spec.references,
    sample: spec.sample ?? null,
    evaluate,
    parseInputs,
  });
}

/** Checks what a formula returned: a finite Decimal (never -0) or null with a reason. */
function checkResult(subject: string, result: unknown): KpiResult {
  const value = (result as KpiResult | null)?.value;
  const reason = (result as KpiResult | null)?.reason;
  if (value === null && typeof reason === "string") return result as KpiResult;
  if (isDecimalInstance(value) && value.isFinite() && reason === null) {
    return value.isZero() && value.isNegative() ? defined(new KDecimal(0)) : (result as KpiResult);
  }
  return fail({
    code: "invalid_argument",
    subject,
    path: ["compute"],
    where: MODEL_PLACE.computeResult,
    expected: MODEL_EXPECTED.computeResult,
    received: describe(result),
  });
}

/** The place of each input (its path frozen: issues of several calls share it). @internal */
export function inputContexts(subject: string, names: readonly string[]): ValueContext[] {
  return names.map((name) => ({
    subject,
    path: Object.freeze([name]),
    where: inputWhere(name),
  }));
}

/** Validates an inputs object against a spec, collecting every problem. @internal */
export function readInputs<I extends InputSpecs, O>(
  spec: MetricSpec<I, O>,
  names: readonly string[],
  inputs: unknown,
  options: O | undefined,
  contexts: readonly ValueContext[] = inputContexts(spec.id, names),
): DecimalInputs<I> {
  if (typeof inputs !== "object" || inputs === null || Array.isArray(inputs)) {
    fail({
      code: "invalid_argument",
      subject: spec.id,
      path: [],
      where: MODEL_PLACE.inputs,
      expected: MODEL_EXPECTED.object,
      received: describe(inputs),
    });
  }
  const source = inputs as Record<string, unknown>;
  const issues: KpiIssue[] = [];
  const result: Record<string, Decimal> = {};
  for (const key of Object.keys(source)) {
    if (!Object.hasOwn(spec.inputs, key)) {
      issues.push(
        makeIssue({
          code: "unknown_input",
          subject: spec.id,
          path: [key],
          where: inputWhere(key),
          expected: MODEL_EXPECTED.knownInput(names),
          received: describe(source[key]),
        }),
      );
    }
  }
  for (let index = 0; index < names.length; index++) {
    const name = names[index] as string;
    const input = spec.inputs[name] as I[string];
    const raw = Object.hasOwn(source, name) ? source[name] : undefined;
    if (raw === undefined && input.default === undefined) {
      issues.push(
        makeIssue({
          code: "missing_input",
          subject: spec.id,
          path: [name],
          where: inputWhere(name),
          expected: domainExpectation(input.domain),
          received: "undefined",
        }),
      );
      continue;
    }
    const context = contexts[index] as ValueContext;
    const read = readNumeric(raw === undefined ? input.default : raw, context);
    if (isIssue(read)) {
      issues.push(read);
      continue;
    }
    if (!inDomain(read, input.domain)) {
      issues.push(
        makeIssue({
          code: "out_of_domain",
          ...context,
          expected: domainExpectation(input.domain),
          received: read.toString(),
        }),
      );
      continue;
    }
    result[name] = read;
  }
  if (issues.length === 0 && spec.check !== undefined) {
    for (const conflict of spec.check(result as DecimalInputs<I>, options)) {
      issues.push(
        makeIssue({
          code: "inconsistent_inputs",
          subject: spec.id,
          path: [conflict.input],
          where: inputWhere(conflict.input),
          expected: conflict.expected,
          received: (result[conflict.input] as Decimal).toString(),
        }),
      );
    }
  }
  if (issues.length > 0) throw new KpiError(issues);
  return result as DecimalInputs<I>;
}
