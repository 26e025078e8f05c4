import { describe, expect, it } from "vitest";
import { undefinedBecause } from "../../src/core/result.js";
import { formatEvaluation } from "../../src/format/formatEvaluation.js";
import { statusLabel } from "../../src/format/statusLabel.js";
import { nps } from "../../src/metrics/customer/nps.js";
import { customerAcquisitionCost } from "../../src/metrics/marketing/customerAcquisitionCost.js";
import { salesCycleLength } from "../../src/metrics/sales/salesCycleLength.js";
import { salesRevenue } from "../../src/metrics/sales/salesRevenue.js";
import { winRate } from "../../src/metrics/sales/winRate.js";
import { defineMetric } from "../../src/model/defineMetric.js";
import { intervalOf } from "../../src/review/intervalOf.js";
import { evaluate } from "../../src/target/evaluate.js";
import { expectKpiError } from "../support/expectKpiError.js";

const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, " ");

describe("formatEvaluation", () => {
  it("formats a currency evaluation in Indonesian and English", () => {
    const evaluation = evaluate({
      metric: salesRevenue,
      actual: "1250000000",
      target: "1000000000",
    });
    const id = formatEvaluation(evaluation, { currency: "IDR" });
    expect(plain(id.text)).toBe(
      "Pendapatan penjualan: Rp 1.250.000.000 (target Rp 1.000.000.000, 125%) — Sesuai target",
    );
    expect(plain(id.variance)).toBe("+Rp 250.000.000");
    const en = formatEvaluation(evaluation, { currency: "IDR", locale: "en-US" });
    expect(plain(en.text)).toBe(
      "Sales revenue: IDR 1,250,000,000 (target IDR 1,000,000,000, 125%) — On track",
    );
  });

  it("formats lower-is-better, ranges and no data", () => {
    const cac = formatEvaluation(
      evaluate({ metric: customerAcquisitionCost, actual: "2200000", target: "2000000" }),
      { currency: "IDR", locale: "en-US" },
    );
    expect(cac.status).toBe("At risk"); // 2.0M / 2.2M = 0.909… ≥ 0.9
    expect(cac.attainment).toBe("90.9%");
    const cycle = formatEvaluation(
      evaluate({ metric: salesCycleLength, actual: 34, target: { min: 20, max: 30 } }),
      { locale: "en-US" },
    );
    expect(plain(cycle.target)).toBe("20 days–30 days");
    expect(plain(cycle.variance)).toBe("+4 days");
    const empty = formatEvaluation(evaluate({ metric: winRate, actual: null, target: "0.3" }));
    expect(empty.actual).toBe("—");
    expect(empty.status).toBe("Tidak ada data");
    expect(empty.text).toBe("Rasio kemenangan: — (target 30%, —) — Tidak ada data");
  });

  it("formats a custom metric's evaluation from what it carries, or from the given metric or unit", () => {
    const label = { en: "Demo score", id: "Skor demo" };
    const custom = defineMetric({
      id: "demo_score",
      label,
      description: label,
      formula: "x",
      category: "customer",
      unit: "score",
      direction: "higher_is_better",
      inputs: { x: { domain: "amount", rollup: "sum", label } },
      references: [],
      compute: () => undefinedBecause("no_data"),
    });
    const evaluation = evaluate({ metric: custom, actual: "4.5", target: "4" });
    expect(formatEvaluation(evaluation, { metric: custom }).text).toBe(
      "Skor demo: 4,5 (target 4, 112,5%) — Sesuai target",
    );
    expect(formatEvaluation(evaluation, { unit: "score", locale: "en" }).text).toBe(
      "Demo score: 4.5 (target 4, 112.5%) — On track",
    );
    // The evaluation carries its metric's label and unit: no need to pass the metric again.
    expect(formatEvaluation(evaluation).text).toBe(
      "Skor demo: 4,5 (target 4, 112,5%) — Sesuai target",
    );
    // Without a metric there is no unit to carry.
    const plain = evaluate({ direction: "higher_is_better", id: "calls", actual: 4, target: 5 });
    expectKpiError(() => formatEvaluation(plain), "invalid_option", {
      message: /^formatEvaluation: option "unit" must be a unit/,
      path: ["options", "unit"],
    });
    expectKpiError(
      () => formatEvaluation(plain, { metric: { unit: "count" } as never }),
      "invalid_option",
      {
        message:
          'formatEvaluation: option "metric" must be a metric, or an object with a unit and a label { en, id }, received an object',
        path: ["options", "metric"],
      },
    );
    expect(formatEvaluation(plain, { unit: "count", locale: "en" }).text).toBe(
      "calls: 4 (target 5, 80%) — Off track",
    );
  });

  it("rejects a hand-made evaluation with missing or malformed fields, never a TypeError", () => {
    const error = expectKpiError(
      () => formatEvaluation({ status: "on_track", metricId: "win_rate", actual: null } as never),
      "invalid_argument",
    );
    expect(error.issues.map((issue) => [issue.code, issue.path.join(".")])).toEqual([
      ["invalid_argument", "evaluation.variance"],
      ["invalid_argument", "evaluation.attainment"],
      ["invalid_argument", "evaluation.target"],
    ]);
    expect(error.issues[2]?.message).toBe(
      "formatEvaluation: evaluation.target must be a target: a Decimal (or a number or plain decimal string), a { min, max } range of them, or null, received undefined",
    );
    const good = evaluate({ metric: winRate, actual: "0.28", target: "0.3" });
    for (const target of [{ min: 1 }, { min: null, max: 2 }, "30%", { min: "a", max: 1 }]) {
      const bad = expectKpiError(
        () => formatEvaluation({ ...good, target } as never),
        "invalid_argument",
      );
      expect(bad.issues.map((issue) => issue.path.join("."))).toEqual(["evaluation.target"]);
    }
    // Plain numbers and decimal strings (an evaluation read back from JSON) are shown.
    const fromJson = JSON.parse(JSON.stringify(good));
    expect(formatEvaluation(fromJson, { locale: "en-US" }).text).toBe(
      "Win rate: 28% (target 30%, 93.3%) — At risk",
    );
    const range = evaluate({ metric: salesCycleLength, actual: 27, target: { min: 20, max: 30 } });
    expect(formatEvaluation(JSON.parse(JSON.stringify(range)), { locale: "en-US" }).target).toBe(
      "20 days–30 days",
    );
  });

  it("rejects an unknown status instead of showing it as no data", () => {
    const good = evaluate({ metric: winRate, actual: "0.28", target: "0.3" });
    expectKpiError(
      () => formatEvaluation({ ...good, status: "bogus" } as never),
      "invalid_argument",
      'formatEvaluation: evaluation.status must be one of "on_track", "at_risk", "off_track", "no_data", received "bogus"',
    );
  });
});

describe("statusLabel", () => {
  it("names every status in both languages", () => {
    const statuses = ["on_track", "at_risk", "off_track", "no_data"] as const;
    expect(statuses.map((s) => statusLabel(s))).toEqual([
      "Sesuai target",
      "Berisiko",
      "Tidak sesuai target",
      "Tidak ada data",
    ]);
    expect(statuses.map((s) => statusLabel(s, "en-US"))).toEqual([
      "On track",
      "At risk",
      "Off track",
      "No data",
    ]);
  });

  it("rejects an unknown status", () => {
    for (const status of ["bogus", "toString", "", null, 1]) {
      expectKpiError(() => statusLabel(status as never, "en"), "invalid_argument", {
        path: ["status"],
      });
    }
    expectKpiError(
      () => statusLabel("bogus" as never, "en"),
      "invalid_argument",
      'statusLabel: status must be one of "on_track", "at_risk", "off_track", "no_data", received "bogus"',
    );
  });
});

describe("formatEvaluation: ratios and report columns", () => {
  it("shows a ratio's variance in percentage points", () => {
    const evaluation = evaluate({ metric: winRate, actual: "0.28", target: "0.3" });
    expect(formatEvaluation(evaluation, { locale: "en-US" }).variance).toBe("-2 pp");
    expect(formatEvaluation(evaluation).variance).toBe("-2 poin persentase");
    const half = evaluate({ metric: winRate, actual: "0.285", target: "0.3" });
    expect(formatEvaluation(half, { locale: "en-US" }).variance).toBe("-1.5 pp");
  });

  it("fixed digits line report columns up", () => {
    const evaluation = evaluate({ metric: winRate, actual: "0.28", target: "0.3" });
    const fixed = formatEvaluation(evaluation, { locale: "en-US", fixedDigits: true });
    expect([fixed.actual, fixed.target, fixed.variance, fixed.attainment]).toEqual([
      "28.0%",
      "30.0%",
      "-2.0 pp",
      "93.3%",
    ]);
  });
});

describe("formatEvaluation with significance", () => {
  const inputs = { won: 18, lost: 42 };
  const jakarta = evaluate({
    metric: winRate,
    actual: winRate(inputs),
    target: "0.35",
    interval: intervalOf(winRate, inputs),
  });

  it("shows the variance with its margin, the interval and the verdict, in id and en", () => {
    // Wilson 95 % for 18/60: 0.19898 to 0.42509; the margin is the larger distance from 0.3,
    // 0.12509 → 12.6 points rounded up.
    expect(formatEvaluation(jakarta).significance).toEqual({
      variance: "-5 ± 12,6 poin persentase",
      interval: "19,8%–42,6%",
      position: "tidak berbeda nyata",
      smallSample: null,
    });
    const en = formatEvaluation(jakarta, { locale: "en-US" });
    expect(en.significance?.variance).toBe("-5 ± 12.6 pp");
    expect(en.text).toBe("Win rate: 30% (target 35%, 85.7%) — Off track, not significant");
  });

  it("marks a significant miss and a small sample", () => {
    const national = { won: 180, lost: 420 };
    const below = evaluate({
      metric: winRate,
      actual: winRate(national),
      target: "0.35",
      interval: intervalOf(winRate, national),
    });
    expect(formatEvaluation(below, { locale: "en-US" }).significance?.position).toBe(
      "significantly below target",
    );
    const bali = { won: 2, lost: 7 };
    const small = evaluate({
      metric: winRate,
      actual: winRate(bali),
      target: "0.35",
      interval: intervalOf(winRate, bali),
    });
    expect(formatEvaluation(small).text).toBe(
      "Rasio kemenangan: 22,2% (target 35%, 63,5%) — Tidak sesuai target, tidak berbeda nyata, sampel kecil",
    );
  });

  it("shows an NPS margin without a sign", () => {
    const answers = { promoters: 12, passives: 21, detractors: 9 };
    const score = evaluate({
      metric: nps,
      actual: nps(answers),
      target: 20,
      interval: intervalOf(nps, answers),
    });
    expect(formatEvaluation(score, { fractionDigits: 0 }).significance).toMatchObject({
      variance: "-13 ± 22",
      interval: "-15 … +29",
    });
  });

  it("reads plain numbers in a hand-made significance (regression: lower.isNegative is not a function)", () => {
    const handMade = {
      ...jakarta,
      significance: { ...jakarta.significance, lower: 0.2, upper: 0.4 },
    };
    expect(formatEvaluation(handMade as never, { locale: "en-US" }).significance).toMatchObject({
      variance: "-5 ± 10 pp",
      interval: "20%–40%",
    });
  });

  it("shows placeholders without a variance, and refuses a malformed significance", () => {
    const none = evaluate({
      metric: winRate,
      actual: "0.3",
      target: null,
      interval: intervalOf(winRate, inputs),
    });
    expect(formatEvaluation(none).significance).toMatchObject({ variance: "—", position: null });
    expectKpiError(
      () =>
        formatEvaluation({
          ...jakarta,
          significance: { ...jakarta.significance, position: "sideways" },
        } as never),
      "invalid_argument",
      { path: ["evaluation", "significance"] },
    );
  });
});
