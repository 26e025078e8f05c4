// The `kinerja/schemas` entry point: zod (v4, `zod/mini`) schemas for metric inputs, calendars,
// status bands and targets files. Kept apart from the root so that apps which never validate with
// zod do not ship it; every function in the root validates its arguments without zod.
export { metricInputSchema, numericSchema } from "../model/schema.js";
export { calendarSchema } from "../period/calendarSchema.js";
export {
  statusBandsSchema,
  type TargetsFile,
  type TargetsFileEntry,
  targetsFileSchema,
} from "../target/schema.js";
export {
  type AlertRulesFile,
  alertRuleSchema,
  alertRulesFileSchema,
} from "./alertRulesSchema.js";
