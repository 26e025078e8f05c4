import { fail, raise } from "../core/errors.js";
import { describe } from "../core/messages.js";
import { type Bucketer, createBucketer } from "./bucketer.js";
import { isGranularity } from "./granularity.js";
import { MAX_INSTANT, MIN_INSTANT } from "./instant.js";
import { PERIOD_EXPECTED, PERIOD_RECEIVED, PERIOD_WHERE } from "./messages.js";
import { calendarKey, sharedValue } from "./registry.js";
import { resolveCalendarFor } from "./resolveCalendar.js";
import { createScheme, type PeriodScheme } from "./scheme.js";
import type { Calendar, Granularity, Period } from "./types.js";

/**
 * A bucketer shared by the public functions (so they agree with `aggregate` by construction and
 * reuse computed boundaries), plus the ordinals of the first and last supported periods.
 *
 * @internal
 */
export interface SharedBucketer {
  readonly bucketer: Bucketer;
  readonly scheme: PeriodScheme;
  readonly minOrdinal: number;
  readonly maxOrdinal: number;
}

/** The shared bucketer of a granularity in a resolved calendar. @internal */
export function sharedBucketer(granularity: Granularity, calendar: Calendar): SharedBucketer {
  return sharedValue(`${granularity}|${calendarKey(calendar)}`, () => {
    const bucketer = createBucketer(granularity, calendar);
    // Probe the ends with a separate bucketer so the shared one does not cache the whole range.
    const probe = createBucketer(granularity, calendar);
    const minOrdinal = probe.ordinalOf(MIN_INSTANT);
    const maxOrdinal = createBucketer(granularity, calendar).ordinalOf(MAX_INSTANT - 1);
    return { bucketer, scheme: createScheme(granularity, calendar), minOrdinal, maxOrdinal };
  });
}

/** Reads a granularity argument. @internal */
export function granularityArgument(value: unknown, subject: string): Granularity {
  if (!isGranularity(value)) {
    raise("invalid_argument", subject, ["granularity"], PERIOD_EXPECTED.granularity, value);
  }
  return value;
}

/** The period with an ordinal, or a KpiError `invalid_period` when it is outside the supported years. @internal */
export function periodInRange(shared: SharedBucketer, ordinal: number, subject: string): Period {
  if (!(ordinal >= shared.minOrdinal && ordinal <= shared.maxOrdinal)) {
    fail({
      code: "invalid_period",
      subject,
      path: [],
      where: PERIOD_WHERE.resultingPeriod,
      expected: PERIOD_EXPECTED.periodInRange,
      received: PERIOD_RECEIVED.outsideRange(
        shared.bucketer.granularity,
        ordinal > shared.maxOrdinal,
      ),
    });
  }
  return shared.bucketer.period(ordinal);
}

/** A period argument read back to its shared bucketer and ordinal. @internal */
export interface PeriodArgument {
  readonly shared: SharedBucketer;
  readonly ordinal: number;
}

/**
 * Reads a period argument: an object with a granularity, a key and a calendar (a resolved one, or
 * any calendar input, for periods that went through JSON; a missing calendar means the defaults,
 * as everywhere else).
 *
 * @internal
 */
export function periodArgument(value: unknown, subject: string): PeriodArgument {
  const candidate =
    typeof value === "object" && value !== null ? (value as Partial<Period>) : undefined;
  const granularity = candidate?.granularity;
  const key = candidate?.key;
  if (candidate === undefined || !isGranularity(granularity) || typeof key !== "string") {
    raise("invalid_period", subject, ["period"], PERIOD_EXPECTED.period, value);
  }
  const calendar = resolveCalendarFor(candidate.calendar, subject, ["period", "calendar"]);
  const shared = sharedBucketer(granularity, calendar);
  const ordinal = shared.scheme.ordinalOfKey(key);
  if (ordinal === undefined || ordinal < shared.minOrdinal || ordinal > shared.maxOrdinal) {
    fail({
      code: "invalid_period",
      subject,
      path: ["period", "key"],
      where: PERIOD_WHERE.periodKey,
      expected: PERIOD_EXPECTED.existingPeriodOf(granularity),
      received: describe(key),
    });
  }
  return { shared, ordinal };
}
