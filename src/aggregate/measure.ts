// Kept for src/sql until it imports ./internal.js: re-exports only. @internal
export type {
  AnyMeasure,
  Measure,
  MeasureKind,
  Measures,
  SerializedState,
} from "./measures/types.js";
