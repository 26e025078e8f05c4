import { fail } from "../../core/errors.js";
import { describe } from "../../core/messages.js";
import { samePeriodLastYear } from "../../period/samePeriodLastYear.js";
import { periodInRange, sharedBucketer } from "../../period/shared.js";
import type { Period } from "../../period/types.js";
import type { Measures } from "../measures/types.js";
import { AGGREGATE_EXPECTED } from "../messages.js";
import { gridOf } from "./_grid.js";
import { checkSeries } from "./_options.js";
import { type SeriesStore, trustedStore } from "./_store.js";
import type { GroupKey, MeasureValues, Series } from "./series.js";

/**
 * How far back a comparison looks: a number of periods, or the same period of the previous year.
 *
 * @category Aggregation
 */
export type CompareOffset = number | "same_period_last_year";

/**
 * One period compared with an earlier one.
 *
 * @category Aggregation
 */
export interface Comparison<M extends Measures> {
  readonly period: Period;
  /** The period compared against. */
  readonly previousPeriod: Period;
  readonly group: GroupKey | null;
  readonly current: MeasureValues<M>;
  /** The earlier period's values, or `null` when the series has no cell there. */
  readonly previous: MeasureValues<M> | null;
}

/** Checks an offset. @internal */
export function checkOffset(subject: string, offset: unknown): CompareOffset {
  if (
    offset !== "same_period_last_year" &&
    (typeof offset !== "number" || !Number.isSafeInteger(offset) || offset < 1)
  ) {
    fail({
      code: "invalid_argument",
      subject,
      path: ["offset"],
      expected: AGGREGATE_EXPECTED.offset,
      received: describe(offset),
    });
  }
  return offset as CompareOffset;
}

/**
 * Aligns every cell of a series with the cell of the same group `offset` periods earlier (or the
 * same period of the previous year: the same month, quarter, fiscal quarter, ISO week number…).
 * The earlier values come from the series itself, so a period before its first period has no
 * previous values (`null`), while a filled empty period has its fill values (0 for sums).
 *
 * @param series - A series.
 * @param offset - A positive number of periods, or `"same_period_last_year"`.
 * @returns One comparison per cell, in the series' order.
 * @throws {KpiError} `invalid_argument` for a bad offset.
 * @example
 * ```ts
 * import { aggregate, compare, sum } from "kinerja";
 *
 * const sales = [
 *   { at: "2025-01-05T00:00:00Z", amount: 10 },
 *   { at: "2025-02-05T00:00:00Z", amount: 25 },
 * ];
 * const monthly = aggregate(sales, { date: "at", granularity: "month", measures: { revenue: sum("amount") } });
 * for (const row of compare(monthly, 1)) {
 *   console.log(row.period.key, row.previousPeriod.key, row.current.revenue.toString(), row.previous?.revenue.toString());
 *   // 2025-01 2024-12 10 undefined
 *   // 2025-02 2025-01 25 10
 * }
 * ```
 * @category Aggregation
 */
export function compare<M extends Measures>(
  series: Series<M>,
  offset: CompareOffset,
): Comparison<M>[] {
  return compareAs("compare", series, offset);
}

/** {@link compare}, naming `subject` in errors. @internal */
export function compareAs<M extends Measures>(
  subject: string,
  series: Series<M>,
  offset: CompareOffset,
): Comparison<M>[] {
  checkSeries(subject, series);
  const shift = checkOffset(subject, offset);
  const store = trustedStore(series);
  if (store !== undefined) return compareStored(subject, store, shift);
  const grid = shift === "same_period_last_year" ? undefined : gridOf(series, subject);
  const previousOf = new Map<string, Period>();
  return series.cells.map((cell) => {
    let previousPeriod = previousOf.get(cell.period.key);
    if (previousPeriod === undefined) {
      previousPeriod =
        grid === undefined
          ? samePeriodLastYear(cell.period)
          : periodInRange(
              sharedBucketer(series.granularity, series.calendar),
              grid.bucketer.ordinalOfPeriod(cell.period, subject) - (shift as number),
              subject,
            );
      previousOf.set(cell.period.key, previousPeriod);
    }
    const previous = series.at(previousPeriod.key, cell.group ?? undefined);
    return {
      period: cell.period,
      previousPeriod,
      group: cell.group,
      current: cell.values,
      previous: previous === undefined ? null : previous.values,
    };
  });
}

/** {@link compareAs} over the columns of a series this library built (no cell object is made). */
function compareStored<M extends Measures>(
  subject: string,
  store: SeriesStore<M>,
  shift: CompareOffset,
): Comparison<M>[] {
  const { periods, ordinals, cellPeriod, cellGroup, granularity, calendar } = store.init;
  // Each period with cells, in order: the period it is compared with, and that period's index.
  const previousPeriods: Period[] = new Array(periods.length);
  const previousIndex = new Int32Array(periods.length).fill(-1);
  for (let period = 0; period < periods.length; period++) {
    if (store.rowStart[period] === store.rowStart[period + 1]) continue;
    const previous =
      shift === "same_period_last_year"
        ? samePeriodLastYear(periods[period] as Period)
        : periodInRange(
            sharedBucketer(granularity, calendar),
            (ordinals[period] as number) - shift,
            subject,
          );
    previousPeriods[period] = previous;
    previousIndex[period] = store.periodOf(previous.key) ?? -1;
  }
  const comparisons: Comparison<M>[] = new Array(store.size);
  for (let cell = 0; cell < store.size; cell++) {
    const period = cellPeriod[cell] as number;
    const earlier = previousIndex[period] as number;
    const previous = earlier === -1 ? -1 : store.find(earlier, cellGroup[cell] as number);
    comparisons[cell] = {
      period: periods[period] as Period,
      previousPeriod: previousPeriods[period] as Period,
      group: store.groupOf(cell),
      current: store.values(cell),
      previous: previous === -1 ? null : store.values(previous),
    };
  }
  return comparisons;
}
