// Re-exports of the format layer.

export type { LabelLanguage } from "../model/labelLanguage.js";
export {
  type CreateFormatterOptions,
  createFormatter,
  type Formatter,
} from "./createFormatter.js";
export {
  type FormatEvaluationOptions,
  type FormattedEvaluation,
  type FormattedSignificance,
  formatEvaluation,
} from "./formatEvaluation.js";
export { type FormatValueOptions, formatValue } from "./formatValue.js";
export { describeMetric, label } from "./label.js";
export { statusLabel } from "./statusLabel.js";
