import { KpiError, type KpiIssue, makeIssue, raise } from "../core/errors.js";
import { describe } from "../core/messages.js";
import { readObject, readOptions } from "./_read.js";
import { REVIEW_EXPECTED } from "./messages.js";

/**
 * A holiday: a date `YYYY-MM-DD`, or an object with one (such as the entries of
 * {@link indonesiaHolidaysExample}).
 *
 * @category Review statistics
 */
export type Holiday = string | { readonly date: string };

/**
 * Options of {@link countBusinessDays}.
 *
 * @category Review statistics
 */
export interface CountBusinessDaysOptions {
  /** Days that are not business days (a date on a weekend is not counted twice). */
  readonly holidays?: readonly Holiday[];
  /** The weekend as weekday numbers, 0 (Sunday) to 6 (Saturday) (default `[6, 0]`). */
  readonly weekend?: readonly number[];
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY = 86400000;
const MAX_DAYS = 100000;

/** The day number (days since 1970-01-01) of a valid ISO date, or null. @internal */
export function dayNumber(value: unknown): number | null {
  if (typeof value !== "string") return null;
  const match = ISO_DATE.exec(value);
  if (match === null) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const time = Date.UTC(year, month - 1, day);
  const date = new Date(time);
  if (
    date.getUTCFullYear() !== year ||
    date.getUTCMonth() !== month - 1 ||
    date.getUTCDate() !== day
  ) {
    return null;
  }
  return time / DAY;
}

/**
 * The number of business days from `from` to `to`, both included: the days that are not on the
 * weekend (Saturday and Sunday by default) and not in your holiday list. Dates are calendar dates
 * `YYYY-MM-DD` with no time zone; give the elapsed part of a period (its first day to today) and
 * the whole period to get the `elapsedDays` and `totalDays` of {@link projectTotal}.
 *
 * @param range - `{ from, to }`, dates `YYYY-MM-DD`, at most 100000 days apart.
 * @param options - Holidays and the weekend.
 * @returns The number of business days.
 * @throws {KpiError} `invalid_argument` for a range that is not `{ from, to }` of valid dates, bad holidays or a bad weekend (every holiday problem at once); `inconsistent_inputs` when `to` is before `from`; `out_of_domain` for a range longer than 100000 days.
 * @example
 * ```ts
 * import { countBusinessDays, indonesiaHolidaysExample } from "kinerja";
 *
 * // March 2025 has 21 weekdays; Nyepi (29th) is a Saturday, Idul Fitri (31st) a Monday
 * console.log(countBusinessDays({ from: "2025-03-01", to: "2025-03-31" }));
 * // 21
 * const holidays = indonesiaHolidaysExample.filter((day) => day.kind === "national_holiday");
 * console.log(countBusinessDays({ from: "2025-03-01", to: "2025-03-31" }, { holidays }));
 * // 20
 * ```
 * @category Review statistics
 */
export function countBusinessDays(
  range: { readonly from: string; readonly to: string },
  options?: CountBusinessDaysOptions,
): number {
  const subject = "countBusinessDays";
  const bounds = readObject(range, subject, ["range"]);
  const from = dayNumber(bounds.from);
  if (from === null)
    raise("invalid_argument", subject, ["range", "from"], REVIEW_EXPECTED.isoDate, bounds.from);
  const to = dayNumber(bounds.to);
  if (to === null)
    raise("invalid_argument", subject, ["range", "to"], REVIEW_EXPECTED.isoDate, bounds.to);
  if (to < from)
    raise("inconsistent_inputs", subject, ["range", "to"], REVIEW_EXPECTED.dateOrder, bounds.to);
  if (to - from >= MAX_DAYS)
    raise("out_of_domain", subject, ["range", "to"], REVIEW_EXPECTED.rangeLength, bounds.to);
  const settings = readOptions(options, subject);
  const isBusinessDay = businessDayTest(settings, subject, ["options"]);
  let count = 0;
  for (let day = from; day <= to; day++) if (isBusinessDay(day)) count++;
  return count;
}

/**
 * The test of a business day (a day number, days since 1970-01-01) from `{ holidays, weekend }`,
 * checked once; problems are reported under `path` (`["options"]` here, `["businessDays"]` in
 * `pace`).
 *
 * @internal
 */
export function businessDayTest(
  settings: Readonly<Record<string, unknown>>,
  subject: string,
  path: readonly (string | number)[],
): (day: number) => boolean {
  const weekend = readWeekend(settings.weekend, subject, path);
  const holidays = readHolidays(settings.holidays, subject, path);
  // 1970-01-01 was a Thursday (4)
  return (day) => !weekend.has((((day + 4) % 7) + 7) % 7) && !holidays.has(day);
}

function readWeekend(
  value: unknown,
  subject: string,
  path: readonly (string | number)[],
): Set<number> {
  if (value === undefined) return new Set([6, 0]);
  const valid =
    Array.isArray(value) &&
    value.every((day) => Number.isInteger(day) && day >= 0 && day <= 6) &&
    new Set(value).size === value.length;
  if (!valid)
    raise("invalid_option", subject, [...path, "weekend"], REVIEW_EXPECTED.weekend, value);
  return new Set(value as number[]);
}

function readHolidays(
  value: unknown,
  subject: string,
  path: readonly (string | number)[],
): Set<number> {
  if (value === undefined) return new Set();
  if (!Array.isArray(value)) {
    raise("invalid_option", subject, [...path, "holidays"], REVIEW_EXPECTED.holidays, value);
  }
  const issues: KpiIssue[] = [];
  const days = new Set<number>();
  value.forEach((holiday: unknown, index: number) => {
    const date =
      typeof holiday === "object" && holiday !== null
        ? (holiday as { date?: unknown }).date
        : holiday;
    const day = dayNumber(date);
    if (day === null) {
      issues.push(
        makeIssue({
          code: "invalid_option",
          subject,
          path: [...path, "holidays", index],
          expected: REVIEW_EXPECTED.holidays,
          received: describe(holiday),
        }),
      );
    } else days.add(day);
  });
  if (issues.length > 0) throw new KpiError(issues);
  return days;
}
