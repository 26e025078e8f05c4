import { type Decimal, KDecimal } from "../core/decimal.js";
import { raise } from "../core/errors.js";
import { numericOrUndefined } from "../core/numeric.js";
import { divide, type KpiResult } from "../core/result.js";
import { createBucketer } from "../period/bucketer.js";
import { isGranularity } from "../period/granularity.js";
import { instantArgument } from "../period/instant.js";
import { PERIOD_EXPECTED } from "../period/messages.js";
import { resolveCalendarFor } from "../period/resolveCalendar.js";
import type { CalendarInput, Granularity, InstantInput, Period } from "../period/types.js";
import { checkFunnelState, type FunnelState, type StepTimes } from "./_funnel.js";
import { type ConversionWindow, type WindowEnd, windowEnd } from "./_window.js";
import { CUSTOMERS_EXPECTED } from "./messages.js";

/** The resolutions of time to convert, with their length in milliseconds. */
const RESOLUTIONS = { second: 1000, minute: 60_000, hour: 3_600_000, day: 86_400_000 } as const;

/**
 * The unit times to convert are counted in: elapsed seconds, minutes, hours or days (of 24 hours),
 * each duration rounded down to a whole unit.
 *
 * @category Customers
 */
export type Resolution = keyof typeof RESOLUTIONS;

/** At most this many periods in a funnel's result. */
const MAX_PERIODS = 1_000_000;

/**
 * Options of {@link funnel}.
 *
 * @category Customers
 */
export interface FunnelOptions {
  /** The periods base events are counted in. */
  readonly granularity: Granularity;
  readonly calendar?: CalendarInput;
  /** A window for the whole funnel: every step within it of the base event. */
  readonly window?: ConversionWindow;
  /** A window per step after the first (each step within it of the previous step). */
  readonly windows?: readonly Exclude<ConversionWindow, "period_end">[];
  /** The unit of times to convert (default `"minute"`). */
  readonly resolution?: Resolution;
  /** The quantiles of the times to convert (default `[0.5]`, the median). */
  readonly quantiles?: readonly number[];
  /** The instant the data is as of (default now): a period is final once its windows have passed. */
  readonly asOf?: InstantInput;
}

/**
 * Times to convert, as an exact histogram at a resolution and its quantiles.
 *
 * @category Customers
 */
export interface TimeToConvert {
  readonly resolution: Resolution;
  /** How many conversions were timed. */
  readonly count: number;
  /** Conversions per duration (in whole resolution units), by increasing duration. */
  readonly histogram: ReadonlyMap<number, number>;
  /** The median (nearest rank: the ⌈n/2⌉-th smallest duration), `null` without conversions. */
  readonly median: Decimal | null;
  /** The requested quantiles, nearest rank: the ⌈q·n⌉-th smallest duration (the smallest for q = 0). */
  readonly quantiles: readonly { readonly quantile: Decimal; readonly value: Decimal | null }[];
}

/**
 * One step of a funnel period.
 *
 * @category Customers
 */
export interface FunnelStepResult {
  readonly step: string;
  /** Base events (step 0) or conversions that reached this step. */
  readonly count: Decimal;
  /** count / the previous step's count (1 for the first step; `zero_denominator` when the previous step is 0). */
  readonly stepRate: KpiResult;
  /** count / the first step's count. */
  readonly overallRate: KpiResult;
  /** Time from the previous step to this one (`null` for the first step). */
  readonly timeToConvert: TimeToConvert | null;
}

/**
 * The funnel of one period: the base events in it and how far they got.
 *
 * @category Customers
 */
export interface FunnelPeriod {
  readonly period: Period;
  /** Whether every base event of the period has had its whole window as of `asOf` (the counts are final). */
  readonly final: boolean;
  readonly steps: readonly FunnelStepResult[];
  /** Time from the base event to the last step. */
  readonly timeToConvert: TimeToConvert;
}

/**
 * The result of {@link funnel}.
 *
 * @category Customers
 */
export interface Funnel {
  /** Every period from the first base event's to the last's, in order. */
  readonly periods: readonly FunnelPeriod[];
  readonly asOf: Date;
}

interface Accumulator {
  readonly counts: number[];
  readonly histograms: Map<number, number>[];
  readonly overall: Map<number, number>;
}

/** The lower bound: the first index whose time is at least `time` (the list is sorted). */
function lowerBound(list: readonly number[], time: number): number {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((list[middle] as number) < time) low = middle + 1;
    else high = middle;
  }
  return low;
}

function bump(histogram: Map<number, number>, units: number): void {
  histogram.set(units, (histogram.get(units) ?? 0) + 1);
}

/** The nearest-rank quantile of a histogram (rank ⌈q·n⌉, at least 1). @internal */
export function histogramQuantile(
  histogram: ReadonlyMap<number, number>,
  quantile: Decimal,
): Decimal | null {
  let total = 0;
  for (const count of histogram.values()) total += count;
  if (total === 0) return null;
  const rank = Math.max(1, quantile.times(total).ceil().toNumber());
  let seen = 0;
  for (const units of [...histogram.keys()].sort((a, b) => a - b)) {
    seen += histogram.get(units) as number;
    if (seen >= rank) return new KDecimal(units);
  }
  return null;
}

function timeToConvert(
  histogram: Map<number, number>,
  resolution: Resolution,
  quantiles: readonly Decimal[],
): TimeToConvert {
  const sorted = new Map([...histogram.entries()].sort((a, b) => a[0] - b[0]));
  let count = 0;
  for (const n of sorted.values()) count += n;
  return {
    resolution,
    count,
    histogram: sorted,
    median: histogramQuantile(sorted, new KDecimal(0.5)),
    quantiles: quantiles.map((quantile) => ({
      quantile,
      value: histogramQuantile(sorted, quantile),
    })),
  };
}

/**
 * The funnel of a funnel state: base events (the first step) counted in their period, and for each
 * later step how many of them reached it — each step being the entity's first event of that step at
 * or after the previous step's event (same instant included), within the windows — with step and
 * end-to-end rates and the times to convert (per step and overall) as exact histograms at a
 * resolution, with their quantiles. Rates are exact decimals (34 significant digits).
 *
 * Windows: `window` bounds the whole funnel from the base event (a duration, or `"period_end"`: by
 * the end of the base event's period); `windows` bounds each step from the previous one. Without
 * either, conversions are counted whenever they happen and no period is ever final. A period is
 * `final` when, as of `asOf`, the windows of its last possible base event have passed.
 *
 * @param state - A funnel state ({@link funnelState}, merged or deserialized).
 * @param options - granularity, calendar, windows, resolution, quantiles, asOf.
 * @returns The funnel of every period.
 * @throws {KpiError} `invalid_argument` when the state is not a funnel state; `invalid_option` for bad options.
 * @example
 * ```ts
 * import { funnel, funnelState } from "kinerja";
 *
 * const events = [
 *   { lead: "L1", at: "2025-01-02T09:00:00Z", step: "lead" },
 *   { lead: "L1", at: "2025-01-03T09:00:00Z", step: "meeting" },
 *   { lead: "L1", at: "2025-01-10T09:00:00Z", step: "won" },
 *   { lead: "L2", at: "2025-01-05T09:00:00Z", step: "lead" },
 *   { lead: "L2", at: "2025-01-05T21:00:00Z", step: "meeting" },
 *   { lead: "L3", at: "2025-01-07T09:00:00Z", step: "lead" },
 * ];
 * const state = funnelState(events, { entity: "lead", date: "at", step: "step", steps: ["lead", "meeting", "won"] });
 * const result = funnel(state, { granularity: "month", window: { days: 30 }, resolution: "hour", asOf: "2025-03-15T00:00:00Z" });
 * const january = result.periods[0];
 * for (const step of january?.steps ?? []) {
 *   console.log(step.step, step.count.toString(), step.stepRate.value?.toFixed(4), step.timeToConvert?.median?.toString() ?? "-");
 *   // lead 3 1.0000 -
 *   // meeting 2 0.6667 12
 *   // won 1 0.5000 168
 * }
 * console.log(january?.final, january?.timeToConvert.median?.toString());
 * // true 192
 * ```
 * @category Customers
 */
export function funnel(state: FunnelState, options: FunnelOptions): Funnel {
  const SUBJECT = "funnel";
  const checked = checkFunnelState(SUBJECT, state, "state");
  if (typeof options !== "object" || options === null) {
    raise("invalid_argument", SUBJECT, ["options"], CUSTOMERS_EXPECTED.options, options);
  }
  if (!isGranularity(options.granularity)) {
    raise(
      "invalid_option",
      SUBJECT,
      ["options", "granularity"],
      PERIOD_EXPECTED.granularity,
      options.granularity,
    );
  }
  const calendar = resolveCalendarFor(options.calendar, SUBJECT, ["options", "calendar"]);
  const bucketer = createBucketer(options.granularity, calendar);
  const stepCount = checked.steps.length;
  const periodEnd = options.window === "period_end";
  const total: WindowEnd | undefined =
    options.window === undefined || periodEnd
      ? undefined
      : windowEnd(SUBJECT, options.window, calendar, ["options", "window"]);
  let perStep: WindowEnd[] | undefined;
  if (options.windows !== undefined) {
    if (!Array.isArray(options.windows) || options.windows.length !== stepCount - 1) {
      raise(
        "invalid_option",
        SUBJECT,
        ["options", "windows"],
        CUSTOMERS_EXPECTED.windows(stepCount),
        options.windows,
      );
    }
    perStep = options.windows.map((window, i) => {
      if (window === "period_end") {
        return raise(
          "invalid_option",
          SUBJECT,
          ["options", "windows", i],
          CUSTOMERS_EXPECTED.periodEndWindow,
          window,
        );
      }
      return windowEnd(SUBJECT, window, calendar, ["options", "windows", i]);
    });
  }
  const resolution = options.resolution ?? "minute";
  if (!Object.hasOwn(RESOLUTIONS, resolution)) {
    raise(
      "invalid_option",
      SUBJECT,
      ["options", "resolution"],
      CUSTOMERS_EXPECTED.resolution,
      resolution,
    );
  }
  const unit = RESOLUTIONS[resolution];
  const quantileInput = options.quantiles ?? [0.5];
  if (!Array.isArray(quantileInput)) {
    raise(
      "invalid_option",
      SUBJECT,
      ["options", "quantiles"],
      CUSTOMERS_EXPECTED.quantiles,
      quantileInput,
    );
  }
  const quantiles = quantileInput.map((q, i) => {
    const read = numericOrUndefined(q);
    if (read === undefined || read.lt(0) || read.gt(1)) {
      return raise(
        "invalid_option",
        SUBJECT,
        ["options", "quantiles", i],
        CUSTOMERS_EXPECTED.fraction,
        q,
      );
    }
    return read;
  });
  const asOf =
    options.asOf === undefined
      ? Date.now()
      : instantArgument(options.asOf, calendar, { subject: SUBJECT, path: ["options", "asOf"] });

  const periods = new Map<number, Accumulator>();
  const accumulator = (ordinal: number): Accumulator => {
    let found = periods.get(ordinal);
    if (found === undefined) {
      found = {
        counts: new Array<number>(stepCount).fill(0),
        histograms: checked.steps.map(() => new Map<number, number>()),
        overall: new Map(),
      };
      periods.set(ordinal, found);
    }
    return found;
  };
  const sorted: StepTimes = [];
  for (const byMatch of checked.entities.values()) {
    for (const times of byMatch.values() as Iterable<StepTimes>) {
      sorted.length = 0;
      for (const list of times) sorted.push([...list].sort((a, b) => a - b));
      for (const base of sorted[0] as number[]) {
        const ordinal = bucketer.ordinalOf(base);
        const into = accumulator(ordinal);
        (into.counts as number[])[0] = (into.counts[0] as number) + 1;
        // The last instant every step must be at or before (inclusive).
        const limit = periodEnd
          ? bucketer.startOf(ordinal + 1) - 1
          : total === undefined
            ? Number.POSITIVE_INFINITY
            : total(base);
        let previous = base;
        for (let step = 1; step < stepCount; step++) {
          const list = sorted[step] as number[];
          const at = lowerBound(list, previous);
          if (at === list.length) break;
          const time = list[at] as number;
          const stepLimit =
            perStep === undefined
              ? limit
              : Math.min(limit, (perStep[step - 1] as WindowEnd)(previous));
          if (time > stepLimit) break;
          into.counts[step] = (into.counts[step] as number) + 1;
          bump(into.histograms[step] as Map<number, number>, Math.floor((time - previous) / unit));
          previous = time;
          if (step === stepCount - 1) bump(into.overall, Math.floor((time - base) / unit));
        }
      }
    }
  }
  const ordinals = [...periods.keys()].sort((a, b) => a - b);
  const result: FunnelPeriod[] = [];
  if (ordinals.length > 0) {
    const low = ordinals[0] as number;
    const high = ordinals[ordinals.length - 1] as number;
    if (high - low + 1 > MAX_PERIODS) {
      raise(
        "invalid_argument",
        SUBJECT,
        ["state"],
        CUSTOMERS_EXPECTED.periodLimit,
        `${high - low + 1} periods`,
      );
    }
    for (let ordinal = low; ordinal <= high; ordinal++) {
      const into = accumulator(ordinal);
      const entered = new KDecimal(into.counts[0] as number);
      // The last base event of the period is just before its end: the period is final once the
      // last instant its windows allow has passed.
      const lastBase = bucketer.startOf(ordinal + 1) - 1;
      let last = periodEnd ? lastBase : Number.POSITIVE_INFINITY;
      if (total !== undefined) last = Math.min(last, total(lastBase));
      if (perStep !== undefined) {
        let chained = lastBase;
        for (const step of perStep) chained = step(chained);
        last = Math.min(last, chained);
      }
      const steps: FunnelStepResult[] = checked.steps.map((name, step) => {
        const count = new KDecimal(into.counts[step] as number);
        const before = new KDecimal(into.counts[Math.max(0, step - 1)] as number);
        return {
          step: name,
          count,
          stepRate: divide(count, before),
          overallRate: divide(count, entered),
          timeToConvert:
            step === 0
              ? null
              : timeToConvert(into.histograms[step] as Map<number, number>, resolution, quantiles),
        };
      });
      result.push({
        period: bucketer.period(ordinal),
        final: last < asOf,
        steps,
        timeToConvert: timeToConvert(into.overall, resolution, quantiles),
      });
    }
  }
  return { periods: result, asOf: new Date(asOf) };
}
