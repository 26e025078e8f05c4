import { describe, expect, it } from "vitest";
import { compareMeans } from "../../src/review/compareMeans.js";
import { compareNps } from "../../src/review/compareNps.js";
import { compareShares } from "../../src/review/compareShares.js";
import { compareWithTarget } from "../../src/review/compareWithTarget.js";
import { formatDifference } from "../../src/review/formatDifference.js";
import { momentState } from "../../src/review/momentState.js";
import { shareInterval } from "../../src/review/shareInterval.js";
import { significanceLabel } from "../../src/review/significanceLabel.js";
import { targetPositionLabel } from "../../src/review/targetPositionLabel.js";
import { expectKpiError } from "../support/expectKpiError.js";

describe("compareShares", () => {
  // Newcombe R. G. (1998), "Interval estimation for the difference between independent
  // proportions: comparison of eleven methods", Statistics in Medicine 17:873–890, Table II,
  // method 10 (hybrid score, no continuity correction), examples (a)–(h), 95 %, to 4 decimals.
  // Checked (2026) against reproductions of the table: the R package propint's test
  // "ci.two.indep.props produces the results reported in Newcombe1998" ((a) 0.0524–0.3339,
  // (b) 0.1705–0.8090), and a published test suite listing all eight rows as below.
  it.each([
    [56, 70, 48, 80, "0.0524", "0.3339"],
    [9, 10, 3, 10, "0.1705", "0.8090"],
    [6, 7, 2, 7, "0.0582", "0.8062"],
    [5, 56, 0, 29, "-0.0381", "0.1926"],
    [0, 10, 0, 20, "-0.1611", "0.2775"],
    [0, 10, 0, 10, "-0.2775", "0.2775"],
    [10, 10, 0, 20, "0.6791", "1.0000"],
    [10, 10, 0, 10, "0.6075", "1.0000"],
  ])("reproduces Newcombe 1998 table II for %i/%i − %i/%i", (x1, n1, x2, n2, lower, upper) => {
    const change = compareShares({ from: { successes: x2, n: n2 }, to: { successes: x1, n: n1 } });
    expect(change.lower?.toFixed(4)).toBe(lower);
    expect(change.upper?.toFixed(4)).toBe(upper);
    expect(change.verdict).toBe(
      change.lower?.gt(0) || change.upper?.lt(0) ? "significant" : "within_noise",
    );
  });

  it("is antisymmetric", () => {
    const up = compareShares({ from: { successes: 3, n: 10 }, to: { successes: 9, n: 10 } });
    const down = compareShares({ from: { successes: 9, n: 10 }, to: { successes: 3, n: 10 } });
    expect(up.estimate?.neg().eq(down.estimate ?? 0)).toBe(true);
    expect(up.lower?.neg().toFixed(18)).toBe(down.upper?.toFixed(18));
  });

  it("is null with a reason when a side is empty", () => {
    const change = compareShares({ from: { successes: 0, n: 0 }, to: { successes: 3, n: 10 } });
    expect(change).toMatchObject({ estimate: null, verdict: null, reason: "no_data" });
    expect(change.to?.toString()).toBe("0.3");
  });

  it("refuses hostile input with the side's path", () => {
    expectKpiError(
      () => compareShares({ from: { successes: 5, n: 4 }, to: { successes: 1, n: 2 } }),
      "inconsistent_inputs",
      { path: ["samples", "from", "successes"] },
    );
    expectKpiError(
      () =>
        compareShares(
          { from: { successes: 1, n: 4 }, to: { successes: 1, n: 2 } },
          { confidence: 1 },
        ),
      "invalid_option",
    );
  });
});

describe("compareNps", () => {
  it("combines the standard errors (hand-computed)", () => {
    // from: 40/40/20 → NPS 20, SE² = 100²·(0.6 − 0.04)/100 = 56; to: 47/40/13 → NPS 34,
    // SE² = 100²·(0.6 − 0.1156)/100 = 48.44; SE = √104.44 = 10.21959..., ± 20.0300...
    const change = compareNps({
      from: { promoters: 40, passives: 40, detractors: 20 },
      to: { promoters: 47, passives: 40, detractors: 13 },
    });
    expect(change.estimate?.toString()).toBe("14");
    expect(change.upper?.minus(14).toFixed(4)).toBe("20.0300");
    expect(change.verdict).toBe("within_noise");
    const big = compareNps({
      from: { promoters: 400, passives: 400, detractors: 200 },
      to: { promoters: 470, passives: 400, detractors: 130 },
    });
    expect(big.verdict).toBe("significant");
  });

  it("is null without answers on a side", () => {
    expect(
      compareNps({
        from: { promoters: 0, passives: 0, detractors: 0 },
        to: { promoters: 1, passives: 0, detractors: 0 },
      }).reason,
    ).toBe("no_data");
  });
});

describe("compareMeans", () => {
  // Wikipedia, "Welch's t-test", section Examples, example 1 (A1, A2 below, 15 values each):
  // t = −2.46, ν ≈ 24.99, p = 0.021. The same data and p = 0.021 are in Microsoft's Azure Data
  // Explorer documentation of welch_test(). Computed exactly from the data (rational arithmetic,
  // Python fractions): t = −2.4553563983, ν = 24.9885292902. (MathPHP's README prints
  // t = −2.45536003, ν = 24.98852707, two-tailed p = 0.0213778: it rounds the standard deviations
  // to 7 digits first, so it agrees with the exact values to 5 decimals only.)
  const a1 = [
    27.5, 21.0, 19.0, 23.6, 17.0, 17.9, 16.9, 20.1, 21.9, 22.6, 23.1, 19.6, 19.0, 21.7, 21.4,
  ];
  const a2 = [
    27.1, 22.0, 20.8, 23.4, 23.4, 23.5, 25.8, 22.0, 24.8, 20.2, 21.9, 22.1, 22.9, 20.5, 24.4,
  ];

  it("reproduces the Welch example", () => {
    const change = compareMeans({ from: momentState(a2), to: momentState(a1) });
    expect(change.statistic?.toFixed(2)).toBe("-2.46");
    expect(change.degreesOfFreedom?.toFixed(2)).toBe("24.99");
    expect(change.pValue?.toFixed(3)).toBe("0.021");
    // the exact values, and MathPHP's to 5 decimals
    expect(change.statistic?.toFixed(10)).toBe("-2.4553563983");
    expect(change.degreesOfFreedom?.toFixed(10)).toBe("24.9885292902");
    expect(change.pValue?.toFixed(5)).toBe("0.02138");
    expect(change.verdict).toBe("significant");
    expect(change.upper?.lt(0)).toBe(true);
    // not significant at 99 %: p = 0.021 > 0.01
    expect(
      compareMeans({ from: momentState(a2), to: momentState(a1) }, { confidence: "0.99" }).verdict,
    ).toBe("within_noise");
  });

  it("is null for an empty side or a single answer", () => {
    expect(compareMeans({ from: momentState([]), to: momentState([1, 2]) }).reason).toBe("no_data");
    expect(compareMeans({ from: momentState([3]), to: momentState([1, 2]) }).reason).toBe(
      "single_observation",
    );
  });

  it("collapses to the difference when neither side varies", () => {
    const change = compareMeans({ from: momentState([4, 4]), to: momentState([5, 5]) });
    expect(change.lower?.toString()).toBe("1");
    expect(change.smallSample.reason).toBe("no_variation");
  });
});

describe("compareWithTarget", () => {
  it("says whether the interval excludes the target", () => {
    expect(compareWithTarget(shareInterval({ successes: 18, n: 60 }), "0.35").position).toBe(
      "within_noise",
    );
    expect(compareWithTarget(shareInterval({ successes: 180, n: 600 }), "0.35").position).toBe(
      "below",
    );
    expect(compareWithTarget({ lower: "0.4", upper: "0.5" }, "0.35").position).toBe("above");
    expect(compareWithTarget(shareInterval({ successes: 0, n: 0 }), "0.35").position).toBe(null);
  });

  it("refuses a reversed or malformed interval", () => {
    expectKpiError(() => compareWithTarget({ lower: "0.5", upper: "0.4" }, 0), "invalid_argument");
    // @ts-expect-error not an interval
    expectKpiError(() => compareWithTarget({ lower: {}, upper: 1 }, 0), "invalid_argument");
  });
});

describe("labels and formatting", () => {
  it("labels verdicts and positions in both languages", () => {
    expect(significanceLabel("significant", "en")).toBe("significant");
    expect(significanceLabel("within_noise")).toBe("tidak berbeda nyata");
    expect(targetPositionLabel("above")).toBe("nyata di atas target");
    // @ts-expect-error an unknown verdict
    expectKpiError(() => significanceLabel("maybe"), "invalid_argument");
    // @ts-expect-error an unknown locale
    expectKpiError(() => significanceLabel("significant", "fr"), "invalid_option");
  });

  it("formats +7 ± 9 with the locale's separators, never understating the margin", () => {
    expect(formatDifference({ estimate: 7, lower: "-1.5", upper: "15.2" })).toBe("+7 ± 9");
    expect(formatDifference({ estimate: "-7.25", lower: "-16", upper: "1" }, { places: 1 })).toBe(
      "-7,3 ± 8,8",
    );
    expect(
      formatDifference({ estimate: "1234.5", lower: "0", upper: "2469" }, { locale: "en" }),
    ).toBe("+1,235 ± 1,235");
    expect(formatDifference({ estimate: "1234.5", lower: "0", upper: "2469" })).toBe(
      "+1.235 ± 1.235",
    );
    expect(formatDifference({ estimate: 0, lower: -1, upper: 1 })).toBe("0 ± 1");
    expect(formatDifference({ estimate: null, lower: null, upper: null })).toBe(null);
    expectKpiError(
      () => formatDifference({ estimate: 1, lower: 0, upper: 2 }, { places: 30 }),
      "invalid_option",
    );
    expectKpiError(
      () => formatDifference({ estimate: 1, lower: 0, upper: 2 }, { scale: 0 }),
      "invalid_option",
    );
  });
});
