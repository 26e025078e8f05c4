// Re-exports of the aggregation layer: measures (measures/) and series operations (series/).
export type { Accessor } from "./accessor.js";
export type {
  PerEntityKind,
  PerEntityOptions,
  PerEntityState,
} from "./measures/_perEntitySnapshot.js";
export { type CountState, count } from "./measures/count.js";
export {
  type CountDistinctState,
  countDistinct,
  type DistinctKey,
} from "./measures/countDistinct.js";
export {
  defineMeasure,
  type MeasureDefinition,
  type MeasureState,
} from "./measures/defineMeasure.js";
export { type ExtremeState, max, min } from "./measures/extreme.js";
export { type MeanState, mean } from "./measures/mean.js";
export { type MomentsState, moments } from "./measures/moments.js";
export { first, last, type SnapshotState } from "./measures/snapshot.js";
export { type SumState, sum } from "./measures/sum.js";
export { sumOfEarliestPerEntity } from "./measures/sumOfEarliestPerEntity.js";
export { sumOfLatestPerEntity } from "./measures/sumOfLatestPerEntity.js";
export type {
  AnyMeasure,
  CustomSerializedState,
  Measure,
  MeasureFill,
  MeasureKind,
  Measures,
  MeasureValueReader,
  SerializedState,
  SerializedStateOf,
  StateOf,
} from "./measures/types.js";
export {
  type AggregateOptions,
  aggregate,
  type CheckedMeasures,
  type NotARecordField,
  type OnInvalid,
  type RangeBound,
} from "./series/aggregate.js";
export {
  type AggregateAsyncOptions,
  type AggregateProgress,
  aggregateAsync,
} from "./series/aggregateAsync.js";
export { type CompareOffset, type Comparison, compare } from "./series/compare.js";
export { deserializeSeries } from "./series/deserializeSeries.js";
export { type GrowthPoint, growth } from "./series/growth.js";
export { mergeSeries } from "./series/mergeSeries.js";
export { type MetricMapping, type MetricPoint, metricSeries } from "./series/metricSeries.js";
export { rolling } from "./series/rolling.js";
export { rollup } from "./series/rollup.js";
export { serializeSeries } from "./series/serializeSeries.js";
export type {
  DataQualityReport,
  GroupKey,
  MeasureStates,
  MeasureValues,
  RecordIssue,
  RecordIssueReason,
  Series,
  SeriesCell,
  ValueOf,
} from "./series/series.js";
export type {
  SerializedGroup,
  SerializedMeasure,
  SerializedSeries,
} from "./series/seriesJson.js";
export { toDate } from "./series/toDate.js";
export { type SeriesTotal, type Totals, total } from "./series/total.js";
