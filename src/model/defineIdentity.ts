import { KpiError, makeIssue } from "../core/errors.js";
import { describe } from "../core/messages.js";
import { isLocalized, SNAKE_CASE } from "./checkSpec.js";
import { DECLARATION_EXPECTED, MODEL_PLACE } from "./messages.js";
import type { Localized } from "./types.js";

const MAX_FACTORS = 10;

/**
 * One quantity of an identity: its snake_case name, its labels, and the catalog metric it is the
 * value of, when there is one.
 *
 * @category Metric model
 */
export interface IdentityTerm<Name extends string = string> {
  readonly name: Name;
  readonly label: Localized;
  /** The id of the metric whose value this quantity is (for example `"average_order_value"`). */
  readonly metric?: string;
}

/**
 * What {@link defineIdentity} takes: `result = factor₁ × factor₂ × …`.
 *
 * @category Metric model
 */
export interface IdentitySpec<F extends string = string, R extends string = string> {
  /** Stable snake_case id, for example `revenue_from_orders`. */
  readonly id: string;
  readonly label: Localized;
  readonly result: IdentityTerm<R>;
  /** 1 to 10 factors whose product is the result. */
  readonly factors: readonly IdentityTerm<F>[];
}

/**
 * A declared identity between metrics and inputs, `result = factor₁ × factor₂ × …`, as data: what
 * {@link explainChange} and {@link explainGap} split into exact driver contributions.
 *
 * @category Metric model
 */
export interface MetricIdentity<F extends string = string, R extends string = string>
  extends IdentitySpec<F, R> {
  readonly kind: "identity";
  /** The identity as text: `sales_revenue = orders × average_order_value`. */
  readonly formula: string;
}

type Check = readonly [
  path: readonly (string | number)[],
  holds: boolean,
  expected: string,
  received: unknown,
];

function termChecks(
  path: readonly (string | number)[],
  term: unknown,
  names: Set<string>,
): Check[] {
  if (typeof term !== "object" || term === null)
    return [[path, false, DECLARATION_EXPECTED.identityTerm, term]];
  const { name, label, metric } = term as Record<string, unknown>;
  const fresh = typeof name === "string" && SNAKE_CASE.test(name) && !names.has(name);
  if (fresh) names.add(name as string);
  return [
    [[...path, "name"], fresh, DECLARATION_EXPECTED.identityName, name],
    [[...path, "label"], isLocalized(label), DECLARATION_EXPECTED.localized, label],
    [
      [...path, "metric"],
      metric === undefined || typeof metric === "string",
      DECLARATION_EXPECTED.string,
      metric,
    ],
  ];
}

/**
 * Declares an identity `result = factor₁ × factor₂ × …` between metrics and inputs (revenue =
 * orders × average order value; won deals = closed deals × win rate), so the change of the result
 * between two periods, or its gap to a target, can be split into exact driver contributions with
 * {@link explainChange} and {@link explainGap}. The catalog ships the identities that hold for its
 * metrics ({@link revenueFromOrders}, {@link wonDealsFromClosedDeals}, {@link dealsFromLeads},
 * {@link revenueFromLeads}); yours are declared the same way.
 *
 * @param spec - The id, labels, the result and its factors (each a snake_case name with labels and optionally the metric it is the value of).
 * @returns The frozen {@link MetricIdentity}.
 * @throws {KpiError} `invalid_argument` listing every problem: an id that is not snake_case, a missing label, no factor or more than 10, a name that is not snake_case or is used twice.
 * @example
 * ```ts
 * import { defineIdentity } from "kinerja";
 *
 * const margin = defineIdentity({
 *   id: "gross_margin_from_units",
 *   label: { en: "Gross margin from units", id: "Margin kotor dari unit" },
 *   result: { name: "gross_margin", label: { en: "Gross margin", id: "Margin kotor" } },
 *   factors: [
 *     { name: "units", label: { en: "Units sold", id: "Unit terjual" }, metric: "units_sold" },
 *     { name: "margin_per_unit", label: { en: "Margin per unit", id: "Margin per unit" } },
 *   ],
 * });
 * console.log(margin.formula);
 * // gross_margin = units × margin_per_unit
 * ```
 * @category Metric model
 */
/* @__NO_SIDE_EFFECTS__ */
export function defineIdentity<const F extends string, const R extends string>(
  spec: IdentitySpec<F, R>,
): MetricIdentity<F, R> {
  const subject =
    typeof spec === "object" &&
    spec !== null &&
    typeof spec.id === "string" &&
    SNAKE_CASE.test(spec.id)
      ? spec.id
      : "defineIdentity";
  if (typeof spec !== "object" || spec === null) {
    throw new KpiError([
      makeIssue({
        code: "invalid_argument",
        subject,
        path: [],
        where: MODEL_PLACE.spec,
        expected: DECLARATION_EXPECTED.identitySpec,
        received: describe(spec),
      }),
    ]);
  }
  const names = new Set<string>();
  const factors: unknown = spec.factors;
  const listed = Array.isArray(factors) && factors.length > 0 && factors.length <= MAX_FACTORS;
  const checks: Check[] = [
    [["id"], subject !== "defineIdentity", DECLARATION_EXPECTED.identityIdFormat, spec.id],
    [["label"], isLocalized(spec.label), DECLARATION_EXPECTED.localized, spec.label],
    ...termChecks(["result"], spec.result, names),
    [["factors"], listed, DECLARATION_EXPECTED.identityFactors, factors],
  ];
  if (listed) {
    (factors as unknown[]).forEach((factor, index) => {
      checks.push(...termChecks(["factors", index], factor, names));
    });
  }
  const issues = checks
    .filter(([, holds]) => !holds)
    .map(([path, , expected, received]) =>
      makeIssue({
        code: "invalid_argument",
        subject,
        path,
        expected,
        received: describe(received),
      }),
    );
  if (issues.length > 0) throw new KpiError(issues);
  const formula = `${spec.result.name} = ${spec.factors.map((factor) => factor.name).join(" × ")}`;
  return Object.freeze({
    kind: "identity" as const,
    id: spec.id,
    label: spec.label,
    result: spec.result,
    factors: spec.factors,
    formula,
  });
}
