/**
 * The state of a converted sum: exact sums of the original amounts, one per currency and set of
 * rates used, so that merging is exact addition and converting happens once, at finalize.
 *
 * @internal
 */

import { unreachable } from "../../core/unreachable.js";
import type { ConversionMethod } from "../conversionMethods.js";
import type { CurrencyCode } from "../currencies.js";
import { type ExactDecimal, exactOf, exactText, type Fraction } from "../exact.js";
import { quoteKey } from "../quoteKey.js";
import type { ResolvedSettings } from "../settings.js";
import type { RateQuote } from "../types.js";

/**
 * The JSON form of a {@link ConvertedSumState}: settings, then one part per currency and set of
 * rates, with exact decimal text. Version 1.
 *
 * @category Money
 */
export interface SerializedConvertedSum {
  readonly kind: "converted_sum";
  readonly version: 1;
  readonly to: CurrencyCode;
  readonly method: ConversionMethod;
  readonly timeZone: string;
  readonly lookbackDays: number;
  readonly parts: readonly SerializedConvertedPart[];
}

/**
 * One part of a {@link SerializedConvertedSum}: the exact sum of the amounts in `currency`
 * converted with the same `rates`.
 *
 * @category Money
 */
export interface SerializedConvertedPart {
  readonly currency: CurrencyCode;
  /** The exact sum of the amounts, in `currency`, as plain decimal text. */
  readonly amount: string;
  /** How many amounts were added. */
  readonly records: number;
  /** The rates that convert `currency` into the state's currency (none for the closing method, which takes them at finalize). */
  readonly rates: readonly SerializedRateQuote[];
}

/**
 * A rate in JSON: its rate as decimal text.
 *
 * @category Money
 */
export type SerializedRateQuote =
  | {
      readonly currency: CurrencyCode;
      readonly rate: string;
      readonly date: string;
      readonly source: string;
    }
  | {
      readonly currency: CurrencyCode;
      readonly rate: string;
      readonly from: string;
      readonly to: string;
      readonly source: string;
    };

/** One part of a state (mutable inside the module). @internal */
export interface ConvertedPart {
  readonly currency: CurrencyCode;
  amount: ExactDecimal;
  records: number;
  readonly quotes: readonly RateQuote[];
  /** The exact factor `rate(to) / rate(currency)`; `null` for the closing method (taken at finalize). */
  readonly factor: Fraction | null;
}

/**
 * A converting, mergeable sum: amounts in several currencies converted into one reporting currency,
 * each at the rate of its own date (`spot`, `average`) or all at a closing rate given at finalize
 * (`closing`). It keeps the exact sum of the original amounts per currency and per set of rates, so
 * states built apart (other months, other workers) merge by exact addition and the converted total
 * is the same however the records were split. Opaque: use the converted-sum functions.
 *
 * @category Money
 */
export interface ConvertedSumState {
  readonly kind: "converted_sum";
  /** The reporting currency. */
  readonly to: CurrencyCode;
  readonly method: ConversionMethod;
  readonly timeZone: string;
  readonly lookbackDays: number;
  /** @internal */
  readonly settings: ResolvedSettings;
  /** @internal The parts, by key (currency and rates). */
  readonly parts: Map<string, ConvertedPart>;
  /** The serialized form (`JSON.stringify(state)` works). */
  toJSON(): SerializedConvertedSum;
}

/** The key of a part: its currency and the keys of its rates. @internal */
export function partKey(currency: CurrencyCode, quotes: readonly RateQuote[]): string {
  return [currency, ...quotes.map(quoteKey)].join("|");
}

/** Whether a value is a converted-sum state made by this module. @internal */
export function isConvertedSumState(value: unknown): value is ConvertedSumState {
  return (
    typeof value === "object" &&
    value !== null &&
    (value as { kind?: unknown }).kind === "converted_sum" &&
    (value as { parts?: unknown }).parts instanceof Map &&
    typeof (value as { settings?: unknown }).settings === "object"
  );
}

/** A new state over parts (taken as they are). @internal */
export function createState(
  settings: ResolvedSettings,
  parts: Map<string, ConvertedPart> = new Map(),
): ConvertedSumState {
  const state: ConvertedSumState = {
    kind: "converted_sum",
    to: settings.to,
    method: settings.method,
    timeZone: settings.timeZone,
    lookbackDays: settings.lookbackDays,
    settings,
    parts,
    toJSON: () => serializeState(state),
  };
  return state;
}

/** The JSON form of a rate. @internal */
export function serializeQuote(quote: RateQuote): SerializedRateQuote {
  switch (quote.kind) {
    case "day":
      return {
        currency: quote.currency,
        rate: exactText(exactOf(quote.rate)),
        date: quote.date,
        source: quote.source,
      };
    case "period":
      return {
        currency: quote.currency,
        rate: exactText(exactOf(quote.rate)),
        from: quote.from,
        to: quote.to,
        source: quote.source,
      };
    default:
      return unreachable(quote, "rate kind");
  }
}

/** The JSON form of a state, parts in key order. @internal */
export function serializeState(state: ConvertedSumState): SerializedConvertedSum {
  const keys = [...state.parts.keys()].sort();
  return {
    kind: "converted_sum",
    version: 1,
    to: state.to,
    method: state.method,
    timeZone: state.timeZone,
    lookbackDays: state.lookbackDays,
    parts: keys.map((key) => {
      const part = state.parts.get(key) as ConvertedPart;
      return {
        currency: part.currency,
        amount: exactText(part.amount),
        records: part.records,
        rates: part.quotes.map(serializeQuote),
      };
    }),
  };
}
