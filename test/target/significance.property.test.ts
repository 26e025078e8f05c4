import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type Decimal, KDecimal } from "../../src/core/decimal.js";
import { salesRevenue } from "../../src/metrics/sales/salesRevenue.js";
import { winRate } from "../../src/metrics/sales/winRate.js";
import { compareWithTarget } from "../../src/review/compareWithTarget.js";
import { intervalOf } from "../../src/review/intervalOf.js";
import { projectTotal } from "../../src/review/projectTotal.js";
import { evaluate } from "../../src/target/evaluate.js";
import { pace } from "../../src/target/pace.js";

// Properties of the statistics carried by the target layer: an evaluation's significance is the
// review layer's compareWithTarget, the status never depends on it, pace's band is projectTotal's,
// and a ratio paced from its inputs is the ratio of the projected inputs.

const counts = fc
  .tuple(fc.integer({ min: 0, max: 400 }), fc.integer({ min: 0, max: 400 }))
  .filter(([won, lost]) => won + lost > 0);
const target = fc.integer({ min: 1, max: 99 }).map((percent) => new KDecimal(percent).div(100));

describe("significance of an evaluation: properties", () => {
  it("is compareWithTarget's position, and leaves every other field unchanged", () => {
    fc.assert(
      fc.property(counts, target, ([won, lost], goal) => {
        const inputs = { won, lost };
        const interval = intervalOf(winRate, inputs);
        const actual = winRate(inputs);
        const plain = evaluate({ metric: winRate, actual, target: goal });
        const withInterval = evaluate({ metric: winRate, actual, target: goal, interval });
        const { significance, ...rest } = withInterval;
        expect(rest).toEqual(plain);
        expect(significance?.position).toBe(
          compareWithTarget(interval.interval as never, goal).position,
        );
        // a significant miss is always a miss
        if (significance?.position === "below") expect(plain.favorable).toBe(false);
      }),
      { numRuns: 150 },
    );
  });
});

describe("pace with daily values: properties", () => {
  const day = fc.integer({ min: 0, max: 1_000_000 }).map((cents) => new KDecimal(cents).div(100));

  it("projects as projectTotal does over the days of the month", () => {
    fc.assert(
      fc.property(fc.array(day, { minLength: 1, maxLength: 31 }), (daily) => {
        const asOf = `2025-03-${String(daily.length).padStart(2, "0")}T23:59:59.999`;
        const paced = pace({
          metric: salesRevenue,
          daily,
          target: 1000,
          period: "2025-03",
          asOf,
        });
        const direct = projectTotal({ daily, totalDays: 31 }, { minimumElapsedShare: 0 });
        expect(paced.projected?.toString()).toBe(direct.projected?.toString());
        expect(paced.projectionBand?.lower?.toString()).toBe(direct.lower?.toString());
        expect(paced.projectionBand?.upper?.toString()).toBe(direct.upper?.toString());
        expect(paced.actualToDate?.eq(direct.actual)).toBe(true);
      }),
      { numRuns: 60 },
    );
  });
});

describe("pace of a ratio from its inputs: properties", () => {
  it("projects each input by the same factor, and the ratio of the projections is the rate", () => {
    fc.assert(
      fc.property(counts, fc.integer({ min: 1, max: 29 }), ([won, lost], elapsed) => {
        const paced = pace({
          metric: winRate,
          inputsToDate: { won, lost },
          target: "0.3",
          period: "2025-04",
          asOf: `2025-04-${String(elapsed + 1).padStart(2, "0")}`,
        });
        const projected = paced.projectedInputs as Record<string, Decimal>;
        const factor = new KDecimal(30).div(elapsed);
        // to 34 significant digits (the two orders of operations round differently)
        expect(
          (projected.won as Decimal)
            .minus(new KDecimal(won).times(factor))
            .abs()
            .lte(new KDecimal(won).times("1e-30")),
        ).toBe(true);
        const total = (projected.won as Decimal).plus(projected.lost as Decimal);
        const ratio = total.isZero() ? null : (projected.won as Decimal).div(total);
        if (ratio === null) expect(paced.projected).toBeNull();
        else
          expect(
            ratio
              .minus(paced.projected ?? 0)
              .abs()
              .lt("1e-30"),
          ).toBe(true);
      }),
      { numRuns: 100 },
    );
  });
});
