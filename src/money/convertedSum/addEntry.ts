/**
 * Adding one entry to a converted sum, the shared step of `addToConvertedSum` and
 * `tryAddToConvertedSum`: read and look the rates up first, then change the state, so that a
 * rejected entry leaves it untouched.
 *
 * @internal
 */

import { fail, type KpiIssue, raise } from "../../core/errors.js";
import { addExact, exactOf } from "../exact.js";
import { findRate } from "../findRate.js";
import { MONEY_EXPECTED, MONEY_RECEIVED } from "../messages.js";
import { quoteKey } from "../quoteKey.js";
import { isMoneyIssue, readEntry } from "../readEntry.js";
import { rateTableArgument } from "../settings.js";
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
  const amount = exactOf(read.amount);
  let key: string = read.currency;
  let found: { factor: ConvertedPart["factor"]; quotes: ConvertedPart["quotes"] } = {
    factor: null,
    quotes: [],
  };
  if (read.day !== null) {
    const rate = findRate(table, read.currency, checked.to, read.day, checked.settings, subject);
    if (isMoneyIssue(rate)) return rate;
    found = rate;
    key = partKey(read.currency, rate.quotes);
  }
  const part = checked.parts.get(key);
  if (part === undefined) {
    checked.parts.set(key, {
      currency: read.currency,
      amount,
      records: 1,
      quotes: found.quotes,
      factor: found.factor,
    });
  } else {
    checkSameQuotes(part.quotes, found.quotes, subject);
    part.amount = addExact(part.amount, amount);
    part.records += 1;
  }
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
