// The declared internal surface of the aggregation layer, for the layers below it (src/sql,
// src/customers): nothing here is public API. Re-exports only.
export type { Accessor, ReadFunction } from "./accessor.js";
export { compileAccessor } from "./accessor.js";
export {
  type KeyJson,
  keyFromJson,
  keyToJson,
  normalKey,
  sortedKeys,
} from "./measures/_entityKeys.js";
export type { EntitySnapshot, PerEntityKind } from "./measures/_perEntitySnapshot.js";
export {
  type CountedDistinctState,
  countedDistinct,
  countedDistinctState,
} from "./measures/countedDistinct.js";
export {
  isMeasureKind,
  MEASURE_FACTORIES,
  MEASURE_KIND_LIST,
  MEASURE_KINDS,
  type MeasureKindSpec,
} from "./measures/kinds.js";
export type {
  AnyMeasure,
  Measure,
  MeasureKind,
  MeasureReader,
  Measures,
  SerializedState,
} from "./measures/types.js";
export { AGGREGATE_EXPECTED, AGGREGATE_PLACE, AGGREGATE_RECEIVED } from "./messages.js";
export {
  checkFillSize,
  type FillSizeContext,
  SeriesBuilder,
  type SeriesBuilderInit,
} from "./series/_builder.js";
export { MAX_FILLED_CELLS } from "./series/_limits.js";
export {
  checkMeasures,
  checkOptionsObject,
  checkSeries,
  isIterable,
} from "./series/_options.js";
export {
  type AggregateContext,
  aggregateAs,
  type OnInvalid,
  type RangeBound,
  resolveContext,
  resolveRange,
} from "./series/aggregate.js";
export {
  type CellData,
  compareGroups,
  type DataQualityReport,
  type GroupKey,
  isGroupKey,
  type Series,
} from "./series/series.js";
