import { fail, type KpiErrorCode } from "../../core/errors.js";
import { describe } from "../../core/messages.js";
import { numericOrUndefined } from "../../core/numeric.js";
import { CONVERSION_METHODS } from "../conversionMethods.js";
import { isCurrencyCode } from "../currencies.js";
import { dayOfText } from "../dates.js";
import {
  addExact,
  divideFractions,
  exactOf,
  exactOfText,
  fractionOf,
  ONE_FRACTION,
} from "../exact.js";
import { MONEY_EXPECTED } from "../messages.js";
import { resolveSettings } from "../settings.js";
import type { RateQuote } from "../types.js";
import { checkSameQuotes } from "./addEntry.js";
import { type ConvertedPart, type ConvertedSumState, createState, partKey } from "./state.js";

const SUBJECT = "deserializeConvertedSum";
const STATE_FIELDS = ["kind", "version", "to", "method", "timeZone", "lookbackDays", "parts"];
const PART_FIELDS = ["currency", "amount", "records", "rates"];
const DECIMAL = /^-?\d+(?:\.\d+)?$/;

type Path = readonly (string | number)[];

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function reject(
  path: Path,
  expected: string,
  value: unknown,
  code: KpiErrorCode = "invalid_argument",
): never {
  fail({ code, subject: SUBJECT, path, expected, received: describe(value) });
}

function onlyFields(
  value: Record<string, unknown>,
  fields: readonly string[],
  path: Path,
  expected: string,
): void {
  for (const key of Object.keys(value)) {
    if (!fields.includes(key)) reject([...path, key], expected, key);
  }
}

/**
 * A converted sum from its JSON form (the output of `serializeConvertedSum`, possibly through
 * `JSON.parse`), checked field by field: the amounts must be plain decimal text and every part's
 * rates must convert its currency into the state's currency.
 *
 * @param json - A serialized converted sum.
 * @returns The state, ready to merge, add to and finalize.
 * @throws {KpiError} `invalid_argument` naming the first field that is not what it must be.
 * @example
 * ```ts
 * import { deserializeConvertedSum, finalizeConvertedSum } from "kinerja";
 *
 * const state = deserializeConvertedSum(JSON.parse(
 *   '{"kind":"converted_sum","version":1,"to":"IDR","method":"spot","timeZone":"UTC","lookbackDays":7,' +
 *   '"parts":[{"currency":"USD","amount":"12.5","records":1,' +
 *   '"rates":[{"currency":"IDR","rate":"16350","date":"2025-03-14","source":"fictional"}]}]}',
 * ));
 * console.log(finalizeConvertedSum(state).value.toString());
 * // 204375
 * ```
 * @category Money
 */
export function deserializeConvertedSum(json: unknown): ConvertedSumState {
  if (!isPlainObject(json) || json.kind !== "converted_sum" || json.version !== 1) {
    reject([], MONEY_EXPECTED.serializedState, json);
  }
  onlyFields(json, STATE_FIELDS, [], MONEY_EXPECTED.serializedState);
  const settings = resolveSettings(
    { to: json.to, method: json.method, timeZone: json.timeZone, lookbackDays: json.lookbackDays },
    SUBJECT,
  );
  if (!Array.isArray(json.parts)) reject(["parts"], MONEY_EXPECTED.serializedState, json.parts);
  const parts = new Map<string, ConvertedPart>();
  json.parts.forEach((raw: unknown, index: number) => {
    const path = ["parts", index];
    if (!isPlainObject(raw)) reject(path, MONEY_EXPECTED.serializedPart, raw);
    onlyFields(raw, PART_FIELDS, path, MONEY_EXPECTED.serializedPart);
    const { currency, amount, records, rates } = raw;
    if (!isCurrencyCode(currency)) reject([...path, "currency"], MONEY_EXPECTED.currency, currency);
    if (typeof amount !== "string" || !DECIMAL.test(amount) || amount.length > 2000) {
      reject([...path, "amount"], MONEY_EXPECTED.amount, amount);
    }
    if (typeof records !== "number" || !Number.isSafeInteger(records) || records < 1) {
      reject([...path, "records"], MONEY_EXPECTED.records, records);
    }
    if (!Array.isArray(rates)) reject([...path, "rates"], MONEY_EXPECTED.serializedPart, rates);
    const quotes = rates.map((rate: unknown, at: number) =>
      readQuote(rate, [...path, "rates", at]),
    );
    const closing = !CONVERSION_METHODS[settings.method].perRecord;
    const sides = [...(currency === settings.to ? [] : [currency]), settings.to];
    const coherent = closing
      ? quotes.length === 0
      : currency === settings.to
        ? quotes.length === 0
        : quotes.length >= 1 &&
          quotes.length <= 2 &&
          quotes.every((quote) => sides.includes(quote.currency)) &&
          new Set(quotes.map((quote) => quote.currency)).size === quotes.length &&
          (quotes.length === 1 || quotes[0]?.currency === currency) &&
          quotes.every((quote) => CONVERSION_METHODS[settings.method].rate === quote.kind);
    if (!coherent) reject([...path, "rates"], MONEY_EXPECTED.serializedPart, rates);
    const rateOf = (side: string) => {
      const quote = quotes.find((candidate) => candidate.currency === side);
      return quote === undefined ? ONE_FRACTION : fractionOf(exactOf(quote.rate));
    };
    const part: ConvertedPart = {
      currency,
      amount: exactOfText(amount),
      records,
      quotes,
      factor: closing ? null : divideFractions(rateOf(settings.to), rateOf(currency)),
    };
    const key = partKey(currency, quotes);
    const kept = parts.get(key);
    if (kept === undefined) {
      parts.set(key, part);
    } else {
      checkSameQuotes(kept.quotes, quotes, SUBJECT);
      kept.amount = addExact(kept.amount, part.amount);
      kept.records += part.records;
    }
  });
  return createState(settings, parts);
}

function readQuote(raw: unknown, path: Path): RateQuote {
  if (!isPlainObject(raw)) reject(path, MONEY_EXPECTED.rateEntry, raw);
  const { currency, rate, date, from, to, source } = raw;
  if (!isCurrencyCode(currency)) reject([...path, "currency"], MONEY_EXPECTED.currency, currency);
  const value = typeof rate === "string" ? numericOrUndefined(rate) : undefined;
  if (value === undefined || value.isNegative() || value.isZero()) {
    reject([...path, "rate"], MONEY_EXPECTED.rate, rate);
  }
  if (typeof source !== "string" || source.trim() === "")
    reject([...path, "source"], MONEY_EXPECTED.source, source);
  if (date !== undefined) {
    onlyFields(raw, ["currency", "rate", "date", "source"], path, MONEY_EXPECTED.rateEntryField);
    if (dayOfText(date) === undefined)
      reject([...path, "date"], MONEY_EXPECTED.rateDate, date, "invalid_date");
    return Object.freeze({ kind: "day", currency, rate: value, date: date as string, source });
  }
  onlyFields(
    raw,
    ["currency", "rate", "from", "to", "source"],
    path,
    MONEY_EXPECTED.rateEntryField,
  );
  const first = dayOfText(from);
  const last = dayOfText(to);
  if (first === undefined) reject([...path, "from"], MONEY_EXPECTED.rateDate, from, "invalid_date");
  if (last === undefined) reject([...path, "to"], MONEY_EXPECTED.rateDate, to, "invalid_date");
  if (first > last) reject([...path, "to"], MONEY_EXPECTED.periodOrder, to, "inconsistent_inputs");
  return Object.freeze({
    kind: "period",
    currency,
    rate: value,
    from: from as string,
    to: to as string,
    source,
  });
}
