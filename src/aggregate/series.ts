// Kept for src/sql until it imports ./internal.js: re-exports only. @internal
export {
  type CellData,
  compareGroups,
  type GroupKey,
  isGroupKey,
  makeSeries,
  type Series,
  type SeriesRow,
} from "./series/series.js";
