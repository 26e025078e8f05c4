import { type Decimal, KDecimal } from "../../core/decimal.js";
import { fail } from "../../core/errors.js";
import { AGGREGATE_EXPECTED, AGGREGATE_PLACE, AGGREGATE_RECEIVED } from "../messages.js";
import type { CountDistinctState } from "./countDistinct.js";
import { defineMeasure } from "./defineMeasure.js";
import type { AnyMeasure, Measure, SerializedStateOf } from "./types.js";

/**
 * The state of a distinct count whose values were not kept (a database counted them). @internal
 */
export interface CountedDistinctState {
  readonly kind: "count_distinct";
  readonly count: number;
  toJSON(): SerializedStateOf<"count_distinct">;
}

/**
 * A distinct count computed elsewhere (`toSql` with `distinct: "count"`): it reads as a value, but
 * adding records to it, merging it (rollup, totals, rolling windows, mergeSeries) or serializing it
 * is a `not_additive` error naming measure `name`, because the values a recount needs were not
 * kept. It has the kind, field and accessor of `original`, so series built with it keep the
 * measure's identity. Make its states with {@link countedDistinctState}.
 *
 * @internal
 */
export function countedDistinct(
  name: string,
  original: AnyMeasure | Measure<CountDistinctState>,
): Measure<CountedDistinctState, Decimal, "count_distinct", string | undefined> {
  const refuse = (): never =>
    fail({
      code: "not_additive",
      subject: "seriesFromRows",
      path: ["measures", name],
      where: AGGREGATE_PLACE.measure(name),
      expected: AGGREGATE_EXPECTED.mergeableDistinct,
      received: AGGREGATE_RECEIVED.countedDistinct,
    });
  return defineMeasure({
    kind: "count_distinct",
    fill: "zero",
    accessor: original.accessor as string | undefined,
    expected: AGGREGATE_EXPECTED.distinctKey,
    reader: refuse,
    empty: () => ({ count: 0 }),
    mergeInto: refuse,
    finalize: (state): Decimal => new KDecimal(state.count),
    toJSON: refuse,
    fromJSON: (json) =>
      typeof json.count === "number" && Number.isSafeInteger(json.count) && json.count >= 0
        ? { count: json.count }
        : undefined,
    isState: (state) => typeof state.count === "number" && Number.isSafeInteger(state.count),
  }) as unknown as Measure<CountedDistinctState, Decimal, "count_distinct", string | undefined>;
}

/**
 * A state of a {@link countedDistinct} measure holding `count` distinct values. @internal
 */
export function countedDistinctState(
  measure: Measure<CountedDistinctState, Decimal, "count_distinct", string | undefined>,
  count: number,
): CountedDistinctState {
  return measure.deserialize({ kind: "count_distinct", count });
}
