import { describe, expect, it } from "vitest";
import { brandAwareness } from "../../../src/metrics/marketing/brandAwareness.js";
import { rollupInputs } from "../../../src/model/rollupInputs.js";
import { expectKpiError } from "../../support/expectKpiError.js";

describe("brandAwareness", () => {
  it("computes aware / surveyed", () => {
    expect(brandAwareness({ aware: 640, surveyed: 1000 })?.toString()).toBe("0.64");
    expect(brandAwareness({ aware: 1, surveyed: 3 })?.toString()).toBe(
      "0.3333333333333333333333333333333333",
    );
  });

  it("is null with no_responses when no one was surveyed", () => {
    expect(brandAwareness.evaluate({ aware: 0, surveyed: 0 })).toEqual({
      value: null,
      reason: "no_responses",
    });
  });

  it("rejects more aware respondents than respondents", () => {
    expectKpiError(
      () => brandAwareness({ aware: 5, surveyed: 4 }),
      "inconsistent_inputs",
      'brand_awareness: input "aware" must be at most input "surveyed" (4), received 5',
    );
  });

  it("pools survey waves", () => {
    const pooled = rollupInputs(brandAwareness, [
      { aware: 30, surveyed: 100 },
      { aware: 90, surveyed: 300 },
    ]);
    expect(brandAwareness(pooled)?.toString()).toBe("0.3");
  });
});
