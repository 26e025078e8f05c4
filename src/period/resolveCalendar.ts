import { KpiError, type KpiIssue, makeIssue } from "../core/errors.js";
import { describe } from "../core/messages.js";
import {
  CALENDAR_FIELDS,
  FISCAL_YEAR_NAMINGS,
  FISCAL_YEAR_START_MONTHS,
  isMemberOf,
  WEEK_STARTS,
} from "./calendarFields.js";
import { PERIOD_EXPECTED, PERIOD_WHERE } from "./messages.js";
import { canonicalTimeZone, isResolvedCalendar, markResolved } from "./registry.js";
import type { Calendar, CalendarInput } from "./types.js";

/**
 * Completes and validates a calendar: missing fields take the defaults (`timeZone` `"UTC"`,
 * `weekStartsOn` 1 = Monday with ISO 8601 week numbering, `fiscalYearStartMonth` 1,
 * `fiscalYearNaming` `"end_year"`). The time zone is written in its canonical form (`"asia/jakarta"`
 * becomes `"Asia/Jakarta"`, `"Asia/Calcutta"` becomes `"Asia/Kolkata"`), so calendars of one zone
 * are equal whatever spelling they were given in. Every problem is reported at once. The result is
 * frozen and can be passed anywhere a calendar is accepted.
 *
 * @param input - Any subset of the calendar fields, or nothing for the defaults.
 * @returns The complete calendar.
 * @throws {KpiError} `invalid_time_zone` for a zone the runtime does not know, `invalid_calendar`
 *   for any other bad or unknown field (all issues collected; the error's code is the first one's).
 * @example
 * ```ts
 * import { KpiError, resolveCalendar } from "kinerja";
 *
 * console.log(resolveCalendar({ timeZone: "Asia/Jakarta", fiscalYearStartMonth: 4 }));
 * // {
 * //   timeZone: 'Asia/Jakarta',
 * //   weekStartsOn: 1,
 * //   fiscalYearStartMonth: 4,
 * //   fiscalYearNaming: 'end_year'
 * // }
 * console.log(resolveCalendar({ timeZone: "asia/calcutta" }).timeZone);
 * // Asia/Kolkata
 *
 * try {
 *   resolveCalendar(JSON.parse('{ "timeZone": "Asia/Jakrta", "weekStartsOn": 7 }'));
 * } catch (error) {
 *   if (error instanceof KpiError) console.log(error.message);
 *   // 2 problems:
 *   //   - resolveCalendar: calendar field "timeZone" must be an IANA time zone name such as "Asia/Jakarta", "Europe/Berlin" or "UTC", received "Asia/Jakrta"
 *   //   - resolveCalendar: calendar field "weekStartsOn" must be an integer day of the week from 0 (Sunday) to 6 (Saturday), received 7
 * }
 * ```
 * @category Periods
 */
export function resolveCalendar(input?: CalendarInput): Calendar {
  return resolveCalendarFor(input, "resolveCalendar", []);
}

/**
 * Resolves a calendar argument of a function, naming that function and path in errors.
 *
 * @internal
 */
export function resolveCalendarFor(
  input: unknown,
  subject: string,
  path: readonly (string | number)[],
): Calendar {
  if (isResolvedCalendar(input)) return input;
  if (input === undefined) return defaultCalendar();
  const issues: KpiIssue[] = [];
  const issue = (
    code: "invalid_calendar" | "invalid_time_zone",
    field: string | undefined,
    expected: string,
    value: unknown,
  ): void => {
    issues.push(
      makeIssue({
        code,
        subject,
        path: field === undefined ? path : [...path, field],
        where: field === undefined ? PERIOD_WHERE.calendar : PERIOD_WHERE.calendarField(field),
        expected,
        received: describe(value),
      }),
    );
  };
  if (
    typeof input !== "object" ||
    input === null ||
    Array.isArray(input) ||
    input instanceof Date
  ) {
    issue("invalid_calendar", undefined, PERIOD_EXPECTED.calendar, input);
    throw new KpiError(issues);
  }
  const record = input as Record<string, unknown>;
  for (const field of Object.keys(record)) {
    if (!isMemberOf(CALENDAR_FIELDS, field))
      issue("invalid_calendar", field, PERIOD_EXPECTED.calendarField, field);
  }
  const { timeZone, weekStartsOn, fiscalYearStartMonth, fiscalYearNaming } = record;
  const zone = typeof timeZone === "string" ? canonicalTimeZone(timeZone) : undefined;
  if (timeZone !== undefined && zone === undefined) {
    issue(
      typeof timeZone === "string" ? "invalid_time_zone" : "invalid_calendar",
      "timeZone",
      PERIOD_EXPECTED.timeZone,
      timeZone,
    );
  }
  if (weekStartsOn !== undefined && !isMemberOf(WEEK_STARTS, weekStartsOn)) {
    issue("invalid_calendar", "weekStartsOn", PERIOD_EXPECTED.weekStartsOn, weekStartsOn);
  }
  if (
    fiscalYearStartMonth !== undefined &&
    !isMemberOf(FISCAL_YEAR_START_MONTHS, fiscalYearStartMonth)
  ) {
    issue(
      "invalid_calendar",
      "fiscalYearStartMonth",
      PERIOD_EXPECTED.fiscalYearStartMonth,
      fiscalYearStartMonth,
    );
  }
  if (fiscalYearNaming !== undefined && !isMemberOf(FISCAL_YEAR_NAMINGS, fiscalYearNaming)) {
    issue(
      "invalid_calendar",
      "fiscalYearNaming",
      PERIOD_EXPECTED.fiscalYearNaming,
      fiscalYearNaming,
    );
  }
  if (issues.length > 0) throw new KpiError(issues);
  return markResolved(
    Object.freeze({
      timeZone: zone ?? "UTC",
      weekStartsOn: (weekStartsOn as Calendar["weekStartsOn"] | undefined) ?? 1,
      fiscalYearStartMonth:
        (fiscalYearStartMonth as Calendar["fiscalYearStartMonth"] | undefined) ?? 1,
      fiscalYearNaming:
        (fiscalYearNaming as Calendar["fiscalYearNaming"] | undefined) ?? "end_year",
    }),
  );
}

function defaultCalendar(): Calendar {
  return markResolved(
    Object.freeze({
      timeZone: "UTC",
      weekStartsOn: 1,
      fiscalYearStartMonth: 1,
      fiscalYearNaming: "end_year",
    }),
  );
}
