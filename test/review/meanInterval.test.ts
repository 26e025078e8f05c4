import { describe, expect, it } from "vitest";
import { meanInterval } from "../../src/review/meanInterval.js";
import { mergeMomentStates, momentState } from "../../src/review/momentState.js";
import { expectKpiError } from "../support/expectKpiError.js";

// Hand-computed: scores 5 4 4 3 5 4 2 5 4 4: mean 4, s² = (10·168 − 40²)/(10·9) = 80/90,
// s = 0.942809..., SE = s/√10 = 0.298142..., t_0.975,9 = 2.262157... → 3.325555 to 4.674445.

describe("momentState and mergeMomentStates", () => {
  it("are exact and merge by adding", () => {
    const a = momentState(["0.1", "0.2"]);
    const b = momentState(["0.3"]);
    const merged = mergeMomentStates(a, b);
    expect(merged.sum.toString()).toBe("0.6");
    expect(merged.sumOfSquares.toString()).toBe("0.14");
    expect(merged).toEqual(momentState(["0.1", "0.2", "0.3"]));
    expect(JSON.parse(JSON.stringify(merged))).toEqual({ n: 3, sum: "0.6", sumOfSquares: "0.14" });
    expect(mergeMomentStates(JSON.parse(JSON.stringify(merged)))).toEqual(merged);
    expect(mergeMomentStates().n).toBe(0);
  });

  it("keeps squares of long decimals exact", () => {
    const state = momentState(["123456789012345678901234567890.123456789"]);
    const digits = 123456789012345678901234567890123456789n;
    const square = (digits * digits).toString();
    expect(state.sumOfSquares.toString()).toBe(`${square.slice(0, -18)}.${square.slice(-18)}`);
  });

  it("refuses states that cannot be", () => {
    expectKpiError(
      () => mergeMomentStates({ n: 2, sum: 10, sumOfSquares: 10 }),
      "inconsistent_inputs",
      {
        path: ["states", 0, "sumOfSquares"],
      },
    );
    expectKpiError(
      () => mergeMomentStates({ n: 0, sum: 1, sumOfSquares: 1 }),
      "inconsistent_inputs",
    );
    expectKpiError(() => mergeMomentStates({ n: -1, sum: 0, sumOfSquares: 0 }), "out_of_domain");
    expectKpiError(() => momentState([1, Number.NaN]), "invalid_number", { path: ["values", 1] });
    // @ts-expect-error not iterable
    expectKpiError(() => momentState(5), "invalid_argument");
  });
});

describe("meanInterval", () => {
  it("reproduces the hand-computed t interval", () => {
    const interval = meanInterval(momentState([5, 4, 4, 3, 5, 4, 2, 5, 4, 4]));
    expect(interval.estimate?.toString()).toBe("4");
    expect(interval.standardDeviation?.toFixed(6)).toBe("0.942809");
    expect(interval.standardError?.toFixed(6)).toBe("0.298142");
    expect(interval.degreesOfFreedom).toBe(9);
    expect(interval.method).toBe("student_t");
    expect(interval.lower?.toFixed(6)).toBe("3.325555");
    expect(interval.upper?.toFixed(6)).toBe("4.674445");
    expect(interval.smallSample.reason).toBe("n_below_minimum");
  });

  it("clamps to the scale's bounds", () => {
    const interval = meanInterval(momentState([5, 5, 4]), { bounds: { min: 1, max: 5 } });
    expect(interval.upper?.toString()).toBe("5");
  });

  it("is null for no answers, and has no spread for one", () => {
    expect(meanInterval(momentState([])).reason).toBe("no_data");
    const one = meanInterval(momentState([4]));
    expect(one.estimate?.toString()).toBe("4");
    expect(one).toMatchObject({ lower: null, upper: null, reason: "single_observation" });
  });

  it("flags answers without variation", () => {
    const same = meanInterval(momentState([4, 4, 4]));
    expect(same.lower?.toString()).toBe("4");
    expect(same.smallSample.reason).toBe("no_variation");
  });

  it("refuses bad bounds", () => {
    expectKpiError(
      () => meanInterval(momentState([4, 5]), { bounds: { min: 5, max: 1 } }),
      "invalid_option",
      { path: ["options", "bounds", "max"] },
    );
  });
});
