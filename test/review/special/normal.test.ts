import { describe, expect, it } from "vitest";
import { normalCdf } from "../../../src/review/special/normalCdf.js";
import { normalQuantile } from "../../../src/review/special/normalQuantile.js";
import { expectKpiError } from "../../support/expectKpiError.js";

// Published tables: Abramowitz & Stegun, Handbook of Mathematical Functions (1964), Table 26.1
// gives P(x) = Φ(x) to 15 decimals (P(1) = 0.841344746068543, P(2) = 0.977249868051821 — the GNU
// Scientific Library's cdf tests quote the same digits from that table). The quantiles' published
// table is the row ν = ∞ of the t table in the NIST/SEMATECH e-Handbook of Statistical Methods,
// section 1.3.6.7.2: 1.282, 1.645, 1.960, 2.326, 2.576, 3.090 for p = 0.90, 0.95, 0.975, 0.99,
// 0.995, 0.999. The 15- and 30-digit values are references computed with mpmath 1.3 at 60 digits
// (ncdf, erfinv), agreeing with both tables.

describe("normalCdf", () => {
  it.each([
    ["1", "0.841344746068543"],
    ["2", "0.977249868051821"],
    ["3", "0.998650101968370"],
    ["1.5", "0.933192798731142"],
  ])("matches A&S table 26.1 at x = %s to 15 decimals", (x, table) => {
    expect(normalCdf(x).toFixed(15)).toBe(table);
  });

  it.each([
    ["1", "0.841344746068542948585232545632"],
    ["2", "0.977249868051820792799717362833"],
    ["3", "0.998650101968369905473348185232"],
    ["-1.5", "0.0668072012688580660044940409799"],
    ["0.25", "0.598706325682923724240853791581"],
    ["-6", "9.86587645037698140700864132398e-10"],
    ["10", "0.999999999999999999999992380147"],
    ["-40", "3.65589354091502970374898580269e-350"],
  ])("is correct to 30 significant digits at x = %s", (x, reference) => {
    expect(normalCdf(x).eq(reference)).toBe(true);
  });

  it("is exactly 1/2 at 0 and symmetric", () => {
    expect(normalCdf(0).toString()).toBe("0.5");
    expect(normalCdf("1.25").plus(normalCdf("-1.25")).eq(1)).toBe(true);
  });

  it("returns exact 0 and 1 far in the tails, without overflow or a huge string", () => {
    expect(normalCdf(-1e8).toString()).toBe("0");
    expect(normalCdf("1e300").toString()).toBe("1");
    expect(normalCdf(-80).toString()).toBe("0");
  });

  it("refuses what is not a number", () => {
    expectKpiError(() => normalCdf(Number.NaN), "invalid_number", { path: ["x"] });
    expectKpiError(() => normalCdf("abc"), "invalid_number");
  });
});

describe("normalQuantile", () => {
  it.each([
    ["0.8", "0.841621233572914"],
    ["0.9", "1.281551565544600"],
    ["0.95", "1.644853626951473"],
    ["0.975", "1.959963984540054"],
    ["0.99", "2.326347874040841"],
    ["0.995", "2.575829303548901"],
    ["0.999", "3.090232306167814"],
    ["0.9995", "3.290526731491895"],
  ])("matches the mpmath quantile for p = %s to 15 decimals", (p, table) => {
    expect(normalQuantile(p).toFixed(15)).toBe(table);
  });

  it.each([
    ["0.9", "1.282"],
    ["0.95", "1.645"],
    ["0.975", "1.960"],
    ["0.99", "2.326"],
    ["0.995", "2.576"],
    ["0.999", "3.090"],
  ])("matches the NIST/SEMATECH table (row ∞) at p = %s", (p, table) => {
    expect(normalQuantile(p).toFixed(3)).toBe(table);
  });

  it.each([
    ["0.975", "1.95996398454005423552459443052"],
    ["0.995", "2.5758293035489007609785767486"],
    ["0.9995", "3.29052673149189479322162703537"],
    ["0.5000001", "0.000000250662827463102675176567482275"],
    ["1e-10", "-6.36134090240405620469537582827"],
    ["1e-300", "-37.0470962993611992372229625079"],
    ["0.05", "-1.64485362695147271486384890799"],
  ])("is correct to 30 significant digits at p = %s", (p, reference) => {
    expect(normalQuantile(p).eq(reference)).toBe(true);
  });

  it("inverts normalCdf", () => {
    for (const p of ["0.001", "0.2", "0.5", "0.7", "0.999999"]) {
      expect(normalCdf(normalQuantile(p)).minus(p).abs().lt("1e-28")).toBe(true);
    }
  });

  it("reaches p = 1e-1000, the smallest a Numeric can hold", () => {
    expect(normalQuantile("1e-1000").toFixed(10)).toBe("-67.7856855966");
  });

  it("refuses p outside (0, 1)", () => {
    for (const p of [0, 1, -0.5, 2]) {
      expectKpiError(
        () => normalQuantile(p),
        "out_of_domain",
        `normalQuantile: p must be a probability strictly between 0 and 1, received ${p}`,
      );
    }
    expectKpiError(() => normalQuantile(Number.POSITIVE_INFINITY), "invalid_number");
  });
});
