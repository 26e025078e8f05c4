import { METRIC_EXPECTED } from "../../core/messages.js";
import { divide, type KpiResult, undefinedBecause } from "../../core/result.js";
import type { DecimalInputs, InputConflict, InputSpec } from "../../model/types.js";

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
    scoreSum.lt(responses.times(low)) || scoreSum.gt(responses.times(high))
      ? [
          {
            input: "scoreSum",
            expected: METRIC_EXPECTED.scoreSumOnScale(
              low,
              high,
              responses.times(low).toString(),
              responses.times(high).toString(),
            ),
          },
        ]
      : [];
}

/** scoreSum / responses, `null` (`no_responses`) without responses. @internal */
export function meanScore({ scoreSum, responses }: DecimalInputs<ScoreInputs>): KpiResult {
  return responses.isZero() ? undefinedBecause("no_responses") : divide(scoreSum, responses);
}
