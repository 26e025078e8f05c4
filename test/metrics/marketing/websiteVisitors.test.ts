import { describe, expect, it } from "vitest";
import { websiteVisitors } from "../../../src/metrics/marketing/websiteVisitors.js";
import { rollupInputs } from "../../../src/model/rollupInputs.js";
import { expectKpiError } from "../../support/expectKpiError.js";

describe("websiteVisitors", () => {
  it("returns the distinct visitor count", () => {
    expect(websiteVisitors({ visitors: 18_250 })?.toString()).toBe("18250");
  });

  it("refuses to sum distinct visitors across periods", () => {
    expectKpiError(
      () => rollupInputs(websiteVisitors, [{ visitors: 10 }, { visitors: 10 }]),
      "not_additive",
      'website_visitors: input "visitors" must be an input whose rollup rule is sum, first, last, min or max; it is not additive (a distinct count or a cohort measure), so recompute it from the records of the whole period (for example with countDistinct in aggregate), received rollup rule none',
    );
  });
});
