// The part of the aggregation layer the SQL layer uses, in one place (to become
// src/aggregate/internal.ts, the declared internal surface). @internal
export { isMeasureKind, MEASURE_FACTORIES } from "../aggregate/measures/kinds.js";
export {
  type CountedDistinctState,
  countedDistinct,
  countedDistinctState,
} from "../aggregate/measures/countedDistinct.js";
export type {
  AnyMeasure,
  Measure,
  MeasureKind,
  Measures,
} from "../aggregate/measures/types.js";
export { AGGREGATE_EXPECTED } from "../aggregate/messages.js";
export { SeriesBuilder } from "../aggregate/series/_builder.js";
export { badOption, checkMeasures, isIterable } from "../aggregate/series/_options.js";
export { type RangeBound, resolveRange } from "../aggregate/series/aggregate.js";
export {
  type CellData,
  type GroupKey,
  isGroupKey,
  type Series,
} from "../aggregate/series/series.js";
