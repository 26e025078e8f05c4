import { describe, expect, it } from "vitest";
import { shareInterval } from "../../src/review/shareInterval.js";
import { expectKpiError } from "../support/expectKpiError.js";

// Newcombe R. G. (1998), "Two-sided confidence intervals for the single proportion: comparison of
// seven methods", Statistics in Medicine 17:857–872, Table I: examples (a) 81/263, (b) 15/148,
// (c) 0/20, (d) 1/29 at 95 %, to 4 decimals; method 3 is Wilson's score interval (no continuity
// correction), method 5 Clopper–Pearson ("exact"). The paper's table is not freely readable; the
// figures were checked (2026) against independent reproductions of it: the test suite of the R
// package ratesci (P. J. Laud), "Single proportion, Newcombe examples" — exactci 0.0578–0.1617,
// 0–0.1684, 0.0009–0.1776 and wilsonci 0.0624–0.1605, 0–0.1611, 0.0061–0.1718 for (b)–(d) — and
// the R package propint's test "ci.one.prop produces the results reported in Newcombe1998"
// (81/263: 0.2553–0.3662, 15/148: 0.0624–0.1605).

describe("shareInterval", () => {
  it.each([
    [81, 263, "0.2553", "0.3662"],
    [15, 148, "0.0624", "0.1605"],
    [0, 20, "0.0000", "0.1611"],
    [1, 29, "0.0061", "0.1718"],
  ])("Wilson reproduces Newcombe 1998 table I for %i/%i", (x, n, lower, upper) => {
    const interval = shareInterval({ successes: x, n });
    expect(interval.method).toBe("wilson");
    expect(interval.lower?.toFixed(4)).toBe(lower);
    expect(interval.upper?.toFixed(4)).toBe(upper);
  });

  it.each([
    [81, 263, "0.2527", "0.3676"],
    [15, 148, "0.0578", "0.1617"],
    [0, 20, "0.0000", "0.1684"],
    [1, 29, "0.0009", "0.1776"],
  ])("Clopper–Pearson reproduces Newcombe 1998 table I for %i/%i", (x, n, lower, upper) => {
    const interval = shareInterval({ successes: x, n }, { method: "clopper_pearson" });
    expect(interval.lower?.toFixed(4)).toBe(lower);
    expect(interval.upper?.toFixed(4)).toBe(upper);
  });

  // Jeffreys: Beta(x + ½, n − x + ½) quantiles, lower 0 at x = 0, upper 1 at x = n (Brown, Cai &
  // DasGupta 2001, Statistical Science 16:101–133, section 4.1.2). No table of it for these counts
  // was found, so the references are SciPy 1.17 beta.ppf, checked to agree with mpmath.
  it.each([
    [81, 263, "0.254522", "0.365647"],
    [15, 148, "0.060449", "0.157643"],
    [0, 20, "0.000000", "0.116639"],
    [1, 29, "0.003746", "0.150078"],
  ])("Jeffreys for %i/%i", (x, n, lower, upper) => {
    const interval = shareInterval({ successes: x, n }, { method: "jeffreys" });
    expect(interval.lower?.toFixed(6)).toBe(lower);
    expect(interval.upper?.toFixed(6)).toBe(upper);
  });

  it("gives the Wilson bounds to 20 decimal places, rounded outward", () => {
    // 81/263: 0.255288519878274225774718..., 0.3662095769828000701473834...
    const interval = shareInterval({ successes: 81, n: 263 });
    expect(interval.lower?.toString()).toBe("0.25528851987827422577");
    expect(interval.upper?.toString()).toBe("0.36620957698280007015");
    expect(interval.estimate?.toString()).toBe("0.30798479087452471483");
  });

  it("clamps to [0, 1] exactly at the ends", () => {
    expect(shareInterval({ successes: 0, n: 20 }).lower?.toString()).toBe("0");
    expect(shareInterval({ successes: 20, n: 20 }).upper?.toString()).toBe("1");
    expect(shareInterval({ successes: 20, n: 20 }, { method: "jeffreys" }).upper?.toString()).toBe(
      "1",
    );
  });

  it("narrows as the confidence falls", () => {
    const wide = shareInterval({ successes: 30, n: 100 }, { confidence: "0.99" });
    const narrow = shareInterval({ successes: 30, n: 100 }, { confidence: "0.8" });
    expect(narrow.lower?.gt(wide.lower ?? 0)).toBe(true);
    expect(narrow.upper?.lt(wide.upper ?? 1)).toBe(true);
    expect(narrow.confidence.toString()).toBe("0.8");
  });

  it("flags small samples with the reason and the minimum", () => {
    expect(shareInterval({ successes: 1, n: 29 }).smallSample).toEqual({
      flag: true,
      reason: "few_successes",
      minimum: 5,
    });
    expect(shareInterval({ successes: 27, n: 29 }).smallSample.reason).toBe("few_failures");
    expect(shareInterval({ successes: 15, n: 148 }).smallSample.flag).toBe(false);
    expect(shareInterval({ successes: 15, n: 148 }, { minimum: 20 }).smallSample).toEqual({
      flag: true,
      reason: "few_successes",
      minimum: 20,
    });
  });

  it("gives null with a reason for n = 0", () => {
    const empty = shareInterval({ successes: 0, n: 0 });
    expect(empty).toMatchObject({ estimate: null, lower: null, upper: null, reason: "no_data" });
    expect(empty.smallSample.reason).toBe("no_data");
  });

  it("accepts Wilson for a huge n", () => {
    const interval = shareInterval({ successes: "4000000000000", n: "9000000000000" });
    expect(interval.lower?.lt(interval.upper ?? 0)).toBe(true);
  });

  it("refuses hostile input", () => {
    expectKpiError(
      () => shareInterval({ successes: -1, n: 10 }),
      "out_of_domain",
      "shareInterval: counts.successes must be a non-negative integer count (at most 9007199254740991), received -1",
    );
    expectKpiError(() => shareInterval({ successes: 1.5, n: 10 }), "out_of_domain");
    expectKpiError(() => shareInterval({ successes: Number.NaN, n: 10 }), "invalid_number");
    expectKpiError(
      () => shareInterval({ successes: 11, n: 10 }),
      "inconsistent_inputs",
      "shareInterval: counts.successes must be a count at most n (10), received 11",
    );
    for (const confidence of [0, 1, -1, "1.5", "0.9999999999"]) {
      expectKpiError(
        () => shareInterval({ successes: 1, n: 10 }, { confidence }),
        "invalid_option",
        {
          path: ["options", "confidence"],
        },
      );
    }
    expectKpiError(
      // @ts-expect-error an unknown method
      () => shareInterval({ successes: 1, n: 10 }, { method: "wald" }),
      "invalid_option",
      { path: ["options", "method"] },
    );
    expectKpiError(
      () => shareInterval({ successes: 1, n: "20000000" }, { method: "jeffreys" }),
      "out_of_domain",
      { path: ["counts", "n"] },
    );
    // @ts-expect-error not an object
    expectKpiError(() => shareInterval(null), "invalid_argument", { path: ["counts"] });
  });
});
