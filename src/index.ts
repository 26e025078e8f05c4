// The public surface of kinerja. This file only re-exports; a test checks that every metric file
// under src/metrics is exported here and listed in the catalog.

export * from "./aggregate/index.js";
// core
export type { Decimal } from "./core/decimal.js";
export { safeDivide } from "./core/divide.js";
export { isKpiError, KpiError, type KpiErrorCode, type KpiIssue } from "./core/errors.js";
export { type Numeric, toDecimal } from "./core/numeric.js";
export { type ParseDecimalOptions, parseDecimal } from "./core/parseDecimal.js";
export type { KpiResult, UndefinedReason } from "./core/result.js";
export { type RoundingMode, round } from "./core/round.js";
export * from "./customers/index.js";
export * from "./format/index.js";
// layers below the metric model: one barrel each
export * from "./metrics/index.js";
// metric model
export { metricCategories } from "./model/categories.js";
export { defineMetric } from "./model/defineMetric.js";
export { metricDirections } from "./model/directions.js";
export { inputDomains } from "./model/domains.js";
export { rollupInputs } from "./model/rollupInputs.js";
export { rollupRules } from "./model/rollupRules.js";
export type {
  AnyMetric,
  DecimalInputs,
  InputConflict,
  InputDomain,
  InputSpec,
  InputSpecs,
  InputsOf,
  Localized,
  Metric,
  MetricCategory,
  MetricDirection,
  MetricInputs,
  MetricSpec,
  MetricUnit,
  OptionsOf,
  RollupRule,
} from "./model/types.js";
export { metricUnits } from "./model/units.js";
export * from "./money/index.js";
export * from "./period/index.js";
export * from "./review/index.js";
export * from "./target/index.js";
