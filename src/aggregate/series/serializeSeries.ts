import type { Measures } from "../measures/types.js";
import { checkSeries } from "./_options.js";
import type { Series } from "./series.js";
import { type SerializedSeries, toSerialized } from "./seriesJson.js";

/**
 * The JSON form of a series: granularity, calendar, period keys, groups and every cell's measure
 * states (exact decimal strings, bigints as strings, distinct sets as sorted lists), plus the
 * report. Send it to another process and read it back with {@link deserializeSeries}; merging
 * deserialized partial series gives exactly the one-pass result.
 *
 * @param series - A series.
 * @returns A plain object; `JSON.stringify` it.
 * @throws {KpiError} `invalid_argument` when `series` is not a series.
 * @example
 * ```ts
 * import { aggregate, deserializeSeries, serializeSeries, sum } from "kinerja";
 *
 * const measures = { revenue: sum("amount") };
 * const series = aggregate([{ at: "2025-01-02T00:00:00Z", amount: "12345678901234567.89" }], {
 *   date: "at",
 *   granularity: "month",
 *   measures,
 * });
 * const text = JSON.stringify(serializeSeries(series));
 * console.log(deserializeSeries(JSON.parse(text), measures).cells[0]?.values.revenue.toString());
 * // 12345678901234567.89
 * ```
 * @category Aggregation
 */
export function serializeSeries<M extends Measures>(series: Series<M>): SerializedSeries {
  checkSeries("serializeSeries", series);
  return toSerialized(series);
}
