// Found by the trust suites (see docs/reliability.md): each case failed before its fix.
import { describe, it } from "vitest";
import { rollupInputs } from "../../src/index.js";
import { expectKpiError } from "../support/expectKpiError.js";

describe("rollupInputs against hostile input", () => {
  it("names itself when the metric is not a metric", () => {
    expectKpiError(
      () => rollupInputs(Number.NaN as never, []),
      "invalid_argument",
      /^rollupInputs: metric must be a metric made with defineMetric, received NaN$/,
    );
  });
});
