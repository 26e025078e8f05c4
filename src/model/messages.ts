/**
 * The words of the metric model (src/model): what a metric declaration and a metric's inputs were
 * expected to be. Shared phrases (numbers, counts, amounts) stay in core/messages.ts.
 *
 * @internal
 */

/** `one of "a", "b", "c"`, the expectation of a closed vocabulary. @internal */
export function oneOf(values: readonly string[]): string {
  return `one of ${values.map((value) => JSON.stringify(value)).join(", ")}`;
}

/** What a metric's inputs and its formula's result must be (checked on every call). @internal */
export const MODEL_EXPECTED = {
  positiveCount: "a positive integer count",
  nonNegativeAmount: "a non-negative amount",
  fraction: "a fraction between 0 and 1",
  ratio: "a finite ratio",
  nonNegativeNumber: "a non-negative number",
  object: "an object of named inputs",
  knownInput: (names: readonly string[]): string =>
    `one of the declared inputs (${names.map((name) => JSON.stringify(name)).join(", ")})`,
  computeResult:
    "a KpiResult: { value: a finite Decimal, reason: null } or { value: null, reason } (safeDivide returns one)",
} as const;

/**
 * What a metric or identity declaration must be (checked when it is defined). A table of its own, so
 * that a metric made without these checks (the built-in ones) does not bring their words in.
 * @internal
 */
export const DECLARATION_EXPECTED = {
  metricSpec: "a metric definition object",
  metricIdFormat: 'a snake_case id such as "win_rate"',
  localized: "an object { en, id } of strings",
  references: "an array of source URLs (strings)",
  function: "a function",
  declaredInputs: "at least one declared input",
  inputSpec: "an input declaration { domain, rollup, label }",
  string: "a string",
  sample:
    'a sampling model { model: "share", successes, trials }, { model: "nps", promoters, passives, detractors } or { model: "mean", n, sum, sumOfSquares?, bounds? }',
  sampleCountInput: (names: readonly string[]): string =>
    `a declared input of domain count or positive_count (${names.map((name) => JSON.stringify(name)).join(", ")})`,
  sampleCount:
    "an input name, a non-empty array of input names (summed) or { add: [names], subtract: [names] }",
  sampleTerms: "an array of input names (add: at least one)",
  sampleBounds: "the scale's ends { min, max } as numbers",
  sampleBoundsOrder: "above min",
  identitySpec: "an identity definition object { id, label, result, factors }",
  identityIdFormat: 'a snake_case id such as "revenue_from_orders"',
  identityTerm: "a quantity { name, label, metric? }",
  identityName: "a snake_case name, unique among the result and the factors",
  identityFactors: "an array of 1 to 10 factors { name, label, metric? }",
  knownField: (fields: readonly string[]): string =>
    `no other field than ${fields.map((field) => JSON.stringify(field)).join(", ")}`,
} as const;

/** What `rollupInputs` and the metric schemas expected, and what they received. @internal */
export const ROLLUP_EXPECTED = {
  metric: "a metric made with defineMetric",
  nonEmptyArray: "a non-empty array",
  additiveInput:
    "an input whose rollup rule is sum, first, last, min or max; it is not additive (a distinct count or a cohort measure), so recompute it from the records of the whole period (for example with countDistinct in aggregate)",
  receivedHole: "a hole in a sparse array or undefined",
  receivedRuleNone: "rollup rule none",
} as const;

/** How a place reads where its path alone would not say it (the whole argument, a result). @internal */
export const MODEL_PLACE = {
  computeResult: "the result of compute",
  inputs: "inputs",
  spec: "spec",
} as const;
