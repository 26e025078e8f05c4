import type { Numeric } from "../../core/numeric.js";
import { readScores } from "./readScores.js";

/**
 * The inputs of `nps` counted from raw scores.
 *
 * @category Customer metrics
 */
export interface NpsCounts {
  /** Scores of 9 or 10. */
  readonly promoters: number;
  /** Scores of 7 or 8. */
  readonly passives: number;
  /** Scores from 0 to 6. */
  readonly detractors: number;
}

/**
 * Counts raw answers to the 0–10 "how likely are you to recommend us" question into the inputs of
 * `nps` (Bain): promoters 9–10, passives 7–8, detractors 0–6. Every score must be an integer from 0
 * to 10; every bad score is reported in one KpiError (code `invalid_score`, path `[index]`). Counts
 * from several periods or teams pool by adding up.
 *
 * @param scores - The raw scores (numbers, numeric strings, bigints or Decimals).
 * @returns `{ promoters, passives, detractors }`, ready to pass to `nps`.
 * @throws {KpiError} `invalid_score` for scores off the 0–10 scale; `invalid_argument` when `scores` is not an array.
 * @example
 * ```ts
 * import { nps, npsFromScores } from "kinerja";
 *
 * const counts = npsFromScores([10, 9, 8, 7, 6, 0, 10, 9]);
 * console.log(counts);
 * // { promoters: 4, passives: 2, detractors: 2 }
 * console.log(nps(counts)?.toString());
 * // 25
 * ```
 * @category Customer metrics
 */
export function npsFromScores(scores: readonly Numeric[]): NpsCounts {
  const values = readScores("npsFromScores", scores, 0, 10);
  let promoters = 0;
  let passives = 0;
  let detractors = 0;
  for (const value of values) {
    if (value >= 9) promoters++;
    else if (value >= 7) passives++;
    else detractors++;
  }
  return { promoters, passives, detractors };
}
