// Found by the trust suites (see docs/reliability.md): each case failed before its fix.
import { describe, expect, it } from "vitest";
import { isPaceable, salesRevenue } from "../../src/index.js";

describe("isPaceable against hostile input", () => {
  it("is false, not a TypeError, for what is not a metric", () => {
    for (const value of [Number.NaN, null, undefined, "sales_revenue", {}]) {
      expect(isPaceable(value as never)).toBe(false);
    }
    expect(isPaceable(salesRevenue)).toBe(true);
  });
});
