import { describe, expect, it } from "vitest";
import { GRANULARITIES, isGranularity } from "../../src/period/granularity.js";

describe("isGranularity", () => {
  it("knows the fifteen granularities and nothing else", () => {
    expect(GRANULARITIES).toEqual([
      "day",
      "week",
      "month",
      "quarter",
      "half_year",
      "year",
      "fiscal_month",
      "fiscal_quarter",
      "fiscal_half_year",
      "fiscal_year",
      "retail_week",
      "retail_period",
      "retail_quarter",
      "retail_half_year",
      "retail_year",
    ]);
    for (const granularity of GRANULARITIES) expect(isGranularity(granularity)).toBe(true);
    for (const value of [
      "Day",
      "fortnight",
      "fiscal",
      "",
      "toString",
      "__proto__",
      1,
      null,
      undefined,
      {},
    ]) {
      expect(isGranularity(value)).toBe(false);
    }
    expect(Object.isFrozen(GRANULARITIES)).toBe(true);
  });
});
