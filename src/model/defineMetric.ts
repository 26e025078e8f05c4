import { type Decimal, isDecimalInstance, KDecimal } from "../core/decimal.js";
import { fail, KpiError, type KpiIssue, makeIssue } from "../core/errors.js";
import { describe, inputWhere } from "../core/messages.js";
import { isIssue, readNumeric } from "../core/numeric.js";
import { defined, type KpiResult } from "../core/result.js";
import { isMetricCategory, metricCategories } from "./categories.js";
import { isMetricDirection, metricDirections } from "./directions.js";
import { domainExpectation, inDomain, inputDomains, isInputDomain } from "./domains.js";
import { MODEL_EXPECTED, oneOf } from "./messages.js";
import { isRollupRule, rollupRules } from "./rollupRules.js";
import { type SpecCheck, sampleChecks } from "./sampleChecks.js";
import type {
  DecimalInputs,
  InputSpec,
  InputSpecs,
  Localized,
  Metric,
  MetricInputs,
  MetricSpec,
} from "./types.js";
import { isMetricUnit, metricUnits } from "./units.js";

const SNAKE_CASE = /^[a-z][a-z0-9]*(?:_[a-z0-9]+)*$/;

/**
 * Defines a metric: returns a function that validates its inputs and computes the value, and that
 * also carries the whole definition (id, labels, formula, unit, direction, inputs and their rollup
 * rules, references). Your own metrics get everything the built-ins get: validation, rollups,
 * aggregation, targets, formatting and the catalog docs.
 *
 * @param spec - The definition: metadata, declared inputs, optional cross-input checks and the formula.
 * @returns The callable metric.
 * @throws {KpiError} `invalid_argument` when the id is not snake_case, no input is declared, or the
 * sampling model names an input that is not declared (or a count input that is not a count).
 * @example
 * ```ts
 * import { defineMetric, safeDivide } from "kinerja";
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
 * console.log(discountRate.inputs.discounts.rollup, discountRate.unit, discountRate.label.id);
 * // sum ratio Tingkat diskon
 * ```
 * @category Metric model
 */
/* @__NO_SIDE_EFFECTS__ */
export function defineMetric<
  const I extends InputSpecs,
  O = undefined,
  const Id extends string = string,
>(spec: MetricSpec<I, O, Id>): Metric<I, O, Id> {
  checkSpec(spec);
  const names = Object.keys(spec.inputs);

  const parseInputs = (inputs: MetricInputs<I>, options?: O): DecimalInputs<I> =>
    readInputs(spec, names, inputs, options);
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

/** Whether a value is a bilingual text `{ en, id }`. */
function isLocalized(value: unknown): boolean {
  return (
    typeof value === "object" &&
    value !== null &&
    typeof (value as Localized).en === "string" &&
    typeof (value as Localized).id === "string"
  );
}

/** The checks of one declared input. */
function inputChecks(subject: string, name: string, input: unknown): SpecCheck[] {
  const where = inputWhere(name);
  if (typeof input !== "object" || input === null) {
    return [[["inputs", name], where, false, MODEL_EXPECTED.inputSpec, input]];
  }
  const { domain, rollup, label, default: fallback } = input as Partial<InputSpec>;
  const checks: SpecCheck[] = [
    [
      ["inputs", name, "domain"],
      `${where} domain`,
      isInputDomain(domain),
      oneOf(inputDomains),
      domain,
    ],
    [
      ["inputs", name, "rollup"],
      `${where} rollup`,
      isRollupRule(rollup),
      oneOf(rollupRules),
      rollup,
    ],
    [
      ["inputs", name, "label"],
      `${where} label`,
      isLocalized(label),
      MODEL_EXPECTED.localized,
      label,
    ],
  ];
  if (fallback !== undefined && isInputDomain(domain)) {
    const read = readNumeric(fallback, { subject, path: ["inputs", name, "default"], where });
    const holds = !isIssue(read) && inDomain(read, domain);
    checks.push([
      ["inputs", name, "default"],
      `${where} default`,
      holds,
      domainExpectation(domain),
      fallback,
    ]);
  }
  return checks;
}

/** Checks a definition: every problem of the declaration in one error, at definition time. */
function checkSpec<I extends InputSpecs, O>(spec: MetricSpec<I, O>): void {
  if (typeof spec !== "object" || spec === null) {
    fail({
      code: "invalid_argument",
      subject: "defineMetric",
      path: [],
      where: "spec",
      expected: MODEL_EXPECTED.metricSpec,
      received: describe(spec),
    });
  }
  const validId = typeof spec.id === "string" && SNAKE_CASE.test(spec.id);
  const subject = validId ? spec.id : "defineMetric";
  const inputs: unknown = spec.inputs;
  const hasInputs = typeof inputs === "object" && inputs !== null && Object.keys(inputs).length > 0;
  const checks: SpecCheck[] = [
    [["id"], "id", validId, MODEL_EXPECTED.metricIdFormat, spec.id],
    [["label"], "label", isLocalized(spec.label), MODEL_EXPECTED.localized, spec.label],
    [
      ["description"],
      "description",
      isLocalized(spec.description),
      MODEL_EXPECTED.localized,
      spec.description,
    ],
    [["formula"], "formula", typeof spec.formula === "string", MODEL_EXPECTED.string, spec.formula],
    [
      ["category"],
      "category",
      isMetricCategory(spec.category),
      oneOf(metricCategories),
      spec.category,
    ],
    [["unit"], "unit", isMetricUnit(spec.unit), oneOf(metricUnits), spec.unit],
    [
      ["direction"],
      "direction",
      isMetricDirection(spec.direction),
      oneOf(metricDirections),
      spec.direction,
    ],
    [
      ["references"],
      "references",
      Array.isArray(spec.references) && spec.references.every((r) => typeof r === "string"),
      MODEL_EXPECTED.references,
      spec.references,
    ],
    [
      ["compute"],
      "compute",
      typeof spec.compute === "function",
      MODEL_EXPECTED.function,
      spec.compute,
    ],
    [
      ["check"],
      "check",
      spec.check === undefined || typeof spec.check === "function",
      MODEL_EXPECTED.function,
      spec.check,
    ],
    [["inputs"], "inputs", hasInputs, MODEL_EXPECTED.declaredInputs, inputs],
  ];
  if (hasInputs) {
    for (const [name, input] of Object.entries(inputs as Record<string, unknown>)) {
      checks.push(...inputChecks(subject, name, input));
    }
  }
  if (spec.sample !== undefined) {
    checks.push(...sampleChecks(spec.sample, hasInputs ? (inputs as Record<string, object>) : {}));
  }
  const issues = checks
    .filter(([, , holds]) => !holds)
    .map(([path, where, , expected, received]) =>
      makeIssue({
        code: "invalid_argument",
        subject,
        path,
        where,
        expected,
        received: describe(received),
      }),
    );
  if (issues.length > 0) throw new KpiError(issues);
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
    where: "the result of compute",
    expected: MODEL_EXPECTED.computeResult,
    received: describe(result),
  });
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
