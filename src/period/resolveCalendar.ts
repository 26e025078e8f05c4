import { KpiError, type KpiIssue, makeIssue } from "../core/errors.js";
import { describe } from "../core/messages.js";
import {
  CALENDAR_FIELDS,
  FISCAL_YEAR_NAMINGS,
  FISCAL_YEAR_START_MONTHS,
  isMemberOf,
  LEAP_WEEK_PERIODS,
  RETAIL_CALENDAR_FIELDS,
  RETAIL_PATTERNS,
  RETAIL_YEAR_ENDS,
  WEEK_STARTS,
} from "./calendarFields.js";
import { PERIOD_EXPECTED, PERIOD_WHERE } from "./messages.js";
import { NRF_RETAIL_CALENDAR } from "./nrfRetailCalendar.js";
import { canonicalTimeZone, isResolvedCalendar, markResolved } from "./registry.js";
import type { Calendar, CalendarInput, RetailCalendar } from "./types.js";

/**
 * Completes and validates a calendar: missing fields take the defaults (`timeZone` `"UTC"`,
 * `weekStartsOn` 1 = Monday with ISO 8601 week numbering, `fiscalYearStartMonth` 1,
 * `fiscalYearNaming` `"end_year"`; a `retail` part, when given, is completed from
 * `NRF_RETAIL_CALENDAR`, and is absent otherwise). The time zone is written in its canonical form (`"asia/jakarta"`
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
    field: string | readonly string[] | undefined,
    expected: string,
    value: unknown,
  ): void => {
    issues.push(
      makeIssue({
        code,
        subject,
        path: field === undefined ? path : [...path, ...fieldPath(field)],
        where:
          field === undefined
            ? PERIOD_WHERE.calendar
            : PERIOD_WHERE.calendarField(fieldPath(field).join(".")),
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
  const { timeZone, weekStartsOn, fiscalYearStartMonth, fiscalYearNaming, retail } = record;
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
  const retailPart = retail === undefined ? undefined : resolveRetail(retail, issue);
  if (issues.length > 0) throw new KpiError(issues);
  return markResolved(
    Object.freeze({
      timeZone: zone ?? "UTC",
      weekStartsOn: (weekStartsOn as Calendar["weekStartsOn"] | undefined) ?? 1,
      fiscalYearStartMonth:
        (fiscalYearStartMonth as Calendar["fiscalYearStartMonth"] | undefined) ?? 1,
      fiscalYearNaming:
        (fiscalYearNaming as Calendar["fiscalYearNaming"] | undefined) ?? "end_year",
      ...(retailPart === undefined ? {} : { retail: retailPart }),
    }),
  );
}

/** Reports a problem with a calendar field (dotted for the retail part's fields). */
type CalendarIssue = (
  code: "invalid_calendar",
  field: string | readonly string[] | undefined,
  expected: string,
  value: unknown,
) => void;

/** The retail part of a calendar, completed from the NRF calendar; its problems go to `issue`. */
function resolveRetail(input: unknown, issue: CalendarIssue): RetailCalendar | undefined {
  if (
    typeof input !== "object" ||
    input === null ||
    Array.isArray(input) ||
    input instanceof Date
  ) {
    issue("invalid_calendar", "retail", PERIOD_EXPECTED.retailCalendar, input);
    return undefined;
  }
  const record = input as Record<string, unknown>;
  let valid = true;
  const check = (field: string, ok: boolean, expected: string): void => {
    if (ok) return;
    valid = false;
    issue("invalid_calendar", ["retail", field], expected, record[field]);
  };
  for (const field of Object.keys(record)) {
    if (!isMemberOf(RETAIL_CALENDAR_FIELDS, field)) {
      valid = false;
      issue("invalid_calendar", ["retail", field], PERIOD_EXPECTED.retailCalendarField, field);
    }
  }
  const given = (field: string, vocabulary: readonly unknown[]): boolean =>
    record[field] === undefined || isMemberOf(vocabulary, record[field]);
  check("weekStartsOn", given("weekStartsOn", WEEK_STARTS), PERIOD_EXPECTED.weekStartsOn);
  check("yearEnd", given("yearEnd", RETAIL_YEAR_ENDS), PERIOD_EXPECTED.retailYearEnd);
  check(
    "yearEndMonth",
    given("yearEndMonth", FISCAL_YEAR_START_MONTHS),
    PERIOD_EXPECTED.retailYearEndMonth,
  );
  check("pattern", given("pattern", RETAIL_PATTERNS), PERIOD_EXPECTED.retailPattern);
  check(
    "leapWeekPeriod",
    given("leapWeekPeriod", LEAP_WEEK_PERIODS),
    PERIOD_EXPECTED.leapWeekPeriod,
  );
  check("yearNaming", given("yearNaming", FISCAL_YEAR_NAMINGS), PERIOD_EXPECTED.fiscalYearNaming);
  if (!valid) return undefined;
  const defined = Object.fromEntries(
    Object.entries(record).filter(([, value]) => value !== undefined),
  );
  return Object.freeze({ ...NRF_RETAIL_CALENDAR, ...defined }) as RetailCalendar;
}

/** The path of a calendar field: a top-level name, or the names down to a nested one. */
function fieldPath(field: string | readonly string[]): readonly string[] {
  return typeof field === "string" ? [field] : field;
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
