import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type Decimal, KDecimal } from "../../src/core/decimal.js";
import type { MetricDirection } from "../../src/model/types.js";
import { evaluate } from "../../src/target/evaluate.js";

// Exact decimals with up to 4 fraction digits, as strings (no float noise in the inputs).
const decimal = fc
  .tuple(fc.integer({ min: -1_000_000_000, max: 1_000_000_000 }), fc.integer({ min: 0, max: 4 }))
  .map(([units, places]) => new KDecimal(units).div(10 ** places).toString());
const positive = fc
  .tuple(fc.integer({ min: 1, max: 1_000_000_000 }), fc.integer({ min: 0, max: 4 }))
  .map(([units, places]) => new KDecimal(units).div(10 ** places).toString());
const direction = fc.constantFrom<MetricDirection>(
  "higher_is_better",
  "lower_is_better",
  "neutral",
);
const formula = fc.constantFrom<"inverse" | "linear">("inverse", "linear");

describe("evaluate: properties", () => {
  it("swapping actual and target flips the sign of the variance", () => {
    fc.assert(
      fc.property(decimal, decimal, direction, (a, b, dir) => {
        const forward = evaluate({ direction: dir, actual: a, target: b });
        const backward = evaluate({ direction: dir, actual: b, target: a });
        expect(forward.variance?.neg().eq(backward.variance as Decimal)).toBe(true);
      }),
    );
  });

  it("favorable agrees with status under the default bands (favorable ⇔ on track)", () => {
    fc.assert(
      fc.property(
        decimal,
        decimal,
        fc.constantFrom<MetricDirection>("higher_is_better", "lower_is_better"),
        formula,
        (actual, target, dir, attainment) => {
          const evaluation = evaluate({
            direction: dir,
            actual,
            target,
            ...(dir === "lower_is_better" ? { attainment } : {}),
          });
          expect(evaluation.favorable).toBe(evaluation.status === "on_track");
        },
      ),
    );
  });

  it("favorable agrees with status for range targets (inside ⇔ on track)", () => {
    fc.assert(
      fc.property(decimal, decimal, decimal, direction, (actual, x, y, dir) => {
        const [min, max] = new KDecimal(x).lte(y) ? [x, y] : [y, x];
        const evaluation = evaluate({ direction: dir, actual, target: { min, max } });
        expect(evaluation.favorable).toBe(evaluation.status === "on_track");
        expect(evaluation.variance?.isZero()).toBe(evaluation.favorable);
      }),
    );
  });

  it("inside a range is on track with any valid threshold bands", () => {
    fc.assert(
      fc.property(
        decimal,
        decimal,
        decimal,
        positive,
        positive,
        direction,
        (a, x, y, p, q, dir) => {
          const [min, max] = new KDecimal(x).lte(y) ? [x, y] : [y, x];
          const [atRisk, onTrack] = new KDecimal(p).lte(q) ? [p, q] : [q, p];
          // An actual inside [min, max]: min + (max − min) × a', with a' in [0, 1].
          const share = new KDecimal(a).abs().mod(1);
          const actual = new KDecimal(max).minus(min).times(share).plus(min);
          const evaluation = evaluate({
            direction: dir,
            actual,
            target: { min, max },
            bands: { onTrack, atRisk },
          });
          expect(evaluation.status).toBe("on_track");
        },
      ),
    );
  });

  it("attainment is monotone in the actual for higher-is-better (positive target)", () => {
    fc.assert(
      fc.property(decimal, decimal, positive, (a, b, target) => {
        const [low, high] = new KDecimal(a).lte(b) ? [a, b] : [b, a];
        const lower = evaluate({ direction: "higher_is_better", actual: low, target });
        const higher = evaluate({ direction: "higher_is_better", actual: high, target });
        expect((lower.attainment as Decimal).lte(higher.attainment as Decimal)).toBe(true);
      }),
    );
  });

  it("attainment is antitone in the actual for lower-is-better (positive values)", () => {
    fc.assert(
      fc.property(positive, positive, positive, formula, (a, b, target, attainment) => {
        const [low, high] = new KDecimal(a).lte(b) ? [a, b] : [b, a];
        const lower = evaluate({ direction: "lower_is_better", actual: low, target, attainment });
        const higher = evaluate({ direction: "lower_is_better", actual: high, target, attainment });
        expect((lower.attainment as Decimal).gte(higher.attainment as Decimal)).toBe(true);
      }),
    );
  });

  it("never NaN or Infinity; attainment null exactly when a reason is given", () => {
    fc.assert(
      fc.property(decimal, decimal, direction, (actual, target, dir) => {
        const evaluation = evaluate({ direction: dir, actual, target });
        for (const value of [
          evaluation.variance,
          evaluation.variancePercent,
          evaluation.attainment,
        ]) {
          if (value !== null) expect(value.isFinite()).toBe(true);
        }
        expect(evaluation.attainment === null).toBe(evaluation.attainmentReason !== null);
        expect(evaluation.status).not.toBe("no_data");
      }),
    );
  });
});
