/**
 * The one conversion both `convert` and `tryConvert` run.
 *
 * @internal
 */

import type { Decimal } from "../core/decimal.js";
import { type KpiIssue, raise } from "../core/errors.js";
import { CONVERSION_METHODS, type ConversionMethod } from "./conversionMethods.js";
import type { CurrencyCode } from "./currencies.js";
import { dayOfTransaction, textOfDay } from "./dates.js";
import { exactOf, fractionOf, fractionToDecimal, multiplyFractions } from "./exact.js";
import { findRate } from "./findRate.js";
import { MONEY_EXPECTED } from "./messages.js";
import { isMoneyIssue, readEntry } from "./readEntry.js";
import { type ResolvedSettings, rateTableArgument, resolveSettings } from "./settings.js";
import type { ConversionSettings, MoneyEntry, RateQuote, RateTable } from "./types.js";

/**
 * Options of `convert` and `tryConvert`: the {@link ConversionSettings} and, for the closing
 * method, the closing date.
 *
 * @category Money
 */
export interface ConvertOptions extends ConversionSettings {
  /**
   * The closing date (the end of the reporting period), required by the `closing` method and
   * refused by the others: a date `YYYY-MM-DD` or an instant taken in `timeZone`.
   */
  readonly at?: string | number | Date;
}

/**
 * An amount converted into the reporting currency, with the rates used (provenance).
 *
 * @category Money
 */
export interface Conversion {
  /** The amount as given, in `from`. */
  readonly amount: Decimal;
  /** The currency of the amount. */
  readonly from: CurrencyCode;
  /** The amount in `currency`: exact when `exact`, else rounded to 34 significant digits. Not rounded to the minor unit. */
  readonly value: Decimal;
  /** The reporting currency. */
  readonly currency: CurrencyCode;
  /** Whether `value` is the exact product (a cross or inverse rate can give a quotient that does not terminate). */
  readonly exact: boolean;
  /** The method used. */
  readonly method: ConversionMethod;
  /** The date whose rate was looked up (`YYYY-MM-DD`): the transaction date, or the closing date. */
  readonly date: string;
  /** The rates used: none when the amount is already in `currency`, one when either currency is the pivot, else two. */
  readonly rates: readonly RateQuote[];
}

/** Converts one entry, returning the first problem with the entry instead of throwing. @internal */
export function conversionOf(
  entry: MoneyEntry,
  rates: RateTable,
  options: ConvertOptions,
  subject: string,
): Conversion | KpiIssue {
  const table = rateTableArgument(rates, subject, ["rates"]);
  const settings = resolveSettings(options, subject);
  const closingDay = closingDayOf(options.at, settings, subject);
  const read = readEntry(entry, settings, subject, ["entry"]);
  if (isMoneyIssue(read)) return read;
  const { amount, currency, day } = read;
  const lookupDay = (day ?? closingDay) as number;
  const found = findRate(table, currency, settings.to, lookupDay, settings, subject);
  if (isMoneyIssue(found)) return found;
  const { value, exact } = fractionToDecimal(
    multiplyFractions(fractionOf(exactOf(amount)), found.factor),
  );
  return Object.freeze({
    amount,
    from: currency,
    value,
    currency: settings.to,
    exact,
    method: settings.method,
    date: textOfDay(lookupDay),
    rates: Object.freeze([...found.quotes]),
  });
}

/** The closing date's day number for the closing method, `null` for the others; throws on a misuse. @internal */
export function closingDayOf(
  at: unknown,
  settings: ResolvedSettings,
  subject: string,
): number | null {
  if (CONVERSION_METHODS[settings.method].perRecord) {
    if (at !== undefined)
      raise("invalid_option", subject, ["options", "at"], MONEY_EXPECTED.noClosingDate, at);
    return null;
  }
  const day = at === undefined ? undefined : dayOfTransaction(at, settings.calendar);
  if (day === undefined) {
    raise(
      at === undefined ? "invalid_option" : "invalid_date",
      subject,
      ["options", "at"],
      MONEY_EXPECTED.closingDate,
      at,
    );
  }
  return day;
}
