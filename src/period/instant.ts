import { type KpiIssue, makeIssue } from "../core/errors.js";
import { describe } from "../core/messages.js";
import { throwIssue } from "../core/numeric.js";
import { DAY_MS, daysFromCivil, daysInMonth } from "./civil.js";
import { PERIOD_EXPECTED } from "./messages.js";
import { zoneNamed } from "./registry.js";
import type { Calendar } from "./types.js";

/** The first supported instant, 0001-01-02T00:00:00Z (local years stay 0001 or later in every zone). @internal */
export const MIN_INSTANT = -62_135_510_400_000;
/** The first instant after the supported range, 9999-01-01T00:00:00Z. @internal */
export const MAX_INSTANT = 253_370_764_800_000;
/** Numbers of smaller magnitude are taken for epoch seconds and rejected. @internal */
export const EPOCH_SECONDS_LIMIT = 100_000_000_000;

/**
 * Fast instant reader for records: returns epoch ms, or undefined when the value is not a valid
 * instant (never throws, never NaN). Accepts a `Date`, finite epoch milliseconds (magnitude at least
 * 1e11, see docs/periods.md) and ISO-8601 strings `YYYY-MM-DD`, `YYYY-MM-DDTHH:mm`,
 * `YYYY-MM-DDTHH:mm:ss` and `YYYY-MM-DDTHH:mm:ss.fff` (1-9 fraction digits; `T`, `t` or a space
 * between date and time) followed by `Z`, `z`, `±HH:MM`, `±HHMM`, `±HH` or nothing. Date-only
 * strings are the start of that day in the calendar's zone; offset-less date-times are wall time in
 * the calendar's zone. Instants must lie in [0001-01-02T00:00Z, 9999-01-01T00:00Z).
 *
 * @param value - A field of a record.
 * @param calendar - A resolved calendar (for date-only and offset-less strings).
 * @returns Epoch milliseconds, or undefined.
 * @internal
 */
export function readInstant(value: unknown, calendar: Calendar): number | undefined {
  let epochMs: number;
  if (typeof value === "string") {
    epochMs = parseInstantText(value, calendar);
  } else if (typeof value === "number") {
    if (!(value >= EPOCH_SECONDS_LIMIT || value <= -EPOCH_SECONDS_LIMIT)) return undefined;
    epochMs = value;
  } else if (value instanceof Date) {
    epochMs = value.getTime();
  } else {
    return undefined;
  }
  return epochMs >= MIN_INSTANT && epochMs < MAX_INSTANT ? epochMs : undefined;
}

/**
 * Two ASCII digits at `index` as a number, or -1. Callers check that `index + 1` is within the text
 * (past the end, `charCodeAt` gives NaN, which `>>> 0` would read as the digit 0).
 */
function twoDigits(text: string, index: number): number {
  const tens = text.charCodeAt(index) - 48;
  const ones = text.charCodeAt(index + 1) - 48;
  // One unsigned comparison each: a code below "0" wraps to a large number.
  return tens >>> 0 <= 9 && ones >>> 0 <= 9 ? tens * 10 + ones : -1;
}

/**
 * Parses the accepted ISO-8601 shapes into epoch ms (NaN when malformed or not a real date). One
 * pass over char codes; no regular expression, no Date, no allocation for strings with an offset.
 */
function parseInstantText(text: string, calendar: Calendar): number {
  const length = text.length;
  if (length < 10 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return Number.NaN;
  const century = twoDigits(text, 0);
  const yearInCentury = twoDigits(text, 2);
  const month = twoDigits(text, 5);
  const day = twoDigits(text, 8);
  if (century < 0 || yearInCentury < 0 || month < 1 || month > 12 || day < 1) return Number.NaN;
  const year = century * 100 + yearInCentury;
  if (day > 28 && day > daysInMonth(year, month)) return Number.NaN;
  const days = daysFromCivil(year, month, day);
  if (length === 10) return zoneNamed(calendar.timeZone).firstInstantAtOrAfter(days * DAY_MS);

  const separator = text.charCodeAt(10);
  if ((separator !== 84 && separator !== 116 && separator !== 32) || length < 16) return Number.NaN;
  if (text.charCodeAt(13) !== 58) return Number.NaN;
  const hour = twoDigits(text, 11);
  const minute = twoDigits(text, 14);
  if (hour < 0 || hour > 23 || minute < 0 || minute > 59) return Number.NaN;
  let second = 0;
  let millisecond = 0;
  let index = 16;
  if (index < length && text.charCodeAt(index) === 58) {
    if (index + 3 > length) return Number.NaN;
    second = twoDigits(text, index + 1);
    if (second < 0 || second > 59) return Number.NaN;
    index += 3;
    const point = text.charCodeAt(index);
    if (index < length && (point === 46 || point === 44)) {
      // Milliseconds are the first three digits (later ones are truncated), in integers.
      index += 1;
      const first = index;
      while (index < length) {
        const digit = text.charCodeAt(index) - 48;
        if (digit < 0 || digit > 9) break;
        if (index - first < 3) millisecond = millisecond * 10 + digit;
        index += 1;
      }
      const count = index - first;
      if (count < 1 || count > 9) return Number.NaN;
      if (count < 3) millisecond *= count === 1 ? 100 : 10;
    }
  }
  const wall = days * DAY_MS + hour * 3_600_000 + minute * 60_000 + second * 1000 + millisecond;
  if (index === length) return zoneNamed(calendar.timeZone).instantOfWallTime(wall);
  const sign = text.charCodeAt(index);
  if (sign === 90 || sign === 122) return index + 1 === length ? wall : Number.NaN;
  if (sign !== 43 && sign !== 45) return Number.NaN;
  const offsetHour = index + 3 <= length ? twoDigits(text, index + 1) : -1;
  if (offsetHour < 0 || offsetHour > 23) return Number.NaN;
  index += 3;
  let offsetMinute = 0;
  if (index < length) {
    if (text.charCodeAt(index) === 58) index += 1;
    offsetMinute = index + 2 === length ? twoDigits(text, index) : -1;
    if (offsetMinute < 0 || offsetMinute > 59) return Number.NaN;
  }
  const offset = offsetHour * 3_600_000 + offsetMinute * 60_000;
  return sign === 43 ? wall - offset : wall + offset;
}

const INSTANT_SHAPE =
  /^\d{4}-\d{2}-\d{2}(?:[Tt ]\d{2}:\d{2}(?::\d{2}(?:[.,]\d{1,9})?)?(?:[Zz]|[+-]\d{2}(?::?\d{2})?)?)?$/;

/**
 * Where an instant argument is, for its issue. `where` defaults to the wording of the path
 * (`placeOf`), as in `makeIssue`. @internal
 */
export interface InstantContext {
  readonly subject: string;
  readonly path: readonly (string | number)[];
  readonly where?: string;
}

/**
 * Why a value is not an instant (call it only when {@link readInstant} returned undefined), as an
 * issue with code `invalid_date`.
 *
 * @internal
 */
export function instantIssue(
  value: unknown,
  calendar: Calendar,
  context: InstantContext,
): KpiIssue {
  return makeIssue({
    code: "invalid_date",
    subject: context.subject,
    path: context.path,
    where: context.where,
    expected: instantExpected(value, calendar),
    received: describe(value),
  });
}

/**
 * What a value that is not an instant was expected to be (the `expected` of {@link instantIssue}),
 * for a caller that words the place itself: builds no issue.
 *
 * @param value - A value {@link readInstant} returned undefined for.
 * @param calendar - The calendar it was read in.
 * @returns The expectation: an instant, a valid or existing date, epoch milliseconds, or the range.
 * @internal
 */
export function instantExpected(value: unknown, calendar: Calendar): string {
  let expected: string = PERIOD_EXPECTED.instant;
  if (value instanceof Date) {
    expected = Number.isNaN(value.getTime())
      ? PERIOD_EXPECTED.validDate
      : PERIOD_EXPECTED.instantRange;
  } else if (typeof value === "number" && Number.isFinite(value)) {
    expected =
      Math.abs(value) < EPOCH_SECONDS_LIMIT
        ? PERIOD_EXPECTED.epochMilliseconds
        : PERIOD_EXPECTED.instantRange;
  } else if (typeof value === "string" && INSTANT_SHAPE.test(value)) {
    expected = Number.isNaN(parseInstantText(value, calendar))
      ? PERIOD_EXPECTED.existingDate
      : PERIOD_EXPECTED.instantRange;
  }
  return expected;
}

/** Reads an instant argument of a public function, throwing a KpiError `invalid_date`. @internal */
export function instantArgument(
  value: unknown,
  calendar: Calendar,
  context: InstantContext,
): number {
  const epochMs = readInstant(value, calendar);
  if (epochMs === undefined) throwIssue(instantIssue(value, calendar, context));
  return epochMs;
}
