import type { Decimal } from "../../core/decimal.js";
import {
  type PerEntityOptions,
  type PerEntityState,
  perEntitySnapshot,
} from "./_perEntitySnapshot.js";
import type { Measure } from "./types.js";

/**
 * A semi-additive opening snapshot: each entity's **earliest** value in the period (the record with
 * the earliest instant; ties by record index, then the smaller value), summed across entities —
 * the opening pipeline or MRR. Unlike `first`, which keeps the one value at the period's first
 * instant overall, this keeps one value per entity. Rollups keep each entity's earliest value in
 * the coarser period; merges are exact. `null` when there is no entity (also a filled empty period).
 * `toSql` pushes it down like {@link sumOfLatestPerEntity} (ties there by `sequence`, else the
 * smaller value).
 *
 * @param options - `entity` and `value` accessors.
 * @returns The measure.
 * @throws {KpiError} `invalid_argument` when an accessor is neither a property name nor a function.
 * @example
 * ```ts
 * import { aggregate, sumOfEarliestPerEntity } from "kinerja";
 *
 * const snapshots = [
 *   { at: "2025-01-01T00:00:00Z", subscription: "S1", mrr: "10" },
 *   { at: "2025-01-15T00:00:00Z", subscription: "S1", mrr: "12" },
 *   { at: "2025-01-20T00:00:00Z", subscription: "S2", mrr: "5" },
 * ];
 * const series = aggregate(snapshots, {
 *   date: "at",
 *   granularity: "month",
 *   measures: { opening: sumOfEarliestPerEntity({ entity: "subscription", value: "mrr" }) },
 * });
 * console.log(series.cells[0]?.values.opening?.toString());
 * // 15
 * ```
 * @category Customers
 */
export function sumOfEarliestPerEntity(
  options: PerEntityOptions,
): Measure<
  PerEntityState<"sum_of_earliest_per_entity">,
  Decimal | null,
  "sum_of_earliest_per_entity",
  undefined
> {
  return perEntitySnapshot("sum_of_earliest_per_entity", "sumOfEarliestPerEntity", options);
}
