import { describe, expect, it } from "vitest";
import { unitsSold } from "../../../src/metrics/sales/unitsSold.js";
import { rollupInputs } from "../../../src/model/rollupInputs.js";
import { expectKpiError } from "../../support/expectKpiError.js";

describe("unitsSold", () => {
  it("returns the count", () => {
    expect(unitsSold({ units: 1250 })?.toString()).toBe("1250");
    expect(unitsSold({ units: "0" })?.toString()).toBe("0");
  });

  it("rejects fractional and negative counts", () => {
    expectKpiError(
      () => unitsSold({ units: 1.5 }),
      "out_of_domain",
      'units_sold: input "units" must be a non-negative integer count, received 1.5',
    );
    expectKpiError(
      () => unitsSold({ units: -2 }),
      "out_of_domain",
      'units_sold: input "units" must be a non-negative integer count, received -2',
    );
  });

  it("rolls up by summing", () => {
    expect(unitsSold(rollupInputs(unitsSold, [{ units: 3 }, { units: 4 }]))?.toString()).toBe("7");
  });
});
