import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { KDecimal } from "../../../src/core/decimal.js";
import { csat } from "../../../src/metrics/customer/csat.js";
import { csatFromScores } from "../../../src/metrics/customer/csatFromScores.js";
import { expectKpiError } from "../../support/expectKpiError.js";

describe("csatFromScores", () => {
  it("counts the top-2-box on a 1–5 scale by default", () => {
    expect(csatFromScores([5, 4, 3, 5, 2, "4"])).toEqual({ satisfied: 4, responses: 6 });
    expect(csatFromScores([1, 2, 3])).toEqual({ satisfied: 0, responses: 3 });
    expect(csatFromScores([])).toEqual({ satisfied: 0, responses: 0 });
  });

  it("accepts any Numeric integer score", () => {
    expect(csatFromScores([5n, new KDecimal(4), "3", "5.0"])).toEqual({
      satisfied: 3,
      responses: 4,
    });
  });

  it("takes the scale and the satisfied threshold", () => {
    expect(csatFromScores([7, 6, 5], { scale: 7 })).toEqual({ satisfied: 2, responses: 3 });
    expect(csatFromScores([7, 6, 5], { scale: 7, satisfied: 7 })).toEqual({
      satisfied: 1,
      responses: 3,
    });
    expect(csatFromScores([10, 8, 9, 1], { scale: 10, satisfied: 8 })).toEqual({
      satisfied: 3,
      responses: 4,
    });
  });

  it("counts the top box on 2- and 3-point scales by default", () => {
    expect(csatFromScores([1, 2, 2], { scale: 2 })).toEqual({ satisfied: 2, responses: 3 });
    expect(csatFromScores([1, 2, 3], { scale: 3 })).toEqual({ satisfied: 1, responses: 3 });
    expect(csatFromScores([1, 2, 3, 4], { scale: 4 })).toEqual({ satisfied: 2, responses: 4 });
  });

  it("feeds csat, and no responses gives null with no_responses", () => {
    expect(csat(csatFromScores([5, 4, 1, 2]))?.toString()).toBe("0.5");
    expect(csat.evaluate(csatFromScores([])).reason).toBe("no_responses");
  });

  it("collects every bad score into one error, by index", () => {
    const error = expectKpiError(
      () => csatFromScores([5, 6, 0, 4.5, "x", 3]),
      "invalid_score",
      '4 problems:\n  - csatFromScores: score [1] must be an integer score from 1 to 5, received 6\n  - csatFromScores: score [2] must be an integer score from 1 to 5, received 0\n  - csatFromScores: score [3] must be an integer score from 1 to 5, received 4.5\n  - csatFromScores: score [4] must be an integer score from 1 to 5, received "x"',
    );
    expect(error.issues.map((issue) => issue.path)).toEqual([[1], [2], [3], [4]]);
  });

  it("rejects null, NaN and holes", () => {
    const scores = [5, null, Number.NaN] as unknown as number[];
    scores.length = 4;
    const error = expectKpiError(
      () => csatFromScores(scores),
      "invalid_score",
      "3 problems:\n  - csatFromScores: score [1] must be an integer score from 1 to 5, received null\n  - csatFromScores: score [2] must be an integer score from 1 to 5, received NaN\n  - csatFromScores: score [3] must be an integer score from 1 to 5, received a hole in a sparse array",
    );
    expect(error.issues).toHaveLength(3);
  });

  it("rejects bad options and arguments", () => {
    expectKpiError(
      () => csatFromScores([5], { scale: 1 }),
      "invalid_option",
      "csatFromScores: option scale must be an integer number of scale points from 2 to 100, received 1",
    );
    expectKpiError(
      () => csatFromScores([5], { satisfied: 6 }),
      "invalid_option",
      "csatFromScores: option satisfied must be an integer from 1 to 5 (the lowest score counted as satisfied), received 6",
    );
    expectKpiError(
      // @ts-expect-error options must be an object
      () => csatFromScores([5], 5),
      "invalid_argument",
      "csatFromScores: options must be an options object or undefined, received 5",
    );
    expectKpiError(
      // @ts-expect-error scores must be an array
      () => csatFromScores("5,4"),
      "invalid_argument",
      'csatFromScores: scores must be an array of scores, received "5,4"',
    );
  });

  it("pools: counts of two batches add up to the counts of both", () => {
    const score = fc.integer({ min: 1, max: 5 });
    fc.assert(
      fc.property(fc.array(score), fc.array(score), (a, b) => {
        const left = csatFromScores(a);
        const right = csatFromScores(b);
        expect(csatFromScores([...a, ...b])).toEqual({
          satisfied: left.satisfied + right.satisfied,
          responses: left.responses + right.responses,
        });
      }),
    );
  });
});
