// Found by the trust suites (see docs/reliability.md): each case failed before its fix.
import { describe, it } from "vitest";
import { safeDivide } from "../../src/index.js";
import { expectKpiError } from "../support/expectKpiError.js";

describe("safeDivide against hostile input", () => {
  it("names itself in errors, not toDecimal", () => {
    expectKpiError(
      () => safeDivide(1, Number.NaN),
      "invalid_number",
      'safeDivide: denominator must be a finite number, a plain decimal string such as "1234.56", a bigint or a Decimal, received NaN',
    );
  });
});
