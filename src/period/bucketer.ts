import { fail, raise } from "../core/errors.js";
import { describe } from "../core/messages.js";
import { DAY_MS } from "./civil.js";
import { PERIOD_EXPECTED, PERIOD_WHERE } from "./messages.js";
import { zoneNamed } from "./registry.js";
import { createScheme, type PeriodScheme, wallStartOf } from "./scheme.js";
import type { Calendar, Granularity, Period } from "./types.js";
import type { Zone } from "./zone.js";

/**
 * Buckets instants into periods of one granularity in one calendar, fast: ordinals are found by
 * binary search over period starts computed once (lazily extended), never by building a `Date` per
 * record.
 *
 * @internal
 */
export interface Bucketer {
  readonly granularity: Granularity;
  readonly calendar: Calendar;
  /**
   * Ordinal of the period containing epoch ms `t`: an integer; consecutive periods differ by 1; the
   * same period gives the same ordinal in every bucketer with the same granularity and calendar.
   * Hot path: no allocation, no Date, no string. Throws a KpiError `invalid_date` for a non-finite
   * `t` or one outside what `Date` can represent.
   */
  ordinalOf(epochMs: number): number;
  /** Epoch ms of the start (inclusive) of the period with this ordinal. */
  startOf(ordinal: number): number;
  /** The Period value (allocates; fine per period). */
  period(ordinal: number): Period;
  /**
   * The ordinal of a Period of this bucketer's granularity (from its key). Throws `invalid_period`
   * naming `subject` (the public function the caller serves; default `"bucketer"`).
   */
  ordinalOfPeriod(period: Period, subject?: string): number;
}

/** Most boundaries cached per bucketer (8 MB of doubles); beyond, the slow path answers. */
const MAX_CACHED = 1 << 20;
/** Most separate cached stretches per bucketer (instants far apart, such as placeholder dates). */
const MAX_SEGMENTS = 32;
/** Boundaries computed around an instant far from every cached stretch. */
const INITIAL_HALF_WIDTH = 16;
/** A stretch is extended (rather than a new one started) towards ordinals this close to it. */
const MIN_REACH = 512;
const DATE_LIMIT = 8.64e15 - 2 * 366 * DAY_MS;

/** A contiguous stretch of cached boundaries: starts[i] is the start of ordinal `low + i`. */
interface Segment {
  low: number;
  /** At least two entries: the last one is the end of the last covered period. */
  starts: number[];
  /** Index of the last hit, to try first. */
  hint: number;
}

class ZoneBucketer implements Bucketer {
  readonly granularity: Granularity;
  readonly calendar: Calendar;
  private readonly scheme: PeriodScheme;
  private readonly zone: Zone;
  /**
   * The segment that answered last. Before the first answer, a placeholder that covers no ordinal
   * (its `low` is NaN, so `startOf` never reads its NaN starts) and no instant.
   */
  private current: Segment = { low: Number.NaN, starts: [Number.NaN, Number.NaN], hint: 0 };
  /** Cached segments, sorted by ordinal, never overlapping. */
  private segments: Segment[] = [];
  private cached = 0;

  constructor(granularity: Granularity, calendar: Calendar) {
    this.granularity = granularity;
    this.calendar = calendar;
    this.scheme = createScheme(granularity, calendar);
    this.zone = zoneNamed(calendar.timeZone);
  }

  ordinalOf(epochMs: number): number {
    const segment = this.current;
    const starts = segment.starts;
    const hint = segment.hint;
    if (epochMs >= (starts[hint] as number) && epochMs < (starts[hint + 1] as number)) {
      return segment.low + hint;
    }
    let high = starts.length - 1;
    if (!(epochMs >= (starts[0] as number) && epochMs < (starts[high] as number))) {
      return this.elsewhere(epochMs);
    }
    let low = 0;
    // Invariant: starts[low] <= epochMs < starts[high].
    while (high - low > 1) {
      const middle = (low + high) >>> 1;
      if ((starts[middle] as number) <= epochMs) low = middle;
      else high = middle;
    }
    segment.hint = low;
    return segment.low + low;
  }

  startOf(ordinal: number): number {
    const segment = this.current;
    const index = ordinal - segment.low;
    if (index >= 0 && index < segment.starts.length) return segment.starts[index] as number;
    for (const other of this.segments) {
      const at = ordinal - other.low;
      if (at >= 0 && at < other.starts.length) return other.starts[at] as number;
    }
    return this.computeStart(ordinal);
  }

  period(ordinal: number): Period {
    return Object.freeze({
      granularity: this.granularity,
      key: this.scheme.keyOf(ordinal),
      start: new Date(this.startOf(ordinal)),
      end: new Date(this.startOf(ordinal + 1)),
      calendar: this.calendar,
    });
  }

  ordinalOfPeriod(period: Period, subject = "bucketer"): number {
    const key = typeof period === "object" && period !== null ? period.key : undefined;
    const ordinal =
      typeof key === "string" && period.granularity === this.granularity
        ? this.scheme.ordinalOfKey(key)
        : undefined;
    if (ordinal === undefined) {
      raise(
        "invalid_period",
        subject,
        ["period"],
        PERIOD_EXPECTED.periodOf(this.granularity),
        typeof key === "string" ? key : period,
      );
    }
    return ordinal;
  }

  private computeStart(ordinal: number): number {
    return this.zone.firstInstantAtOrAfter(wallStartOf(this.scheme, ordinal));
  }

  /** The ordinal by date arithmetic, checked against the boundaries (which define the periods). */
  private slowOrdinal(epochMs: number): number {
    const local = epochMs + this.zone.offsetAt(epochMs);
    let ordinal = this.scheme.ordinalOfDay(Math.floor(local / DAY_MS));
    while (this.computeStart(ordinal) > epochMs) ordinal -= 1;
    while (this.computeStart(ordinal + 1) <= epochMs) ordinal += 1;
    return ordinal;
  }

  /** Answers an instant outside the current segment: another segment, a grown one, or a new one. */
  private elsewhere(epochMs: number): number {
    if (!(Math.abs(epochMs) <= DATE_LIMIT)) {
      fail({
        code: "invalid_date",
        subject: "bucketer",
        path: [],
        where: PERIOD_WHERE.instant,
        expected: PERIOD_EXPECTED.finiteEpoch,
        received: describe(epochMs),
      });
    }
    const segments = this.segments;
    for (const segment of segments) {
      const starts = segment.starts;
      if (epochMs >= (starts[0] as number) && epochMs < (starts[starts.length - 1] as number)) {
        this.current = segment;
        return this.ordinalOf(epochMs);
      }
    }
    const ordinal = this.slowOrdinal(epochMs);
    // The first segment at or after the ordinal, and the one before it.
    let next = 0;
    while (next < segments.length && (segments[next] as Segment).low <= ordinal) next += 1;
    const before = segments[next - 1];
    const after = segments[next];
    const beforeHigh = before === undefined ? -Infinity : before.low + before.starts.length - 2;
    const reach = (segment: Segment): number => Math.max(MIN_REACH, segment.starts.length);
    let low: number;
    let high: number;
    if (before !== undefined && ordinal - beforeHigh <= reach(before)) {
      low = before.low;
      high = Math.max(ordinal, beforeHigh + before.starts.length);
    } else if (after !== undefined && after.low - ordinal <= reach(after)) {
      low = Math.min(ordinal, after.low - after.starts.length);
      high = after.low + after.starts.length - 2;
    } else {
      low = ordinal - INITIAL_HALF_WIDTH;
      high = ordinal + INITIAL_HALF_WIDTH;
    }
    // Never overlap the neighbours: stop at them and merge when touching.
    if (before !== undefined && low <= beforeHigh + 1) low = Math.min(low, before.low);
    if (after !== undefined && high >= after.low - 1)
      high = Math.max(high, after.low + after.starts.length - 2);
    const merged = segments.filter((segment) => {
      const segmentHigh = segment.low + segment.starts.length - 2;
      return segmentHigh < low || segment.low > high;
    });
    const absorbed = segments.filter((segment) => !merged.includes(segment));
    const added =
      high - low + 2 - absorbed.reduce((sum, segment) => sum + segment.starts.length, 0);
    if (
      this.cached + added > MAX_CACHED ||
      (absorbed.length === 0 && merged.length >= MAX_SEGMENTS)
    ) {
      return ordinal;
    }
    const starts: number[] = [];
    for (let index = low; index <= high + 1; index += 1) {
      const owner = absorbed.find(
        (segment) => index >= segment.low && index < segment.low + segment.starts.length,
      );
      starts.push(
        owner === undefined
          ? this.computeStart(index)
          : (owner.starts[index - owner.low] as number),
      );
    }
    const segment: Segment = { low, starts, hint: ordinal - low };
    merged.push(segment);
    merged.sort((first, second) => first.low - second.low);
    this.segments = merged;
    this.cached = merged.reduce((sum, each) => sum + each.starts.length, 0);
    this.current = segment;
    return ordinal;
  }
}

/**
 * A new bucketer for a granularity in a (resolved) calendar.
 *
 * @param granularity - The period size.
 * @param calendar - A complete calendar, as returned by `resolveCalendar`.
 * @returns The bucketer.
 * @internal
 */
export function createBucketer(granularity: Granularity, calendar: Calendar): Bucketer {
  return new ZoneBucketer(granularity, calendar);
}
