import { fail, KpiError, makeIssue } from "../core/errors.js";
import { describe, inputWhere } from "../core/messages.js";
import { isIssue, readNumeric } from "../core/numeric.js";
import { isMetricCategory, metricCategories } from "./categories.js";
import { isMetricDirection, metricDirections } from "./directions.js";
import { domainExpectation, inDomain, inputDomains, isInputDomain } from "./domains.js";
import { DECLARATION_EXPECTED, MODEL_PLACE, oneOf } from "./messages.js";
import { isRollupRule, rollupRules } from "./rollupRules.js";
import { type SpecCheck, sampleChecks } from "./sampleChecks.js";
import type { InputSpec, InputSpecs, Localized, MetricSpec } from "./types.js";
import { isMetricUnit, metricUnits } from "./units.js";

/** A metric or identity id: snake_case. @internal */
export const SNAKE_CASE = /^[a-z][a-z0-9]*(?:_[a-z0-9]+)*$/;

/** Whether a value is a bilingual text `{ en, id }`. @internal */
export function isLocalized(value: unknown): boolean {
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
    return [[["inputs", name], where, false, DECLARATION_EXPECTED.inputSpec, input]];
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
      DECLARATION_EXPECTED.localized,
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

/** Checks a definition: every problem of the declaration in one error, at definition time. @internal */
export function checkSpec<I extends InputSpecs, O>(spec: MetricSpec<I, O>): void {
  if (typeof spec !== "object" || spec === null) {
    fail({
      code: "invalid_argument",
      subject: "defineMetric",
      path: [],
      where: MODEL_PLACE.spec,
      expected: DECLARATION_EXPECTED.metricSpec,
      received: describe(spec),
    });
  }
  const validId = typeof spec.id === "string" && SNAKE_CASE.test(spec.id);
  const subject = validId ? spec.id : "defineMetric";
  const inputs: unknown = spec.inputs;
  const hasInputs = typeof inputs === "object" && inputs !== null && Object.keys(inputs).length > 0;
  const checks: SpecCheck[] = [
    [["id"], "id", validId, DECLARATION_EXPECTED.metricIdFormat, spec.id],
    [["label"], "label", isLocalized(spec.label), DECLARATION_EXPECTED.localized, spec.label],
    [
      ["description"],
      "description",
      isLocalized(spec.description),
      DECLARATION_EXPECTED.localized,
      spec.description,
    ],
    [
      ["formula"],
      "formula",
      typeof spec.formula === "string",
      DECLARATION_EXPECTED.string,
      spec.formula,
    ],
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
      DECLARATION_EXPECTED.references,
      spec.references,
    ],
    [
      ["compute"],
      "compute",
      typeof spec.compute === "function",
      DECLARATION_EXPECTED.function,
      spec.compute,
    ],
    [
      ["check"],
      "check",
      spec.check === undefined || typeof spec.check === "function",
      DECLARATION_EXPECTED.function,
      spec.check,
    ],
    [["inputs"], "inputs", hasInputs, DECLARATION_EXPECTED.declaredInputs, inputs],
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
