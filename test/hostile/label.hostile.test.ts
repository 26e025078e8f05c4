// Found by the trust suites (see docs/reliability.md): each case failed before its fix.
import { describe, it } from "vitest";
import { label } from "../../src/index.js";
import { expectKpiError } from "../support/expectKpiError.js";

describe("label against hostile input", () => {
  it("refuses what is not a metric with a KpiError naming itself", () => {
    expectKpiError(() => label(Number.NaN as never), "invalid_argument", /^label: metric must be /);
  });
});
