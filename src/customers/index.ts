// Re-exports of the customers layer (customer activity, cohorts, conversion, funnels, revenue
// retention). The per-entity snapshot measures are built-in measures of the aggregation layer.

export type { CohortState, CustomerHistory } from "./_cohort.js";
export type { FunnelState, RepeatedBase } from "./_funnel.js";
export type { ConversionWindow } from "./_window.js";
export {
  type CohortCell,
  type CohortMatrix,
  type CohortMatrixOptions,
  type CohortRow,
  cohortMatrix,
} from "./cohortMatrix.js";
export { type CohortStateOptions, cohortState } from "./cohortState.js";
export {
  type CohortTable,
  type CohortTableCell,
  type CohortTableOptions,
  type CohortValue,
  cohortTable,
} from "./cohortTable.js";
export {
  type ConversionOptions,
  type ConversionPeriod,
  type ConversionResult,
  conversion,
} from "./conversion.js";
export {
  type CustomerActivity,
  type CustomerActivityOptions,
  type CustomerActivityPeriod,
  customerActivity,
} from "./customerActivity.js";
export { deserializeCohortState } from "./deserializeCohortState.js";
export { deserializeFunnelState } from "./deserializeFunnelState.js";
export {
  type Funnel,
  type FunnelOptions,
  type FunnelPeriod,
  type FunnelStepResult,
  funnel,
  type Resolution,
  type TimeToConvert,
} from "./funnel.js";
export { type FunnelStateOptions, funnelState } from "./funnelState.js";
export { mergeCohortStates } from "./mergeCohortStates.js";
export { mergeFunnelStates } from "./mergeFunnelStates.js";
export { type RevenueRetention, revenueRetention } from "./revenueRetention.js";
export { type SerializedCohortState, serializeCohortState } from "./serializeCohortState.js";
export { type SerializedFunnelState, serializeFunnelState } from "./serializeFunnelState.js";
