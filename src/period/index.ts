// Re-exports of the period layer.
export { GRANULARITY_SPECS, type GranularitySpec, granularitySpec } from "./granularities.js";
export { GRANULARITIES, isGranularity } from "./granularity.js";
export { NRF_RETAIL_CALENDAR } from "./nrfRetailCalendar.js";
export { parsePeriod } from "./parsePeriod.js";
export { periodOf } from "./periodOf.js";
export { periodRange } from "./periodRange.js";
export { previousPeriod } from "./previousPeriod.js";
export type { PeriodBound } from "./rangeBound.js";
export { resolveCalendar } from "./resolveCalendar.js";
export {
  type RetailComparison,
  type RetailComparisonPeriodOptions,
  type RetailComparisonReason,
  type RetailComparisonRule,
  retailComparisonPeriod,
} from "./retailComparisonPeriod.js";
export { samePeriodLastYear } from "./samePeriodLastYear.js";
export { shiftPeriod } from "./shiftPeriod.js";
export type {
  Calendar,
  CalendarGranularity,
  CalendarInput,
  FiscalGranularity,
  Granularity,
  InstantInput,
  Period,
  RetailCalendar,
  RetailGranularity,
} from "./types.js";
