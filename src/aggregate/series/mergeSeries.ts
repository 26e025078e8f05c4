import { fail } from "../../core/errors.js";
import { retailCalendarOf } from "../../period/nrfRetailCalendar.js";
import { calendarKey } from "../../period/registry.js";
import type { Calendar } from "../../period/types.js";
import type { AnyMeasure, Measures } from "../measures/types.js";
import { AGGREGATE_EXPECTED } from "../messages.js";
import { SeriesBuilder } from "./_builder.js";
import { gridOf, mergeStoredInto } from "./_grid.js";
import { checkSeries } from "./_options.js";
import type { SeriesStore } from "./_store.js";
import type { DataQualityReport, Series } from "./series.js";

/**
 * Whether two calendars cut the same periods: every field, the retail part included (an absent
 * retail part is NRF's, which cuts the same retail periods).
 */
function sameCalendar(a: Calendar, b: Calendar): boolean {
  return (
    calendarKey({ ...a, retail: retailCalendarOf(a) }) ===
    calendarKey({ ...b, retail: retailCalendarOf(b) })
  );
}

function sameMeasures(a: Measures, b: Measures): boolean {
  const names = Object.keys(a);
  const other = Object.keys(b);
  return (
    names.length === other.length &&
    names.every(
      (name, index) =>
        other[index] === name &&
        (a[name] as AnyMeasure).kind === (b[name] as AnyMeasure).kind &&
        (a[name] as AnyMeasure).field === (b[name] as AnyMeasure).field,
    )
  );
}

/** Combines two data-quality reports. @internal */
export function mergeReports(a: DataQualityReport, b: DataQualityReport): DataQualityReport {
  return {
    records: a.records + b.records,
    accepted: a.accepted + b.accepted,
    rejected: a.rejected + b.rejected,
    outsideRange: a.outsideRange + b.outsideRange,
    issues: [...a.issues, ...b.issues],
  };
}

/**
 * Merges two series of the same shape (granularity, calendar, grouping, measure names, kinds and
 * fields) cell by cell, for example partial aggregates of different chunks of the data built on different
 * workers: `mergeSeries(aggregate(A), aggregate(B))` equals `aggregate(A ∪ B)` when B's
 * `indexOffset` continues A's indexes. The result is filled when both are; reports are added up.
 *
 * @param a - A series.
 * @param b - A series of the same shape.
 * @returns The merged series (with `a`'s measures).
 * @throws {KpiError} `invalid_argument` when the series do not have the same shape.
 * @example
 * ```ts
 * import { aggregate, countDistinct, mergeSeries, sum } from "kinerja";
 *
 * const options = {
 *   date: "at",
 *   granularity: "month",
 *   measures: { revenue: sum("amount"), customers: countDistinct("customer") },
 * } as const;
 * const partA = aggregate([{ at: "2025-01-02T00:00:00Z", amount: "1.10", customer: "A" }], options);
 * const partB = aggregate([{ at: "2025-01-03T00:00:00Z", amount: "2.20", customer: "A" }], { ...options, indexOffset: 1 });
 * const merged = mergeSeries(partA, partB).cells[0];
 * console.log(merged?.values.revenue.toString(), merged?.values.customers.toString(), merged?.records);
 * // 3.3 1 2
 * ```
 * @category Aggregation
 */
export function mergeSeries<M extends Measures>(a: Series<M>, b: Series<M>): Series<M> {
  checkSeries("mergeSeries", a, "a");
  checkSeries("mergeSeries", b, "b");
  if (
    a.granularity !== b.granularity ||
    a.grouped !== b.grouped ||
    !sameCalendar(a.calendar, b.calendar) ||
    !sameMeasures(a.measures, b.measures)
  ) {
    fail({
      code: "invalid_argument",
      subject: "mergeSeries",
      path: ["b"],
      expected: AGGREGATE_EXPECTED.sameShape,
      received: `a ${b.granularity} series${b.grouped ? " with groups" : ""} of measures ${Object.keys(
        b.measures,
      )
        .map((name) => JSON.stringify(name))
        .join(", ")}`,
    });
  }
  const gridA = gridOf(a, "mergeSeries");
  const gridB = gridOf(b, "mergeSeries");
  const builder = new SeriesBuilder({
    subject: "mergeSeries",
    measures: a.measures,
    bucketer: gridA.bucketer,
    grouped: a.grouped,
    fill: a.filled && b.filled,
    limit: { code: "invalid_argument", name: "b", expected: AGGREGATE_EXPECTED.mergeFillLimit },
  });
  if (a.grouped) for (const group of [...a.groups, ...b.groups]) builder.addGroup(group);
  const add = (store: SeriesStore<M>): void => {
    store.init.ordinals.forEach((ordinal, period) => {
      const row = builder.row(ordinal);
      const end = store.rowStart[period + 1] as number;
      for (let cell = store.rowStart[period] as number; cell < end; cell++) {
        const group = store.groupOf(cell);
        const position = group === null ? 0 : builder.addGroup(group);
        mergeStoredInto(builder.cell(row, position), store, cell);
      }
    });
  };
  add(gridA.store);
  add(gridB.store);
  return builder.build(mergeReports(a.report, b.report));
}
