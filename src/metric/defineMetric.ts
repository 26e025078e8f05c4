import type { Decimal } from "../core/decimal.js";
import { fail, KpiError, type KpiIssue, makeIssue } from "../core/errors.js";
import { describe, EXPECTED, inputWhere } from "../core/messages.js";
import { isIssue, readNumeric } from "../core/numeric.js";
import type { KpiResult } from "../core/result.js";
import { domainExpectation, inDomain } from "./domains.js";
import type { DecimalInputs, InputSpecs, Metric, MetricInputs, MetricSpec } from "./types.js";

const SNAKE_CASE = /^[a-z][a-z0-9]*(?:_[a-z0-9]+)*$/;

/**
 * Defines a metric: returns a function that validates its inputs and computes the value, and that
 * also carries the whole definition (id, labels, formula, unit, direction, inputs and their rollup
 * rules, references). Your own metrics get everything the built-ins get: validation, rollups,
 * aggregation, targets, formatting and the catalog docs.
 *
 * @param spec - The definition: metadata, declared inputs, optional cross-input checks and the formula.
 * @returns The callable metric.
 * @throws {KpiError} `invalid_argument` when the id is not snake_case or no input is declared.
 * @example
 * ```ts
 * import { defineMetric, safeDivide, toDecimal } from "kinerja";
 *
 * const discountRate = defineMetric({
 *   id: "discount_rate",
 *   label: { en: "Discount rate", id: "Tingkat diskon" },
 *   description: { en: "Discounts as a share of gross sales.", id: "Diskon sebagai porsi penjualan kotor." },
 *   formula: "discounts / gross_sales",
 *   category: "sales",
 *   unit: "ratio",
 *   direction: "neutral",
 *   inputs: {
 *     discounts: { domain: "non_negative_amount", rollup: "sum", label: { en: "Discounts", id: "Diskon" } },
 *     grossSales: { domain: "non_negative_amount", rollup: "sum", label: { en: "Gross sales", id: "Penjualan kotor" } },
 *   },
 *   references: [],
 *   compute: ({ discounts, grossSales }) => safeDivide(discounts, grossSales),
 * });
 *
 * console.log(discountRate({ discounts: 150, grossSales: 2000 })?.toString());
 * // 0.075
 * console.log(toDecimal(discountRate.inputs.discounts.rollup === "sum" ? 1 : 0).toString());
 * // 1
 * ```
 * @category Metric model
 */
/* @__NO_SIDE_EFFECTS__ */
export function defineMetric<const I extends InputSpecs, O = undefined>(
  spec: MetricSpec<I, O>,
): Metric<I, O> {
  checkSpec(spec);
  const names = Object.keys(spec.inputs);

  const parseInputs = (inputs: MetricInputs<I>, options?: O): DecimalInputs<I> =>
    readInputs(spec, names, inputs, options);
  const evaluate = (inputs: MetricInputs<I>, options?: O): KpiResult =>
    spec.compute(parseInputs(inputs, options), options);
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
    evaluate,
    parseInputs,
  });
}

function checkSpec<I extends InputSpecs, O>(spec: MetricSpec<I, O>): void {
  if (typeof spec?.id !== "string" || !SNAKE_CASE.test(spec.id)) {
    fail({
      code: "invalid_argument",
      subject: "defineMetric",
      path: ["id"],
      where: "id",
      expected: 'a snake_case id such as "win_rate"',
      received: describe(spec?.id),
    });
  }
  if (
    typeof spec.inputs !== "object" ||
    spec.inputs === null ||
    Object.keys(spec.inputs).length === 0
  ) {
    fail({
      code: "invalid_argument",
      subject: spec.id,
      path: ["inputs"],
      where: "inputs",
      expected: "at least one declared input",
      received: describe(spec.inputs),
    });
  }
}

/** Validates an inputs object against a spec, collecting every problem. @internal */
export function readInputs<I extends InputSpecs, O>(
  spec: MetricSpec<I, O>,
  names: readonly string[],
  inputs: unknown,
  options: O | undefined,
): DecimalInputs<I> {
  if (typeof inputs !== "object" || inputs === null || Array.isArray(inputs)) {
    fail({
      code: "invalid_argument",
      subject: spec.id,
      path: [],
      where: "inputs",
      expected: EXPECTED.object,
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
          expected: `${EXPECTED.knownInput} (${names.map((n) => JSON.stringify(n)).join(", ")})`,
          received: describe(source[key]),
        }),
      );
    }
  }
  for (const name of names) {
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
    const context = { subject: spec.id, path: [name], where: inputWhere(name) };
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
