import { describe, expect, it } from "vitest";
import { studentTCdf } from "../../../src/review/special/studentTCdf.js";
import { studentTQuantile } from "../../../src/review/special/studentTQuantile.js";
import { expectKpiError } from "../../support/expectKpiError.js";

// Closed forms: with 1 degree of freedom (Cauchy) t_p = tan(π(p − ½)); with 2,
// t_p = (2p − 1)/√(2p(1 − p)). Published table: the upper critical values of Student's t in the
// NIST/SEMATECH e-Handbook of Statistical Methods, section 1.3.6.7.2 (3 decimals; checked 2026):
// t_0.975,10 = 2.228, t_0.995,30 = 2.750, t_0.975,100 = 1.984, t_0.975,9 = 2.262,
// t_0.95,24 = 1.711, t_0.99,20 = 2.528, t_0.999,5 = 5.893. The 30-digit values are references
// computed with mpmath 1.3 at 60 digits.

describe("studentTQuantile", () => {
  it("matches the closed forms for 1 and 2 degrees of freedom", () => {
    // tan(0.475π) = 12.7062047361747046460216799788...
    expect(studentTQuantile("0.975", 1).toString()).toBe("12.7062047361747046460216799788");
    // 0.95/√0.04875 = 4.30265272974946385232094389262...
    expect(studentTQuantile("0.975", 2).toString()).toBe("4.30265272974946385232094389262");
  });

  it.each([
    ["0.975", 10, "2.228"],
    ["0.995", 30, "2.750"],
    ["0.975", 100, "1.984"],
    ["0.975", 9, "2.262"],
    ["0.95", 24, "1.711"],
    ["0.99", 20, "2.528"],
    ["0.999", 5, "5.893"],
  ])("matches the t table at p = %s, ν = %i", (p, degrees, table) => {
    expect(studentTQuantile(p, degrees).toFixed(3)).toBe(table);
  });

  it.each([
    ["0.975", "10", "2.2281388519862747483954906632"],
    ["0.995", "30", "2.74999565356722533240053200238"],
    ["0.95", "24.5", "1.70948237541229869611965967755"],
    ["0.975", "1000", "1.9623390808264084849985804367"],
  ])("is correct to 30 significant digits at p = %s, ν = %s", (p, degrees, reference) => {
    expect(studentTQuantile(p, degrees).eq(reference)).toBe(true);
  });

  it("is antisymmetric and 0 at the median", () => {
    expect(studentTQuantile("0.5", 7).toString()).toBe("0");
    expect(studentTQuantile("0.1", 7).plus(studentTQuantile("0.9", 7)).isZero()).toBe(true);
  });

  it("refuses p outside (0, 1) and degrees outside (0, 10^7]", () => {
    expectKpiError(() => studentTQuantile(1, 5), "out_of_domain", { path: ["p"] });
    expectKpiError(() => studentTQuantile("0.9", 0), "out_of_domain", {
      path: ["degreesOfFreedom"],
    });
  });
});

describe("studentTCdf", () => {
  it.each([
    ["2.5", "3", "0.956146676495967226374875286351"],
    ["-1.2", "7.5", "0.133334461396611022291841790764"],
    ["0.1", "1000", "0.53981781548819793444000663666"],
  ])("is correct to 30 significant digits at t = %s, ν = %s", (t, degrees, reference) => {
    expect(studentTCdf(t, degrees).eq(reference)).toBe(true);
  });

  it("is the Cauchy distribution with one degree of freedom", () => {
    expect(studentTCdf(1, 1).toString()).toBe("0.75");
    expect(studentTCdf(0, 3).toString()).toBe("0.5");
  });

  it("refuses what is not a number", () => {
    expectKpiError(() => studentTCdf(Number.NaN, 3), "invalid_number");
    expectKpiError(() => studentTCdf(1, "1e8"), "out_of_domain");
  });
});
