/**
 * Reading the conversion settings shared by `convert` and the converted sum.
 *
 * @internal
 */

import { raise } from "../core/errors.js";
import { resolveCalendarFor } from "../period/resolveCalendar.js";
import type { Calendar } from "../period/types.js";
import { type ConversionMethod, isConversionMethod } from "./conversionMethods.js";
import { type CurrencyCode, isCurrencyCode } from "./currencies.js";
import { MONEY_EXPECTED } from "./messages.js";
import type { RateTable } from "./types.js";

/** The default number of days a day rate may precede the date it is used for. @internal */
export const DEFAULT_LOOKBACK_DAYS = 7;

/** The largest `lookbackDays` accepted. @internal */
export const MAX_LOOKBACK_DAYS = 366;

/** Settings with every default filled in. @internal */
export interface ResolvedSettings {
  readonly to: CurrencyCode;
  readonly method: ConversionMethod;
  readonly timeZone: string;
  readonly lookbackDays: number;
  readonly calendar: Calendar;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Reads the settings of a conversion, throwing a KpiError naming the option. @internal */
export function resolveSettings(options: unknown, subject: string): ResolvedSettings {
  if (!isPlainObject(options))
    raise("invalid_argument", subject, ["options"], MONEY_EXPECTED.options, options);
  const { to, method = "spot", timeZone = "UTC", lookbackDays = DEFAULT_LOOKBACK_DAYS } = options;
  if (!isCurrencyCode(to))
    raise("invalid_option", subject, ["options", "to"], MONEY_EXPECTED.currency, to);
  if (!isConversionMethod(method)) {
    raise("invalid_option", subject, ["options", "method"], MONEY_EXPECTED.method(), method);
  }
  if (
    typeof lookbackDays !== "number" ||
    !Number.isInteger(lookbackDays) ||
    lookbackDays < 0 ||
    lookbackDays > MAX_LOOKBACK_DAYS
  ) {
    raise(
      "invalid_option",
      subject,
      ["options", "lookbackDays"],
      MONEY_EXPECTED.lookbackDays,
      lookbackDays,
    );
  }
  const calendar = resolveCalendarFor({ timeZone }, subject, ["options"]);
  return { to, method, timeZone: calendar.timeZone, lookbackDays, calendar };
}

/** Whether a value is a rate table made by parseRateTable. @internal */
export function isRateTable(value: unknown): value is RateTable {
  return (
    isPlainObject(value) &&
    value.type === "rate_table" &&
    value.index instanceof Map &&
    Array.isArray(value.quotes)
  );
}

/** Checks a rate-table argument. @internal */
export function rateTableArgument(
  value: unknown,
  subject: string,
  path: readonly (string | number)[],
): RateTable {
  if (!isRateTable(value))
    raise("invalid_argument", subject, path, MONEY_EXPECTED.rateTable, value);
  return value;
}
