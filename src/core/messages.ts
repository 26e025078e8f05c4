/**
 * Every text the library shows a person lives here: the error messages and the descriptions of
 * what was expected. Validation code only builds issue data and asks this module for the words.
 *
 * @internal
 */

import type { KpiErrorCode } from "./errors.js";

/** What a value was expected to be, keyed by a stable name. @internal */
export const EXPECTED = {
  numeric: 'a finite number, a plain decimal string such as "1234.56", a bigint or a Decimal',
  count: "a non-negative integer count",
  positiveCount: "a positive integer count",
  amount: "a finite amount",
  nonNegativeAmount: "a non-negative amount",
  fraction: "a fraction between 0 and 1",
  ratio: "a finite ratio",
  nonNegativeNumber: "a non-negative number",
  object: "an object of named inputs",
  array: "an array",
  nonEmptyArray: "a non-empty array",
  knownInput: "one of the declared inputs",
  places: "an integer number of decimal places from 0 to 100",
  roundingMode:
    'one of "ceil", "floor", "expand", "trunc", "halfCeil", "halfFloor", "halfExpand", "halfTrunc", "halfEven"',
  locale: 'a valid BCP 47 locale tag such as "id-ID" or "en-US"',
  additiveInput:
    "an input whose rollup rule is sum, first, last, min or max; it is not additive (a distinct count or a cohort measure), so recompute it from the records of the whole period (for example with countDistinct in aggregate)",
  safeNumber:
    "a number within ±9007199254740991 (pass a string or bigint for larger values, to keep them exact)",
  exponentRange: "a value whose decimal exponent is between -1000 and 1000",
  metricId: "the id of a metric in the catalog",
  metric: "a metric made with defineMetric",
  metricSpec: "a metric definition object",
  metricIdFormat: 'a snake_case id such as "win_rate"',
  localized: "an object { en, id } of strings",
  references: "an array of source URLs (strings)",
  function: "a function",
  declaredInputs: "at least one declared input",
  inputSpec: "an input declaration { domain, rollup, label }",
  computeResult:
    "a KpiResult: { value: a finite Decimal, reason: null } or { value: null, reason } (safeDivide returns one)",
  string: "a string",
} as const;

/**
 * How a place of the core functions reads where its path alone would not say it (the argument of
 * toDecimal, the text of parseDecimal, an option, unquoted). @internal
 */
export const PLACE = {
  value: "value",
  text: "text",
  option: (name: string): string => `option ${name}`,
  unspecified: "the input",
} as const;

/** A value described for a message, never throwing. @internal */
export function describe(value: unknown): string {
  try {
    switch (typeof value) {
      case "number":
        return Object.is(value, -0) ? "-0" : String(value);
      case "string":
        return value.length > 60
          ? `${JSON.stringify(value.slice(0, 57))}... (${value.length} characters)`
          : JSON.stringify(value);
      case "bigint":
        return `${value}n`;
      case "boolean":
        return String(value);
      case "undefined":
        return "undefined";
      case "symbol":
        return "a symbol";
      case "function":
        return "a function";
      default:
        break;
    }
    if (value === null) return "null";
    if (Array.isArray(value)) return `an array of length ${value.length}`;
    if (value instanceof Date) {
      const time = value.getTime();
      return Number.isNaN(time) ? "an invalid Date" : `Date ${value.toISOString()}`;
    }
    if (typeof (value as { toStringTag?: unknown }).toStringTag === "string") {
      const text = String(value);
      // A real Decimal prints as a number; a look-alike object prints as "[object Object]".
      if (/^-?(\d|Infinity|NaN)/.test(text)) {
        return `Decimal ${text.length > 60 ? `${text.slice(0, 57)}...` : text}`;
      }
    }
    return "an object";
  } catch {
    return "an unprintable value";
  }
}

/** The parts of one message. @internal */
export interface MessageParts {
  readonly subject: string;
  readonly where: string;
  readonly expected: string;
  readonly received: string;
}

const VERBS: Partial<Record<KpiErrorCode, string>> = {
  inconsistent_inputs: "must be",
  unknown_input: "is not",
};

/**
 * Renders one issue as a sentence: `win_rate: input "lost" must be a non-negative integer count, received -3`.
 *
 * @internal
 */
export function renderMessage(code: KpiErrorCode, parts: MessageParts): string {
  const verb = VERBS[code] ?? "must be";
  const subject = parts.subject === "" ? "" : `${parts.subject}: `;
  return `${subject}${parts.where} ${verb} ${parts.expected}, received ${parts.received}`;
}

/** Joins several issue messages into one error message. @internal */
export function renderSummary(messages: readonly string[]): string {
  if (messages.length === 1) return messages[0] as string;
  return `${messages.length} problems:\n${messages.map((m) => `  - ${m}`).join("\n")}`;
}

/**
 * How a path reads in a sentence, derived from the path alone so that every layer words places the
 * same way: `[12, "amount"]` is `record 12 field "amount"`, `["inputs", "lost"]` is `input "lost"`,
 * `["options", "fill"]` is `option "fill"`, and any other path is written as a property path
 * (`targets[3].period`); the empty path is `the argument`.
 *
 * @internal
 */
export function placeOf(path: readonly (string | number)[]): string {
  const [head, next] = path;
  if (typeof head === "number" && path.length <= 2) {
    return typeof next === "string"
      ? `record ${head} field ${JSON.stringify(next)}`
      : `record ${head}`;
  }
  if (path.length === 2 && typeof next === "string") {
    if (head === "inputs") return inputWhere(next);
    if (head === "options") return `option ${JSON.stringify(next)}`;
  }
  let text = "";
  for (const part of path) {
    if (typeof part === "number") text += `[${part}]`;
    else text += text === "" ? part : `.${part}`;
  }
  return text === "" ? "the argument" : text;
}

/** Where an input of a metric is. @internal */
export function inputWhere(name: string): string {
  return `input ${JSON.stringify(name)}`;
}
