import { describe, expect, it } from "vitest";
import { romi } from "../../../src/metrics/marketing/romi.js";
import { rollupInputs } from "../../../src/model/rollupInputs.js";
import { expectKpiError } from "../../support/expectKpiError.js";

describe("romi", () => {
  it("computes (incrementalContribution - marketingSpend) / marketingSpend", () => {
    // incremental revenue 100 000 000 × 30 % contribution margin, spend 20 000 000
    expect(
      romi({ incrementalContribution: 30_000_000, marketingSpend: 20_000_000 })?.toString(),
    ).toBe("0.5");
    expect(romi({ incrementalContribution: 10, marketingSpend: 20 })?.toString()).toBe("-0.5");
    expect(romi({ incrementalContribution: -10, marketingSpend: 20 })?.toString()).toBe("-1.5");
  });

  it("is null with zero_denominator when the spend is 0", () => {
    expect(romi.evaluate({ incrementalContribution: 1, marketingSpend: 0 }).reason).toBe(
      "zero_denominator",
    );
  });

  it("rejects a negative spend", () => {
    expectKpiError(
      () => romi({ incrementalContribution: 1, marketingSpend: -1 }),
      "out_of_domain",
      'romi: input "marketingSpend" must be a non-negative amount, received -1',
    );
  });

  it("rolls up contributions at different margins correctly (amounts, not margins, are summed)", () => {
    // January: revenue 100 at 50 % margin; February: revenue 100 at 10 % margin; spend 20 each
    const quarter = rollupInputs(romi, [
      { incrementalContribution: 50, marketingSpend: 20 },
      { incrementalContribution: 10, marketingSpend: 20 },
    ]);
    expect(romi(quarter)?.toString()).toBe("0.5");
  });
});
