import { type Decimal, isDecimalInstance, KDecimal } from "../core/decimal.js";
import { fail, KpiError, type KpiIssue, makeIssue } from "../core/errors.js";
import { describe, EXPECTED, inputWhere } from "../core/messages.js";
import { isIssue, readNumeric } from "../core/numeric.js";
import { defined, type KpiResult } from "../core/result.js";
import { domainExpectation, inDomain } from "./domains.js";
import type {
  DecimalInputs,
  InputDomain,
  InputSpec,
  InputSpecs,
  Localized,
  Metric,
  MetricCategory,
  MetricDirection,
  MetricInputs,
  MetricSpec,
  MetricUnit,
  RollupRule,
} from "./types.js";

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
export function defineMetric<const I extends InputSpecs, O = undefined>(
  spec: MetricSpec<I, O>,
): Metric<I, O> {
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
    evaluate,
    parseInputs,
  });
}

const CATEGORIES: readonly MetricCategory[] = ["sales", "marketing", "customer"];
const UNITS: readonly MetricUnit[] = [
  "currency",
  "currency_per_day",
  "ratio",
  "multiple",
  "count",
  "days",
  "months",
  "score",
  "net_score",
];
const DIRECTIONS: readonly MetricDirection[] = ["higher_is_better", "lower_is_better", "neutral"];
const DOMAINS: readonly InputDomain[] = [
  "count",
  "positive_count",
  "amount",
  "non_negative_amount",
  "fraction",
  "ratio",
  "non_negative_number",
];
const RULES: readonly RollupRule[] = ["sum", "first", "last", "min", "max", "none"];

const oneOf = (values: readonly string[]): string =>
  `one of ${values.map((v) => `"${v}"`).join(", ")}`;
const isLocalized = (value: unknown): boolean =>
  typeof value === "object" &&
  value !== null &&
  typeof (value as Localized).en === "string" &&
  typeof (value as Localized).id === "string";

/** Checks a definition: every problem of the declaration in one error, at definition time. */
function checkSpec<I extends InputSpecs, O>(spec: MetricSpec<I, O>): void {
  if (typeof spec !== "object" || spec === null) {
    fail({
      code: "invalid_argument",
      subject: "defineMetric",
      path: [],
      where: "spec",
      expected: EXPECTED.metricSpec,
      received: describe(spec),
    });
  }
  const subject =
    typeof spec.id === "string" && SNAKE_CASE.test(spec.id) ? spec.id : "defineMetric";
  const issues: KpiIssue[] = [];
  const problem = (path: (string | number)[], where: string, expected: string, received: unknown) =>
    issues.push(
      makeIssue({
        code: "invalid_argument",
        subject,
        path,
        where,
        expected,
        received: describe(received),
      }),
    );
  if (subject === "defineMetric") problem(["id"], "id", EXPECTED.metricIdFormat, spec.id);
  for (const field of ["label", "description"] as const) {
    if (!isLocalized(spec[field])) problem([field], field, EXPECTED.localized, spec[field]);
  }
  if (typeof spec.formula !== "string")
    problem(["formula"], "formula", EXPECTED.string, spec.formula);
  if (!CATEGORIES.includes(spec.category)) {
    problem(["category"], "category", oneOf(CATEGORIES), spec.category);
  }
  if (!UNITS.includes(spec.unit)) problem(["unit"], "unit", oneOf(UNITS), spec.unit);
  if (!DIRECTIONS.includes(spec.direction)) {
    problem(["direction"], "direction", oneOf(DIRECTIONS), spec.direction);
  }
  if (!Array.isArray(spec.references) || !spec.references.every((r) => typeof r === "string")) {
    problem(["references"], "references", EXPECTED.references, spec.references);
  }
  if (typeof spec.compute !== "function")
    problem(["compute"], "compute", EXPECTED.function, spec.compute);
  if (spec.check !== undefined && typeof spec.check !== "function") {
    problem(["check"], "check", EXPECTED.function, spec.check);
  }
  const inputs: unknown = spec.inputs;
  if (typeof inputs !== "object" || inputs === null || Object.keys(inputs).length === 0) {
    problem(["inputs"], "inputs", EXPECTED.declaredInputs, inputs);
  } else {
    for (const [name, input] of Object.entries(inputs as Record<string, InputSpec>)) {
      const where = inputWhere(name);
      if (typeof input !== "object" || input === null) {
        problem(["inputs", name], where, EXPECTED.inputSpec, input);
        continue;
      }
      if (!DOMAINS.includes(input.domain)) {
        problem(["inputs", name, "domain"], `${where} domain`, oneOf(DOMAINS), input.domain);
      }
      if (!RULES.includes(input.rollup)) {
        problem(["inputs", name, "rollup"], `${where} rollup`, oneOf(RULES), input.rollup);
      }
      if (!isLocalized(input.label)) {
        problem(["inputs", name, "label"], `${where} label`, EXPECTED.localized, input.label);
      }
      if (input.default !== undefined && DOMAINS.includes(input.domain)) {
        const read = readNumeric(input.default, {
          subject,
          path: ["inputs", name, "default"],
          where,
        });
        if (isIssue(read) || !inDomain(read, input.domain)) {
          problem(
            ["inputs", name, "default"],
            `${where} default`,
            domainExpectation(input.domain),
            input.default,
          );
        }
      }
    }
  }
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
    expected: EXPECTED.computeResult,
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
