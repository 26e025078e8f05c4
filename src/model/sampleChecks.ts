import { placeOf } from "../core/messages.js";
import { numericOrUndefined } from "../core/numeric.js";
import { DECLARATION_EXPECTED, MODEL_EXPECTED, oneOf } from "./messages.js";
import { isSampleModel, SAMPLE_FIELDS, sampleModels } from "./sampleModels.js";

/**
 * One check of a declaration: where, whether it holds, what was expected, what was there.
 *
 * @internal
 */
export type SpecCheck = readonly [
  path: readonly (string | number)[],
  where: string,
  holds: boolean,
  expected: string,
  received: unknown,
];

type Inputs = Readonly<Record<string, { readonly domain?: unknown }>>;

const COUNT_DOMAINS: readonly unknown[] = ["count", "positive_count"];

function check(
  path: readonly (string | number)[],
  holds: boolean,
  expected: string,
  received: unknown,
): SpecCheck {
  return [path, placeOf(path), holds, expected, received];
}

/** An input name that must be declared (and, for a count, of a count domain). */
function nameCheck(
  path: readonly (string | number)[],
  name: unknown,
  inputs: Inputs,
  count: boolean,
): SpecCheck {
  const names = Object.keys(inputs);
  const declared = typeof name === "string" && Object.hasOwn(inputs, name);
  const holds = declared && (!count || COUNT_DOMAINS.includes(inputs[name]?.domain));
  return check(
    path,
    holds,
    count ? DECLARATION_EXPECTED.sampleCountInput(names) : MODEL_EXPECTED.knownInput(names),
    name,
  );
}

/** The checks of a share's count: a name, a non-empty list of names, or { add, subtract }. */
function countChecks(
  path: readonly (string | number)[],
  count: unknown,
  inputs: Inputs,
): SpecCheck[] {
  if (typeof count === "string") return [nameCheck(path, count, inputs, true)];
  if (Array.isArray(count)) {
    if (count.length === 0) return [check(path, false, DECLARATION_EXPECTED.sampleCount, count)];
    return count.map((name, index) => nameCheck([...path, index], name, inputs, true));
  }
  if (typeof count !== "object" || count === null) {
    return [check(path, false, DECLARATION_EXPECTED.sampleCount, count)];
  }
  const { add, subtract, ...rest } = count as Record<string, unknown>;
  const checks: SpecCheck[] = Object.keys(rest).map((key) =>
    check([...path, key], false, DECLARATION_EXPECTED.knownField(["add", "subtract"]), rest[key]),
  );
  for (const [key, list] of [
    ["add", add],
    ["subtract", subtract],
  ] as const) {
    if (!Array.isArray(list) || (key === "add" && list.length === 0)) {
      checks.push(check([...path, key], false, DECLARATION_EXPECTED.sampleTerms, list));
      continue;
    }
    list.forEach((name, index) => {
      checks.push(nameCheck([...path, key, index], name, inputs, true));
    });
  }
  return checks;
}

function boundsChecks(path: readonly (string | number)[], bounds: unknown): SpecCheck[] {
  if (typeof bounds !== "object" || bounds === null) {
    return [check(path, false, DECLARATION_EXPECTED.sampleBounds, bounds)];
  }
  const { min, max } = bounds as Record<string, unknown>;
  const low = numericOrUndefined(min);
  const top = numericOrUndefined(max);
  if (low === undefined || top === undefined)
    return [check(path, false, DECLARATION_EXPECTED.sampleBounds, bounds)];
  return [check([...path, "max"], top.gt(low), DECLARATION_EXPECTED.sampleBoundsOrder, max)];
}

/**
 * The checks of a metric's declared sampling model against its declared inputs.
 *
 * @internal
 */
export function sampleChecks(sample: unknown, inputs: Inputs): SpecCheck[] {
  const path = ["sample"];
  if (typeof sample !== "object" || sample === null || Array.isArray(sample)) {
    return [check(path, false, DECLARATION_EXPECTED.sample, sample)];
  }
  const spec = sample as Record<string, unknown>;
  if (!isSampleModel(spec.model)) {
    return [check([...path, "model"], false, oneOf(sampleModels), spec.model)];
  }
  const model = spec.model;
  const fields = SAMPLE_FIELDS[model];
  const allowed = ["model", ...fields.required, ...fields.optional];
  const checks: SpecCheck[] = [];
  for (const key of Object.keys(spec)) {
    if (!allowed.includes(key)) {
      checks.push(
        check([...path, key], false, DECLARATION_EXPECTED.knownField(allowed), spec[key]),
      );
    }
  }
  for (const field of fields.required) {
    const at = [...path, field];
    if (model === "share") checks.push(...countChecks(at, spec[field], inputs));
    else checks.push(nameCheck(at, spec[field], inputs, field !== "sum"));
  }
  if (spec.sumOfSquares !== undefined) {
    checks.push(nameCheck([...path, "sumOfSquares"], spec.sumOfSquares, inputs, false));
  }
  if (spec.bounds !== undefined) checks.push(...boundsChecks([...path, "bounds"], spec.bounds));
  return checks;
}
