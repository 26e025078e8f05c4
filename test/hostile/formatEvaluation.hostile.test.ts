// Found by the trust suites (see docs/reliability.md): each case failed before its fix.
import { describe, it } from "vitest";
import { evaluate, formatEvaluation, winRate } from "../../src/index.js";
import { expectKpiError } from "../support/expectKpiError.js";

describe("formatEvaluation against hostile input", () => {
  it("refuses what it cannot read with a KpiError", () => {
    expectKpiError(() => formatEvaluation(null as never), "invalid_argument");
    const evaluation = evaluate({ metric: winRate, actual: 0.25, target: 0.3 });
    expectKpiError(() => formatEvaluation(evaluation, null as never), "invalid_argument");
    expectKpiError(
      () => formatEvaluation(evaluation, { metric: Number.NaN } as never),
      "invalid_option",
    );
  });
});
