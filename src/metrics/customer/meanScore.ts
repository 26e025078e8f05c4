import { divide, type KpiResult, undefinedBecause } from "../../core/result.js";
import { exact } from "../../model/exact.js";
import type { DecimalInputs, InputConflict, InputSpec } from "../../model/types.js";
import { METRIC_EXPECTED } from "../messages.js";

// What the mean-score metrics (CES on its two scales, CSAT mean) share.

type ScoreInputs = { readonly scoreSum: InputSpec; readonly responses: InputSpec };

/**
 * A check that the sum of `responses` scores on a `low`–`high` scale lies between `low × responses`
 * and `high × responses`. @internal
 */
export function scoreSumOnScale(
  low: number,
  high: number,
): (inputs: DecimalInputs<ScoreInputs>) => readonly InputConflict<ScoreInputs>[] {
  return ({ scoreSum, responses }) =>
    scoreSum.lt(exact.times(responses, low)) || scoreSum.gt(exact.times(responses, high))
      ? [
          {
            input: "scoreSum",
            expected: METRIC_EXPECTED.scoreSumOnScale(
              low,
              high,
              exact.times(responses, low).toString(),
              exact.times(responses, high).toString(),
            ),
          },
        ]
      : [];
}

/** scoreSum / responses, `null` (`no_responses`) without responses. @internal */
export function meanScore({ scoreSum, responses }: DecimalInputs<ScoreInputs>): KpiResult {
  return responses.isZero() ? undefinedBecause("no_responses") : divide(scoreSum, responses);
}
