import type { Bucketer } from "../../period/bucketer.js";
import { DAY_MS } from "../../period/civil.js";
import { MAX_INSTANT, MIN_INSTANT } from "../../period/instant.js";

/** Days computed at once (the block of the day looked up). */
const BLOCK = 32;
/** UTC days covered by a new table (a multiple of BLOCK). */
const INITIAL_DAYS = 512;
/** Most UTC days a table covers (about 22 years, 128 kB); instants beyond ask the bucketer. */
const MAX_DAYS = 8192;

/**
 * The period ordinals of instants by table lookup: for each UTC day, the ordinal of the period
 * holding the day's first millisecond and the instant of the one period boundary inside the day
 * (`Infinity` when there is none), computed once from the bucketer. Every granularity is a day or
 * longer, so a UTC day holds at most one boundary, except a day of 23 hours or less in the zone
 * (`"day"` across a daylight-saving change, or a skipped day): such a day is marked and its instants
 * ask the bucketer. The answer is the bucketer's, found without a binary search per record.
 *
 * A plain object read by functions (not a class instance): see `RunState` in aggregate.ts.
 * @internal
 */
export interface DayOrdinals {
  readonly bucketer: Bucketer;
  /** The UTC day number (days since 1970-01-01) of index 0. */
  base: number;
  /** The ordinal of each day's first millisecond; NaN until computed, and for a day of two boundaries. */
  ordinals: Float64Array;
  /** The boundary inside each day, `Infinity` when none; NaN marks a day of two boundaries. */
  cuts: Float64Array;
}

/** An empty table over a bucketer (it grows on the first lookup). @internal */
export function createDayOrdinals(bucketer: Bucketer): DayOrdinals {
  return { bucketer, base: 0, ordinals: new Float64Array(0), cuts: new Float64Array(0) };
}

/**
 * The ordinal of the period holding `epochMs`, as `bucketer.ordinalOf` gives it. Only for instants
 * the bucketer accepts (those `readInstant` returns); the days of a block outside that range are
 * left out. @internal
 */
export function dayOrdinalOf(table: DayOrdinals, epochMs: number): number {
  const at = Math.floor(epochMs / DAY_MS) - table.base;
  const ordinals = table.ordinals;
  if (at >= 0 && at < ordinals.length) {
    const ordinal = ordinals[at] as number;
    // biome-ignore lint/suspicious/noSelfCompare: the cheapest NaN test on the per-record path
    if (ordinal === ordinal) return epochMs < (table.cuts[at] as number) ? ordinal : ordinal + 1;
  }
  return miss(table, epochMs);
}

/**
 * Computes the block of {@link BLOCK} days holding the day of `epochMs` (growing the table when it
 * can), or asks the bucketer. Filling a block at a time keeps this call rare, so the per-record
 * code that calls {@link dayOrdinalOf} does not take the bucketer's code in.
 */
function miss(table: DayOrdinals, epochMs: number): number {
  const { bucketer } = table;
  const day = Math.floor(epochMs / DAY_MS);
  if (!covers(table, day) && !grow(table, day)) return bucketer.ordinalOf(epochMs);
  const at = day - table.base;
  if (Number.isNaN(table.ordinals[at])) {
    const first = at - (at % BLOCK);
    const end = Math.min(first + BLOCK, table.ordinals.length);
    for (let index = first; index < end; index++) fillDay(table, index);
  }
  const ordinal = table.ordinals[at] as number;
  // A day of two boundaries asks the bucketer.
  if (Number.isNaN(ordinal)) return bucketer.ordinalOf(epochMs);
  return epochMs < (table.cuts[at] as number) ? ordinal : ordinal + 1;
}

/** Computes the entry of one day (left alone when computed already, or outside the range). */
function fillDay(table: DayOrdinals, at: number): void {
  if (!Number.isNaN(table.ordinals[at]) || Number.isNaN(table.cuts[at])) return;
  const { bucketer } = table;
  const start = (table.base + at) * DAY_MS;
  if (start < MIN_INSTANT || start + DAY_MS > MAX_INSTANT) return;
  const first = bucketer.ordinalOf(start);
  const last = bucketer.ordinalOf(start + DAY_MS - 1);
  if (last === first) {
    table.cuts[at] = Number.POSITIVE_INFINITY;
  } else if (last === first + 1) {
    table.cuts[at] = bucketer.startOf(last);
  } else {
    table.cuts[at] = Number.NaN;
    return;
  }
  table.ordinals[at] = first;
}

function covers(table: DayOrdinals, day: number): boolean {
  const at = day - table.base;
  return at >= 0 && at < table.ordinals.length;
}

/** Makes the table cover `day`: false when that would take more than {@link MAX_DAYS} days. */
function grow(table: DayOrdinals, day: number): boolean {
  const size = table.ordinals.length;
  if (size === 0) {
    table.base = day - INITIAL_DAYS / 2;
    table.ordinals = new Float64Array(INITIAL_DAYS).fill(Number.NaN);
    table.cuts = new Float64Array(INITIAL_DAYS);
    return true;
  }
  const low = Math.min(table.base, day);
  const high = Math.max(table.base + size, day + 1);
  let next = size * 2;
  while (next < high - low) next *= 2;
  if (next > MAX_DAYS) return false;
  // Extend towards the day: the days already computed keep their values.
  const base = day < table.base ? high - next : low;
  const ordinals = new Float64Array(next).fill(Number.NaN);
  const cuts = new Float64Array(next);
  ordinals.set(table.ordinals, table.base - base);
  cuts.set(table.cuts, table.base - base);
  table.base = base;
  table.ordinals = ordinals;
  table.cuts = cuts;
  return true;
}
