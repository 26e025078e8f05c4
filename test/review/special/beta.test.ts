import { describe, expect, it } from "vitest";
import { betaCdf } from "../../../src/review/special/betaCdf.js";
import { betaQuantile } from "../../../src/review/special/betaQuantile.js";
import { expectKpiError } from "../../support/expectKpiError.js";

// Closed forms: I_x(a, 1) = x^a, I_x(1, b) = 1 − (1 − x)^b, I_x(1/2, 1/2) = (2/π)·asin(√x),
// I_x(2, 2) = 3x² − 2x³, and I_½(a, a) = ½. A published table: the Jeffreys posterior
// probabilities P(p > 0.5) = 1 − I_½(n + ½, ½) after n successes in a row, 0.8183, 0.9244,
// 0.9669, 0.9850, 0.9931 for n = 1 to 5 (github.com/rnburn/bbai, README notebook on Bayes'
// "Essay towards solving a Problem in the Doctrine of Chances", section "A bunch of 1s", column
// "Probability p > 0.5 (Jeffreys)"; checked 2026). The 30-digit values are references computed
// with mpmath 1.3 at 60 digits (betainc, findroot).

describe("betaCdf", () => {
  it("matches the closed forms", () => {
    expect(betaCdf("0.25", 2, 2).toString()).toBe("0.15625");
    expect(betaCdf("0.3", 3, 1).toString()).toBe("0.027");
    expect(betaCdf("0.3", 1, 3).toString()).toBe("0.657");
    // (2/π)·asin(√0.5) = 1/2
    expect(betaCdf("0.5", "0.5", "0.5").toString()).toBe("0.5");
    expect(betaCdf("0.5", 1000000, 1000000).toString()).toBe("0.5");
  });

  it.each([
    [1, "0.8183"],
    [2, "0.9244"],
    [3, "0.9669"],
    [4, "0.9850"],
    [5, "0.9931"],
  ])("reproduces the Jeffreys posterior table after %i successes", (n, table) => {
    expect(
      betaCdf("0.5", n + 0.5, "0.5")
        .neg()
        .plus(1)
        .toFixed(4),
    ).toBe(table);
  });

  it.each([
    ["0.3", "81.5", "182.5", "0.385622940505606124904958121065"],
    ["0.001", "0.5", "20.5", "0.159539303040165027230530317326"],
    ["0.999", "300", "2.5", "0.987920709618391228457966191419"],
  ])("is correct to 30 significant digits at x = %s, a = %s, b = %s", (x, a, b, reference) => {
    expect(betaCdf(x, a, b).eq(reference)).toBe(true);
  });

  it("is 0 and 1 at the ends", () => {
    expect(betaCdf(0, 2, 3).toString()).toBe("0");
    expect(betaCdf(1, 2, 3).toString()).toBe("1");
  });

  it("refuses x outside [0, 1] and shapes outside (0, 10^7]", () => {
    expectKpiError(() => betaCdf("1.5", 2, 2), "out_of_domain", { path: ["x"] });
    expectKpiError(() => betaCdf("0.5", 0, 2), "out_of_domain", { path: ["a"] });
    expectKpiError(
      () => betaCdf("0.5", 2, "1e8"),
      "out_of_domain",
      'betaCdf: b must be a positive shape parameter of at most 10000000, received "1e8"',
    );
  });
});

describe("betaQuantile", () => {
  it("matches the closed forms", () => {
    // Beta(1, 2): 1 − √(1 − p); Beta(1/2, 1/2): sin²(πp/2)
    expect(betaQuantile("0.5", 1, 2).toString()).toBe("0.292893218813452475599155637895");
    expect(betaQuantile("0.3", "0.5", "0.5").toString()).toBe("0.20610737385376343541564702268");
    expect(betaQuantile("0.5", 1000000, 1000000).toString()).toBe("0.5");
  });

  it.each([
    ["0.025", "81.5", "182.5", "0.254521934991023472341495848393"],
    ["0.975", "0.5", "20.5", "0.116638982904875426637269090632"],
    ["0.00000001", "2", "3", "0.0000408259402160924094419190627167"],
    ["0.975", "82", "182", "0.367621922601351364646185979382"],
  ])("is correct to 30 significant digits at p = %s, a = %s, b = %s", (p, a, b, reference) => {
    expect(betaQuantile(p, a, b).eq(reference)).toBe(true);
  });

  it("inverts betaCdf", () => {
    for (const [p, a, b] of [
      ["0.01", "3", "40"],
      ["0.9", "0.5", "0.5"],
      ["0.4", "12.5", "1.5"],
    ] as const) {
      expect(
        betaCdf(betaQuantile(p, a, b), a, b)
          .minus(p)
          .abs()
          .lt("1e-28"),
      ).toBe(true);
    }
  });

  it("is 0 and 1 at p = 0 and p = 1", () => {
    expect(betaQuantile(0, 2, 3).toString()).toBe("0");
    expect(betaQuantile(1, 2, 3).toString()).toBe("1");
  });

  it("refuses p outside [0, 1]", () => {
    expectKpiError(() => betaQuantile(-0.1, 2, 3), "out_of_domain", { path: ["p"] });
    expectKpiError(() => betaQuantile("0.5", 2, -3), "out_of_domain", { path: ["b"] });
  });
});
