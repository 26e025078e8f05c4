import { describe, expect, it } from "vitest";
import { databaseGrowthRate } from "../../../src/metrics/marketing/databaseGrowthRate.js";
import { rollupInputs } from "../../../src/model/rollupInputs.js";
import { expectKpiError } from "../../support/expectKpiError.js";

describe("databaseGrowthRate", () => {
  it("computes (new - lost) / contacts at start, negative included", () => {
    expect(
      databaseGrowthRate({
        contactsAtStart: 20_000,
        newContacts: 1_500,
        lostContacts: 500,
      })?.toString(),
    ).toBe("0.05");
    expect(
      databaseGrowthRate({ contactsAtStart: 100, newContacts: 0, lostContacts: 10 })?.toString(),
    ).toBe("-0.1");
  });

  it("is null with zero_denominator for an empty starting list", () => {
    expect(
      databaseGrowthRate.evaluate({ contactsAtStart: 0, newContacts: 5, lostContacts: 0 }).reason,
    ).toBe("zero_denominator");
  });

  it("rejects losing more contacts than the list held", () => {
    expectKpiError(
      () => databaseGrowthRate({ contactsAtStart: 10, newContacts: 5, lostContacts: 16 }),
      "inconsistent_inputs",
      'database_growth_rate: input "lostContacts" must be at most contactsAtStart + newContacts (15), received 16',
    );
  });

  it("rolls up from the opening list and summed flows", () => {
    const quarter = rollupInputs(databaseGrowthRate, [
      { contactsAtStart: 1000, newContacts: 100, lostContacts: 50 },
      { contactsAtStart: 1050, newContacts: 100, lostContacts: 50 },
      { contactsAtStart: 1100, newContacts: 100, lostContacts: 50 },
    ]);
    expect(quarter.contactsAtStart.toString()).toBe("1000");
    expect(databaseGrowthRate(quarter)?.toString()).toBe("0.15");
  });
});
