// Re-exports of the period layer.
export type {
  Calendar,
  CalendarGranularity,
  CalendarInput,
  FiscalGranularity,
  Granularity,
  InstantInput,
  Period,
} from "./types.js";
