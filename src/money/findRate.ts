/**
 * Finding the rates a conversion uses, and the exact factor they give.
 *
 * @internal
 */

import { type KpiIssue, makeIssue } from "../core/errors.js";
import { unreachable } from "../core/unreachable.js";
import type { ConversionMethod } from "./conversionMethods.js";
import type { CurrencyCode } from "./currencies.js";
import { textOfDay } from "./dates.js";
import { divideFractions, type Fraction, ONE_FRACTION } from "./exact.js";
import { MONEY_EXPECTED, MONEY_RECEIVED, MONEY_WHERE } from "./messages.js";
import { isMoneyIssue } from "./readEntry.js";
import type { IndexedQuote, RateQuote, RateTable } from "./types.js";

/** The rates of one conversion and the exact factor `rate(to) / rate(from)` they give. @internal */
export interface FoundRate {
  readonly factor: Fraction;
  /** The quotes used: none when from is to, one when either is the pivot, else two (from, then to). */
  readonly quotes: readonly RateQuote[];
}

/** The rate rule of a method, for the lookup. @internal */
export interface RateRule {
  readonly method: ConversionMethod;
  readonly lookbackDays: number;
}

/** The last index in a sorted list whose `first` is at most `day`, or -1. */
function lastAtOrBefore(list: readonly IndexedQuote[], day: number): number {
  let low = 0;
  let high = list.length - 1;
  let found = -1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if ((list[middle] as IndexedQuote).first <= day) {
      found = middle;
      low = middle + 1;
    } else {
      high = middle - 1;
    }
  }
  return found;
}

/**
 * One currency's quote against the pivot on a day, by the method's rule: `null` for the pivot
 * itself (rate 1), the indexed quote, or the issue naming the currency and date.
 *
 * @internal
 */
export function findQuote(
  table: RateTable,
  currency: CurrencyCode,
  day: number,
  rule: RateRule,
  subject: string,
): IndexedQuote | null | KpiIssue {
  if (currency === table.pivot) return null;
  const rates = table.index.get(currency);
  const date = textOfDay(day);
  switch (rule.method) {
    case "spot":
    case "closing": {
      const days = rates?.days ?? [];
      const at = lastAtOrBefore(days, day);
      const found = at === -1 ? undefined : days[at];
      if (found !== undefined && found.first >= day - rule.lookbackDays) return found;
      let received: string = MONEY_RECEIVED.noRate(currency);
      if (found !== undefined)
        received = MONEY_RECEIVED.latestBefore(
          currency,
          found.quote.kind === "day" ? found.quote.date : date,
        );
      else if (days.length > 0) {
        const earliest = days[0] as IndexedQuote;
        received = MONEY_RECEIVED.earliestAfter(
          currency,
          earliest.quote.kind === "day" ? earliest.quote.date : date,
        );
      }
      return makeIssue({
        code: "out_of_domain",
        subject,
        path: ["rates", currency, date],
        where: MONEY_WHERE[rule.method](currency, date),
        expected: MONEY_EXPECTED.dayRate(
          currency,
          textOfDay(day - rule.lookbackDays),
          date,
          rule.lookbackDays,
        ),
        received,
      });
    }
    case "average": {
      const periods = rates?.periods ?? [];
      const at = lastAtOrBefore(periods, day);
      const found = at === -1 ? undefined : periods[at];
      if (found !== undefined && found.last >= day) return found;
      const firstPeriod = periods[0];
      const lastPeriod = periods[periods.length - 1];
      const received =
        firstPeriod?.quote.kind === "period" && lastPeriod?.quote.kind === "period"
          ? MONEY_RECEIVED.periodsCover(currency, firstPeriod.quote.from, lastPeriod.quote.to)
          : MONEY_RECEIVED.noRate(currency);
      return makeIssue({
        code: "out_of_domain",
        subject,
        path: ["rates", currency, date],
        where: MONEY_WHERE[rule.method](currency, date),
        expected: MONEY_EXPECTED.periodRate(currency, date),
        received,
      });
    }
    default:
      return unreachable(rule.method, "conversion method");
  }
}

/**
 * The rates converting `from` into `to` on a day, through the pivot: the exact factor
 * `rate(to) / rate(from)` (each currency's rate against the pivot, the pivot's being 1).
 *
 * @internal
 */
export function findRate(
  table: RateTable,
  from: CurrencyCode,
  to: CurrencyCode,
  day: number,
  rule: RateRule,
  subject: string,
): FoundRate | KpiIssue {
  if (from === to) return { factor: ONE_FRACTION, quotes: [] };
  const fromQuote = findQuote(table, from, day, rule, subject);
  if (fromQuote !== null && isMoneyIssue(fromQuote)) return fromQuote;
  const toQuote = findQuote(table, to, day, rule, subject);
  if (toQuote !== null && isMoneyIssue(toQuote)) return toQuote;
  const quotes: RateQuote[] = [];
  if (fromQuote !== null) quotes.push(fromQuote.quote);
  if (toQuote !== null) quotes.push(toQuote.quote);
  return {
    factor: divideFractions(toQuote?.rate ?? ONE_FRACTION, fromQuote?.rate ?? ONE_FRACTION),
    quotes,
  };
}
