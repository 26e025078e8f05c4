import { describe, expect, it } from "vitest";
import { KDecimal } from "../../src/core/decimal.js";
import { winRate } from "../../src/metrics/sales/winRate.js";
import { defineMetric } from "../../src/model/defineMetric.js";
import { parseTargets } from "../../src/target/parseTargets.js";
import { statusBandsSchema, targetsFileSchema } from "../../src/target/schema.js";
import { expectKpiError } from "../support/expectKpiError.js";

const d = (value: string | number) => new KDecimal(value);

const file = JSON.stringify({
  targets: [
    { metric: "sales_revenue", period: "2025-03", target: "1500000000.50", weight: 3 },
    { metric: "win_rate", period: "2025-03", target: 0.3, label: "Win rate" },
    {
      metric: "sales_cycle_length",
      period: "2025-Q1",
      target: { min: 20, max: 30 },
      bands: { onTrack: 1, atRisk: "0.95" },
    },
    {
      metric: "sales_revenue",
      period: "FY2025-Q4",
      target: 4_000_000_000,
      group: "Jawa Barat",
    },
  ],
});

describe("parseTargets", () => {
  it("reads JSON text into Decimals and Periods in the calendar", () => {
    const calendar = { timeZone: "Asia/Jakarta", fiscalYearStartMonth: 4 } as const;
    const targets = parseTargets(file, { calendar });
    expect(targets).toHaveLength(4);
    const [revenue, win, cycle, regional] = targets;
    expect(revenue?.metricId).toBe("sales_revenue");
    expect(revenue?.target).toEqual(d("1500000000.5"));
    expect(revenue?.weight).toEqual(d(3));
    expect(revenue?.bands).toBeNull();
    expect(revenue?.group).toBeNull();
    expect(revenue?.period.start.toISOString()).toBe("2025-02-28T17:00:00.000Z");
    expect(win?.target).toEqual(d("0.3"));
    expect(win?.label).toBe("Win rate");
    expect(win?.weight).toBeNull();
    expect(cycle?.target).toEqual({ min: d(20), max: d(30) });
    expect(cycle?.bands).toEqual({ onTrack: d(1), atRisk: d("0.95") });
    expect(cycle?.period.granularity).toBe("quarter");
    // FY2025 from April, named by the year it ends: Q4 is January–March 2025.
    expect(regional?.period.granularity).toBe("fiscal_quarter");
    expect(regional?.period.start.toISOString()).toBe("2024-12-31T17:00:00.000Z");
    expect(regional?.group).toBe("Jawa Barat");
    expect(regional?.index).toBe(3);
  });

  it("accepts a parsed object and your own metrics", () => {
    const label = { en: "x", id: "x" };
    const demos = defineMetric({
      id: "demos_booked",
      label,
      description: label,
      formula: "demos",
      category: "sales",
      unit: "count",
      direction: "higher_is_better",
      inputs: { demos: { domain: "count", rollup: "sum", label } },
      references: [],
      compute: ({ demos }) => ({ value: demos, reason: null }),
    });
    const targets = parseTargets(
      { targets: [{ metric: "demos_booked", period: "2025-W11", target: 40 }] },
      { metrics: [demos] },
    );
    expect(targets[0]?.metric).toBe(demos);
    expect(targets[0]?.period.granularity).toBe("week");
    expect(parseTargets({ targets: [] })).toEqual([]);
  });

  it("reports every problem at once, in file order, with codes and paths", () => {
    const error = expectKpiError(
      () =>
        parseTargets({
          targets: [
            { metric: "win_rat", period: "2025-03", target: 0.3 },
            { metric: "win_rate", period: "2025-13", target: { min: 0.4, max: 0.2 } },
            { metric: "win_rate", period: "March", target: "abc", weight: -1, owner: "Budi" },
            { metric: 5, period: "2025-03", bands: { onTrack: 0.9, atRisk: 1 } },
            "win_rate",
            { metric: "win_rate", period: "2025-02", target: null },
          ],
        }),
      "unknown_metric",
    );
    expect(error.issues.map((issue) => [issue.code, issue.path.join(".")])).toEqual([
      ["unknown_metric", "targets.0.metric"],
      ["invalid_period", "targets.1.period"],
      ["invalid_target", "targets.1.target"],
      ["invalid_target", "targets.2.weight"],
      ["invalid_target", "targets.2"],
      ["invalid_period", "targets.2.period"],
      ["invalid_target", "targets.2.target"],
      ["invalid_target", "targets.3.metric"],
      ["invalid_target", "targets.3.target"],
      ["invalid_option", "targets.3.bands"],
      ["invalid_target", "targets.4"],
      ["invalid_target", "targets.5.target"],
    ]);
    expect(error.message.startsWith("12 problems:\n")).toBe(true);
    expect(error.issues.map((issue) => issue.message)).toEqual([
      'parseTargets: targets[0].metric must be the id of a metric in the catalog or in options.metrics, received "win_rat"',
      'parseTargets: targets[1].period must be a period that exists in the calendar (a real date, a week number the week-year has, a month 01-12), received "2025-13"',
      "parseTargets: targets[1].target must be a range whose min is at most its max, received min 0.4, max 0.2",
      "parseTargets: targets[2].weight must be a non-negative weight, received -1",
      'parseTargets: targets[2] must be an object { metric, period, target, bands?, weight?, group?, label? } with no other fields, received an object with field "owner"',
      expect.stringContaining("parseTargets: targets[2].period must be a period key"),
      'parseTargets: targets[2].target must be a number, a plain decimal string, or a { min, max } range, received "abc"',
      "parseTargets: targets[3].metric must be the id of a metric in the catalog or in options.metrics, received 5",
      "parseTargets: targets[3].target must be a number, a plain decimal string, or a { min, max } range, received undefined",
      "parseTargets: targets[3].bands must be an at-risk threshold at most the on-track threshold, received onTrack 0.9, atRisk 1",
      'parseTargets: targets[4] must be an object { metric, period, target, bands?, weight?, group?, label? } with no other fields, received "win_rate"',
      "parseTargets: targets[5].target must be a number, a plain decimal string, or a { min, max } range, received null",
    ]);
  });

  it("rejects two targets for the same metric, period and group", () => {
    expectKpiError(
      () =>
        parseTargets({
          targets: [
            { metric: "win_rate", period: "2025-03", target: 0.3 },
            { metric: "win_rate", period: "2025-03", target: 0.3, group: "Bali" },
            { metric: "win_rate", period: "2025-03", target: 0.35 },
          ],
        }),
      "invalid_target",
      {
        message:
          "parseTargets: targets[2] must be one target per metric, period and group, received a second target for win_rate in 2025-03",
        path: ["targets", 2],
      },
    );
  });

  it("rejects malformed JSON and files of the wrong shape", () => {
    expectKpiError(
      () => parseTargets("{ targets: [ }"),
      "invalid_target",
      /^parseTargets: the argument must be JSON text or a parsed object of the form \{ targets: \[\.\.\.\] \}, received text that is not JSON \(/,
    );
    expectKpiError(
      () => parseTargets("[]"),
      "invalid_target",
      "parseTargets: the argument must be an object { targets: [...] }, received an array of length 0",
    );
    expectKpiError(
      () => parseTargets({ targets: {} }),
      "invalid_target",
      "parseTargets: targets must be an object { targets: [...] }, received an object",
    );
    expectKpiError(() => parseTargets({ targets: [], version: 2 }), "invalid_target", {
      path: [],
    });
  });

  it("checks the shape without zod, with the words of targetsFileSchema", () => {
    const error = expectKpiError(
      () =>
        parseTargets({
          version: 2,
          targets: [
            { period: "2025-03", target: 1, group: Number.POSITIVE_INFINITY, label: 7 },
            JSON.parse('{"metric":"win_rate","period":"2025-04","target":1,"__proto__":{}}'),
            { metric: "win_rate", period: 202505, target: 1, weight: "1,5", bands: undefined },
          ],
        }),
      "invalid_target",
    );
    expect(error.issues.map((issue) => [issue.code, issue.message])).toEqual([
      [
        "invalid_target",
        'parseTargets: the argument must be an object { targets: [...] }, received an object with field "version"',
      ],
      [
        "invalid_target",
        "parseTargets: targets[0].metric must be the id of a metric in the catalog or in options.metrics, received undefined",
      ],
      [
        "invalid_target",
        "parseTargets: targets[0].group must be a group: a string, a finite number or a boolean, received Infinity",
      ],
      ["invalid_target", "parseTargets: targets[0].label must be a string, received 7"],
      [
        "invalid_target",
        'parseTargets: targets[1] must be an object { metric, period, target, bands?, weight?, group?, label? } with no other fields, received an object with field "__proto__"',
      ],
      [
        "invalid_target",
        'parseTargets: targets[2].period must be a period key such as "2025-03", "2025-Q1" or "FY2025", received 202505',
      ],
      [
        "invalid_target",
        'parseTargets: targets[2].weight must be a non-negative weight, received "1,5"',
      ],
    ]);
    expectKpiError(
      () => parseTargets({}),
      "invalid_target",
      "parseTargets: targets must be an object { targets: [...] }, received undefined",
    );
    // Absent optional fields may also be given as undefined; a weight of 0 is allowed.
    expect(
      parseTargets({
        targets: [
          {
            metric: "win_rate",
            period: "2025-03",
            target: 1,
            weight: 0,
            group: undefined,
            label: undefined,
          },
        ],
      })[0]?.weight,
    ).toEqual(d(0));
  });

  it("rejects bad options", () => {
    expectKpiError(
      () => parseTargets({ targets: [] }, { calendar: { timeZone: "Mars/Olympus" } }),
      "invalid_time_zone",
    );
    expectKpiError(
      () => parseTargets({ targets: [] }, { metrics: [1] as never }),
      "invalid_option",
      "parseTargets: options.metrics[0] must be a metric made with defineMetric, given as itself (such as winRate; look a built-in id up with getMetric), received 1",
    );
    expectKpiError(
      () => parseTargets({ targets: [] }, { metrics: winRate as never }),
      "invalid_option",
      { path: ["options", "metrics"], message: /^parseTargets: option "metrics" must be a metric/ },
    );
  });
});

describe("targetsFileSchema and statusBandsSchema", () => {
  it("accept valid files and bands", () => {
    expect(
      targetsFileSchema().safeParse({
        targets: [
          {
            metric: "x",
            period: "y",
            target: { min: "1", max: 2 },
            bands: { onTrack: { min: 0.95, max: 1.05 }, atRisk: { min: 0.9, max: 1.1 } },
            weight: 0,
            group: "g",
            label: "l",
          },
        ],
      }).success,
    ).toBe(true);
    expect(statusBandsSchema().safeParse({ onTrack: "1", atRisk: "1" }).success).toBe(true);
  });

  it("reject bad values with the library's words", () => {
    const result = targetsFileSchema().safeParse({
      targets: [{ metric: "x", period: "y", target: { min: 2, max: 1 } }],
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe("a range whose min is at most its max");
    expect(
      statusBandsSchema().safeParse({
        onTrack: { min: 0.9, max: 1.1 },
        atRisk: { min: 0.95, max: 1.05 },
      }).success,
    ).toBe(false);
    expect(statusBandsSchema().safeParse({ onTrack: 1, atRisk: { min: 0, max: 2 } }).success).toBe(
      false,
    );
    expect(statusBandsSchema().safeParse({ onTrack: "1,0", atRisk: 0.9 }).success).toBe(false);
  });
});
