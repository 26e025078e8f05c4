import { describe, expect, it } from "vitest";
import { toDecimal } from "../../src/core/numeric.js";
import { nps } from "../../src/metrics/customer/nps.js";
import { salesCycleLength } from "../../src/metrics/sales/salesCycleLength.js";
import { winRate } from "../../src/metrics/sales/winRate.js";
import { intervalOf } from "../../src/review/intervalOf.js";
import { npsInterval } from "../../src/review/npsInterval.js";
import { shareInterval } from "../../src/review/shareInterval.js";
import { evaluate } from "../../src/target/evaluate.js";
import { evaluateSeries } from "../../src/target/evaluateSeries.js";
import { parseTargets } from "../../src/target/parseTargets.js";
import { scorecard } from "../../src/target/scorecard.js";
import { scorecardFromTargets } from "../../src/target/scorecardFromTargets.js";
import { expectKpiError } from "../support/expectKpiError.js";

// The significance an evaluation carries when its actual comes with an interval: the status bands
// are unchanged, `position` says whether the interval excludes the target.

describe("evaluate with an interval", () => {
  const jakarta = { won: 18, lost: 42 };

  it("is off track but within noise for 18/60 against 35 %", () => {
    const evaluation = evaluate({
      metric: winRate,
      actual: winRate(jakarta),
      target: "0.35",
      interval: intervalOf(winRate, jakarta),
    });
    expect(evaluation.status).toBe("off_track");
    expect(evaluation.significance?.position).toBe("within_noise");
    // Wilson 95 % for 18/60 (hand-computed: centre 19.9207/63.8415 = 0.3120, half-width 0.1131)
    expect(evaluation.significance?.lower?.toFixed(4)).toBe("0.1990");
    expect(evaluation.significance?.upper?.toFixed(4)).toBe("0.4251");
    expect(evaluation.significance?.confidence?.toString()).toBe("0.95");
    expect(evaluation.significance?.smallSample).toEqual({ flag: false, reason: null, minimum: 5 });
  });

  it("is significantly below for 180/600, and the same status", () => {
    const national = { won: 180, lost: 420 };
    const evaluation = evaluate({
      metric: winRate,
      actual: winRate(national),
      target: "0.35",
      interval: intervalOf(winRate, national),
    });
    expect(evaluation.status).toBe("off_track");
    expect(evaluation.significance?.position).toBe("below");
  });

  it("is above when the whole interval beats the target", () => {
    const evaluation = evaluate({
      metric: winRate,
      actual: "0.6",
      target: "0.35",
      interval: shareInterval({ successes: 60, n: 100 }),
    });
    expect(evaluation.significance?.position).toBe("above");
  });

  it("takes a plain { lower, upper } and a range target", () => {
    const inside = evaluate({
      metric: salesCycleLength,
      actual: 33,
      target: { min: 20, max: 30 },
      interval: { lower: 28, upper: 38 },
    });
    expect(inside.status).toBe("at_risk");
    expect(inside.significance).toEqual({
      confidence: null,
      lower: toDecimal(28),
      upper: toDecimal(38),
      position: "within_noise",
      smallSample: null,
    });
    const above = evaluate({
      metric: salesCycleLength,
      actual: 40,
      target: { min: 20, max: 30 },
      interval: { lower: "31", upper: "49", confidence: "0.9" },
    });
    expect(above.significance?.position).toBe("above");
    expect(above.significance?.confidence?.toString()).toBe("0.9");
  });

  it("has no position without an interval, an actual or a target", () => {
    const empty = evaluate({
      metric: winRate,
      actual: null,
      target: "0.35",
      interval: intervalOf(winRate, { won: 0, lost: 0 }),
    });
    expect(empty.significance).toMatchObject({ lower: null, upper: null, position: null });
    const noTarget = evaluate({
      metric: winRate,
      actual: "0.3",
      target: null,
      interval: intervalOf(winRate, jakarta),
    });
    expect(noTarget.significance?.position).toBeNull();
  });

  it("leaves an evaluation without an interval exactly as it was", () => {
    const plain = evaluate({ metric: winRate, actual: "0.3", target: "0.35" });
    expect("significance" in plain).toBe(false);
  });

  it("works for NPS on its own scale", () => {
    const answers = { promoters: 12, passives: 21, detractors: 9 };
    const evaluation = evaluate({
      metric: nps,
      actual: nps(answers),
      target: 20,
      interval: npsInterval(answers),
    });
    expect(evaluation.status).toBe("off_track");
    expect(evaluation.significance?.position).toBe("within_noise");
  });

  it("refuses an interval that does not contain the actual, or is not one", () => {
    expectKpiError(
      () =>
        evaluate({
          metric: winRate,
          actual: "0.5",
          target: "0.35",
          interval: intervalOf(winRate, jakarta),
        }),
      "inconsistent_inputs",
      { path: ["interval", "interval"] },
    );
    // a share's interval (a ratio) given with an NPS (points)
    expectKpiError(
      () =>
        evaluate({
          metric: nps,
          actual: "7.14",
          target: 20,
          interval: shareInterval({ successes: 18, n: 60 }),
        }),
      "inconsistent_inputs",
      { path: ["interval"] },
    );
    expectKpiError(
      () =>
        evaluate({
          metric: winRate,
          actual: "0.3",
          target: "0.35",
          interval: { lower: "0.4", upper: "0.2" },
        }),
      "invalid_argument",
      { path: ["interval", "upper"] },
    );
    expectKpiError(
      () =>
        evaluate({
          metric: winRate,
          actual: "0.3",
          target: "0.35",
          interval: "0.2 to 0.4" as never,
        }),
      "invalid_argument",
      { path: ["interval"] },
    );
    expectKpiError(
      () =>
        evaluate({
          metric: winRate,
          actual: "0.3",
          target: "0.35",
          interval: { lower: "abc", upper: "0.4" },
        }),
      "invalid_number",
      { path: ["interval", "lower"] },
    );
    expectKpiError(
      () =>
        evaluate({
          metric: winRate,
          actual: "0.3",
          target: "0.35",
          interval: { upper: "0.4" } as never,
        }),
      "invalid_number",
      { path: ["interval", "lower"] },
    );
  });
});

describe("evaluate with an interval's small-sample flag", () => {
  const base = { metric: winRate, actual: "0.3", target: "0.35" } as const;
  const withFlag = (smallSample: unknown) =>
    evaluate({ ...base, interval: { lower: "0.2", upper: "0.4", smallSample } as never });

  it("carries a flag of the shape intervals give, and none when left out or null", () => {
    const flag = { flag: true, reason: "few_successes", minimum: 5 };
    expect(withFlag(flag).significance?.smallSample).toEqual(flag);
    expect(withFlag({ flag: false, reason: null, minimum: 30 }).significance?.smallSample).toEqual({
      flag: false,
      reason: null,
      minimum: 30,
    });
    expect(withFlag(null).significance?.smallSample).toBeNull();
    expect(withFlag(undefined).significance?.smallSample).toBeNull();
  });

  it("refuses anything else, rather than taking any object with a boolean flag", () => {
    // regression: { flag: true } alone (or with a reason of another vocabulary, or a minimum that
    // is not a count) was carried as a small-sample flag, and a value that is not one was dropped
    for (const smallSample of [
      { flag: true },
      { flag: true, reason: "tiny", minimum: 5 },
      { flag: true, reason: null, minimum: 5 },
      { flag: false, reason: "no_data", minimum: 5 },
      { flag: true, reason: "no_data", minimum: -1 },
      { flag: true, reason: "no_data", minimum: "5" },
      { flag: "yes", reason: "no_data", minimum: 5 },
      true,
      "small",
    ]) {
      expectKpiError(() => withFlag(smallSample), "invalid_argument", {
        message:
          /^evaluate: interval\.smallSample must be a small-sample flag \{ flag, reason, minimum \}/,
        path: ["interval", "smallSample"],
      });
    }
  });
});

describe("evaluateSeries and scorecard with intervals", () => {
  it("carries each point's significance", () => {
    const targets = parseTargets({
      targets: [
        { metric: "win_rate", period: "2025-02", target: 0.35 },
        { metric: "win_rate", period: "2025-03", target: 0.35 },
      ],
    });
    const february = { won: 32, lost: 68 };
    const march = { won: 180, lost: 420 };
    const rows = evaluateSeries(
      [
        {
          period: { key: "2025-02" },
          value: winRate(february),
          interval: intervalOf(winRate, february),
        },
        { period: { key: "2025-03" }, value: winRate(march), interval: intervalOf(winRate, march) },
        { period: { key: "2025-04" }, value: null },
      ],
      targets,
      { metric: "win_rate" },
    );
    expect(rows.map((row) => row.evaluation.significance?.position ?? "none")).toEqual([
      "within_noise",
      "below",
      "none",
    ]);
    expectKpiError(
      () =>
        evaluateSeries(
          [
            {
              period: { key: "2025-02" },
              value: toDecimal("0.9"),
              interval: { lower: 0, upper: "0.5" },
            },
          ],
          targets,
          { metric: "win_rate" },
        ),
      "inconsistent_inputs",
      { path: ["points", 0, "interval"] },
    );
  });

  it("carries it on scorecard lines, the score unchanged", () => {
    const inputs = { won: 18, lost: 42 };
    const plain = scorecard([{ metric: winRate, actual: winRate(inputs), target: "0.35" }]);
    const card = scorecard([
      {
        metric: winRate,
        actual: winRate(inputs),
        target: "0.35",
        interval: intervalOf(winRate, inputs),
      },
    ]);
    expect(card.score?.toString()).toBe(plain.score?.toString());
    expect(card.lines[0]?.evaluation.significance?.position).toBe("within_noise");
  });

  it("carries it on scorecardFromTargets lines, from an actual or a series point", () => {
    const targets = parseTargets({
      targets: [
        { metric: "win_rate", period: "2025-03", target: 0.35 },
        { metric: "nps", period: "2025-03", target: 20 },
      ],
    });
    const deals = { won: 180, lost: 420 };
    const answers = { promoters: 12, passives: 21, detractors: 9 };
    const card = scorecardFromTargets(
      targets,
      [
        { metric: winRate, actual: winRate(deals), interval: intervalOf(winRate, deals) },
        {
          metric: nps,
          series: [
            {
              period: { key: "2025-03" },
              value: nps(answers),
              interval: intervalOf(nps, answers),
            },
          ],
        },
      ],
      { period: "2025-03" },
    );
    expect(card.lines.map((line) => line.evaluation.significance?.position)).toEqual([
      "below",
      "within_noise",
    ]);
    expectKpiError(
      () =>
        scorecardFromTargets(
          targets,
          [{ metric: winRate, actual: "0.9", interval: intervalOf(winRate, deals) }],
          { period: "2025-03" },
        ),
      "inconsistent_inputs",
      { path: ["actuals", 0, "interval", "interval"] },
    );
  });
});
