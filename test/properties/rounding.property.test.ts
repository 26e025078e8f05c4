// Rounding agrees with a BigInt reference implementation for every mode, on random ties and on
// random values (test/core/round.test.ts checks halfExpand and halfEven on ties), and formatValue
// rounds the same way round() does.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { KDecimal } from "../../src/core/decimal.js";
import { formatValue, type RoundingMode, round } from "../../src/index.js";
import { scaledText } from "./support.js";

const MODES: readonly RoundingMode[] = [
  "ceil",
  "floor",
  "expand",
  "trunc",
  "halfCeil",
  "halfFloor",
  "halfExpand",
  "halfTrunc",
  "halfEven",
];

/**
 * The reference: `units / 10^scale` rounded to `places` decimals, returned as units of 10^-places.
 * Pure BigInt arithmetic: a quotient toward zero, and the remainder compared with half the divisor.
 */
function referenceRound(units: bigint, scale: number, places: number, mode: RoundingMode): bigint {
  if (places >= scale) return units * 10n ** BigInt(places - scale);
  const divisor = 10n ** BigInt(scale - places);
  const negative = units < 0n;
  const magnitude = negative ? -units : units;
  const quotient = magnitude / divisor;
  const remainder = magnitude % divisor;
  if (remainder === 0n) return negative ? -quotient : quotient;
  const twice = remainder * 2n;
  const half = twice === divisor ? 0 : twice > divisor ? 1 : -1; // tie, above half, below half
  // Whether to move away from zero (increment the magnitude).
  let away: boolean;
  switch (mode) {
    case "ceil":
      away = !negative;
      break;
    case "floor":
      away = negative;
      break;
    case "expand":
      away = true;
      break;
    case "trunc":
      away = false;
      break;
    default: {
      if (half !== 0) {
        away = half > 0;
        break;
      }
      const tieAway: Record<string, boolean> = {
        halfCeil: !negative,
        halfFloor: negative,
        halfExpand: true,
        halfTrunc: false,
        halfEven: quotient % 2n === 1n,
      };
      away = tieAway[mode] as boolean;
    }
  }
  const rounded = away ? quotient + 1n : quotient;
  return negative ? -rounded : rounded;
}

/** A value `units / 10^scale` and a number of places, half of the time an exact tie. */
const caseArbitrary = fc
  .record({
    magnitude: fc.bigInt({ min: 0n, max: 10n ** 30n }),
    negative: fc.boolean(),
    scale: fc.integer({ min: 0, max: 12 }),
    places: fc.integer({ min: 0, max: 12 }),
    tie: fc.boolean(),
  })
  .map(({ magnitude, negative, scale, places, tie }) => {
    let units = magnitude;
    if (tie && places < scale) {
      // Make the digits after `places` exactly 5 followed by zeros.
      const divisor = 10n ** BigInt(scale - places);
      units = (magnitude / divisor) * divisor + divisor / 2n;
    }
    return { units: negative ? -units : units, scale, places };
  });

describe("rounding", () => {
  it("round() agrees with the BigInt reference in all nine modes, and never returns -0", () => {
    fc.assert(
      fc.property(caseArbitrary, fc.constantFrom(...MODES), ({ units, scale, places }, mode) => {
        const text = scaledText(units, scale);
        const result = round(text, places, mode);
        const expected = new KDecimal(
          scaledText(referenceRound(units, scale, places, mode), places),
        );
        expect(result.toString()).toBe(expected.toString());
        expect(result.decimalPlaces()).toBeLessThanOrEqual(places);
        if (result.isZero()) expect(result.isNegative()).toBe(false);
      }),
    );
  });

  it("formatValue rounds like round(), in every mode (Intl reads the exact decimal text)", () => {
    fc.assert(
      fc.property(
        caseArbitrary.filter(
          ({ units, scale }) => (units < 0n ? -units : units) < 10n ** BigInt(15 + scale),
        ),
        fc.constantFrom(...MODES),
        ({ units, scale, places }, mode) => {
          const fractionDigits = Math.min(places, 12);
          const text = scaledText(units, scale);
          const formatted = formatValue(text, "count", {
            locale: "en-US",
            fractionDigits,
            roundingMode: mode,
          });
          const rounded = referenceRound(units, scale, fractionDigits, mode);
          // A negative value that rounds to zero prints as 0, never "-0" (as round() never returns -0).
          expect(formatted.replace(/,/g, "")).toBe(scaledText(rounded, fractionDigits));
        },
      ),
    );
  });
});
