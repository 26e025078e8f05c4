import { fail, KpiError } from "../core/errors.js";
import { describe } from "../core/messages.js";
import { instantArgument } from "./instant.js";
import { PERIOD_EXPECTED, PERIOD_WHERE } from "./messages.js";
import { calendarKey } from "./registry.js";
import { granularityOfKey } from "./scheme.js";
import { periodArgument, type SharedBucketer, sharedBucketer } from "./shared.js";
import type { Calendar, InstantInput, Period } from "./types.js";

/**
 * A bound of a range of periods: an instant, or a period (a `Period`, or a period key read in the
 * range's calendar), which covers its whole period: as `from` its first instant, as `to` its last.
 *
 * @category Periods
 */
export type PeriodBound = InstantInput | Period;

/**
 * A bound read against the bucketer of a range: the ordinal of the period it falls in, and the
 * instant that orders it against the other bound.
 *
 * @internal
 */
export interface ResolvedBound {
  readonly ordinal: number;
  readonly instant: number;
}

/** Where a bound is, for its issues. @internal */
export interface BoundContext {
  readonly subject: string;
  /** `"from"` or `"to"`. */
  readonly name: string;
  readonly end: boolean;
}

/**
 * Reads a bound of a range of periods of `target`'s granularity in `calendar`: a period of that
 * granularity and calendar gives its own ordinal (also when it is empty, as a day a zone skipped);
 * any other period gives its first instant (`from`) or its last (`to`); a string that is a period
 * key of the calendar is that period, and any other value is read as an instant.
 *
 * @internal
 */
export function resolveBound(
  bound: unknown,
  calendar: Calendar,
  target: SharedBucketer,
  context: BoundContext,
): ResolvedBound {
  const { bucketer } = target;
  if (typeof bound === "object" && bound !== null && !(bound instanceof Date)) {
    let found: ReturnType<typeof periodArgument>;
    try {
      found = periodArgument(bound, context.subject);
    } catch (error) {
      const issue = error instanceof KpiError ? error.issues[0] : undefined;
      if (issue === undefined) throw error;
      return fail({
        code: issue.code,
        subject: context.subject,
        path: [context.name],
        where: PERIOD_WHERE.bound(context.name),
        expected: PERIOD_EXPECTED.rangeBoundBecause(issue.expected),
        received: describe(bound),
      });
    }
    return periodBound(found.shared, found.ordinal, calendar, target, context.end);
  }
  if (typeof bound === "string") {
    const granularity = granularityOfKey(bound);
    if (granularity !== undefined) {
      const shared = sharedBucketer(granularity, calendar);
      const ordinal = shared.scheme.ordinalOfKey(bound);
      if (ordinal !== undefined && ordinal >= shared.minOrdinal && ordinal <= shared.maxOrdinal) {
        return periodBound(shared, ordinal, calendar, target, context.end);
      }
    }
  }
  const instant = instantArgument(bound, calendar, {
    subject: context.subject,
    path: [context.name],
    where: PERIOD_WHERE.bound(context.name),
  });
  return { ordinal: bucketer.ordinalOf(instant), instant };
}

function periodBound(
  shared: SharedBucketer,
  ordinal: number,
  calendar: Calendar,
  target: SharedBucketer,
  end: boolean,
): ResolvedBound {
  const start = shared.bucketer.startOf(ordinal);
  const last = Math.max(start, shared.bucketer.startOf(ordinal + 1) - 1);
  const instant = end ? last : start;
  const same =
    shared.bucketer.granularity === target.bucketer.granularity &&
    calendarKey(shared.bucketer.calendar) === calendarKey(calendar);
  return { ordinal: same ? ordinal : target.bucketer.ordinalOf(instant), instant };
}
