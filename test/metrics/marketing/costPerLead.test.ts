import { describe, expect, it } from "vitest";
import { costPerLead } from "../../../src/metrics/marketing/costPerLead.js";
import { rollupInputs } from "../../../src/model/rollupInputs.js";
import { expectKpiError } from "../../support/expectKpiError.js";

describe("costPerLead", () => {
  it("computes spend / leads and is lower_is_better", () => {
    expect(costPerLead({ spend: 15_000_000, leads: 300 })?.toString()).toBe("50000");
    expect(costPerLead({ spend: "0.3", leads: 3 })?.toString()).toBe("0.1");
    expect(costPerLead.direction).toBe("lower_is_better");
  });

  it("is null (not 0) with zero_denominator when there are no leads", () => {
    expect(costPerLead({ spend: 15_000_000, leads: 0 })).toBeNull();
    expect(costPerLead.evaluate({ spend: 15_000_000, leads: 0 }).reason).toBe("zero_denominator");
  });

  it("rejects a fractional lead count", () => {
    expectKpiError(
      () => costPerLead({ spend: 1, leads: "2.5" }),
      "out_of_domain",
      'cost_per_lead: input "leads" must be a non-negative integer count, received 2.5',
    );
  });

  it("rolls up as a ratio of sums", () => {
    const quarter = rollupInputs(costPerLead, [
      { spend: 100, leads: 1 },
      { spend: 100, leads: 9 },
    ]);
    expect(costPerLead(quarter)?.toString()).toBe("20");
  });
});
