import { type Decimal, isDecimalInstance } from "../core/decimal.js";
import { KpiError, type KpiIssue, makeIssue, raise } from "../core/errors.js";
import { describe, placeOf } from "../core/messages.js";
import { isIssue, numericOrUndefined, readNumeric } from "../core/numeric.js";
import { exact } from "../model/exact.js";
import { labelLanguage } from "../model/labelLanguage.js";
import type { Localized, MetricUnit } from "../model/types.js";
import { isMetricUnit } from "../model/units.js";
import type { Evaluation, EvaluationSignificance, TargetRange } from "../target/types.js";
import { type FormatValueOptions, formatValue } from "./formatValue.js";
import * as FORMAT_EXPECTED from "./messages.js";
import { FORMAT_WORDS, POSITION_WORDS } from "./messages.js";
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
  /** `Win rate: 28.0% (target 30.0%, 93.3%) — At risk`, and, with significance, `, not significant`. */
  readonly text: string;
  /** Present when the evaluation carries {@link Evaluation.significance}. */
  readonly significance?: FormattedSignificance;
}

/**
 * The significance of an evaluation as text.
 *
 * @category Formatting
 */
export interface FormattedSignificance {
  /**
   * The variance with the margin of the actual's interval: `-5 ± 13 pp` / `-13 ± 22`. The margin
   * is the larger distance from the actual to the interval's ends, rounded up, so it never
   * understates an asymmetric interval. The placeholder when there is no variance or interval.
   */
  readonly variance: string;
  /** The interval of the actual, `19,8%–42,6%` (lower bound rounded down, upper up). */
  readonly interval: string;
  /** `tidak berbeda nyata` / `not significant`, `nyata di bawah target` / `significantly below target`…; `null` without a position. */
  readonly position: string | null;
  /** `sampel kecil` / `small sample` when the interval's sample is flagged as small, else `null`. */
  readonly smallSample: string | null;
}

/**
 * Formats an {@link Evaluation} for a report, in Indonesian (default) or English, with the
 * metric's unit: actual, target (or range), signed variance, attainment, localized status and a
 * one-line summary. An evaluation that carries `significance` (an actual given with its interval)
 * also gets the variance with its margin ("-5 ± 13 pp"), the interval, whether the miss is
 * significant ("tidak berbeda nyata" / "not significant") and a small-sample mark, and the summary
 * ends with them.
 *
 * @param evaluation - The result of `evaluate`.
 * @param options - Locale, currency and the rest of {@link FormatValueOptions}; `unit` or `metric` for metrics outside the catalog.
 * @returns Each field as text, and `text`, one line.
 * @throws {KpiError} `invalid_option` when the unit cannot be known or a format option is bad;
 * `invalid_argument` when `evaluation` is not an evaluation (an unknown status, a missing or
 * malformed actual, target, variance or attainment) or `options` is not an object.
 * @example
 * ```ts
 * import { evaluate, formatEvaluation, intervalOf, winRate } from "kinerja";
 *
 * const evaluation = evaluate({ metric: winRate, actual: "0.28", target: "0.3" });
 * console.log(formatEvaluation(evaluation).text);
 * // Rasio kemenangan: 28% (target 30%, 93,3%) — Berisiko
 * console.log(formatEvaluation(evaluation, { locale: "en-US" }).variance);
 * // -2 pp
 *
 * // With the interval of the actual (18 deals won of 60), the miss is within noise
 * const inputs = { won: 18, lost: 42 };
 * const interval = intervalOf(winRate, inputs);
 * const jakarta = evaluate({ metric: winRate, actual: winRate(inputs), target: "0.35", interval });
 * console.log(formatEvaluation(jakarta).significance?.variance);
 * // -5 ± 12,6 poin persentase
 * console.log(formatEvaluation(jakarta, { locale: "en-US" }).text);
 * // Win rate: 30% (target 35%, 85.7%) — Off track, not significant
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
  const significance: unknown = (evaluation as { significance?: unknown }).significance;
  if (significance === undefined) {
    return { label, actual, target, variance, attainment, status, text };
  }
  const formatted = formatSignificance(
    evaluation,
    significance as EvaluationSignificance,
    unit,
    valueOptions,
  );
  const notes = [formatted.position, formatted.smallSample].filter((note) => note !== null);
  return {
    label,
    actual,
    target,
    variance,
    attainment,
    status,
    text: notes.length === 0 ? text : `${text}, ${notes.join(", ")}`,
    significance: formatted,
  };
}

/** The significance of an evaluation as text (the interval's fields are checked first). */
function formatSignificance(
  evaluation: Evaluation,
  significance: EvaluationSignificance,
  unit: MetricUnit,
  options: FormatValueOptions,
): FormattedSignificance {
  const language = labelLanguage(options.locale ?? "id-ID");
  // Checked as numbers (or null) already; a hand-made evaluation may hold plain numbers.
  const decimal = (value: Decimal | null) =>
    value === null ? null : (numericOrUndefined(value) as Decimal);
  const lower = decimal(significance.lower);
  const upper = decimal(significance.upper);
  const actual = decimal(evaluation.actual);
  const placeholder = options.placeholder ?? "—";
  let variance = placeholder;
  if (actual !== null && lower !== null && upper !== null && evaluation.variance !== null) {
    const below = exact.minus(actual, lower);
    const above = exact.minus(upper, actual);
    const margin = (below.gte(above) ? below : above).abs();
    variance =
      unit === "ratio"
        ? `${pointsNumber(evaluation.variance, options, "exceptZero", options.roundingMode ?? "halfExpand")} ± ${pointsNumber(margin, options, "auto", "ceil")}${FORMAT_WORDS.percentagePoints[language]}`
        : // A net score always shows its sign; a margin has none.
          `${formatValue(evaluation.variance, unit, { ...options, signDisplay: "exceptZero" })} ± ${formatValue(margin, unit === "net_score" ? "score" : unit, { ...options, roundingMode: "ceil" })}`;
  }
  const interval =
    lower === null || upper === null
      ? placeholder
      : `${formatValue(lower, unit, { ...options, roundingMode: "floor" })}${lower.isNegative() || unit === "net_score" ? " … " : "–"}${formatValue(upper, unit, { ...options, roundingMode: "ceil" })}`;
  const position = significance.position;
  return {
    variance,
    interval,
    position: position === null ? null : POSITION_WORDS[position][language],
    smallSample:
      significance.smallSample?.flag === true ? FORMAT_WORDS.smallSample[language] : null,
  };
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
  const significance: unknown = (evaluation as { significance?: unknown }).significance;
  if (significance !== undefined) {
    const { lower, upper, position } = (significance ?? {}) as Record<string, unknown>;
    if (
      significance === null ||
      !isNumericOrNull(lower, ["significance", "lower"]) ||
      !isNumericOrNull(upper, ["significance", "upper"]) ||
      !(
        position === null ||
        (typeof position === "string" && Object.hasOwn(POSITION_WORDS, position))
      )
    ) {
      issue("significance", FORMAT_EXPECTED.significance, significance);
    }
  }
  if (issues.length > 0) throw new KpiError(issues);
}

/** A difference of two ratios in percentage points: `-2 pp` (en), `-2 poin persentase` (id). */
function formatPoints(value: Decimal | null, options: FormatValueOptions): string {
  if (value === null) return options.placeholder ?? "—";
  const roundingMode = options.roundingMode ?? "halfExpand";
  const language = labelLanguage(options.locale ?? "id-ID");
  return `${pointsNumber(value, options, "exceptZero", roundingMode)}${FORMAT_WORDS.percentagePoints[language]}`;
}

/** A ratio in percentage points, as a number without the unit word. */
function pointsNumber(
  value: Decimal,
  options: FormatValueOptions,
  signDisplay: "auto" | "exceptZero",
  roundingMode: NonNullable<FormatValueOptions["roundingMode"]>,
): string {
  const locale = options.locale ?? "id-ID";
  const digits = options.fractionDigits;
  const fixed = options.fixedDigits === true;
  const format = numberFormat(
    "formatEvaluation",
    `points|${digits ?? ""}|${fixed}|${roundingMode}|${signDisplay}`,
    locale,
    {
      roundingMode,
      signDisplay,
      minimumFractionDigits: digits ?? (fixed ? 1 : 0),
      maximumFractionDigits: digits ?? 1,
    },
  );
  const points = exact.times(value, 100).toFixed() as unknown as number;
  return format.format(points);
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
