import { tzOffset } from "@date-fns/tz/tzOffset";
import { DAY_MS } from "./civil.js";

/**
 * A time zone's rules as needed to cut periods: the offset at an instant, and the instant at which
 * a local wall time is reached. Offsets come from `@date-fns/tz` (the runtime's `Intl` data); this
 * runs once per period boundary or per offset-less string, never per record on the hot path.
 *
 * "Wall ms" is a local date-time written as if it were UTC epoch milliseconds.
 *
 * @internal
 */
export interface Zone {
  readonly name: string;
  /** Offset (local minus UTC) in milliseconds at the instant `epochMs`. */
  offsetAt(epochMs: number): number;
  /**
   * The first instant whose local time is at or after `wallMs` (a period boundary): usually the one
   * instant with that wall time; the earlier one when the wall time occurs twice; the end of the
   * gap when the wall time is skipped by a daylight-saving jump.
   */
  firstInstantAtOrAfter(wallMs: number): number;
  /**
   * The instant of a wall time as read from an offset-less string ("compatible" disambiguation, as
   * in Temporal and `Date`): the earlier instant in an overlap; in a gap, the wall time read with
   * the offset in force before the gap (so 02:30 on a spring-forward night becomes 03:30).
   */
  instantOfWallTime(wallMs: number): number;
}

const UTC_NAMES = new Set(["UTC", "Etc/UTC", "GMT", "Etc/GMT"]);

/** Whether `name` is a time zone the runtime knows. @internal */
export function isValidTimeZone(name: string): boolean {
  if (name === "") return false;
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

/** The zone engine for a (validated) IANA time zone name. @internal */
export function createZone(name: string): Zone {
  if (UTC_NAMES.has(name)) {
    return {
      name,
      offsetAt: () => 0,
      firstInstantAtOrAfter: (wallMs) => wallMs,
      instantOfWallTime: (wallMs) => wallMs,
    };
  }
  const offsetAt = (epochMs: number): number =>
    Math.round(tzOffset(name, new Date(epochMs)) * 60_000);
  const localAt = (epochMs: number): number => epochMs + offsetAt(epochMs);

  /** Offsets in force a day before and a day after the wall time (usually equal). */
  function candidates(wallMs: number): [number, number] {
    return [offsetAt(wallMs - DAY_MS), offsetAt(wallMs + DAY_MS)];
  }

  /** The earliest instant with that exact wall time, or undefined when the wall time is skipped. */
  function exact(wallMs: number, before: number, after: number): number | undefined {
    const early = wallMs - Math.max(before, after);
    const late = wallMs - Math.min(before, after);
    if (localAt(early) === wallMs) return early;
    if (localAt(late) === wallMs) return late;
    return undefined;
  }

  // Memo tables (per zone engine, bounded): date-only and offset-less strings in records repeat the
  // same days, and each answer otherwise costs several Intl calls.
  const boundaries = new Map<number, number>();
  const dayOffsets = new Map<number, number>();
  const MEMO_LIMIT = 100_000;

  function boundary(wallMs: number): number {
    const [before, after] = candidates(wallMs);
    if (before === after) {
      const instant = wallMs - before;
      if (localAt(instant) === wallMs) return instant;
    }
    const found = exact(wallMs, before, after);
    if (found !== undefined) return found;
    // A gap: search the first instant whose local time is at or after the wall time.
    let low = wallMs - Math.max(before, after, offsetAt(wallMs)) - DAY_MS / 24;
    let high = wallMs - Math.min(before, after, offsetAt(wallMs)) + DAY_MS / 24;
    // Invariant: localAt(low) < wallMs <= localAt(high).
    while (high - low > 1) {
      const middle = Math.floor((low + high) / 2);
      if (localAt(middle) >= wallMs) high = middle;
      else low = middle;
    }
    return high;
  }

  /**
   * The offset in force throughout local day `day` and a day either side (so every wall time of
   * the day has exactly one instant), or NaN when the offset changes nearby.
   */
  function plainDayOffset(day: number): number {
    const known = dayOffsets.get(day);
    if (known !== undefined) return known;
    const offset = offsetAt(day * DAY_MS);
    const plain =
      offsetAt((day - 1) * DAY_MS) === offset && offsetAt((day + 2) * DAY_MS) === offset
        ? offset
        : Number.NaN;
    if (dayOffsets.size >= MEMO_LIMIT) dayOffsets.clear();
    dayOffsets.set(day, plain);
    return plain;
  }

  return {
    name,
    offsetAt,
    firstInstantAtOrAfter(wallMs) {
      const known = boundaries.get(wallMs);
      if (known !== undefined) return known;
      const instant = boundary(wallMs);
      if (boundaries.size >= MEMO_LIMIT) boundaries.clear();
      boundaries.set(wallMs, instant);
      return instant;
    },
    instantOfWallTime(wallMs) {
      const plain = plainDayOffset(Math.floor(wallMs / DAY_MS));
      if (!Number.isNaN(plain)) return wallMs - plain;
      const [before, after] = candidates(wallMs);
      if (before === after) {
        const instant = wallMs - before;
        if (localAt(instant) === wallMs) return instant;
      }
      const found = exact(wallMs, before, after);
      return found ?? wallMs - before;
    },
  };
}
