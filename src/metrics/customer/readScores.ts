import { fail, KpiError, type KpiIssue, makeIssue } from "../../core/errors.js";
import { describe } from "../../core/messages.js";
import { isIssue, readNumeric } from "../../core/numeric.js";
import { METRIC_EXPECTED } from "../messages.js";

/**
 * Reads survey scores: every one must be an integer from `low` to `high`. Collects every bad score
 * (code `invalid_score`, path `[index]`) into one KpiError.
 *
 * @param subject - The function name for the messages.
 * @param scores - The raw scores.
 * @param low - The lowest score on the scale.
 * @param high - The highest score on the scale.
 * @returns The scores as numbers.
 * @throws {KpiError} `invalid_argument` when `scores` is not an array; `invalid_score` for each bad score.
 * @internal
 */
export function readScores(
  subject: string,
  scores: unknown,
  low: number,
  high: number,
): readonly number[] {
  if (!Array.isArray(scores)) {
    fail({
      code: "invalid_argument",
      subject,
      path: ["scores"],
      expected: METRIC_EXPECTED.scores,
      received: describe(scores),
    });
  }
  const expected = METRIC_EXPECTED.score(low, high);
  const issues: KpiIssue[] = [];
  const values: number[] = [];
  for (let index = 0; index < scores.length; index++) {
    const raw: unknown = scores[index];
    const where = `score [${index}]`;
    const read = readNumeric(raw, { subject, path: [index], where });
    if (!isIssue(read) && read.isInteger() && read.gte(low) && read.lte(high)) {
      values.push(read.toNumber());
      continue;
    }
    issues.push(
      makeIssue({
        code: "invalid_score",
        subject,
        path: [index],
        where,
        expected,
        received: index in scores ? describe(raw) : "a hole in a sparse array",
      }),
    );
  }
  if (issues.length > 0) throw new KpiError(issues);
  return values;
}

/** Whether a value is a plain options object (or undefined). @internal */
export function readOptions(subject: string, options: unknown): Readonly<Record<string, unknown>> {
  if (options === undefined) return {};
  if (typeof options !== "object" || options === null || Array.isArray(options)) {
    fail({
      code: "invalid_argument",
      subject,
      path: ["options"],
      expected: METRIC_EXPECTED.options,
      received: describe(options),
    });
  }
  return options as Readonly<Record<string, unknown>>;
}
