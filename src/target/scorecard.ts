import { type Decimal, KDecimal } from "../core/decimal.js";
import { KpiError, type KpiIssue, makeIssue } from "../core/errors.js";
import { describe } from "../core/messages.js";
import type { Numeric } from "../core/numeric.js";
import { readEvaluateInput } from "./evaluate.js";
import * as TARGET_EXPECTED from "./messages.js";
import { child, isRecord, type Place, readWeight } from "./read.js";
import {
  checkWeightKeys,
  checkWeightTotal,
  readScorecardOptions,
  type ScoredEntry,
  scoreEntries,
} from "./scoring.js";
import type {
  AttainmentReason,
  EvaluateInput,
  Evaluation,
  ResolvedBands,
  StatusBands,
  TargetStatus,
} from "./types.js";

/**
 * One line of a scorecard: an {@link EvaluateInput} with an optional weight and label.
 *
 * @category Targets
 */
export interface ScorecardEntry extends EvaluateInput {
  /** The entry's weight (default 1, or `options.weights.get(id)`); non-negative. */
  readonly weight?: Numeric;
  /** A name for the line, for example `"Revenue — Jawa Barat"`. */
  readonly label?: string;
}

/**
 * Options of {@link scorecard}.
 *
 * @category Targets
 */
export interface ScorecardOptions {
  /**
   * The most attainment one entry can contribute (default 1.2, so one runaway KPI cannot hide the
   * others); `null` or `false` for no cap. Attainment below 0 contributes 0.
   */
  readonly cap?: Numeric | null | false;
  /** Weights by entry id (the metric id, or the entry's `id`), for entries without their own `weight`. */
  readonly weights?: ReadonlyMap<string, Numeric>;
  /** The bands for the overall status, read from the score (default thresholds 1 and 0.9). */
  readonly bands?: StatusBands;
  /** The locale whose language labels the lines of metrics without a label of their own (default `"id-ID"`). */
  readonly locale?: string;
}

/**
 * One scored line.
 *
 * @category Targets
 */
export interface ScorecardLine {
  /** The line's position: in `scorecard`, the entry's position in the input. */
  readonly index: number;
  /** The entry's label, or its metric's label in the language of `options.locale`, or its `id`, or `null`. */
  readonly label: string | null;
  readonly weight: Decimal;
  readonly evaluation: Evaluation;
  /** The attainment that counts toward the score (closeness `1 − |1 − attainment|` for a neutral single target), clamped to [0, cap]; `null` for excluded lines. */
  readonly scoredAttainment: Decimal | null;
  /** Why the line is left out of the score (its attainment reason); `null` when it is scored. */
  readonly excludedBecause: AttainmentReason | null;
}

/**
 * The result of {@link scorecard}.
 *
 * @category Targets
 */
export interface Scorecard {
  /** Every entry, in input order. */
  readonly lines: readonly ScorecardLine[];
  /** Σ(weight × scored attainment) / Σ weight over the scored lines; `null` when no line can be scored. */
  readonly score: Decimal | null;
  /** The status of the score in the bands; `no_data` when the score is `null`. */
  readonly status: TargetStatus;
  /** Σ weight of the scored lines. */
  readonly scoredWeight: Decimal;
  /** The lines left out of the score (no data, or an attainment that is undefined), not counted as zero. */
  readonly excluded: readonly ScorecardLine[];
  /** The cap used, `null` for none. */
  readonly cap: Decimal | null;
  /** The bands the overall status was read from. */
  readonly bands: ResolvedBands;
}

/**
 * Scores a set of KPIs for a team or a person: evaluates each entry, then takes the weighted mean
 * of the attainments, each clamped to [0, cap]:
 * `score = Σ(weight × min(max(attainment, 0), cap)) / Σ weight` over the entries that can be scored.
 * Entries with no data (or an undefined attainment, such as a zero target) are listed in
 * `excluded` and left out of both sums — never counted as zero. A neutral metric with a single
 * target scores its closeness to the target, `1 − |1 − attainment|` (so 1.5 and 0.5 both score
 * 0.5, and overshooting is never rewarded). The overall status is the score read in the bands
 * (default: ≥ 1 on track, ≥ 0.9 at risk).
 *
 * @param entries - The KPIs: each `{ metric | direction, actual, target, weight?, label?, bands?, attainment? }`.
 * Every weight may be 0 except all of them: a scorecard whose weights are all 0 is refused (a weighted
 * mean of nothing is a configuration mistake, not an empty period). Sums and products are exact and
 * the score is rounded once, so weights 1, 7, 3, 2 and the same weights times 10 give the same score.
 *
 * @param options - `cap` (default 1.2; `null` or `false` for none), `weights` by entry id, `bands` for the overall status, `locale` for the language of the lines' labels.
 * @returns The {@link Scorecard}.
 * @throws {KpiError} listing every problem in every entry and option (`invalid_number`,
 * `invalid_target`, `invalid_option`, `invalid_argument`, `unknown_metric`).
 * @example
 * ```ts
 * import { salesRevenue, scorecard, winRate } from "kinerja";
 *
 * const card = scorecard([
 *   { metric: salesRevenue, actual: 1_500_000_000, target: 1_000_000_000, weight: 2 },
 *   { metric: winRate, actual: 0.27, target: 0.3 },
 *   { direction: "lower_is_better", id: "cac", actual: 1_200_000, target: 1_000_000 },
 *   { metric: winRate, label: "Win rate — Bali", actual: null, target: 0.3 },
 * ]);
 * console.log(card.score?.toString(), card.status);
 * // 1.033333333333333333333333333333333 on_track
 * console.log(card.lines.map((line) => line.scoredAttainment?.toString() ?? "excluded"));
 * // [ '1.2', '0.9', '0.8333333333333333333333333333333333', 'excluded' ]
 * console.log(card.excluded.map((line) => line.label));
 * // [ 'Win rate — Bali' ]
 * ```
 * @category Targets
 */
export function scorecard(
  entries: readonly ScorecardEntry[],
  options?: ScorecardOptions,
): Scorecard {
  const issues: KpiIssue[] = [];
  const place: Place = { subject: "scorecard", path: [] };
  const read = readScorecardOptions(options, { subject: "scorecard", path: ["options"] }, issues);
  if (!Array.isArray(entries)) {
    issues.push(
      makeIssue({
        ...child(place, "entries"),
        code: "invalid_argument",
        expected: TARGET_EXPECTED.entries,
        received: describe(entries),
      }),
    );
    throw new KpiError(issues);
  }
  const parsed: ScoredEntry[] = [];
  const usedWeightKeys = new Set<string>();
  for (let index = 0; index < entries.length; index++) {
    const entry: unknown = entries[index];
    const entryPlace = child(place, "entries", index);
    const parts = readEvaluateInput(entry, entryPlace, issues, TARGET_EXPECTED.entry);
    if (!isRecord(entry)) continue;
    let label: string | null = null;
    if (entry.label !== undefined) {
      if (typeof entry.label === "string" && entry.label !== "") label = entry.label;
      else
        issues.push(
          makeIssue({
            ...child(entryPlace, "label"),
            code: "invalid_argument",
            expected: TARGET_EXPECTED.id,
            received: describe(entry.label),
          }),
        );
    }
    const key = parts?.metricId ?? null;
    const mapped = key !== null ? read?.weights.get(key) : undefined;
    if (key !== null && mapped !== undefined) usedWeightKeys.add(key);
    let weight: Decimal | undefined = new KDecimal(1);
    if (entry.weight !== undefined) {
      weight = readWeight(entry.weight, child(entryPlace, "weight"), issues);
      if (mapped !== undefined) {
        issues.push(
          makeIssue({
            ...child(entryPlace, "weight"),
            code: "invalid_option",
            expected: TARGET_EXPECTED.weightTwice,
            received: TARGET_EXPECTED.receivedWeightTwice(describe(entry.weight), key as string),
          }),
        );
      }
    } else if (mapped !== undefined) {
      weight = mapped;
    }
    if (parts !== undefined && weight !== undefined) {
      const metricLabel = parts.label === null ? null : parts.label[read?.language ?? "id"];
      parsed.push({ parts, weight, label: label ?? metricLabel ?? parts.metricId });
    }
  }
  if (read !== undefined) {
    checkWeightKeys(read, usedWeightKeys, "scorecard", TARGET_EXPECTED.weightKey, issues);
  }
  if (issues.length === 0) checkWeightTotal(parsed, child(place, "entries"), issues);
  if (issues.length > 0 || read === undefined) throw new KpiError(issues);

  return scoreEntries(parsed, read);
}
