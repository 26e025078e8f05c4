/**
 * Dates of rates and transactions as day numbers (days since 1970-01-01). Rates are published per
 * calendar date; a transaction given as an instant takes its date in the conversion's time zone.
 *
 * @internal
 */

import { civilFromDays, DAY_MS, daysFromCivil, daysInMonth, pad } from "../period/civil.js";
import { readInstant } from "../period/instant.js";
import { zoneNamed } from "../period/registry.js";
import type { Calendar } from "../period/types.js";

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The day number of a date `YYYY-MM-DD` that exists (years 0001-9999), or undefined. @internal */
export function dayOfText(text: unknown): number | undefined {
  if (typeof text !== "string") return undefined;
  const match = DATE.exec(text);
  if (match === null) return undefined;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    return undefined;
  }
  return daysFromCivil(year, month, day);
}

/** The date `YYYY-MM-DD` of a day number. @internal */
export function textOfDay(day: number): string {
  const civil = civilFromDays(day);
  return `${pad(civil.year, 4)}-${pad(civil.month, 2)}-${pad(civil.day, 2)}`;
}

/**
 * The day number of a transaction date: a date `YYYY-MM-DD` as it is (no time zone involved), or
 * an instant (Date, epoch milliseconds, ISO-8601 date-time) taken in the calendar's time zone. Never
 * throws; undefined when the value is neither.
 *
 * @internal
 */
export function dayOfTransaction(value: unknown, calendar: Calendar): number | undefined {
  const day = dayOfText(value);
  if (day !== undefined) return day;
  const epochMs = readInstant(value, calendar);
  if (epochMs === undefined) return undefined;
  const offset = zoneNamed(calendar.timeZone).offsetAt(epochMs);
  return Math.floor((epochMs + offset) / DAY_MS);
}
