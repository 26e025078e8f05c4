// Found by the trust suites (see docs/reliability.md): each case failed before its fix.
import { describe, it } from "vitest";
import { round } from "../../src/index.js";
import { expectKpiError } from "../support/expectKpiError.js";

describe("round against hostile input", () => {
  it("names itself in errors, not toDecimal", () => {
    expectKpiError(() => round("12abc", 2), "invalid_number", /^round: value must be /);
  });
});
