import { fail } from "../core/errors.js";
import { DAY_MS } from "./civil.js";
import { PERIOD_EXPECTED, PERIOD_WHERE } from "./messages.js";
import { ZONE_RENAMES } from "./zoneRenames.js";

/**
 * A time zone's rules as needed to cut periods: the offset at an instant, and the instant at which
 * a local wall time is reached. Offsets come from the runtime's `Intl` data (the `longOffset` time
 * zone name, read to the second with its sign, so "GMT-00:44:30" is minus 44.5 minutes); this
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
   * The instant from which local time stays at or after `wallMs` (a period boundary): usually the
   * one instant with that wall time. When the wall time occurs twice, the first pass if the clocks
   * go back to it or later (America/Havana and Atlantic/Azores go back from 01:00 to 00:00: the
   * first 00:00 starts the day, and both passes of 00:00-00:59 belong to it), the second pass if
   * they go back below it (a fall-back that crosses midnight, as in America/St_Johns at 00:01 until
   * 2011, so local dates never go backwards across a boundary; only the minutes lived after
   * midnight before the clocks went back fall in the earlier day). The end of the gap when the wall
   * time is skipped by a jump.
   */
  firstInstantAtOrAfter(wallMs: number): number;
  /**
   * The instant of a wall time as read from an offset-less string ("compatible" disambiguation, as
   * in Temporal and `Date`): the earlier instant in an overlap; in a gap, the wall time read with
   * the offset in force before the gap (so 02:30 on a spring-forward night becomes 03:30).
   */
  instantOfWallTime(wallMs: number): number;
}

const UTC_NAMES: readonly string[] = ["UTC", "Etc/UTC", "GMT", "Etc/GMT"];

/** "GMT", "GMT+07:00", "GMT-00:44:30" at the end of a formatted date (Unicode minus accepted). */
const LONG_OFFSET = /GMT(?:([+\-\u2212])(\d{2})(?::?(\d{2}))?(?::?(\d{2}))?)?$/;

/**
 * The offset in milliseconds written at the end of a date formatted with `timeZoneName:
 * "longOffset"`, or undefined when there is none. The sign applies to the whole offset, also when
 * the hours are zero ("GMT-00:25:21" is minus 25 min 21 s).
 *
 * @internal
 */
export function parseLongOffset(text: string): number | undefined {
  const match = LONG_OFFSET.exec(text);
  if (match === null) return undefined;
  const [, sign, hours, minutes, seconds] = match;
  if (sign === undefined) return 0;
  const magnitude =
    (Number(hours) * 3600 + Number(minutes ?? 0) * 60 + Number(seconds ?? 0)) * 1000;
  return sign === "+" ? magnitude : -magnitude;
}

/**
 * The canonical name of a time zone the runtime knows, or undefined for one it does not. The
 * runtime's `Intl` resolves case (`"asia/jakarta"` is `"Asia/Jakarta"`) and, where its data does,
 * links (`"US/Eastern"` is `"America/New_York"`, `"Etc/UTC"` is `"UTC"`); names the IANA database
 * renamed are then written in their current form (`"Asia/Calcutta"` is `"Asia/Kolkata"`), so that
 * one zone gives one calendar.
 *
 * @internal
 */
export function canonicalZoneName(name: string): string | undefined {
  if (name === "") return undefined;
  let resolved: string;
  try {
    resolved = new Intl.DateTimeFormat("en-US", { timeZone: name }).resolvedOptions().timeZone;
  } catch {
    return undefined;
  }
  return Object.hasOwn(ZONE_RENAMES, resolved) ? (ZONE_RENAMES[resolved] as string) : resolved;
}

/** The zone engine for a (validated) IANA time zone name. @internal */
export function createZone(name: string): Zone {
  if (UTC_NAMES.includes(name)) {
    return {
      name,
      offsetAt: () => 0,
      firstInstantAtOrAfter: (wallMs) => wallMs,
      instantOfWallTime: (wallMs) => wallMs,
    };
  }
  // Created on first use, then reused: one formatter per zone engine.
  let format: ((date: Date) => string) | undefined;
  const offsetAt = (epochMs: number): number => {
    format ??= new Intl.DateTimeFormat("en-US", { timeZone: name, timeZoneName: "longOffset" })
      .format;
    const text = format(new Date(epochMs));
    const offset = parseLongOffset(text);
    if (offset === undefined) {
      // Not reached with any runtime tested (every zone, years 1-9999); refuse rather than guess.
      fail({
        code: "invalid_time_zone",
        subject: "timeZone",
        path: ["calendar", "timeZone"],
        where: PERIOD_WHERE.zoneOffset,
        expected: PERIOD_EXPECTED.zoneOffset,
        received: JSON.stringify(text),
      });
    }
    return offset;
  };
  const localAt = (epochMs: number): number => epochMs + offsetAt(epochMs);

  // Memo tables (per zone engine, bounded): date-only and offset-less strings in records repeat the
  // same days, and each answer otherwise costs several Intl calls.
  const boundaries = new Map<number, number>();
  const dayOffsets = new Map<number, number>();
  const samples = new Map<number, number>();
  const MEMO_LIMIT = 100_000;

  /**
   * The offset at an instant, remembered when the instant is a whole UTC day (the samples taken
   * around period boundaries and wall times: walking from day to day, neighbouring boundaries share
   * them, so each day costs one Intl call fewer).
   */
  function sampledOffsetAt(epochMs: number): number {
    if (epochMs % DAY_MS !== 0) return offsetAt(epochMs);
    const day = epochMs / DAY_MS; // a small integer key hashes faster than the epoch ms
    const known = samples.get(day);
    if (known !== undefined) return known;
    const offset = offsetAt(epochMs);
    if (samples.size >= MEMO_LIMIT) samples.clear();
    samples.set(day, offset);
    return offset;
  }

  /** Offsets in force a day before and a day after the wall time (usually equal). */
  function candidates(wallMs: number): [number, number] {
    return [sampledOffsetAt(wallMs - DAY_MS), sampledOffsetAt(wallMs + DAY_MS)];
  }

  /**
   * An instant with that exact wall time (the earlier or the later one when it occurs twice), or
   * undefined when the wall time is skipped.
   */
  function exact(
    wallMs: number,
    before: number,
    after: number,
    prefer: "earlier" | "later",
  ): number | undefined {
    const early = wallMs - Math.max(before, after);
    const late = wallMs - Math.min(before, after);
    const [first, second] = prefer === "earlier" ? [early, late] : [late, early];
    if (localAt(first) === wallMs) return first;
    if (localAt(second) === wallMs) return second;
    return undefined;
  }

  /**
   * The boundary at a wall time reached once or twice: the earliest instant with that wall time
   * from which local time never falls below it again. When the clocks go back to exactly that wall
   * time or later (America/Havana, 01:00 back to 00:00), that is the first pass; when they go back
   * below it (America/St_Johns until 2011, 00:01 back to 23:01 of the day before), the second.
   * Undefined when the wall time is skipped.
   */
  function repeated(wallMs: number, before: number, after: number): number | undefined {
    const early = wallMs - Math.max(before, after);
    const late = wallMs - Math.min(before, after);
    const earlyMatches = localAt(early) === wallMs;
    const lateMatches = localAt(late) === wallMs;
    if (earlyMatches && lateMatches) return localAt(late - 1) < wallMs ? late : early;
    if (earlyMatches) return early;
    if (lateMatches) return late;
    return undefined;
  }

  function boundary(wallMs: number): number {
    const plain = plainDayOffset(Math.floor(wallMs / DAY_MS));
    if (!Number.isNaN(plain)) return wallMs - plain;
    const [before, after] = candidates(wallMs);
    if (before === after) {
      const instant = wallMs - before;
      if (localAt(instant) === wallMs) return instant;
    }
    const found = repeated(wallMs, before, after);
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
    const offset = sampledOffsetAt(day * DAY_MS);
    const plain =
      sampledOffsetAt((day - 1) * DAY_MS) === offset &&
      sampledOffsetAt((day + 2) * DAY_MS) === offset
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
      // Boundaries are local midnights: remembered by day number (a small integer key).
      if (wallMs % DAY_MS !== 0) return boundary(wallMs);
      const day = wallMs / DAY_MS;
      const known = boundaries.get(day);
      if (known !== undefined) return known;
      const instant = boundary(wallMs);
      if (boundaries.size >= MEMO_LIMIT) boundaries.clear();
      boundaries.set(day, instant);
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
      const found = exact(wallMs, before, after, "earlier");
      return found ?? wallMs - before;
    },
  };
}
