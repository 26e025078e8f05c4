// Re-exports of the customers layer (customer activity; cohorts, conversion and snapshots later).
export {
  type CustomerActivity,
  type CustomerActivityOptions,
  type CustomerActivityPeriod,
  customerActivity,
} from "./customerActivity.js";
