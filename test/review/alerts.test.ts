import { describe, expect, it } from "vitest";
import { type AlertRule, validateAlertRules } from "../../src/review/alertRules.js";
import { type AlertSeries, evaluateAlerts } from "../../src/review/evaluateAlerts.js";
import { expectKpiError } from "../support/expectKpiError.js";

const points = (values: (string | null)[], target?: string) =>
  values.map((value, index) => ({ period: `2025-0${index + 1}`, value, target }));

describe("validateAlertRules", () => {
  it("accepts every kind", () => {
    const rules: AlertRule[] = [
      { id: "a", kind: "threshold", metric: "m", above: 1 },
      { id: "b", kind: "change", metric: "m", by: "0.5", direction: "down", group: "x" },
      {
        id: "c",
        kind: "change_percent",
        metric: "m",
        percent: 10,
        onlyIfSignificant: true,
        confidence: "0.9",
      },
      { id: "d", kind: "outside_band", metric: "m", min: 0, max: 1, group: null },
      {
        id: "e",
        kind: "missed_target_streak",
        metric: "m",
        periods: 3,
        metricDirection: "lower_is_better",
      },
    ];
    expect(validateAlertRules(rules)).toBe(rules);
  });

  it("reports every problem with its path", () => {
    const error = expectKpiError(
      () =>
        validateAlertRules([
          { id: "a", kind: "threshold", metric: "m" },
          { id: "a", kind: "outside_band", metric: "m", min: 2, max: 1, extra: true },
          { id: "c", kind: "missed_target_streak", metric: "", periods: 0, confidence: 1 },
          "rule",
        ]),
      "invalid_argument",
    );
    expect(error.issues.map((issue) => [issue.code, issue.path.join(".")])).toEqual([
      ["invalid_argument", "rules.0.above"],
      ["invalid_argument", "rules.1.id"],
      ["invalid_argument", "rules.1.extra"],
      ["inconsistent_inputs", "rules.1.max"],
      ["invalid_argument", "rules.2.metric"],
      ["invalid_option", "rules.2.confidence"],
      ["out_of_domain", "rules.2.periods"],
      ["invalid_argument", "rules.3"],
    ]);
    expect(error.issues[3]?.message).toBe(
      "validateAlertRules: rules[1].max must be max at least min, received 1",
    );
    expectKpiError(() => validateAlertRules({}), "invalid_argument", { path: ["rules"] });
  });
});

describe("evaluateAlerts", () => {
  it("fires thresholds and bands, strictly", () => {
    const alerts = evaluateAlerts(
      [
        { id: "hi", kind: "threshold", metric: "m", above: 10 },
        { id: "band", kind: "outside_band", metric: "m", min: 5, max: 10 },
      ],
      [{ metric: "m", points: points(["10", "11", "4", null]) }],
    );
    expect(alerts.map((a) => [a.rule, a.period, a.threshold.toString()])).toEqual([
      ["hi", "2025-02", "10"],
      ["band", "2025-02", "10"],
      ["band", "2025-03", "5"],
    ]);
    expect(alerts[2]?.message).toEqual({
      id: "m 2025-03: 4 di luar rentang 5 sampai 10",
      en: "m 2025-03: 4 is outside the band 5 to 10",
    });
  });

  it("fires changes and percent changes by direction", () => {
    const alerts = evaluateAlerts(
      [
        { id: "drop", kind: "change", metric: "m", by: 5, direction: "down" },
        { id: "swing", kind: "change_percent", metric: "m", percent: 25 },
      ],
      [{ metric: "m", points: points(["100", "94", "120", "0", "10"]) }],
    );
    expect(alerts.map((a) => [a.rule, a.period])).toEqual([
      ["drop", "2025-02"],
      ["swing", "2025-03"],
      ["drop", "2025-04"],
      ["swing", "2025-04"],
    ]);
    expect(alerts[1]?.message.en).toBe("m 2025-03: rose 27.7% from 94 to 120 (threshold 25%)");
    expect(alerts[1]?.message.id).toBe("m 2025-03: naik 27,7% dari 94 menjadi 120 (ambang 25%)");
  });

  it("counts target streaks in the metric's direction, restarting after a hit", () => {
    const churn: AlertRule = {
      id: "churn",
      kind: "missed_target_streak",
      metric: "churn",
      periods: 2,
      metricDirection: "lower_is_better",
    };
    const alerts = evaluateAlerts(
      [churn],
      [
        {
          metric: "churn",
          points: points(["0.06", "0.07", "0.04", "0.06", "0.07", "0.08"], "0.05"),
        },
      ],
    );
    expect(alerts.map((a) => a.period)).toEqual(["2025-02", "2025-05", "2025-06"]);
  });

  it("matches rules to groups", () => {
    const series = [
      { metric: "m", group: "a", points: points(["20"]) },
      { metric: "m", group: null, points: points(["20"]) },
      { metric: "other", group: "a", points: points(["20"]) },
    ];
    const count = (group?: string | null) =>
      evaluateAlerts([{ id: "r", kind: "threshold", metric: "m", above: 1, group }], series).length;
    expect(count()).toBe(2);
    expect(count("a")).toBe(1);
    expect(count(null)).toBe(1);
  });

  it("fires only if significant when asked", () => {
    const small = { model: "share" as const, successes: 18, n: 60 };
    const large = { model: "share" as const, successes: 180, n: 600 };
    const rule: AlertRule = {
      id: "low",
      kind: "threshold",
      metric: "win_rate",
      below: "0.35",
      onlyIfSignificant: true,
    };
    const run = (sample: typeof small) =>
      evaluateAlerts(
        [rule],
        [{ metric: "win_rate", points: [{ period: "2025-03", value: "0.3", sample }] }],
      );
    expect(run(small)).toEqual([]);
    expect(run(large).map((a) => a.message.en)).toEqual([
      "win_rate 2025-03: 0.3 is below 0.35 (significant at 95%)",
    ]);
    const change: AlertRule = {
      id: "fall",
      kind: "change",
      metric: "nps",
      by: 10,
      onlyIfSignificant: true,
    };
    const nps = (promoters: number, detractors: number, scale: number) => ({
      model: "nps" as const,
      promoters: promoters * scale,
      passives: 20 * scale,
      detractors: detractors * scale,
    });
    const series = (scale: number) => [
      {
        metric: "nps",
        points: [
          { period: "2025-02", value: 20, sample: nps(40, 20, scale) },
          { period: "2025-03", value: 7, sample: nps(33, 26, scale) },
        ],
      },
    ];
    expect(evaluateAlerts([change], series(1))).toEqual([]);
    expect(evaluateAlerts([change], series(10)).length).toBe(1);
  });

  it("refuses series it cannot read, and significance without evidence", () => {
    const hostile = [
      {
        metric: "m",
        points: [
          { period: "", value: "x" },
          { period: "p", value: 1, sample: { model: "poll" } },
        ],
      },
    ] as unknown as AlertSeries[];
    const error = expectKpiError(
      () => evaluateAlerts([{ id: "r", kind: "threshold", metric: "m", above: 1 }], hostile),
      "invalid_argument",
    );
    expect(error.issues.map((issue) => issue.path.join("."))).toEqual([
      "series.0.points.0.period",
      "series.0.points.0.value",
      "series.0.points.1.sample",
    ]);
    expectKpiError(
      () =>
        evaluateAlerts(
          [{ id: "r", kind: "threshold", metric: "m", above: 1, onlyIfSignificant: true }],
          [{ metric: "m", points: [{ period: "p", value: 2 }] }],
        ),
      "invalid_argument",
      { path: ["series", 0, "points", 0, "sample"] },
    );
    expectKpiError(
      () =>
        evaluateAlerts(
          [{ id: "r", kind: "threshold", metric: "m", above: 0, onlyIfSignificant: true }],
          [
            {
              metric: "m",
              points: [{ period: "p", value: 2, sample: { model: "share", successes: 3, n: 2 } }],
            },
          ],
        ),
      "inconsistent_inputs",
      { path: ["series", 0, "points", 0, "sample", "successes"] },
    );
  });
});
