/**
 * Adding one entry to a converted sum, the shared step of `addToConvertedSum` and
 * `tryAddToConvertedSum`: read and look the rates up first, then change the state, so that a
 * rejected entry leaves it untouched.
 *
 * @internal
 */

import { fail, type KpiIssue, raise } from "../../core/errors.js";
import { addExact, type ExactDecimal, exactOf } from "../exact.js";
import { findRate } from "../findRate.js";
import { MONEY_EXPECTED, MONEY_RECEIVED } from "../messages.js";
import { quoteKey } from "../quoteKey.js";
import { isMoneyIssue, type ReadEntry, readEntry } from "../readEntry.js";
import { type ResolvedSettings, rateTableArgument } from "../settings.js";
import type { MoneyEntry, RateQuote, RateTable } from "../types.js";
import {
  type ConvertedPart,
  type ConvertedSumState,
  isConvertedSumState,
  partKey,
} from "./state.js";

/** Checks a state argument. @internal */
export function stateArgument(
  value: unknown,
  subject: string,
  path: readonly (string | number)[],
): ConvertedSumState {
  if (!isConvertedSumState(value))
    raise("invalid_argument", subject, path, MONEY_EXPECTED.state, value);
  return value;
}

/** An entry read and converted: its part key, exact amount and the rates it uses. @internal */
export interface PreparedEntry {
  readonly key: string;
  readonly currency: ConvertedPart["currency"];
  readonly amount: ExactDecimal;
  readonly quotes: ConvertedPart["quotes"];
  readonly factor: ConvertedPart["factor"];
}

/**
 * Looks up the rates of an entry already read (none for the closing method, which takes them at
 * finalize), or returns the issue naming the currency and date of a missing rate. @internal
 */
export function prepareEntry(
  read: ReadEntry,
  settings: ResolvedSettings,
  table: RateTable,
  subject: string,
): PreparedEntry | KpiIssue {
  const amount = exactOf(read.amount);
  if (read.day === null) {
    return { key: read.currency, currency: read.currency, amount, quotes: [], factor: null };
  }
  const rate = findRate(table, read.currency, settings.to, read.day, settings, subject);
  if (isMoneyIssue(rate)) return rate;
  return {
    key: partKey(read.currency, rate.quotes),
    currency: read.currency,
    amount,
    quotes: rate.quotes,
    factor: rate.factor,
  };
}

/** Adds a prepared entry to a state (its part of the same rates, or a new part). @internal */
export function addPrepared(
  state: ConvertedSumState,
  prepared: PreparedEntry,
  subject: string,
): void {
  const part = state.parts.get(prepared.key);
  if (part === undefined) {
    state.parts.set(prepared.key, {
      currency: prepared.currency,
      amount: prepared.amount,
      records: 1,
      quotes: prepared.quotes,
      factor: prepared.factor,
    });
  } else {
    checkSameQuotes(part.quotes, prepared.quotes, subject);
    part.amount = addExact(part.amount, prepared.amount);
    part.records += 1;
  }
}

/** Adds an entry, or returns the problem with it (leaving the state as it was). @internal */
export function addEntry(
  state: ConvertedSumState,
  entry: MoneyEntry,
  rates: RateTable,
  subject: string,
): KpiIssue | null {
  const checked = stateArgument(state, subject, ["state"]);
  const table = rateTableArgument(rates, subject, ["rates"]);
  const read = readEntry(entry, checked.settings, subject, ["entry"]);
  if (isMoneyIssue(read)) return read;
  const prepared = prepareEntry(read, checked.settings, table, subject);
  if (isMoneyIssue(prepared)) return prepared;
  addPrepared(checked, prepared, subject);
  return null;
}

/** Throws when two parts of one key were converted with different rates (different tables). @internal */
export function checkSameQuotes(
  kept: readonly RateQuote[],
  other: readonly RateQuote[],
  subject: string,
): void {
  kept.forEach((quote, index) => {
    const next = other[index] as RateQuote;
    if (next === quote) return;
    if (!next.rate.eq(quote.rate) || next.source !== quote.source) {
      fail({
        code: "inconsistent_inputs",
        subject,
        path: ["rates"],
        expected: MONEY_EXPECTED.sameRate(quoteKey(quote), quote.rate.toString(), quote.source),
        received: MONEY_RECEIVED.rate(next.rate.toString(), next.source),
      });
    }
  });
}
