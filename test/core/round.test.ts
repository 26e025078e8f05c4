import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { KpiError } from "../../src/core/errors.js";
import { type RoundingMode, round } from "../../src/core/round.js";

describe("round", () => {
  it("rounds ties half away from zero by default", () => {
    expect(round("2.345", 2).toString()).toBe("2.35");
    expect(round("-2.345", 2).toString()).toBe("-2.35");
    expect(round("2.5").toString()).toBe("3");
    expect(round("-2.5").toString()).toBe("-3");
    // A float would give 1.00 here: 1.005 is 1.00499999999999989... as a double.
    expect(round("1.005", 2).toString()).toBe("1.01");
  });

  it.each<[RoundingMode, string, string]>([
    ["halfExpand", "2.35", "-2.35"],
    ["halfEven", "2.34", "-2.34"],
    ["halfTrunc", "2.34", "-2.34"],
    ["halfCeil", "2.35", "-2.34"],
    ["halfFloor", "2.34", "-2.35"],
    ["ceil", "2.35", "-2.34"],
    ["floor", "2.34", "-2.35"],
    ["expand", "2.35", "-2.35"],
    ["trunc", "2.34", "-2.34"],
  ])("%s on the tie 2.345", (mode, positive, negative) => {
    expect(round("2.345", 2, mode).toString()).toBe(positive);
    expect(round("-2.345", 2, mode).toString()).toBe(negative);
  });

  it.each<[RoundingMode, string, string]>([
    ["halfExpand", "2.36", "-2.36"],
    ["halfEven", "2.36", "-2.36"],
    ["halfTrunc", "2.35", "-2.35"],
    ["halfCeil", "2.36", "-2.35"],
    ["halfFloor", "2.35", "-2.36"],
  ])("%s on the tie 2.355, whose kept digit is odd", (mode, positive, negative) => {
    // 2.345 keeps an even digit, so half-even and half-trunc agree there; 2.355 tells them apart.
    expect(round("2.355", 2, mode).toString()).toBe(positive);
    expect(round("-2.355", 2, mode).toString()).toBe(negative);
  });

  it("rounds half-even ties to the even digit", () => {
    expect(round("2.355", 2, "halfEven").toString()).toBe("2.36");
    expect(round("0.5", 0, "halfEven").toString()).toBe("0");
    expect(round("1.5", 0, "halfEven").toString()).toBe("2");
  });

  it("never returns negative zero", () => {
    expect(Object.is(round("-0.001", 2).toNumber(), 0)).toBe(true);
  });

  it("rejects bad places and modes", () => {
    for (const places of [-1, 1.5, 101, Number.NaN]) {
      expect(() => round(1, places)).toThrow(KpiError);
    }
    expect(() => round(1, 2, "bankers" as RoundingMode)).toThrowError(/round: mode must be one of/);
  });

  it("agrees with an integer reference on random ties (property)", () => {
    // A tie is s * (10m + 5) / 10^(p+1). Half away from zero gives s * (m + 1) / 10^p;
    // half-even gives s * (m or m + 1, whichever is even) / 10^p; half toward zero s * m / 10^p.
    const text = (units: bigint, scale: number): string => {
      const negative = units < 0n;
      const digits = (negative ? -units : units).toString().padStart(scale + 1, "0");
      const body = scale === 0 ? digits : `${digits.slice(0, -scale)}.${digits.slice(-scale)}`;
      return negative ? `-${body}` : body;
    };
    fc.assert(
      fc.property(
        fc.bigInt({ min: 0n, max: 10n ** 20n }),
        fc.integer({ min: 0, max: 8 }),
        fc.boolean(),
        (m, places, negative) => {
          const sign = negative ? -1n : 1n;
          const tie = text(sign * (10n * m + 5n), places + 1);
          const expand = text(sign * (m + 1n), places);
          const even = text(sign * (m % 2n === 0n ? m : m + 1n), places);
          const trunc = text(sign * m, places);
          // Toward +∞ a positive tie goes up and a negative one toward zero; toward −∞ the reverse.
          const ceil = text(negative ? -m : m + 1n, places);
          const floor = text(negative ? -(m + 1n) : m, places);
          expect(round(tie, places).eq(expand)).toBe(true);
          expect(round(tie, places, "halfEven").eq(even)).toBe(true);
          expect(round(tie, places, "halfTrunc").eq(trunc)).toBe(true);
          expect(round(tie, places, "halfCeil").eq(ceil)).toBe(true);
          expect(round(tie, places, "halfFloor").eq(floor)).toBe(true);
        },
      ),
    );
  });
});
