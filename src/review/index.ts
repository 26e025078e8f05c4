// The review layer's public surface (re-exports only). The lead wires it into src/index.ts.

export {
  type AlertRule,
  type AlertRuleBase,
  type AlertRuleKind,
  alertRuleKinds,
  validateAlertRules,
} from "./alertRules.js";
export { type CompareMeansOptions, compareMeans, type MeanDifference } from "./compareMeans.js";
export {
  type CompareMetricOptions,
  compareMetric,
  type MetricComparison,
} from "./compareMetric.js";
export { type CompareNpsOptions, compareNps } from "./compareNps.js";
export {
  type ChangeSignificance,
  type ComparedRow,
  type CompareSeriesSignificanceOptions,
  compareSeriesSignificance,
} from "./compareSeriesSignificance.js";
export { type CompareSharesOptions, compareShares } from "./compareShares.js";
export { compareWithTarget, type TargetComparison } from "./compareWithTarget.js";
export {
  type CountBusinessDaysOptions,
  countBusinessDays,
  type Holiday,
} from "./countBusinessDays.js";
export {
  type DecomposeProductOptions,
  decomposeProduct,
  type ProductDecomposition,
  type ProductFactor,
} from "./decomposeProduct.js";
export type { Difference } from "./difference.js";
export {
  type Alert,
  type AlertPoint,
  type AlertSample,
  type AlertSeries,
  evaluateAlerts,
} from "./evaluateAlerts.js";
export {
  type ExplainChangeOptions,
  explainChange,
  type IdentityExplanation,
  type IdentityValues,
} from "./explainChange.js";
export { explainGap } from "./explainGap.js";
export { type FormatDifferenceOptions, formatDifference } from "./formatDifference.js";
export { type HolidayExample, indonesiaHolidaysExample } from "./indonesiaHolidaysExample.js";
export { type IntervalOfOptions, intervalOf, type MetricInterval } from "./intervalOf.js";
export { type MeanInterval, type MeanIntervalOptions, meanInterval } from "./meanInterval.js";
export {
  type MomentState,
  type MomentStateInput,
  mergeMomentStates,
  momentState,
} from "./momentState.js";
export {
  type NpsInterval,
  type NpsIntervalOptions,
  type NpsSample,
  npsInterval,
} from "./npsInterval.js";
export {
  type PriceVolumeMix,
  type PriceVolumeMixOptions,
  type PvmEffects,
  type PvmSegment,
  type PvmSide,
  priceVolumeMix,
} from "./priceVolumeMix.js";
export {
  type Projection,
  type ProjectionBand,
  type ProjectTotalInput,
  type ProjectTotalOptions,
  projectionBands,
  projectTotal,
} from "./projectTotal.js";
export {
  type ShareCounts,
  type ShareInterval,
  type ShareIntervalMethod,
  type ShareIntervalOptions,
  shareInterval,
  shareIntervalMethods,
} from "./shareInterval.js";
export { significanceLabel } from "./significanceLabel.js";
export { type SmallSample, type SmallSampleReason, smallSampleReasons } from "./smallSample.js";
export { betaCdf } from "./special/betaCdf.js";
export { betaQuantile } from "./special/betaQuantile.js";
export { normalCdf } from "./special/normalCdf.js";
export { normalQuantile } from "./special/normalQuantile.js";
export { studentTCdf } from "./special/studentTCdf.js";
export { studentTQuantile } from "./special/studentTQuantile.js";
export { targetPositionLabel } from "./targetPositionLabel.js";
export {
  type Contributor,
  type ContributorSegment,
  type TopContributors,
  type TopContributorsOptions,
  topContributors,
} from "./topContributors.js";
export {
  type ReviewLocale,
  reviewLocales,
  type SignificanceVerdict,
  significanceVerdicts,
  type TargetPosition,
  targetPositions,
} from "./verdicts.js";
