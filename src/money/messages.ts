/**
 * The words of the money layer (currencies, rate tables, conversion): what a value was expected to
 * be and how a value received is described. Validation code builds issue data and takes its wording
 * from here.
 *
 * @internal
 */

import { CONVERSION_METHOD_NAMES, type ConversionMethod } from "./conversionMethods.js";

const quoted = (values: readonly string[]): string =>
  values.map((value) => JSON.stringify(value)).join(", ");

/** What the money layer expected, keyed by a stable name. @internal */
export const MONEY_EXPECTED = {
  currency:
    'a supported ISO 4217 currency code in upper case, such as "IDR", "USD" or "EUR" (see CURRENCY_CODES)',
  amount: 'a finite number, a plain decimal string such as "1234.56", a bigint or a Decimal',
  date: 'a date "YYYY-MM-DD", or an instant (a Date, epoch milliseconds or an ISO-8601 date-time)',
  rateDate: 'a date "YYYY-MM-DD" that exists in the calendar, from 0001-01-01 to 9999-12-31',
  rate: 'a positive rate: a plain decimal string such as "16250.5" (or a finite number)',
  positiveRate: "a positive rate (units of the currency per one unit of the pivot)",
  source: "a non-empty string naming where the rate comes from",
  rateFile:
    "a rate table object { pivot, rates: [...], source?, fictional?, note? }, or its JSON text",
  rateFileField: 'one of the fields "pivot", "rates", "source", "fictional", "note"',
  rates: "an array of rates",
  rateEntry:
    "a rate object { currency, rate, date, source? } or { currency, rate, from, to, source? }",
  rateEntryField: 'one of the fields "currency", "rate", "date", "from", "to", "source"',
  dateOrPeriod: 'either "date" (a day rate) or "from" and "to" (a period rate), not both',
  periodBounds: 'both "from" and "to"',
  periodOrder: 'a "from" date at or before the "to" date',
  notPivot: (pivot: string): string =>
    `a currency other than the pivot ${pivot} (the pivot's rate is 1 by definition)`,
  uniqueDay: "one day rate per currency and date",
  disjointPeriods: "period rates of one currency whose periods do not overlap",
  boolean: "a boolean",
  string: "a string",
  rateTable: "a rate table from parseRateTable",
  options: "an options object",
  entry: "an object { amount, currency, date }",
  method: (): string => `one of ${quoted(CONVERSION_METHOD_NAMES)}`,
  lookbackDays: "an integer number of days from 0 to 366",
  closingDate:
    'the closing date (option "at": a date "YYYY-MM-DD" or an instant), required by the closing method',
  noClosingDate: 'no closing date (option "at" is for the closing method only)',
  minorUnitMode:
    'one of "ceil", "floor", "expand", "trunc", "halfCeil", "halfFloor", "halfExpand", "halfTrunc", "halfEven"',
  dayRate: (currency: string, from: string, to: string, lookbackDays: number): string =>
    lookbackDays === 0
      ? `a day rate of ${currency} dated ${to} in the rate table (lookbackDays is 0)`
      : `a day rate of ${currency} in the rate table dated ${from} to ${to} (on the date, or up to ${lookbackDays} ${lookbackDays === 1 ? "day" : "days"} before it; raise lookbackDays to reach further back)`,
  periodRate: (currency: string, date: string): string =>
    `a period rate of ${currency} in the rate table whose period (from, to) contains ${date}`,
  state:
    "a converted-sum state from emptyConvertedSum, mergeConvertedSums or deserializeConvertedSum",
  sameSettings: (to: string, method: string, timeZone: string, lookbackDays: number): string =>
    `a state with the same settings (to ${to}, method ${method}, timeZone ${timeZone}, lookbackDays ${lookbackDays})`,
  sameRate: (quote: string, rate: string, source: string): string =>
    `the rate ${rate} from ${JSON.stringify(source)} for ${quote}, as in the other state (both states must be built with the same rate table)`,
  finalizeOptions: "an object { rates, at } for a closing-method state, or nothing",
  serializedState: "a serialized converted sum (the output of serializeConvertedSum)",
  serializedPart:
    "a part { currency, amount, records, rates } with rates that convert currency into the state's currency",
  records: "a positive integer count of records",
  record: "a record object",
  recordField: (field: string, expected: string): string =>
    `a record whose ${field} is ${expected}`,
  rateFound: (where: string, expected: string): string =>
    `an amount with a rate in the table (${where} must be ${expected})`,
  measureValue: "an amount, a currency and a date whose rate is in the table",
  measureMethod:
    'one of "spot", "average" (the closing method needs the period\'s end: apply it per cell with convert, see docs/currencies.md)',
  currencyOption:
    "a supported ISO 4217 currency code (the same currency for every record), a property name or a function (record, index) => currency",
  dateOption:
    "a property name or a function (record, index) => date giving the transaction date (usually the field aggregate reads its date from)",
  amountOption: "a property name or a function (record, index) => amount",
  measureState: "a converted-sum state",
  closingSeries: "a series from aggregate holding a convertedSum measure of that name",
} as const;

/** How a field of a record is named in the converted-sum measure's messages. @internal */
export const MONEY_FIELD = {
  named: (name: string): string => JSON.stringify(name),
  amount: "amount",
  currency: "currency",
  date: "date",
} as const;

/** How a value received is described in the money layer's messages. @internal */
export const MONEY_RECEIVED = {
  json: (detail: string): string => `text that is not JSON (${detail})`,
  noRate: (currency: string): string => `none (the table has no ${currency} rate of that kind)`,
  latestBefore: (currency: string, date: string): string =>
    `none (the latest ${currency} day rate before it is dated ${date})`,
  earliestAfter: (currency: string, date: string): string =>
    `none (the earliest ${currency} day rate is dated ${date})`,
  periodsCover: (currency: string, from: string, to: string): string =>
    `none (the ${currency} period rates cover ${from} to ${to}, with gaps if any between them)`,
  duplicateDay: (currency: string, date: string, first: number): string =>
    `a second ${currency} rate for ${date} (the first is rates[${first}])`,
  overlap: (currency: string, period: string, first: number, other: string): string =>
    `${currency} period ${period}, overlapping rates[${first}] (${other})`,
  period: (from: string, to: string): string => `from ${from} to ${to}`,
  dateAndPeriod: 'both "date" and "from" / "to"',
  neitherDateNorPeriod: 'neither "date" nor "from" / "to"',
  onlyOneBound: (present: string): string => `only ${JSON.stringify(present)}`,
  settings: (to: string, method: string, timeZone: string, lookbackDays: number): string =>
    `to ${to}, method ${method}, timeZone ${timeZone}, lookbackDays ${lookbackDays}`,
  rate: (rate: string, source: string): string => `the rate ${rate} from ${JSON.stringify(source)}`,
} as const;

/** Where a missing rate is, by the method that looked for it. @internal */
export const MONEY_WHERE: Readonly<
  Record<ConversionMethod, (currency: string, date: string) => string>
> = {
  spot: (currency, date) => `the ${currency} spot rate for ${date}`,
  average: (currency, date) => `the ${currency} average rate for ${date}`,
  closing: (currency, date) => `the ${currency} closing rate at ${date}`,
};
