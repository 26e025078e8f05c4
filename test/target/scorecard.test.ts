import { describe, expect, it } from "vitest";
import { KDecimal } from "../../src/core/decimal.js";
import type { KpiError, KpiErrorCode } from "../../src/core/errors.js";
import { customerAcquisitionCost } from "../../src/metrics/marketing/customerAcquisitionCost.js";
import { salesRevenue } from "../../src/metrics/sales/salesRevenue.js";
import { winRate } from "../../src/metrics/sales/winRate.js";
import { scorecard } from "../../src/target/scorecard.js";
import { expectKpiError } from "../support/expectKpiError.js";

const d = (value: string | number) => new KDecimal(value);

/** expectKpiError, and the code of every issue in order (and words each message contains). */
function expectIssueCodes(run: () => unknown, codes: string[], messages: string[] = []): KpiError {
  const error = expectKpiError(run, codes[0] as KpiErrorCode);
  expect(error.issues.map((issue) => issue.code)).toEqual(codes);
  for (const message of messages) expect(error.message).toContain(message);
  return error;
}

describe("scorecard", () => {
  it("a sales rep's month: weights, the 1.2 cap, a lower-is-better KPI", () => {
    const card = scorecard([
      { metric: salesRevenue, actual: 1_500_000_000, target: 1_000_000_000, weight: 2 },
      { metric: winRate, actual: "0.27", target: "0.3" },
      { metric: customerAcquisitionCost, actual: 1_200_000, target: 1_000_000 },
    ]);
    // (2 × min(1.5, 1.2) + 0.9 + 1/1.2) / 4 = (2.4 + 0.9 + 0.8333…) / 4
    expect(card.lines.map((line) => line.scoredAttainment?.toString())).toEqual([
      "1.2",
      "0.9",
      "0.8333333333333333333333333333333333",
    ]);
    expect(card.lines.map((line) => line.evaluation.status)).toEqual([
      "on_track",
      "at_risk",
      "off_track",
    ]);
    // Lines are labelled by their metric's label (Indonesian by default), not by its id.
    expect(card.lines.map((line) => line.label)).toEqual([
      "Pendapatan penjualan",
      "Rasio kemenangan",
      "Biaya akuisisi pelanggan",
    ]);
    expect(card.score).toEqual(d("2.4").plus("0.9").plus(d(1).div("1.2")).div(4));
    expect(card.score?.toString()).toBe("1.033333333333333333333333333333333");
    expect(card.scoredWeight.toString()).toBe("4");
    expect(card.status).toBe("on_track");
    expect(card.excluded).toEqual([]);
    expect(card.cap?.toString()).toBe("1.2");
  });

  it("no cap (null or false) and a custom cap", () => {
    const entries = [
      { metric: salesRevenue, actual: 200, target: 100 },
      { metric: winRate, actual: "0.15", target: "0.3" },
    ];
    expect(scorecard(entries).score?.toString()).toBe("0.85");
    expect(scorecard(entries, { cap: null }).score?.toString()).toBe("1.25");
    expect(scorecard(entries, { cap: false }).score?.toString()).toBe("1.25");
    expect(scorecard(entries, { cap: null }).cap).toBeNull();
    expect(scorecard(entries, { cap: "1.5" }).score?.toString()).toBe("1");
  });

  it("entries with no data are reported and excluded, not counted as zero", () => {
    const card = scorecard([
      { metric: salesRevenue, actual: 90, target: 100, weight: 3 },
      { metric: winRate, actual: null, target: "0.3", weight: 5, label: "Win rate — Bali" },
      { direction: "higher_is_better", id: "demos", actual: 12, target: 0 },
    ]);
    expect(card.score?.toString()).toBe("0.9");
    expect(card.status).toBe("at_risk");
    expect(card.scoredWeight.toString()).toBe("3");
    expect(card.excluded.map((line) => [line.index, line.label, line.excludedBecause])).toEqual([
      [1, "Win rate — Bali", "no_data"],
      [2, "demos", "zero_target"],
    ]);
    // The zero-target line still has a status from the variance sign.
    expect(card.lines[2]?.evaluation.status).toBe("on_track");
  });

  it("nothing scorable: score null, status no_data", () => {
    const card = scorecard([{ metric: winRate, actual: null, target: 1 }]);
    expect(card.score).toBeNull();
    expect(card.status).toBe("no_data");
    expect(scorecard([]).status).toBe("no_data");
  });

  it("negative attainment contributes 0 (a bad month cannot sink other KPIs below zero)", () => {
    const card = scorecard([
      { metric: salesRevenue, actual: -100, target: 100 },
      { metric: winRate, actual: "0.3", target: "0.3" },
    ]);
    expect(card.lines[0]?.evaluation.attainment?.toString()).toBe("-1");
    expect(card.lines[0]?.scoredAttainment?.toString()).toBe("0");
    expect(card.score?.toString()).toBe("0.5");
    expect(card.status).toBe("off_track");
  });

  it("a neutral single target scores closeness: overshooting is never rewarded", () => {
    const over = scorecard([{ direction: "neutral", id: "x", actual: "1.5", target: 1 }]);
    expect(over.lines[0]?.evaluation.status).toBe("off_track");
    expect(over.lines[0]?.evaluation.attainment?.toString()).toBe("1.5");
    expect(over.lines[0]?.scoredAttainment?.toString()).toBe("0.5");
    expect(over.score?.toString()).toBe("0.5");
    expect(over.status).toBe("off_track");
    const card = scorecard([
      { direction: "neutral", id: "exact", actual: 100, target: 100 },
      { direction: "neutral", id: "over", actual: 105, target: 100 },
      { direction: "neutral", id: "under", actual: 95, target: 100 },
      { direction: "neutral", id: "far", actual: 350, target: 100 },
      // A range is the tolerance: inside scores 1, outside already at most 1.
      { direction: "neutral", id: "range", actual: 12, target: { min: 5, max: 10 } },
    ]);
    expect(card.lines.map((line) => line.scoredAttainment?.toString())).toEqual([
      "1",
      "0.95",
      "0.95",
      "0",
      "0.8333333333333333333333333333333333",
    ]);
  });

  it("weights from options.weights by entry id; per-entry bands; overall bands", () => {
    const card = scorecard(
      [
        { metric: salesRevenue, actual: 95, target: 100 },
        {
          direction: "neutral",
          id: "discount_rate",
          actual: "0.104",
          target: "0.1",
          bands: { onTrack: { min: "0.9", max: "1.1" }, atRisk: { min: "0.8", max: "1.2" } },
        },
      ],
      {
        weights: new Map<string, number | string>([
          ["sales_revenue", 3],
          ["discount_rate", "1"],
        ]),
        bands: { onTrack: "0.95", atRisk: "0.9" },
      },
    );
    expect(card.lines.map((line) => line.weight.toString())).toEqual(["3", "1"]);
    expect(card.lines[1]?.evaluation.status).toBe("on_track");
    // The neutral line scores its closeness, 1 − |1 − 1.04| = 0.96, not 1.04:
    // (3 × 0.95 + 1 × 0.96) / 4 = 0.9525
    expect(card.lines[1]?.scoredAttainment?.toString()).toBe("0.96");
    expect(card.score?.toString()).toBe("0.9525");
    expect(card.status).toBe("on_track");
    expect(card.bands).toEqual({ onTrack: d("0.95"), atRisk: d("0.9") });
  });

  it("weight 0 keeps a line visible without scoring it", () => {
    const card = scorecard([
      { metric: salesRevenue, actual: 50, target: 100, weight: 0 },
      { metric: winRate, actual: 1, target: 1 },
    ]);
    expect(card.score?.toString()).toBe("1");
    expect(card.lines[0]?.scoredAttainment?.toString()).toBe("0.5");
  });

  it("lists every problem across entries and options", () => {
    const error = expectIssueCodes(
      () =>
        scorecard(
          [
            { metric: salesRevenue, actual: "abc", target: 1, weight: -1 },
            { actual: 1, target: 1 } as never,
            { metric: winRate, actual: 1, target: 1, weight: 2 },
            7 as never,
          ],
          {
            cap: 0,
            weights: new Map([
              ["win_rate", 1],
              ["typo", 2],
            ]),
          },
        ),
      [
        "invalid_option",
        "invalid_number",
        "invalid_option",
        "invalid_argument",
        "invalid_option",
        "invalid_argument",
        "invalid_option",
      ],
    );
    expect(error.issues.map((issue) => issue.message)).toEqual([
      'scorecard: option "cap" must be a positive cap on attainment, or null / false for no cap, received 0',
      'scorecard: entries[0].actual must be a finite number, a plain decimal string, a bigint, a Decimal, or null when there is no data, received "abc"',
      "scorecard: entries[0].weight must be a non-negative weight, received -1",
      "scorecard: entries[1].metric must be a metric or a direction; give at least one of them, received neither a metric nor a direction",
      'scorecard: entries[2].weight must be a weight given in one place only (the entry\'s weight or options.weights, not both), received weight 2 and options.weights entry "win_rate"',
      "scorecard: entries[3] must be an object with actual, target and a metric or direction, received 7",
      'scorecard: options.weights.typo must be the id of one of the entries, received "typo"',
    ]);
  });

  it("rejects non-array entries and non-Map weights", () => {
    expectIssueCodes(() => scorecard({} as never), ["invalid_argument"]);
    expectIssueCodes(
      () => scorecard([], { weights: { win_rate: 1 } as never }),
      ["invalid_option"],
      ['option "weights" must be a Map from entry id to weight'],
    );
  });
});

describe("scorecard: weights", () => {
  const entries = [
    { metric: winRate, actual: "0.2", target: "0.3" },
    { metric: winRate, actual: "0.3", target: "0.3" },
    { metric: winRate, actual: "0.1", target: "0.3" },
    { metric: winRate, actual: "0.25", target: "0.3" },
  ];

  it("scores independently of how the weights are scaled: one rounding, at the end", () => {
    const base = [1, 7, 3, 2];
    const scores = [1, 3, 7, 10, 1000, "0.001", "1e-20"].map((factor) =>
      scorecard(
        entries.map((entry, index) => ({
          ...entry,
          weight: d(base[index] as number).times(factor),
        })),
      ).score?.toString(),
    );
    expect(new Set(scores).size).toBe(1);
    // (2/3 + 7 + 3 × 1/3 + 2 × 5/6) / 13 = (2/3 + 7 + 1 + 5/3) / 13 = (31/3) / 13 = 31/39
    expect(scores[0]).toBe(d(31).div(39).toString());
  });

  it("refuses a scorecard whose weights are all 0", () => {
    const error = expectIssueCodes(
      () => scorecard(entries.map((entry) => ({ ...entry, weight: 0 }))),
      ["invalid_option"],
    );
    expect(error.message).toBe(
      "scorecard: entries must be weights whose total is positive (a weight of 0 leaves one line out; give at least one line a positive weight), received 4 entries, every weight 0",
    );
  });

  it("labels lines in the language of options.locale", () => {
    const card = scorecard([entries[0] as (typeof entries)[number]], { locale: "en-US" });
    expect(card.lines[0]?.label).toBe("Win rate");
  });
});
