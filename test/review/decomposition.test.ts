import { describe, expect, it } from "vitest";
import { decomposeProduct } from "../../src/review/decomposeProduct.js";
import { priceVolumeMix } from "../../src/review/priceVolumeMix.js";
import { topContributors } from "../../src/review/topContributors.js";
import { expectKpiError } from "../support/expectKpiError.js";

describe("decomposeProduct", () => {
  it("is the midpoint rule for two factors (hand-computed)", () => {
    // Δorders·(aov + aov')/2 = −50 × 49 500; Δaov·(orders + orders')/2 = −1 000 × 975
    const why = decomposeProduct({
      factors: [
        { name: "orders", from: 1000, to: 950 },
        { name: "average_order_value", from: 50000, to: 49000 },
      ],
    });
    expect(why.contributions.map((c) => c.contribution.toString())).toEqual([
      "-2475000",
      "-975000",
    ]);
    expect(why.change.toString()).toBe("-3450000");
  });

  it("splits three factors by Shapley weights 1/3 and 1/6, summing exactly (hand-computed)", () => {
    // leads 100 → 200, conversion 0.1 → 0.1, deal size 1 → 2: y 10 → 40, change 30.
    // φ_leads = 100·[⅓·0.1·1 + ⅙·0.1·2 + ⅙·0.1·1 + ⅓·0.1·2] = 100·0.15 = 15; φ_size = 1·[⅓·100·0.1
    // + ⅙·200·0.1 + ⅙·100·0.1 + ⅓·200·0.1] = 15; φ_conversion = 0.
    const why = decomposeProduct({
      factors: [
        { name: "leads", from: 100, to: 200 },
        { name: "conversion", from: "0.1", to: "0.1" },
        { name: "deal_size", from: 1, to: 2 },
      ],
    });
    expect(why.contributions.map((c) => c.contribution.toString())).toEqual(["15", "0", "15"]);
  });

  it("rounds thirds by largest remainder so the sum stays exact", () => {
    // x·y·z from 1·1·1 to 2·2·2 = 7, each factor 7/3 by symmetry: 2.34, 2.33, 2.33 at 2 places
    const why = decomposeProduct(
      {
        factors: [
          { name: "x", from: 1, to: 2 },
          { name: "y", from: 1, to: 2 },
          { name: "z", from: 1, to: 2 },
        ],
      },
      { places: 2 },
    );
    expect(why.contributions.map((c) => c.contribution.toString())).toEqual([
      "2.34",
      "2.33",
      "2.33",
    ]);
  });

  it("raises places to keep the exact change", () => {
    const why = decomposeProduct(
      {
        factors: [
          { name: "a", from: "1.001", to: "1.002" },
          { name: "b", from: 1, to: 1 },
        ],
      },
      { places: 0 },
    );
    expect(why.places).toBe(3);
    expect(why.contributions[0]?.contribution.toString()).toBe("0.001");
  });

  it("lists every problem with its path", () => {
    const error = expectKpiError(
      () =>
        decomposeProduct({
          factors: [
            { name: "a", from: Number.NaN, to: 1 },
            { name: "a", from: 1, to: "x" },
          ],
        }),
      "invalid_number",
    );
    expect(error.issues.map((issue) => issue.path)).toEqual([
      ["identity", "factors", 0, "from"],
      ["identity", "factors", 1, "name"],
      ["identity", "factors", 1, "to"],
    ]);
    expectKpiError(() => decomposeProduct({ factors: [] }), "invalid_argument");
    expectKpiError(
      () => decomposeProduct({ factors: [{ name: "a", from: 1, to: 2 }] }, { places: -1 }),
      "invalid_option",
    );
  });
});

describe("priceVolumeMix", () => {
  // A published worked example (freemathhelp.com forum thread "Price, volume and mix variance",
  // the poster's table of variances; checked 2026): ABC budget 50 @ 1.20 = 60, actual 60 @ 1.10
  // = 66; DEF budget 40 @ 0.80 = 32, actual 50 @ 1.00 = 50. Its variances: ABC price −6.0, volume
  // 13.3, mix −1.3, total 6.0; DEF 10.0, 7.1, 0.9, total 18.0; all products 4.0, 20.4, −0.4, 24.0. The convention is CIMA's sales quantity and mix variances (at
  // standard price) with the price variance at actual quantities.
  const example = [
    { key: "ABC", from: { quantity: 50, revenue: 60 }, to: { quantity: 60, revenue: 66 } },
    { key: "DEF", from: { quantity: 40, revenue: 32 }, to: { quantity: 50, revenue: 50 } },
  ];

  it("reproduces the published example", () => {
    const pvm = priceVolumeMix(example, { places: 1 });
    const shown = pvm.segments.map((s) => [
      s.key,
      s.price?.toFixed(1),
      s.volume?.toFixed(1),
      s.mix?.toFixed(1),
    ]);
    expect(shown).toEqual([
      ["ABC", "-6.0", "13.3", "-1.3"],
      ["DEF", "10.0", "7.1", "0.9"],
    ]);
    expect(pvm.total?.price.toFixed(1)).toBe("4.0");
    expect(pvm.total?.volume.toFixed(1)).toBe("20.4");
    expect(pvm.total?.mix.toFixed(1)).toBe("-0.4");
    expect(pvm.total?.change.toString()).toBe("24");
    expect(pvm.segments.map((s) => s.change.toFixed(1))).toEqual(["6.0", "18.0"]);
  });

  it("closes exactly, per segment and in total", () => {
    const pvm = priceVolumeMix(example);
    for (const segment of pvm.segments) {
      expect(
        segment.price
          ?.plus(segment.volume ?? 0)
          .plus(segment.mix ?? 0)
          .eq(segment.change),
      ).toBe(true);
    }
    const total = pvm.total;
    expect(total?.price.plus(total.volume).plus(total.mix).eq(total.change)).toBe(true);
  });

  it("treats a new segment as all mix and a lost one as volume and mix", () => {
    const pvm = priceVolumeMix([
      { key: "old", from: { quantity: 10, revenue: 100 }, to: { quantity: 10, revenue: 100 } },
      { key: "new", from: { quantity: 0, revenue: 0 }, to: { quantity: 5, revenue: 80 } },
    ]);
    expect(pvm.segments[1]).toMatchObject({ key: "new" });
    expect(pvm.segments[1]?.price?.toString()).toBe("0");
    expect(pvm.segments[1]?.volume?.toString()).toBe("0");
    expect(pvm.segments[1]?.mix?.toString()).toBe("80");
  });

  it("has no effects without a base quantity", () => {
    const pvm = priceVolumeMix([
      { key: "a", from: { quantity: 0, revenue: 0 }, to: { quantity: 1, revenue: 5 } },
    ]);
    expect(pvm.reason).toBe("no_base_quantity");
    expect(pvm.total).toBe(null);
  });

  it("lists every problem with its path", () => {
    const error = expectKpiError(
      () =>
        priceVolumeMix([
          { key: "a", from: { quantity: -1, revenue: 0 }, to: { quantity: 0, revenue: 5 } },
          { key: "a", from: { quantity: 1, revenue: 1 }, to: { quantity: 1, revenue: 1 } },
        ]),
      "out_of_domain",
    );
    expect(error.issues.map((issue) => [issue.code, issue.path.join(".")])).toEqual([
      ["out_of_domain", "segments.0.from.quantity"],
      ["inconsistent_inputs", "segments.0.to.revenue"],
      ["invalid_argument", "segments.1.key"],
    ]);
  });
});

describe("topContributors", () => {
  it("lists the largest changes both ways, exact, ties in input order", () => {
    const drivers = topContributors(
      [
        { key: "a", from: 10, to: 15 },
        { key: "b", from: 10, to: 15 },
        { key: "c", from: 10, to: 2 },
        { key: "d", from: 10, to: 10 },
      ],
      { limit: 5 },
    );
    expect(drivers.change.toString()).toBe("2");
    expect(drivers.increases.map((c) => c.key)).toEqual(["a", "b"]);
    expect(drivers.decreases.map((c) => [c.key, c.shareOfChange?.toString()])).toEqual([
      ["c", "-4"],
    ]);
  });

  it("refuses a bad limit and bad segments", () => {
    expectKpiError(() => topContributors([], { limit: 0 }), "invalid_option");
    // @ts-expect-error not an array
    expectKpiError(() => topContributors({}), "invalid_argument", { path: ["segments"] });
  });
});
