import type { Decimal } from "../core/decimal.js";
import type { Numeric } from "../core/numeric.js";
import type { ConversionMethod } from "./conversionMethods.js";
import type { CurrencyCode } from "./currencies.js";
import type { Fraction } from "./exact.js";

/**
 * One rate of a {@link RateTable}: `rate` units of `currency` for one unit of the table's pivot
 * (with pivot USD, `{ currency: "IDR", rate: 16250 }` reads "1 USD = 16,250 IDR"), with where it
 * comes from. A day rate (`kind: "day"`) holds for its `date`; a period rate (`kind: "period"`),
 * for example a monthly average, holds for every date from `from` to `to`, both included.
 *
 * @category Money
 */
export type RateQuote = DayRateQuote | PeriodRateQuote;

/**
 * A rate published for one date (a spot rate), used by the `spot` and `closing` methods.
 *
 * @category Money
 */
export interface DayRateQuote {
  readonly kind: "day";
  readonly currency: CurrencyCode;
  /** Units of `currency` per one unit of the pivot, exact as written in the file. */
  readonly rate: Decimal;
  /** The date the rate is for, `YYYY-MM-DD`. */
  readonly date: string;
  /** Where the rate comes from (the entry's `source`, else the file's). */
  readonly source: string;
}

/**
 * A rate for a period (an average rate), used by the `average` method.
 *
 * @category Money
 */
export interface PeriodRateQuote {
  readonly kind: "period";
  readonly currency: CurrencyCode;
  /** Units of `currency` per one unit of the pivot, exact as written in the file. */
  readonly rate: Decimal;
  /** The first date of the period, `YYYY-MM-DD`. */
  readonly from: string;
  /** The last date of the period (included), `YYYY-MM-DD`. */
  readonly to: string;
  /** Where the rate comes from (the entry's `source`, else the file's). */
  readonly source: string;
}

/** A quote with its exact value and its day numbers, as the table indexes it. @internal */
export interface IndexedQuote<Q extends RateQuote = RateQuote> {
  readonly quote: Q;
  readonly rate: Fraction;
  /** The day number of `date`, or of `from` for a period rate. */
  readonly first: number;
  /** The day number of `date`, or of `to` for a period rate. */
  readonly last: number;
}

/** One currency's rates, sorted by date. @internal */
export interface CurrencyRates {
  readonly days: readonly IndexedQuote<DayRateQuote>[];
  readonly periods: readonly IndexedQuote<PeriodRateQuote>[];
}

/**
 * A validated table of exchange rates against one pivot currency, made by `parseRateTable`.
 * Cross rates go through the pivot exactly: with pivot USD, 1 EUR in IDR is
 * `rate(IDR) / rate(EUR)` as an exact fraction.
 *
 * @category Money
 */
export interface RateTable {
  /** Always `"rate_table"`. */
  readonly type: "rate_table";
  /** The currency every rate is quoted against (its own rate is 1). */
  readonly pivot: CurrencyCode;
  /** Every rate, in file order. */
  readonly quotes: readonly RateQuote[];
  /** Whether the file says its rates are fictional (example data, never for real accounts). */
  readonly fictional: boolean;
  /** The file's note, or `null`. */
  readonly note: string | null;
  /** @internal Each currency's rates, sorted by date. */
  readonly index: ReadonlyMap<CurrencyCode, CurrencyRates>;
}

/**
 * Where and when an amount is converted, shared by `convert` and the converted sum.
 *
 * @category Money
 */
export interface ConversionSettings {
  /** The reporting currency. */
  readonly to: CurrencyCode;
  /** How the rate is chosen (see `CONVERSION_METHODS`); default `"spot"`. */
  readonly method?: ConversionMethod;
  /**
   * The IANA time zone that gives an instant its date (a date `YYYY-MM-DD` needs none); default
   * `"UTC"`. Use the zone the rates are published in (`"Asia/Jakarta"` for Bank Indonesia).
   */
  readonly timeZone?: string;
  /**
   * How many days before the date a day rate may be dated, for dates with no rate published
   * (weekends, holidays); default 7, 0 for the exact date only. Applies to `spot` and `closing`.
   */
  readonly lookbackDays?: number;
}

/**
 * An amount in a currency at a date: one record to convert.
 *
 * @category Money
 */
export interface MoneyEntry {
  /** The amount, in `currency`. */
  readonly amount: Numeric;
  /** Its ISO 4217 currency code (a string from a file is checked against `CURRENCY_CODES`). */
  readonly currency: CurrencyCode | (string & {});
  /**
   * The transaction date: `YYYY-MM-DD`, or an instant taken in the settings' time zone. Required by
   * `spot` and `average`; the `closing` method uses its closing date instead.
   */
  readonly date?: string | number | Date;
}
