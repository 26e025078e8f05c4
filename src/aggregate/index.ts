// Re-exports of the aggregation layer.
export type { Accessor } from "./accessor.js";
export {
  type AggregateOptions,
  aggregate,
  type OnInvalid,
  type RangeBound,
} from "./aggregate.js";
export { type CompareOffset, type Comparison, compare } from "./compare.js";
export { type CountState, count } from "./count.js";
export { type CountDistinctState, countDistinct, type DistinctKey } from "./countDistinct.js";
export {
  type CustomerActivity,
  type CustomerActivityOptions,
  type CustomerActivityPeriod,
  customerActivity,
} from "./customerActivity.js";
export { type ExtremeState, max, min } from "./extreme.js";
export { type GrowthPoint, growth } from "./growth.js";
export { type MeanState, mean } from "./mean.js";
export type {
  AnyMeasure,
  Measure,
  MeasureFill,
  MeasureKind,
  Measures,
  SerializedState,
  StateOf,
} from "./measure.js";
export { mergeSeries } from "./mergeSeries.js";
export { type MetricMapping, type MetricPoint, metricSeries } from "./metricSeries.js";
export { rolling } from "./rolling.js";
export { rollup } from "./rollup.js";
export { deserializeSeries, serializeSeries } from "./serializeSeries.js";
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
} from "./series.js";
export type { SerializedGroup, SerializedSeries } from "./seriesJson.js";
export { first, last, type SnapshotState } from "./snapshot.js";
export { type SumState, sum } from "./sum.js";
export { toDate } from "./toDate.js";
export { type SeriesTotal, type Totals, total } from "./total.js";
