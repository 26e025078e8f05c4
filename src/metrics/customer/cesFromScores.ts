import { fail } from "../../core/errors.js";
import { describe } from "../../core/messages.js";
import type { Numeric } from "../../core/numeric.js";
import { METRIC_EXPECTED, METRIC_PLACE } from "../messages.js";
import { readOptions, readScores } from "./readScores.js";

/**
 * The CES scales: `"agreement_1_7"` is CES 2.0 ("the company made it easy", 1–7, higher is better,
 * metric `ces`); `"effort_1_5"` is the legacy effort question (1–5, higher is worse, metric `cesEffort`).
 * @category Customer metrics
 */
export type CesScale = "agreement_1_7" | "effort_1_5";

/**
 * Options of {@link cesFromScores}.
 *
 * @category Customer metrics
 */
export interface CesFromScoresOptions {
  /** The scale the scores are on (default `"agreement_1_7"`). */
  readonly scale?: CesScale;
}

/**
 * The inputs of `ces` or `cesEffort` summed from raw scores.
 *
 * @category Customer metrics
 */
export interface CesSums {
  /** The scores added up. */
  readonly scoreSum: number;
  /** The number of scores. */
  readonly responses: number;
}

const SUBJECT = "cesFromScores";

/**
 * Sums raw Customer Effort Score answers into the inputs of `ces` (scale `"agreement_1_7"`, the
 * default) or `cesEffort` (scale `"effort_1_5"`). Every score must be an integer on its scale; every
 * bad score is reported in one KpiError (code `invalid_score`, path `[index]`). Sums from several
 * periods pool by adding up.
 *
 * @param scores - The raw scores (numbers, numeric strings, bigints or Decimals).
 * @param options - `scale`: `"agreement_1_7"` (default) or `"effort_1_5"`.
 * @returns `{ scoreSum, responses }`, ready to pass to `ces` or `cesEffort` (matching the scale).
 * @throws {KpiError} `invalid_score` for scores off the scale; `invalid_option` for an unknown scale; `invalid_argument` when `scores` is not an array.
 * @example
 * ```ts
 * import { ces, cesEffort, cesFromScores } from "kinerja";
 *
 * console.log(ces(cesFromScores([7, 6, 5, 7]))?.toString());
 * // 6.25
 * console.log(cesEffort(cesFromScores([1, 2, 2, 4], { scale: "effort_1_5" }))?.toString());
 * // 2.25
 * try {
 *   cesFromScores([6, 1], { scale: "effort_1_5" });
 * } catch (error) {
 *   console.log((error as Error).message);
 *   // cesFromScores: score [0] must be an integer score from 1 to 5, received 6
 * }
 * ```
 * @category Customer metrics
 */
export function cesFromScores(scores: readonly Numeric[], options?: CesFromScoresOptions): CesSums {
  const scale = readOptions(SUBJECT, options).scale ?? "agreement_1_7";
  if (scale !== "agreement_1_7" && scale !== "effort_1_5") {
    fail({
      code: "invalid_option",
      subject: SUBJECT,
      path: ["options", "scale"],
      where: METRIC_PLACE.option("scale"),
      expected: METRIC_EXPECTED.cesScale,
      received: describe(scale),
    });
  }
  const values = readScores(SUBJECT, scores, 1, scale === "agreement_1_7" ? 7 : 5);
  let scoreSum = 0;
  for (const value of values) scoreSum += value;
  return { scoreSum, responses: values.length };
}
