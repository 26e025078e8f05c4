import type { Accessor } from "../../aggregate/accessor.js";
import { defineMeasure } from "../../aggregate/measures/defineMeasure.js";
import type { Measure } from "../../aggregate/measures/types.js";
import type { Decimal } from "../../core/decimal.js";
import { isKpiError, KpiError, makeIssue, raise } from "../../core/errors.js";
import { describe } from "../../core/messages.js";
import type { ConversionMethod } from "../conversionMethods.js";
import { type CurrencyCode, isCurrencyCode } from "../currencies.js";
import { MONEY_EXPECTED, MONEY_FIELD, MONEY_WHERE } from "../messages.js";
import { isMoneyIssue, readEntry } from "../readEntry.js";
import { type ResolvedSettings, rateTableArgument, resolveSettings } from "../settings.js";
import type { RateTable } from "../types.js";
import { addPrepared, type PreparedEntry, prepareEntry } from "./addEntry.js";
import { deserializeConvertedSum } from "./deserializeConvertedSum.js";
import { finalizeConvertedSum } from "./finalizeConvertedSum.js";
import { mergeStateInto } from "./mergeStateInto.js";
import { type ConvertedPart, type ConvertedSumState, serializeState } from "./state.js";

const SUBJECT = "convertedSum";

/**
 * The methods a {@link convertedSum} measure converts with: the rate of each record's own date.
 * The closing method takes one rate at the end of each period, which a measure does not know:
 * convert each cell's amounts with `convert` at the period's last day (docs/currencies.md).
 *
 * @category Money
 */
export type ConvertedSumMethod = Exclude<ConversionMethod, "closing">;

/**
 * Options of {@link convertedSum}.
 *
 * @category Money
 */
// biome-ignore lint/suspicious/noExplicitAny: untyped records default to any, so an untyped call stays as easy as before
export interface ConvertedSumOptions<R = any> {
  /** The amount: a property name or a function `(record, index) => amount` (a `Numeric`). */
  readonly amount: Accessor<R>;
  /**
   * The amount's currency: a supported ISO 4217 code (the same for every record, such as `"USD"`),
   * or a property name or function giving each record's code.
   */
  readonly currency: CurrencyCode | Accessor<R>;
  /**
   * The transaction date whose rate is used: a property name or function giving a `YYYY-MM-DD`
   * date or an instant. Usually the field `aggregate` reads its `date` from.
   */
  readonly date: Accessor<R>;
  /** The rate table, from `parseRateTable`. */
  readonly rates: RateTable;
  /** The reporting currency. */
  readonly to: CurrencyCode;
  /** `"spot"` (default) or `"average"`. */
  readonly method?: ConvertedSumMethod;
  /** The zone giving an instant its date (default `"UTC"`): use the aggregate calendar's zone. */
  readonly timeZone?: string;
  /** How many days before the date a day rate may be dated (default 7). */
  readonly lookbackDays?: number;
}

/** The fields of a state, without the kind the measure builder adds. */
type StateFields = Omit<ConvertedSumState, "kind" | "toJSON">;

/** A reader of one field of a record: a property name, a function, or a fixed value. */
type FieldReader = (record: Record<string, unknown>, index: number) => unknown;

function fieldReader(
  accessor: unknown,
  name: "amount" | "currency" | "date",
  expected: string,
): { read: FieldReader; label: string } {
  if (name === "currency" && isCurrencyCode(accessor)) {
    const code = accessor;
    return { read: () => code, label: MONEY_FIELD.currency };
  }
  if (typeof accessor === "string" && accessor.length > 0) {
    const key = accessor;
    return { read: (record) => record[key], label: MONEY_FIELD.named(key) };
  }
  if (typeof accessor === "function") {
    const read = accessor as FieldReader;
    return { read, label: MONEY_FIELD[name] };
  }
  return raise("invalid_option", SUBJECT, ["options", name], expected, accessor);
}

function emptyFields(settings: ResolvedSettings): StateFields {
  return {
    to: settings.to,
    method: settings.method,
    timeZone: settings.timeZone,
    lookbackDays: settings.lookbackDays,
    settings,
    parts: new Map<string, ConvertedPart>(),
  };
}

/**
 * A measure that sums amounts in several currencies into one reporting currency, for `aggregate`:
 * each record's rate is found when it is read (spot: its date's day rate; average: the period
 * rate containing its date), and its state is a converted-sum state — the exact sums of the
 * original amounts per currency and rate, converted once when finalized. So merging states
 * (`rollup`, `mergeSeries`, workers) is exact addition, and the converted total is the same
 * however the records were split. A record whose rate is missing is an invalid record (the
 * `onInvalid` policy applies), named with its currency and date; never a zero.
 *
 * The state is a `ConvertedSumState`: `finalizeConvertedSum(cell.states.spend)` lists the rates
 * used and the original amounts (provenance), and its JSON is that of `serializeConvertedSum`.
 *
 * @param options - `amount`, `currency` (a code or an accessor), `date`, `rates`, `to`, and
 * optionally `method` (`"spot"` or `"average"`), `timeZone` and `lookbackDays`.
 * @returns The measure (kind `"converted_sum"`, fill 0).
 * @throws {KpiError} `invalid_option` or `invalid_time_zone` for bad options, `invalid_argument`
 * when `rates` is not a rate table; `invalid_record` from `add` when a record cannot be converted.
 * @example
 * ```ts
 * import { aggregate, convertedSum, finalizeConvertedSum, parseRateTable } from "kinerja";
 *
 * const rates = parseRateTable({
 *   pivot: "USD",
 *   source: "fictional example rates",
 *   rates: [
 *     { currency: "IDR", date: "2025-03-13", rate: "16300" },
 *     { currency: "IDR", date: "2025-04-14", rate: "16500" },
 *   ],
 * });
 * const spend = [
 *   { at: "2025-03-13", cost: "100", currency: "USD" },
 *   { at: "2025-03-14", cost: "2000000", currency: "IDR" },
 *   { at: "2025-04-14", cost: "100", currency: "USD" },
 * ];
 * const series = aggregate(spend, {
 *   date: "at",
 *   granularity: "month",
 *   measures: { spend: convertedSum({ amount: "cost", currency: "currency", date: "at", rates, to: "IDR" }) },
 * });
 * console.log(series.cells.map((cell) => `${cell.period.key} ${cell.values.spend.toString()}`));
 * // [ '2025-03 3630000', '2025-04 1650000' ]
 * console.log(finalizeConvertedSum(series.cells[0]!.states.spend).rates.map((rate) => rate.kind === "day" && rate.date));
 * // [ '2025-03-13' ]
 * ```
 * @category Money
 */
// biome-ignore lint/suspicious/noExplicitAny: untyped records default to any, so an untyped call stays as easy as before
export function convertedSum<R = any>(
  options: ConvertedSumOptions<R>,
): Measure<ConvertedSumState, Decimal, "converted_sum", undefined> {
  if (typeof options !== "object" || options === null) {
    raise("invalid_argument", SUBJECT, ["options"], MONEY_EXPECTED.options, options);
  }
  const { amount, currency, date, rates, to, method = "spot", timeZone, lookbackDays } = options;
  if (method !== "spot" && method !== "average") {
    raise("invalid_option", SUBJECT, ["options", "method"], MONEY_EXPECTED.measureMethod, method);
  }
  const settings = resolveSettings(
    {
      to,
      method,
      ...(timeZone === undefined ? {} : { timeZone }),
      ...(lookbackDays === undefined ? {} : { lookbackDays }),
    },
    SUBJECT,
  );
  const table = rateTableArgument(rates, SUBJECT, ["options", "rates"]);
  const amountOf = fieldReader(amount, "amount", MONEY_EXPECTED.amountOption);
  const currencyOf = fieldReader(currency, "currency", MONEY_EXPECTED.currencyOption);
  const dateOf = fieldReader(date, "date", MONEY_EXPECTED.dateOption);

  /** The issue of a record that cannot be converted, worded for the measure's field. */
  const recordIssue = (index: number, expected: string, received: string): KpiError =>
    new KpiError([
      makeIssue({ code: "invalid_record", subject: SUBJECT, path: [index], expected, received }),
    ]);

  /** Reads a record and finds its rates; a KpiError (made an invalid record by aggregate) when it cannot. */
  const prepare = (record: unknown, index: number): PreparedEntry => {
    if (typeof record !== "object" || record === null) {
      throw recordIssue(index, MONEY_EXPECTED.record, describe(record));
    }
    const fields = record as Record<string, unknown>;
    const entry = {
      amount: amountOf.read(fields, index),
      currency: currencyOf.read(fields, index),
      date: dateOf.read(fields, index),
    };
    const read = readEntry(entry, settings, SUBJECT, []);
    if (isMoneyIssue(read)) {
      const field = read.path[0] as "amount" | "currency" | "date";
      const label = { amount: amountOf, currency: currencyOf, date: dateOf }[field].label;
      throw recordIssue(index, MONEY_EXPECTED.recordField(label, read.expected), read.received);
    }
    const prepared = prepareEntry(read, settings, table, SUBJECT);
    if (isMoneyIssue(prepared)) {
      // The issue's path is ["rates", currency, date].
      const [, code, day] = prepared.path as [string, string, string];
      const where = MONEY_WHERE[settings.method](code, day);
      throw recordIssue(
        index,
        MONEY_EXPECTED.rateFound(where, prepared.expected),
        prepared.received,
      );
    }
    return prepared;
  };

  return defineMeasure({
    kind: "converted_sum",
    fill: "zero",
    accessor: prepare,
    expected: MONEY_EXPECTED.measureValue,
    reader: () => {
      let kept: PreparedEntry | undefined;
      return {
        read: (value) => {
          if (typeof value !== "object" || value === null || !("key" in value)) return false;
          kept = value as PreparedEntry;
          return true;
        },
        add: (state) =>
          addPrepared(state as unknown as ConvertedSumState, kept as PreparedEntry, SUBJECT),
      };
    },
    empty: (): StateFields => emptyFields(settings),
    mergeInto: (target, source) =>
      mergeStateInto(target as ConvertedSumState, source as ConvertedSumState, SUBJECT),
    finalize: (state): Decimal => finalizeConvertedSum(state as ConvertedSumState).value,
    toJSON: (state) => {
      const { kind: _kind, ...fields } = serializeState(state as ConvertedSumState);
      return fields;
    },
    fromJSON: (json) => {
      let state: ConvertedSumState;
      try {
        state = deserializeConvertedSum(json);
      } catch (error) {
        if (isKpiError(error)) return undefined;
        throw error;
      }
      if (
        state.to !== settings.to ||
        state.method !== settings.method ||
        state.timeZone !== settings.timeZone ||
        state.lookbackDays !== settings.lookbackDays
      ) {
        return undefined;
      }
      return { ...emptyFields(settings), parts: state.parts };
    },
    isState: (state) =>
      state.parts instanceof Map &&
      typeof state.settings === "object" &&
      (state.settings as ResolvedSettings | null)?.to === settings.to,
    consistent: (state, records) => {
      let total = 0;
      for (const part of state.parts.values()) total += part.records;
      return total === records;
    },
  }) as unknown as Measure<ConvertedSumState, Decimal, "converted_sum", undefined>;
}
