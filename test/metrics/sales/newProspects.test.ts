import { describe, expect, it } from "vitest";
import { newProspects } from "../../../src/metrics/sales/newProspects.js";
import { rollupInputs } from "../../../src/model/rollupInputs.js";
import { expectKpiError } from "../../support/expectKpiError.js";

describe("newProspects", () => {
  it("returns the count", () => {
    expect(newProspects({ prospects: 320 })?.toString()).toBe("320");
  });

  it("rejects a non-number", () => {
    expectKpiError(
      () => newProspects({ prospects: "12 prospects" }),
      "invalid_number",
      'new_prospects: input "prospects" must be a finite number, a plain decimal string such as "1234.56", a bigint or a Decimal, received "12 prospects"',
    );
  });

  it("rolls up by summing", () => {
    const quarter = rollupInputs(newProspects, [{ prospects: 1 }, { prospects: 2 }]);
    expect(newProspects(quarter)?.toString()).toBe("3");
  });
});
