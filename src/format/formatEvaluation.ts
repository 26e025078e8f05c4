import { type Decimal, isDecimalInstance } from "../core/decimal.js";
import { KpiError, type KpiIssue, makeIssue, raise } from "../core/errors.js";
import { describe, placeOf } from "../core/messages.js";
import { isIssue, readNumeric } from "../core/numeric.js";
import { exact } from "../model/exact.js";
import { labelLanguage } from "../model/labelLanguage.js";
import type { Localized, MetricUnit } from "../model/types.js";
import { isMetricUnit } from "../model/units.js";
import type { Evaluation, TargetRange } from "../target/types.js";
import { type FormatValueOptions, formatValue } from "./formatValue.js";
import * as FORMAT_EXPECTED from "./messages.js";
import { FORMAT_WORDS } from "./messages.js";
import { numberFormat } from "./numberFormat.js";
import { statusLabel } from "./statusLabel.js";

/**
 * Options of {@link formatEvaluation}.
 *
 * @category Formatting
 */
export interface FormatEvaluationOptions extends Omit<FormatValueOptions, "signDisplay"> {
  /** The unit of the values; default the unit the evaluation carries (that of its metric). */
  readonly unit?: MetricUnit;
  /** A metric (or `{ unit, label }`) whose unit and label replace those the evaluation carries. */
  readonly metric?: { readonly unit: MetricUnit; readonly label: Localized };
}

/**
 * An evaluation as text, field by field, plus one sentence.
 *
 * @category Formatting
 */
export interface FormattedEvaluation {
  /** The metric's label in the locale's language, or the metric id, or `""`. */
  readonly label: string;
  readonly actual: string;
  /** The target, or `min–max` for a range. */
  readonly target: string;
  /** The variance with its sign (`+2.000.000`; for a ratio in percentage points, `-1,5 poin persentase` / `-1.5 pp`). */
  readonly variance: string;
  /** The attainment as a percentage. */
  readonly attainment: string;
  readonly status: string;
  /** `Win rate: 28.0% (target 30.0%, 93.3%) — At risk`. */
  readonly text: string;
}

/**
 * Formats an {@link Evaluation} for a report, in Indonesian (default) or English, with the
 * metric's unit: actual, target (or range), signed variance, attainment, localized status and a
 * one-line summary.
 *
 * @param evaluation - The result of `evaluate`.
 * @param options - Locale, currency and the rest of {@link FormatValueOptions}; `unit` or `metric` for metrics outside the catalog.
 * @returns Each field as text, and `text`, one line.
 * @throws {KpiError} `invalid_option` when the unit cannot be known or a format option is bad;
 * `invalid_argument` when `evaluation` is not an evaluation (an unknown status, a missing or
 * malformed actual, target, variance or attainment) or `options` is not an object.
 * @example
 * ```ts
 * import { evaluate, formatEvaluation, winRate } from "kinerja";
 *
 * const evaluation = evaluate({ metric: winRate, actual: "0.28", target: "0.3" });
 * console.log(formatEvaluation(evaluation).text);
 * // Rasio kemenangan: 28% (target 30%, 93,3%) — Berisiko
 * console.log(formatEvaluation(evaluation, { locale: "en-US" }).variance);
 * // -2 pp
 * ```
 * @category Formatting
 */
export function formatEvaluation(
  evaluation: Evaluation,
  options: FormatEvaluationOptions = {},
): FormattedEvaluation {
  if (
    typeof evaluation !== "object" ||
    evaluation === null ||
    typeof (evaluation as { status?: unknown }).status !== "string"
  ) {
    raise(
      "invalid_argument",
      "formatEvaluation",
      ["evaluation"],
      FORMAT_EXPECTED.evaluation,
      evaluation,
    );
  }
  if (typeof options !== "object" || options === null) {
    raise("invalid_argument", "formatEvaluation", ["options"], FORMAT_EXPECTED.options, options);
  }
  checkEvaluation(evaluation);
  const metricOption: unknown = options.metric;
  if (
    metricOption !== undefined &&
    ((typeof metricOption !== "object" && typeof metricOption !== "function") ||
      metricOption === null ||
      typeof (metricOption as { label?: unknown }).label !== "object" ||
      (metricOption as { label?: unknown }).label === null)
  ) {
    raise(
      "invalid_option",
      "formatEvaluation",
      ["options", "metric"],
      FORMAT_EXPECTED.metric,
      metricOption,
    );
  }
  // The evaluation carries its metric's unit and label: no catalog lookup by id.
  const carried: unknown = (evaluation as { unit?: unknown }).unit;
  const carriedUnit = isMetricUnit(carried) ? carried : undefined;
  const carriedLabel = (evaluation as { label?: Localized | null }).label ?? undefined;
  const unit = options.unit ?? options.metric?.unit ?? carriedUnit;
  if (unit === undefined) {
    raise(
      "invalid_option",
      "formatEvaluation",
      ["options", "unit"],
      FORMAT_EXPECTED.unitFor,
      evaluation.metricId,
    );
  }
  const { unit: _unit, metric, ...valueOptions } = options;
  const language = labelLanguage(options.locale ?? "id-ID");
  const names = metric?.label ?? carriedLabel;
  const named = typeof names?.[language] === "string" ? names[language] : undefined;
  const label = named ?? evaluation.metricId ?? "";
  const value = (v: Decimal | null) => formatValue(v, unit, valueOptions);
  const target = formatTarget(evaluation.target, value);
  const actual = value(evaluation.actual);
  // A ratio's variance is a difference of percentages: percentage points, not a percentage.
  const variance =
    unit === "ratio"
      ? formatPoints(evaluation.variance, valueOptions)
      : formatValue(evaluation.variance, unit, { ...valueOptions, signDisplay: "exceptZero" });
  const attainment = formatValue(evaluation.attainment, "ratio", {
    locale: valueOptions.locale ?? "id-ID",
    ...(valueOptions.placeholder === undefined ? {} : { placeholder: valueOptions.placeholder }),
    ...(valueOptions.fixedDigits === undefined ? {} : { fixedDigits: valueOptions.fixedDigits }),
  });
  const status = statusLabel(evaluation.status, options.locale ?? "id-ID");
  const prefix = label === "" ? "" : `${label}: `;
  const text = `${prefix}${actual} (target ${target}, ${attainment}) — ${status}`;
  return { label, actual, target, variance, attainment, status, text };
}

const STATUSES: readonly unknown[] = ["on_track", "at_risk", "off_track", "no_data"];

function isNumericOrNull(value: unknown, path: readonly (string | number)[]): boolean {
  if (value === null) return true;
  const where = placeOf(["evaluation", ...path]);
  return !isIssue(readNumeric(value, { subject: "formatEvaluation", path, where }));
}

/** Checks the fields of an evaluation that are shown, listing every problem. */
function checkEvaluation(evaluation: Evaluation): void {
  const issues: KpiIssue[] = [];
  const issue = (field: string, expected: string, value: unknown) =>
    issues.push(
      makeIssue({
        code: "invalid_argument",
        subject: "formatEvaluation",
        path: ["evaluation", field],
        expected,
        received: describe(value),
      }),
    );
  if (!STATUSES.includes(evaluation.status)) {
    issue("status", FORMAT_EXPECTED.status, evaluation.status);
  }
  for (const field of ["actual", "variance", "attainment"] as const) {
    const value: unknown = evaluation[field];
    if (!isNumericOrNull(value, [field])) issue(field, FORMAT_EXPECTED.evaluationValue, value);
  }
  const target: unknown = evaluation.target;
  const range =
    typeof target === "object" &&
    target !== null &&
    !isDecimalInstance(target) &&
    (target as { min?: unknown }).min !== null &&
    (target as { max?: unknown }).max !== null &&
    isNumericOrNull((target as { min?: unknown }).min, ["target", "min"]) &&
    isNumericOrNull((target as { max?: unknown }).max, ["target", "max"]);
  if (!range && !isNumericOrNull(target, ["target"])) {
    issue("target", FORMAT_EXPECTED.evaluationTarget, target);
  }
  if (issues.length > 0) throw new KpiError(issues);
}

/** A difference of two ratios in percentage points: `-2 pp` (en), `-2 poin persentase` (id). */
function formatPoints(value: Decimal | null, options: FormatValueOptions): string {
  if (value === null) return options.placeholder ?? "—";
  const locale = options.locale ?? "id-ID";
  const digits = options.fractionDigits;
  const roundingMode = options.roundingMode ?? "halfExpand";
  const fixed = options.fixedDigits === true;
  const format = numberFormat(
    "formatEvaluation",
    `points|${digits ?? ""}|${fixed}|${roundingMode}`,
    locale,
    {
      roundingMode,
      signDisplay: "exceptZero",
      minimumFractionDigits: digits ?? (fixed ? 1 : 0),
      maximumFractionDigits: digits ?? 1,
    },
  );
  const points = exact.times(value, 100).toFixed() as unknown as number;
  return `${format.format(points)}${FORMAT_WORDS.percentagePoints[labelLanguage(locale)]}`;
}

function formatTarget(
  target: Decimal | TargetRange<Decimal> | null,
  value: (v: Decimal | null) => string,
): string {
  if (target === null) return value(null);
  if (!isDecimalInstance(target) && typeof target === "object") {
    return `${value(target.min)}–${value(target.max)}`;
  }
  return value(target);
}
