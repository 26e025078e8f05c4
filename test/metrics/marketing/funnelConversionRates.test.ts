import { describe, expect, it } from "vitest";
import { KDecimal } from "../../../src/core/decimal.js";
import { funnelConversionRate } from "../../../src/metrics/marketing/funnelConversionRate.js";
import { funnelConversionRates } from "../../../src/metrics/marketing/funnelConversionRates.js";
import { expectKpiError } from "../../support/expectKpiError.js";

const stages = ["lead", "mql", "sql", "opportunity", "customer"];

describe("funnelConversionRates", () => {
  it("returns every step and the end-to-end rate, from a Map", () => {
    const funnel = funnelConversionRates(
      new Map([
        ["lead", 2000],
        ["mql", 500],
        ["sql", 200],
        ["opportunity", 80],
        ["customer", 20],
      ]),
      stages,
    );
    expect(funnel.steps.map((step) => [step.from, step.to, step.value?.toString()])).toEqual([
      ["lead", "mql", "0.25"],
      ["mql", "sql", "0.4"],
      ["sql", "opportunity", "0.4"],
      ["opportunity", "customer", "0.25"],
    ]);
    expect(funnel.endToEnd).toMatchObject({ from: "lead", to: "customer", reason: null });
    expect(funnel.endToEnd.value?.toString()).toBe("0.01");
  });

  it("agrees with funnelConversionRate for each step", () => {
    const counts = { a: 7, b: 3, c: "2" };
    const funnel = funnelConversionRates(counts, ["a", "b", "c"]);
    expect(funnel.steps[0]?.value?.toString()).toBe(
      funnelConversionRate({ from: 7, to: 3 })?.toString(),
    );
    expect(funnel.endToEnd.value?.toString()).toBe(
      funnelConversionRate({ from: 7, to: 2 })?.toString(),
    );
  });

  it("accepts an object of counts with any Numeric", () => {
    const funnel = funnelConversionRates({ visit: 10n, signup: new KDecimal(4), paid: "1" }, [
      "visit",
      "signup",
      "paid",
    ]);
    expect(funnel.steps[1]?.value?.toString()).toBe("0.25");
  });

  it("gives null with zero_denominator after an empty stage", () => {
    const funnel = funnelConversionRates({ lead: 10, mql: 0, sql: 0 }, ["lead", "mql", "sql"]);
    expect(funnel.steps[0]?.value?.toString()).toBe("0");
    expect(funnel.steps[1]).toEqual({
      from: "mql",
      to: "sql",
      value: null,
      reason: "zero_denominator",
    });
    expect(funnel.endToEnd.value?.toString()).toBe("0");
  });

  it("does not read inherited properties as counts", () => {
    expectKpiError(
      () => funnelConversionRates({ lead: 1 }, ["lead", "toString"]),
      "missing_input",
      'funnelConversionRates: count of stage "toString" must be a non-negative integer count, received undefined',
    );
  });

  it("reports every bad count at once", () => {
    const error = expectKpiError(
      () => funnelConversionRates({ lead: -1, mql: "x" }, ["lead", "mql", "sql"]),
      "out_of_domain",
      '3 problems:\n  - funnelConversionRates: count of stage "lead" must be a non-negative integer count, received -1\n  - funnelConversionRates: count of stage "mql" must be a finite number, a plain decimal string such as "1234.56", a bigint or a Decimal, received "x"\n  - funnelConversionRates: count of stage "sql" must be a non-negative integer count, received undefined',
    );
    expect(error.issues.map((issue) => issue.path)).toEqual([
      ["counts", "lead"],
      ["counts", "mql"],
      ["counts", "sql"],
    ]);
  });

  it("rejects bad stages", () => {
    expectKpiError(
      () => funnelConversionRates({ lead: 1 }, ["lead"]),
      "invalid_argument",
      "funnelConversionRates: stages must be an array of at least two distinct stage names, received an array of length 1",
    );
    expectKpiError(
      () => funnelConversionRates({ lead: 1 }, ["lead", "lead", ""]),
      "invalid_argument",
      '2 problems:\n  - funnelConversionRates: stages[1] must be a non-empty stage name that appears once, received "lead"\n  - funnelConversionRates: stages[2] must be a non-empty stage name that appears once, received ""',
    );
  });

  it("rejects counts that are not a Map or an object", () => {
    expectKpiError(
      // @ts-expect-error an array is not a counts object
      () => funnelConversionRates([1, 2], ["a", "b"]),
      "invalid_argument",
      "funnelConversionRates: counts must be a Map or an object of counts by stage name, received an array of length 2",
    );
  });
});
