// Found by the trust suites (see docs/reliability.md): each case failed before its fix.
import { describe, it } from "vitest";
import { describeMetric } from "../../src/index.js";
import { expectKpiError } from "../support/expectKpiError.js";

describe("describeMetric against hostile input", () => {
  it("refuses what is not a metric with a KpiError naming itself", () => {
    expectKpiError(
      () => describeMetric({} as never),
      "invalid_argument",
      /^describeMetric: metric must be /,
    );
  });
});
