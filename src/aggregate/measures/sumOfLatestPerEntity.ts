import type { Decimal } from "../../core/decimal.js";
import {
  type PerEntityOptions,
  type PerEntityState,
  perEntitySnapshot,
} from "./_perEntitySnapshot.js";
import type { Measure } from "./types.js";

/**
 * A semi-additive snapshot measure: each entity's **latest** value in the period (the record with
 * the latest instant; ties by record index, then the larger value), summed across entities — the
 * pipeline of open deals, the MRR of subscriptions, headcount. Unlike `last`, which keeps the one
 * value at the period's last instant overall, this keeps one value per entity.
 *
 * Rolling months up to quarters keeps each entity's latest value in the quarter (never a sum of
 * months); merging states of any split of the records is exact. An entity with no record in a
 * period is not in that period's state: record a closed deal or a cancelled subscription as a value
 * of 0. A period without records carries the previous value forward when the series is filled.
 * `null` when there is no entity.
 *
 * `toSql` pushes it down: the engine keeps each entity's latest row per period (and group) and
 * returns those rows, so the series read back rolls up and merges the same way. There, ties at one
 * instant are broken by the `sequence` column (as the record index here), else by the larger value.
 *
 * @param options - `entity` and `value` accessors.
 * @returns The measure, for `aggregate`, `rollup`, `mergeSeries` and the JSON round trip.
 * @throws {KpiError} `invalid_argument` when an accessor is neither a property name nor a function.
 * @example
 * ```ts
 * import { aggregate, last, rollup, sumOfLatestPerEntity } from "kinerja";
 *
 * const snapshots = [
 *   { at: "2025-01-31T00:00:00Z", deal: "D1", amount: "100" },
 *   { at: "2025-01-31T00:00:00Z", deal: "D2", amount: "50" },
 *   { at: "2025-02-28T00:00:00Z", deal: "D1", amount: "120" },
 *   { at: "2025-03-31T00:00:00Z", deal: "D2", amount: "0" },
 * ];
 * const monthly = aggregate(snapshots, {
 *   date: "at",
 *   granularity: "month",
 *   measures: { pipeline: sumOfLatestPerEntity({ entity: "deal", value: "amount" }), closing: last("amount") },
 * });
 * console.log(monthly.cells.map((cell) => `${cell.period.key} ${cell.values.pipeline} ${cell.values.closing}`));
 * // [ '2025-01 150 50', '2025-02 120 120', '2025-03 0 0' ]
 * console.log(rollup(monthly, "quarter").cells[0]?.values.pipeline?.toString());
 * // 120
 * ```
 * @category Customers
 */
export function sumOfLatestPerEntity(
  options: PerEntityOptions,
): Measure<
  PerEntityState<"sum_of_latest_per_entity">,
  Decimal | null,
  "sum_of_latest_per_entity",
  undefined
> {
  return perEntitySnapshot("sum_of_latest_per_entity", "sumOfLatestPerEntity", options);
}
