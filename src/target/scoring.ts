import { type Decimal, isDecimalInstance, KDecimal } from "../core/decimal.js";
import { type KpiIssue, makeIssue } from "../core/errors.js";
import { describe } from "../core/messages.js";
import { exact } from "../model/exact.js";
import { type LabelLanguage, labelLanguage } from "../model/labelLanguage.js";
import { computeEvaluation, type EvaluationParts, statusFromBands } from "./compute.js";
import * as TARGET_EXPECTED from "./messages.js";
import {
  child,
  defaultBands,
  isRecord,
  type Place,
  readBands,
  readDecimal,
  readWeight,
} from "./read.js";
import type { Scorecard, ScorecardLine } from "./scorecard.js";
import type { Evaluation, ResolvedBands } from "./types.js";

// What scorecard and scorecardFromTargets share: their options, and the score itself.

/** The options every scorecard reads, checked. @internal */
export interface ScorecardSettings {
  readonly language: LabelLanguage;
  readonly cap: Decimal | null;
  readonly weights: ReadonlyMap<string, Decimal>;
  readonly bands: ResolvedBands | undefined;
}

/**
 * Reads the options every scorecard shares (cap, weights, bands, locale), pushing every problem.
 * The settings are returned even when an option is wrong, so entries are still checked against the
 * weights; `undefined` only when `options` is not an object. @internal
 */
export function readScorecardOptions(
  options: unknown,
  place: Place,
  issues: KpiIssue[],
): ScorecardSettings | undefined {
  if (options === undefined) {
    return { language: "id", cap: new KDecimal("1.2"), weights: new Map(), bands: undefined };
  }
  if (!isRecord(options)) {
    issues.push(
      makeIssue({
        ...place,
        code: "invalid_argument",
        expected: TARGET_EXPECTED.options,
        received: describe(options),
      }),
    );
    return undefined;
  }
  let cap: Decimal | null = new KDecimal("1.2");
  if (options.cap === null || options.cap === false) {
    cap = null;
  } else if (options.cap !== undefined) {
    const read = readDecimal(options.cap, child(place, "cap"), issues, "invalid_option");
    if (read?.lte(0)) {
      issues.push(
        makeIssue({
          ...child(place, "cap"),
          code: "invalid_option",
          expected: TARGET_EXPECTED.cap,
          received: read.toString(),
        }),
      );
    }
    cap = read ?? null;
  }
  const weights = new Map<string, Decimal>();
  if (options.weights !== undefined) {
    if (!(options.weights instanceof Map)) {
      issues.push(
        makeIssue({
          ...child(place, "weights"),
          code: "invalid_option",
          expected: TARGET_EXPECTED.weights,
          received: describe(options.weights),
        }),
      );
    } else {
      for (const [key, value] of options.weights as Map<unknown, unknown>) {
        const weightPlace = child(place, "weights", String(key));
        const read = readWeight(value, weightPlace, issues);
        if (read !== undefined) weights.set(String(key), read);
      }
    }
  }
  const bands =
    options.bands === undefined
      ? undefined
      : readBands(options.bands, child(place, "bands"), issues);
  const locale = options.locale ?? "id-ID";
  if (typeof locale !== "string") {
    issues.push(
      makeIssue({
        ...child(place, "locale"),
        code: "invalid_option",
        expected: TARGET_EXPECTED.locale,
        received: describe(locale),
      }),
    );
  }
  // Returned even when an option is wrong, so entries are still checked against the weights.
  return { language: labelLanguage(locale as string), cap, weights, bands };
}

/** One line to score, read and checked. @internal */
export interface ScoredEntry {
  readonly parts: EvaluationParts;
  readonly weight: Decimal;
  readonly label: string | null;
}

/** Pushes an issue for each key of `options.weights` that names no line. @internal */
export function checkWeightKeys(
  settings: ScorecardSettings,
  used: ReadonlySet<string>,
  subject: string,
  expected: string,
  issues: KpiIssue[],
): void {
  for (const key of settings.weights.keys()) {
    if (!used.has(key)) {
      issues.push(
        makeIssue({
          subject,
          path: ["options", "weights", key],
          code: "invalid_option",
          expected,
          received: JSON.stringify(key),
        }),
      );
    }
  }
}

/**
 * Pushes an issue at `place` when every weight is 0: a weighted mean of nothing is a configuration
 * mistake, not an empty period. @internal
 */
export function checkWeightTotal(
  entries: readonly ScoredEntry[],
  place: Place,
  issues: KpiIssue[],
): void {
  if (entries.length > 0 && entries.every(({ weight }) => weight.isZero())) {
    issues.push(
      makeIssue({
        ...place,
        code: "invalid_option",
        expected: TARGET_EXPECTED.weightTotal,
        received: TARGET_EXPECTED.receivedZeroWeights(entries.length),
      }),
    );
  }
}

/**
 * The attainment that counts toward a score. For a neutral metric with a single target, too high
 * is as bad as too low, so what counts is closeness to the target, `1 − |1 − attainment|`: 1 for
 * an exact hit, 0.95 for 5 % over or under, 0.5 for 50 % over (never more than 1). Every other
 * line counts its attainment (a range's attainment is already at most 1 outside it).
 */
function closeness(evaluation: Evaluation): Decimal {
  const attainment = evaluation.attainment as Decimal;
  if (evaluation.direction !== "neutral" || !isDecimalInstance(evaluation.target)) {
    return attainment;
  }
  return exact.minus(1, exact.minus(1, attainment).abs());
}

/**
 * Scores checked entries: each evaluated, its attainment (closeness for a neutral single target)
 * clamped to [0, cap], and the weighted mean over the lines that can be scored, with exact sums
 * and one final rounding. @internal
 */
export function scoreEntries(
  entries: readonly ScoredEntry[],
  settings: ScorecardSettings,
): Scorecard {
  const cap = settings.cap;
  const lines: ScorecardLine[] = [];
  // Exact sums and products: the one rounding is the final division, so scaling every weight by
  // the same factor gives the same score to the last digit.
  const weightedTerms: Decimal[] = [];
  const scoredWeights: Decimal[] = [];
  entries.forEach(({ parts, weight, label }, index) => {
    const evaluation = computeEvaluation(parts);
    let scoredAttainment: Decimal | null = null;
    if (evaluation.attainment !== null) {
      let value = closeness(evaluation);
      if (value.isNegative()) value = new KDecimal(0);
      if (cap !== null && value.gt(cap)) value = cap;
      scoredAttainment = value;
      weightedTerms.push(exact.times(weight, value));
      scoredWeights.push(weight);
    }
    lines.push({
      index,
      label,
      weight,
      evaluation,
      scoredAttainment,
      excludedBecause: evaluation.attainmentReason,
    });
  });
  const bands = settings.bands ?? defaultBands("higher_is_better", false);
  const scoredWeight = exact.sum(scoredWeights);
  const score = scoredWeight.isZero() ? null : exact.sum(weightedTerms).div(scoredWeight);
  return {
    lines,
    score,
    status: score === null ? "no_data" : statusFromBands(score, bands),
    scoredWeight,
    excluded: lines.filter((line) => line.scoredAttainment === null),
    cap,
    bands,
  };
}
