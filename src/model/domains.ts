import type { Decimal } from "../core/decimal.js";
import { EXPECTED } from "../core/messages.js";
import { MODEL_EXPECTED } from "./messages.js";

/** What one input domain accepts, and the words for it. */
interface DomainSpec {
  readonly accepts: (value: Decimal) => boolean;
  readonly expected: string;
}

/**
 * Every input domain. {@link InputDomain} and every check of a domain derive from this list.
 *
 * @example
 * ```ts
 * import { inputDomains } from "kinerja";
 *
 * console.log(inputDomains.includes("fraction"), inputDomains.length);
 * // true 7
 * ```
 * @category Metric model
 */
export const inputDomains = [
  "count",
  "positive_count",
  "amount",
  "non_negative_amount",
  "fraction",
  "ratio",
  "non_negative_number",
] as const;

/**
 * The values an input accepts.
 *
 * - `count`: a non-negative integer; `positive_count`: an integer ≥ 1.
 * - `amount`: any finite decimal (revenue after returns can be negative); `non_negative_amount`: ≥ 0.
 * - `fraction`: from 0 to 1 inclusive (a margin, a share); `ratio`: any finite decimal.
 * - `non_negative_number`: ≥ 0, not necessarily an integer (days, months).
 * @category Metric model
 */
export type InputDomain = (typeof inputDomains)[number];

/** What each domain accepts and the words for it: a missing domain is a compile error. */
const DOMAINS: Readonly<Record<InputDomain, DomainSpec>> = {
  count: { accepts: (v) => v.isInteger() && !v.isNegative(), expected: EXPECTED.count },
  positive_count: {
    accepts: (v) => v.isInteger() && v.gte(1),
    expected: MODEL_EXPECTED.positiveCount,
  },
  amount: { accepts: () => true, expected: EXPECTED.amount },
  non_negative_amount: {
    accepts: (v) => !v.isNegative(),
    expected: MODEL_EXPECTED.nonNegativeAmount,
  },
  fraction: { accepts: (v) => !v.isNegative() && v.lte(1), expected: MODEL_EXPECTED.fraction },
  ratio: { accepts: () => true, expected: MODEL_EXPECTED.ratio },
  non_negative_number: {
    accepts: (v) => !v.isNegative(),
    expected: MODEL_EXPECTED.nonNegativeNumber,
  },
};

/** Whether a value is one of the {@link inputDomains}. @internal */
export function isInputDomain(value: unknown): value is InputDomain {
  return (inputDomains as readonly unknown[]).includes(value);
}

/** Whether a Decimal lies in an input domain. @internal */
export function inDomain(value: Decimal, domain: InputDomain): boolean {
  return DOMAINS[domain].accepts(value);
}

/** The words for what a domain accepts. @internal */
export function domainExpectation(domain: InputDomain): string {
  return DOMAINS[domain].expected;
}
