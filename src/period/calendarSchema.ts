import * as z from "zod/mini";
import {
  FISCAL_YEAR_NAMINGS,
  FISCAL_YEAR_START_MONTHS,
  LEAP_WEEK_PERIODS,
  RETAIL_PATTERNS,
  RETAIL_YEAR_ENDS,
  WEEK_STARTS,
} from "./calendarFields.js";
import { PERIOD_EXPECTED } from "./messages.js";
import { timeZoneIsValid } from "./registry.js";
import type { CalendarInput } from "./types.js";

/**
 * A zod (v4, `zod/mini`) schema for a {@link CalendarInput}: every field optional, unknown fields
 * rejected, the time zone checked against the runtime's IANA data. It validates; it does not fill
 * in defaults (use `resolveCalendar` for that).
 *
 * @returns The schema.
 * @example
 * ```ts
 * import { calendarSchema } from "kinerja/schemas";
 *
 * const schema = calendarSchema();
 * console.log(schema.safeParse({ timeZone: "Asia/Jakarta", fiscalYearStartMonth: 4 }).success);
 * // true
 * console.log(schema.safeParse({ timeZone: "Mars/Olympus_Mons" }).success, schema.safeParse({ weekStartsOn: 7 }).success);
 * // false false
 * ```
 * @category Periods
 */
export function calendarSchema(): z.ZodMiniType<CalendarInput> {
  return z.strictObject({
    timeZone: z.optional(
      z.string().check(
        z.refine((name) => timeZoneIsValid(name), {
          error: `Expected ${PERIOD_EXPECTED.timeZone}`,
        }),
      ),
    ),
    weekStartsOn: z.optional(
      z.literal(WEEK_STARTS, { error: `Expected ${PERIOD_EXPECTED.weekStartsOn}` }),
    ),
    fiscalYearStartMonth: z.optional(
      z.literal(FISCAL_YEAR_START_MONTHS, {
        error: `Expected ${PERIOD_EXPECTED.fiscalYearStartMonth}`,
      }),
    ),
    fiscalYearNaming: z.optional(
      z.enum(FISCAL_YEAR_NAMINGS, { error: `Expected ${PERIOD_EXPECTED.fiscalYearNaming}` }),
    ),
    retail: z.optional(
      z.strictObject({
        weekStartsOn: z.optional(
          z.literal(WEEK_STARTS, { error: `Expected ${PERIOD_EXPECTED.weekStartsOn}` }),
        ),
        yearEnd: z.optional(
          z.enum(RETAIL_YEAR_ENDS, { error: `Expected ${PERIOD_EXPECTED.retailYearEnd}` }),
        ),
        yearEndMonth: z.optional(
          z.literal(FISCAL_YEAR_START_MONTHS, {
            error: `Expected ${PERIOD_EXPECTED.retailYearEndMonth}`,
          }),
        ),
        pattern: z.optional(
          z.enum(RETAIL_PATTERNS, { error: `Expected ${PERIOD_EXPECTED.retailPattern}` }),
        ),
        leapWeekPeriod: z.optional(
          z.literal(LEAP_WEEK_PERIODS, { error: `Expected ${PERIOD_EXPECTED.leapWeekPeriod}` }),
        ),
        yearNaming: z.optional(
          z.enum(FISCAL_YEAR_NAMINGS, { error: `Expected ${PERIOD_EXPECTED.fiscalYearNaming}` }),
        ),
      }),
    ),
  });
}
