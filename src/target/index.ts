// Re-exports of the target layer: evaluation, status bands, pacing, scorecards and targets as data.
export { evaluate } from "./evaluate.js";
export {
  type EvaluateSeriesOptions,
  evaluateSeries,
  type SeriesEvaluation,
  type SeriesPointLike,
} from "./evaluateSeries.js";
export {
  type PaceBand,
  type PaceCurve,
  type PaceInput,
  type Pacing,
  type ProjectionReason,
  pace,
} from "./pace.js";
export { isPaceable } from "./paceable.js";
export { type ParseTargetsOptions, parseTargets, type TargetSpec } from "./parseTargets.js";
export type { TargetsFile, TargetsFileEntry } from "./schema.js";
export {
  type Scorecard,
  type ScorecardEntry,
  type ScorecardLine,
  type ScorecardOptions,
  scorecard,
} from "./scorecard.js";
export {
  type ScorecardActual,
  type ScorecardFromTargetsOptions,
  scorecardFromTargets,
} from "./scorecardFromTargets.js";
export { type TargetForOptions, targetFor } from "./targetFor.js";
export type {
  AttainmentFormula,
  AttainmentReason,
  EvaluateInput,
  Evaluation,
  EvaluationSignificance,
  IntervalInput,
  ResolvedBands,
  StatusBands,
  TargetInput,
  TargetRange,
  TargetStatus,
} from "./types.js";
