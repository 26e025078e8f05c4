// Shared pieces of the hostile-input suite: the hostile values, and `probe`, which runs one case
// and checks that it ended in a defined value or a useful KpiError — never a TypeError, NaN,
// Infinity, a non-finite Decimal, an invalid Date or a hang.
import { Decimal } from "decimal.js";
import { expect } from "vitest";
import { KDecimal } from "../../src/core/decimal.js";
import { KpiError, type KpiErrorCode } from "../../src/core/errors.js";

/** Every code a KpiError may carry (the closed union `KpiErrorCode`). */
export const KNOWN_CODES: readonly KpiErrorCode[] = [
  "invalid_number",
  "out_of_domain",
  "inconsistent_inputs",
  "missing_input",
  "unknown_input",
  "invalid_argument",
  "invalid_option",
  "not_additive",
  "invalid_date",
  "invalid_time_zone",
  "invalid_period",
  "invalid_calendar",
  "invalid_record",
  "unknown_metric",
  "invalid_score",
  "invalid_target",
  "not_paceable",
];

/** A second copy of decimal.js, as another package in node_modules would have. */
const ForeignDecimal = Decimal.clone({ precision: 5, rounding: Decimal.ROUND_DOWN });

/** A plain object that claims to be a Decimal (decimal.js's own `isDecimal` trusts this tag). */
function lookAlike(): unknown {
  return { toStringTag: "[object Decimal]", d: [1], e: 0, s: 1 };
}

const FOUR_HUNDRED_DIGITS = `9${"8".repeat(398)}7`;

/**
 * The hostile values, by name. Functions so that each case gets a fresh value (a mutated `{}` or
 * `[]` can never leak from one case into the next).
 */
export const HOSTILE_VALUES: readonly (readonly [string, () => unknown])[] = [
  ["NaN", () => Number.NaN],
  ["Infinity", () => Number.POSITIVE_INFINITY],
  ["-Infinity", () => Number.NEGATIVE_INFINITY],
  ["-0", () => -0],
  ['""', () => ""],
  ['" 12 "', () => " 12 "],
  ['"12abc"', () => "12abc"],
  ['"1,234.56"', () => "1,234.56"],
  ['"1.234,56"', () => "1.234,56"],
  ["null", () => null],
  ["undefined", () => undefined],
  ["true", () => true],
  ["{}", () => ({})],
  ["[]", () => []],
  ["a function", () => () => 1],
  ["a symbol", () => Symbol("hostile")],
  ["1e309", () => Number.parseFloat("1e309")],
  ['"1e-400"', () => "1e-400"],
  ["a 400-digit string", () => FOUR_HUNDRED_DIGITS],
  ["MAX_SAFE_INTEGER + 2", () => Number.MAX_SAFE_INTEGER + 2],
  ["a negative count (-3)", () => -3],
  ["a fractional count (2.5)", () => 2.5],
  ["a Decimal from another decimal.js copy", () => new ForeignDecimal("12.5")],
  ["a NaN Decimal from another copy", () => new ForeignDecimal(Number.NaN)],
  ["an Infinity Decimal from another copy", () => new ForeignDecimal(Number.POSITIVE_INFINITY)],
  ['an object tagged "[object Decimal]"', lookAlike],
  ['"2025-02-30"', () => "2025-02-30"],
  ['"not a date"', () => "not a date"],
  ["new Date(NaN)", () => new Date(Number.NaN)],
  ["epoch seconds (1741944600)", () => 1_741_944_600],
  ['"Asia/Jakrta" (unknown zone)', () => "Asia/Jakrta"],
  ['"__proto__"', () => "__proto__"],
  ['"constructor"', () => "constructor"],
  ['"toString"', () => "toString"],
  ["a bigint (10n)", () => 10n],
  ["a huge bigint (10n ** 500n)", () => 10n ** 500n],
];

/** Names of hostile values that are valid numbers (every reader must accept them). */
export const NUMERIC_VALUES = new Set([
  "-0",
  '"1e-400"',
  "a 400-digit string",
  "a negative count (-3)",
  "a fractional count (2.5)",
  "a Decimal from another decimal.js copy",
  "epoch seconds (1741944600)",
  "a bigint (10n)",
  "a huge bigint (10n ** 500n)",
]);

let cases = 0;

/** How many cases have run. */
export function caseCount(): number {
  return cases;
}

/** How strictly a case's result is checked. */
export interface ProbeOptions {
  /** Also refuse "NaN", "Infinity" and "∞" in strings (text meant for people: formatted values, labels). */
  readonly text?: boolean;
}

/** What a case ended in. */
export type Outcome =
  | { readonly ok: true; readonly value: unknown }
  | { readonly ok: false; readonly error: KpiError };

/**
 * Runs one case: it must return a clean value or throw a useful KpiError. `subjects` lists the
 * names an error message may start with (the function or metric the caller called, or the one it
 * delegates to).
 */
export function probe(
  subjects: readonly string[],
  run: () => unknown,
  label = "",
  options: ProbeOptions = {},
): Outcome {
  cases++;
  let value: unknown;
  try {
    value = run();
  } catch (error) {
    expectUsefulError(error, subjects, label);
    return { ok: false, error: error as KpiError };
  }
  expectClean(value, label, options.text === true);
  return { ok: true, value };
}

/** A thrown value is a KpiError with a known code, whose every issue names the subject and says what was expected and received. */
export function expectUsefulError(
  error: unknown,
  subjects: readonly string[],
  label: string,
): void {
  if (!(error instanceof KpiError)) {
    throw new Error(
      `${label}: threw ${String(error)} (${(error as Error)?.name}), not a KpiError`,
      {
        cause: error,
      },
    );
  }
  expect(KNOWN_CODES, label).toContain(error.code);
  expect(error.issues.length, label).toBeGreaterThan(0);
  for (const issue of error.issues) {
    expect(KNOWN_CODES, label).toContain(issue.code);
    const named = subjects.some((subject) => issue.message.startsWith(`${subject}: `));
    expect(
      named,
      `${label}: "${issue.message}" should start with one of ${subjects.join(", ")}`,
    ).toBe(true);
    expect(issue.message, label).toMatch(/ (must be|is not) /);
    expect(issue.message, label).toContain(", received ");
    expect(issue.received.length, label).toBeGreaterThan(0);
    expect(issue.expected.length, label).toBeGreaterThan(0);
    expect(issue.message, label).not.toMatch(/\[object Object\]|undefined undefined/);
  }
  // Errors are data: they serialize.
  expect(() => JSON.stringify(error), label).not.toThrow();
}

/** Walks a returned structure: no NaN or ±Infinity number, no non-finite or foreign Decimal, no invalid Date, no "NaN" text. */
export function expectClean(value: unknown, label: string, text = false): void {
  const seen = new Set<unknown>();
  // Plain checks (not one `expect` per node): a report of a million issues is walked in well under a second.
  const bad = (path: string, what: string): never => {
    throw new Error(`${label}: ${path} ${what}`);
  };
  const walk = (node: unknown, path: string): void => {
    if (typeof node === "number") {
      if (!Number.isFinite(node)) bad(path, `is ${node}`);
      return;
    }
    if (typeof node === "string") {
      if (text && /\bNaN\b|Infinity|∞/.test(node)) bad(path, `is the text ${JSON.stringify(node)}`);
      return;
    }
    if (typeof node !== "object" || node === null) return;
    if (seen.has(node)) return;
    seen.add(node);
    if (Decimal.isDecimal(node)) {
      const decimal = node as Decimal;
      if (!decimal.isFinite()) bad(path, `is the Decimal ${decimal.toString()}`);
      if (!(decimal instanceof KDecimal) || decimal.constructor !== KDecimal) {
        bad(path, "is a Decimal of another constructor");
      }
      return;
    }
    if (node instanceof Date) {
      if (Number.isNaN(node.getTime())) bad(path, "is an invalid Date");
      return;
    }
    if (node instanceof Map) {
      for (const [key, entry] of node) {
        walk(key, `${path}<key>`);
        walk(entry, `${path}.get(${String(key)})`);
      }
      return;
    }
    if (node instanceof Set) {
      for (const entry of node) walk(entry, `${path}<entry>`);
      return;
    }
    if (Array.isArray(node)) {
      for (let index = 0; index < node.length; index++) walk(node[index], `${path}[${index}]`);
      return;
    }
    for (const key of Object.keys(node)) {
      walk((node as Record<string, unknown>)[key], `${path}.${key}`);
    }
  };
  walk(value, "result");
}
