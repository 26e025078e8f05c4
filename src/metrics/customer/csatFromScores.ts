import { fail } from "../../core/errors.js";
import { describe } from "../../core/messages.js";
import type { Numeric } from "../../core/numeric.js";
import { METRIC_EXPECTED, METRIC_PLACE } from "../messages.js";
import { readOptions, readScores } from "./readScores.js";

/**
 * Options of {@link csatFromScores}.
 *
 * @category Customer metrics
 */
export interface CsatFromScoresOptions {
  /** The number of points on the scale; scores run from 1 to `scale` (default 5). */
  readonly scale?: number;
  /**
   * The lowest score counted as satisfied. Default: top-2-box (`scale - 1`, so 4 and 5 on a 1–5
   * scale) on scales of 4 points or more, top box (`scale`) on 2- and 3-point scales.
   */
  readonly satisfied?: number;
}

/**
 * The inputs of `csat` counted from raw scores.
 *
 * @category Customer metrics
 */
export interface CsatCounts {
  /** Responses at or above the `satisfied` score. */
  readonly satisfied: number;
  /** All responses. */
  readonly responses: number;
}

const SUBJECT = "csatFromScores";

/**
 * Counts raw CSAT survey scores into the inputs of `csat`: the responses in the satisfied boxes and
 * all responses. Every score must be an integer on the scale (1 to `scale`); every bad score is
 * reported in one KpiError (code `invalid_score`, path `[index]`). Unanswered questions are not
 * scores: leave them out before calling. Counts from several periods or teams pool by adding up.
 *
 * @param scores - The raw scores (numbers, numeric strings, bigints or Decimals).
 * @param options - `scale` (points on the scale, default 5) and `satisfied` (lowest satisfied score, default top-2-box: `scale - 1`; top box on 2- and 3-point scales).
 * @returns `{ satisfied, responses }`, ready to pass to `csat`.
 * @throws {KpiError} `invalid_score` for scores off the scale; `invalid_option` for a bad scale or threshold; `invalid_argument` when `scores` is not an array.
 * @example
 * ```ts
 * import { csat, csatFromScores } from "kinerja";
 *
 * const counts = csatFromScores([5, 4, 3, 5, 2, "4"]);
 * console.log(counts);
 * // { satisfied: 4, responses: 6 }
 * console.log(csat(counts)?.toString());
 * // 0.6666666666666666666666666666666667
 * console.log(csatFromScores([7, 6, 5], { scale: 7, satisfied: 6 }));
 * // { satisfied: 2, responses: 3 }
 * ```
 * @category Customer metrics
 */
export function csatFromScores(
  scores: readonly Numeric[],
  options?: CsatFromScoresOptions,
): CsatCounts {
  const read = readOptions(SUBJECT, options);
  const scale = read.scale ?? 5;
  if (typeof scale !== "number" || !Number.isInteger(scale) || scale < 2 || scale > 100) {
    fail({
      code: "invalid_option",
      subject: SUBJECT,
      path: ["options", "scale"],
      where: METRIC_PLACE.option("scale"),
      expected: METRIC_EXPECTED.csatScale,
      received: describe(scale),
    });
  }
  const threshold = read.satisfied ?? (scale >= 4 ? scale - 1 : scale);
  if (
    typeof threshold !== "number" ||
    !Number.isInteger(threshold) ||
    threshold < 1 ||
    threshold > scale
  ) {
    fail({
      code: "invalid_option",
      subject: SUBJECT,
      path: ["options", "satisfied"],
      where: METRIC_PLACE.option("satisfied"),
      expected: METRIC_EXPECTED.csatSatisfied(scale),
      received: describe(threshold),
    });
  }
  const values = readScores(SUBJECT, scores, 1, scale);
  let satisfied = 0;
  for (const value of values) if (value >= threshold) satisfied++;
  return { satisfied, responses: values.length };
}
