import { describe, expect, it } from "vitest";
import { count } from "../../src/aggregate/measures/count.js";
import { moments } from "../../src/aggregate/measures/moments.js";
import { sum } from "../../src/aggregate/measures/sum.js";
import { aggregate } from "../../src/aggregate/series/aggregate.js";
import { compare } from "../../src/aggregate/series/compare.js";
import { growth } from "../../src/aggregate/series/growth.js";
import { csatMean } from "../../src/metrics/customer/csatMean.js";
import { nps } from "../../src/metrics/customer/nps.js";
import { salesRevenue } from "../../src/metrics/sales/salesRevenue.js";
import { winRate } from "../../src/metrics/sales/winRate.js";
import { compareMeans } from "../../src/review/compareMeans.js";
import { compareSeriesSignificance } from "../../src/review/compareSeriesSignificance.js";
import { compareShares } from "../../src/review/compareShares.js";
import { momentState } from "../../src/review/momentState.js";
import { expectKpiError } from "../support/expectKpiError.js";

const deals = (month: string, won: number, lost: number, region = "Jakarta") => [
  ...Array.from({ length: won }, () => ({ at: `${month}-10T03:00:00Z`, won: true, region })),
  ...Array.from({ length: lost }, () => ({ at: `${month}-12T03:00:00Z`, won: false, region })),
];

const measures = {
  won: count((deal: { won: boolean }) => deal.won),
  lost: count((deal: { won: boolean }) => !deal.won),
};

describe("compareSeriesSignificance", () => {
  it("attaches Newcombe's verdict to each compare row, as compareShares gives it", () => {
    const series = aggregate([...deals("2025-01", 48, 32), ...deals("2025-02", 56, 14)], {
      date: "at",
      granularity: "month",
      measures,
    });
    const rows = compareSeriesSignificance(
      series,
      winRate,
      { won: "won", lost: "lost" },
      compare(series, 1),
    );
    expect(rows.map((row) => [row.period.key, row.significance.reason])).toEqual([
      ["2025-01", "no_previous"],
      ["2025-02", null],
    ]);
    const change = rows[1]?.significance.difference;
    // Newcombe (1998) example (a): 56/70 − 48/80, 95 % hybrid score interval 0.0524 to 0.3339
    expect(change?.lower?.toFixed(4)).toBe("0.0524");
    expect(change?.upper?.toFixed(4)).toBe("0.3339");
    expect(change?.verdict).toBe("significant");
    expect(change).toEqual(
      compareShares({ from: { successes: 48, n: 80 }, to: { successes: 56, n: 70 } }),
    );
    // the compare row itself is kept as it was
    expect(rows[1]?.current).toEqual(compare(series, 1)[1]?.current);
  });

  it("works on growth rows and groups, and says why a cell has no verdict", () => {
    const series = aggregate(
      [
        ...deals("2025-01", 30, 70),
        ...deals("2025-02", 22, 78),
        ...deals("2025-02", 3, 4, "Bali"),
        ...deals("2025-03", 0, 0, "Bali"),
      ],
      { date: "at", granularity: "month", groupBy: "region", measures },
    );
    const rows = compareSeriesSignificance(
      series,
      winRate,
      { won: "won", lost: "lost" },
      growth(series, "won", 1),
    );
    const shown = rows.map((row) => [
      row.period.key,
      row.group,
      row.significance.difference?.verdict ?? row.significance.reason,
    ]);
    expect(shown).toContainEqual(["2025-02", "Jakarta", "within_noise"]);
    expect(shown).toContainEqual(["2025-01", "Jakarta", "no_previous"]);
    // Bali had no deal in January: the share 0/0 has no estimate
    const bali = rows.find((row) => row.period.key === "2025-02" && row.group === "Bali");
    expect(bali?.significance).toMatchObject({ reason: "no_data" });
    expect(bali?.significance.difference?.reason).toBe("no_data");
    // growth's own reason is left alone
    expect(rows.find((row) => row.period.key === "2025-01")?.reason).toBe("no_data");
  });

  it("tests an NPS series and refuses a metric that is not a sample", () => {
    const answers = [
      ...Array.from({ length: 50 }, (_, i) => ({
        at: "2025-02-05",
        score: i < 20 ? 9 : i < 40 ? 7 : 3,
      })),
      ...Array.from({ length: 42 }, (_, i) => ({
        at: "2025-03-05",
        score: i < 12 ? 10 : i < 33 ? 8 : 2,
      })),
    ];
    const series = aggregate(answers, {
      date: "at",
      granularity: "month",
      measures: {
        promoters: count((a: { score: number }) => a.score >= 9),
        passives: count((a: { score: number }) => a.score === 7 || a.score === 8),
        detractors: count((a: { score: number }) => a.score <= 6),
        total: sum("score"),
      },
    });
    const rows = compareSeriesSignificance(
      series,
      nps,
      { promoters: "promoters", passives: "passives", detractors: "detractors" },
      compare(series, 1),
    );
    // +20 on 50 answers to +7.1 on 42: within noise (docs/review.md)
    expect(rows[1]?.significance.difference?.estimate?.toFixed(1)).toBe("-12.9");
    expect(rows[1]?.significance.difference?.verdict).toBe("within_noise");
    const revenue = compareSeriesSignificance(
      series,
      salesRevenue,
      { revenue: "total" },
      compare(series, 1),
    );
    expect(revenue[1]?.significance).toEqual({ difference: null, reason: "no_sampling_model" });
  });

  it("tests a mean of scores from a moments measure, as compareMeans does", () => {
    const january = [5, 4, 4, 3, 5, 4, 2, 5];
    const february = [3, 2, 4, 3, 2, 3, 4, 1, 2];
    const answers = [
      ...january.map((score) => ({ at: "2025-01-15", score })),
      ...february.map((score) => ({ at: "2025-02-15", score })),
    ];
    const series = aggregate(answers, {
      date: "at",
      granularity: "month",
      measures: { csat: moments("score") },
    });
    const rows = compareSeriesSignificance(series, csatMean, {}, compare(series, 1), {
      moments: "csat",
    });
    const expected = compareMeans({ from: momentState(january), to: momentState(february) });
    expect(rows[1]?.significance.difference?.estimate?.toString()).toBe(
      expected.estimate?.toString(),
    );
    expect(rows[1]?.significance.difference?.lower?.toString()).toBe(expected.lower?.toString());
    expect(rows[1]?.significance.difference?.verdict).toBe("significant");
    // without the moments the spread is missing
    expectKpiError(
      () => compareSeriesSignificance(series, csatMean, {}, compare(series, 1)),
      "invalid_argument",
      { path: ["mapping", "scoreSum"] },
    );
  });

  /** Each month's CSAT mean change from the month before, tested from a moments measure. */
  function monthlyMeanChanges(answers: readonly { at: string; score: number }[]) {
    const series = aggregate(answers, {
      date: "at",
      granularity: "month",
      measures: { csat: moments("score") },
    });
    return compareSeriesSignificance(series, csatMean, {}, compare(series, 1), {
      moments: "csat",
    });
  }

  it("says no_data for a month without answers, on either side of the change", () => {
    // regression: a filled empty cell (a moment state of n = 0) gave a difference without a
    // verdict (its reason no_data) but a significance whose reason was null
    const answers = [
      ...[5, 4, 4, 3].map((score) => ({ at: "2025-01-15", score })),
      ...[3, 2, 4].map((score) => ({ at: "2025-03-15", score })),
    ];
    const rows = monthlyMeanChanges(answers);
    expect(
      rows.map((row) => [
        row.period.key,
        row.significance.reason,
        row.significance.difference?.verdict ?? null,
      ]),
    ).toEqual([
      ["2025-01", "no_previous", null],
      ["2025-02", "no_data", null],
      ["2025-03", "no_data", null],
    ]);
    expect(rows[1]?.significance.difference?.reason).toBe("no_data");
    // counts of 0: a share 0/0
    const deals = aggregate(
      [
        { at: "2025-01-10", won: true },
        { at: "2025-03-10", won: false },
      ],
      { date: "at", granularity: "month", measures },
    );
    const shares = compareSeriesSignificance(
      deals,
      winRate,
      { won: "won", lost: "lost" },
      compare(deals, 1),
    );
    expect(shares.map((row) => row.significance.reason)).toEqual([
      "no_previous",
      "no_data",
      "no_data",
    ]);
  });

  it("says single_observation for a mean of one answer, which has no spread to test", () => {
    // regression: the difference carried the reason single_observation, the row's reason was null
    const answers = [
      ...[5, 4, 4, 3].map((score) => ({ at: "2025-01-15", score })),
      { at: "2025-02-15", score: 2 },
      ...[3, 2, 4].map((score) => ({ at: "2025-03-15", score })),
    ];
    const rows = monthlyMeanChanges(answers);
    expect(
      rows.map((row) => [
        row.period.key,
        row.significance.reason,
        row.significance.difference?.reason ?? null,
        row.significance.difference?.verdict ?? null,
      ]),
    ).toEqual([
      ["2025-01", "no_previous", null, null],
      ["2025-02", "single_observation", "single_observation", null],
      ["2025-03", "single_observation", "single_observation", null],
    ]);
  });

  it("refuses moments for a metric whose sampling model is not a mean", () => {
    // regression: the option was silently ignored for a share, an NPS or a metric without a model
    const series = aggregate(
      [
        { at: "2025-01-10", won: true, score: 4 },
        { at: "2025-02-10", won: false, score: 2 },
      ],
      { date: "at", granularity: "month", measures: { ...measures, csat: moments("score") } },
    );
    for (const metric of [winRate, salesRevenue]) {
      const mapping = metric === winRate ? { won: "won", lost: "lost" } : { revenue: "won" };
      expectKpiError(
        () =>
          compareSeriesSignificance(series, metric as never, mapping as never, compare(series, 1), {
            moments: "csat",
          }),
        "invalid_option",
        {
          message:
            'compareSeriesSignificance: option "moments" must be left out (it is only for a metric whose sampling model is a mean), received "csat"',
          path: ["options", "moments"],
        },
      );
    }
  });

  it("refuses a bad mapping, series, rows or option, naming the place", () => {
    const series = aggregate(deals("2025-01", 3, 4), {
      date: "at",
      granularity: "month",
      measures,
    });
    const rows = compare(series, 1);
    expectKpiError(
      () => compareSeriesSignificance(series, winRate, { won: "won", lost: "nope" } as never, rows),
      "invalid_argument",
      { path: ["mapping", "lost"] },
    );
    expectKpiError(
      () => compareSeriesSignificance(series, winRate, { won: "won", tied: "lost" } as never, rows),
      "invalid_argument",
      { path: ["mapping", "tied"] },
    );
    expectKpiError(
      () => compareSeriesSignificance(series, winRate, { won: "won" } as never, rows),
      "invalid_argument",
      { path: ["mapping", "lost"] },
    );
    expectKpiError(
      () => compareSeriesSignificance([] as never, winRate, { won: "won", lost: "lost" }, rows),
      "invalid_argument",
      { path: ["series"] },
    );
    expectKpiError(
      () =>
        compareSeriesSignificance(series, winRate, { won: "won", lost: "lost" }, "rows" as never),
      "invalid_argument",
      { path: ["rows"] },
    );
    expectKpiError(
      () => compareSeriesSignificance(series, winRate, { won: "won", lost: "lost" }, [{}] as never),
      "invalid_argument",
      { path: ["rows", 0] },
    );
    expectKpiError(
      () =>
        compareSeriesSignificance(series, winRate, { won: "won", lost: "lost" }, rows, {
          moments: "x",
        }),
      "invalid_option",
      { path: ["options", "moments"] },
    );
    expectKpiError(
      () =>
        compareSeriesSignificance(series, winRate, { won: "won", lost: "lost" }, rows, {
          confidence: 2,
        }),
      "invalid_option",
    );
  });
});
