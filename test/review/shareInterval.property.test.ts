import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { shareInterval } from "../../src/review/shareInterval.js";

// Coverage: for a true proportion p, the share of simulated samples whose 95 % interval contains p
// should be near 95 %. Wilson's interval is known to oscillate around the nominal level with dips
// to about 0.90 for unlucky (n, p) (Brown, Cai & DasGupta 2001, figure 4), and
// Clopper–Pearson never to fall below it. With 400 seeded trials the standard error of a
// coverage estimate is about 1.1 %, so the bounds below are tolerant yet meaningful: a bug that
// shifts or narrows the interval would fall far below them.

/** A small seeded PRNG (mulberry32), so the simulation is the same on every run. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function binomial(next: () => number, n: number, p: number): number {
  let successes = 0;
  for (let i = 0; i < n; i++) if (next() < p) successes++;
  return successes;
}

function coverage(
  n: number,
  p: number,
  seed: number,
  trials: number,
  method: "wilson" | "jeffreys" | "clopper_pearson",
): number {
  const next = random(seed);
  const cache = new Map<number, boolean>();
  let covered = 0;
  for (let trial = 0; trial < trials; trial++) {
    const x = binomial(next, n, p);
    let hit = cache.get(x);
    if (hit === undefined) {
      const interval = shareInterval({ successes: x, n }, { method });
      hit =
        interval.lower !== null &&
        interval.upper !== null &&
        interval.lower.lte(p) &&
        interval.upper.gte(p);
      cache.set(x, hit);
    }
    if (hit) covered++;
  }
  return covered / trials;
}

describe("share interval coverage", () => {
  it("Wilson covers the true proportion near 95 % for random n and p", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 20, max: 300 }),
        fc.double({ min: 0.1, max: 0.9, noNaN: true }),
        fc.integer({ min: 1, max: 1_000_000 }),
        (n, p, seed) => {
          const rate = coverage(n, p, seed, 400, "wilson");
          expect(rate).toBeGreaterThan(0.86);
          expect(rate).toBeLessThan(0.995);
        },
      ),
      { numRuns: 25, seed: 15 },
    );
  });

  it("Jeffreys and Clopper–Pearson cover near (Clopper–Pearson at least) 95 %", () => {
    for (const [n, p] of [
      [40, 0.3],
      [120, 0.08],
    ] as const) {
      const jeffreys = coverage(n, p, 7, 400, "jeffreys");
      const exact = coverage(n, p, 7, 400, "clopper_pearson");
      expect(jeffreys).toBeGreaterThan(0.88);
      expect(exact).toBeGreaterThan(0.92);
      expect(exact).toBeGreaterThanOrEqual(jeffreys);
    }
  });

  it("every interval contains its estimate and stays inside [0, 1]", () => {
    fc.assert(
      fc.property(
        fc
          .integer({ min: 1, max: 100000 })
          .chain((n) => fc.tuple(fc.constant(n), fc.integer({ min: 0, max: n }))),
        ([n, x]) => {
          const interval = shareInterval({ successes: x, n });
          expect(interval.lower?.gte(0)).toBe(true);
          expect(interval.upper?.lte(1)).toBe(true);
          expect(interval.lower?.lte(interval.estimate ?? -1)).toBe(true);
          expect(interval.upper?.gte(interval.estimate ?? 2)).toBe(true);
        },
      ),
      { numRuns: 200, seed: 15 },
    );
  });
});
