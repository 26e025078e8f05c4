import { describe, expect, it } from "vitest";
import { KDecimal } from "../../src/core/decimal.js";
import { salesRevenue } from "../../src/metrics/sales/salesRevenue.js";
import { winRate } from "../../src/metrics/sales/winRate.js";
import { defineMetric } from "../../src/model/defineMetric.js";
import { NRF_RETAIL_CALENDAR } from "../../src/period/nrfRetailCalendar.js";
import { parsePeriod } from "../../src/period/parsePeriod.js";
import { parseTargets } from "../../src/target/parseTargets.js";
import { targetFor } from "../../src/target/targetFor.js";
import { expectKpiError } from "../support/expectKpiError.js";

const jakarta = { timeZone: "Asia/Jakarta" } as const;

const targets = parseTargets(
  {
    targets: [
      { metric: "win_rate", period: "2025-03", target: 0.3, weight: 2, label: "Win rate" },
      { metric: "win_rate", period: "2025-03", target: 0.35, group: "Bali" },
      { metric: "win_rate", period: "2025-03", target: 0.4, group: 7 },
      { metric: "win_rate", period: "2025-04", target: 0.32 },
      { metric: "sales_revenue", period: "2025-03", target: "1250000000" },
      { metric: "sales_cycle_length", period: "2025-Q1", target: { min: 20, max: 30 } },
    ],
  },
  { calendar: jakarta },
);

describe("targetFor", () => {
  it("finds the target of a metric in a period, by metric or id, key or Period", () => {
    const march = targetFor(targets, winRate, "2025-03");
    expect(march).toBe(targets[0]);
    expect(march?.target).toEqual(new KDecimal("0.3"));
    expect(march?.weight).toEqual(new KDecimal(2));
    expect(march?.label).toBe("Win rate");
    expect(targetFor(targets, "win_rate", "2025-04")).toBe(targets[3]);
    expect(targetFor(targets, salesRevenue, parsePeriod("2025-03", jakarta))).toBe(targets[4]);
    expect(targetFor(targets, "sales_cycle_length", "2025-Q1")?.target).toEqual({
      min: new KDecimal(20),
      max: new KDecimal(30),
    });
  });

  it("a group is matched strictly; no group means the target without one", () => {
    expect(targetFor(targets, winRate, "2025-03", { group: "Bali" })).toBe(targets[1]);
    expect(targetFor(targets, winRate, "2025-03", { group: 7 })).toBe(targets[2]);
    expect(targetFor(targets, winRate, "2025-03", { group: "7" })).toBeNull();
    expect(targetFor(targets, winRate, "2025-03", { group: null })).toBe(targets[0]);
    expect(targetFor(targets, winRate, "2025-04", { group: "Bali" })).toBeNull();
  });

  it("is null when there is no target: another period, another metric, another granularity", () => {
    expect(targetFor(targets, winRate, "2025-05")).toBeNull();
    expect(targetFor(targets, salesRevenue, "2025-04")).toBeNull();
    expect(targetFor(targets, winRate, "2025-Q1")).toBeNull();
    // A metric object needs no target to be asked about (your own metric, say).
    const custom = defineMetric({
      id: "calls_made",
      label: { en: "Calls made", id: "Panggilan" },
      description: { en: "Calls.", id: "Panggilan." },
      formula: "calls",
      references: [],
      category: "sales",
      unit: "count",
      direction: "higher_is_better",
      inputs: {
        calls: { domain: "count", rollup: "sum", label: { en: "Calls", id: "Panggilan" } },
      },
      compute: ({ calls }) => ({ value: calls, reason: null }),
    });
    expect(targetFor(targets, custom, "2025-03")).toBeNull();
    expect(targetFor([], winRate, "2025-03")).toBeNull();
  });

  it("works on targets made by hand", () => {
    const hand = [
      { metricId: "win_rate", period: { key: "2025-03" }, target: "0.3" },
      { metricId: "win_rate", period: { key: "2025-03" }, target: 0.5, group: "Bali" },
    ];
    expect(targetFor(hand as never, winRate, "2025-03", { group: "Bali" })).toBe(hand[1]);
    // No metric carried: an id cannot be resolved.
    expectKpiError(() => targetFor(hand as never, "win_rate", "2025-03"), "unknown_metric", {
      path: ["metric"],
    });
  });

  it("refuses an id no target carries, rather than answering null for a typo", () => {
    expectKpiError(
      () => targetFor(targets, "win_rat", "2025-03"),
      "unknown_metric",
      'targetFor: metric must be the id of a metric that has a target in targets, or a metric made with defineMetric, received "win_rat"',
    );
  });

  it("a Period in another calendar than its target is refused: the key names other instants", () => {
    expectKpiError(() => targetFor(targets, winRate, parsePeriod("2025-03")), "invalid_calendar", {
      path: ["period", "calendar"],
      message:
        'targetFor: period.calendar must be the calendar of the matching target\'s period (pass the series\' calendar to parseTargets), received timeZone "UTC", while targets[0].period.calendar has timeZone "Asia/Jakarta"',
    });
    // No target, nothing to compare.
    expect(targetFor(targets, winRate, parsePeriod("2025-05"))).toBeNull();
  });

  it("a Period in another retail calendar than its target is refused: RY keys name other weeks", () => {
    const september = {
      yearEnd: "last",
      yearEndMonth: 9,
      pattern: "4-4-5",
      leapWeekPeriod: 3,
      yearNaming: "end_year",
    } as const;
    const retailTargets = parseTargets(
      { targets: [{ metric: "win_rate", period: "RY2024-Q1", target: 0.3 }] },
      { calendar: { retail: september } },
    );
    // Same zone, week start and fiscal year; only the retail part differs (NRF's by default).
    expectKpiError(
      () => targetFor(retailTargets, winRate, parsePeriod("RY2024-Q1")),
      "invalid_calendar",
      {
        path: ["period", "calendar"],
        message:
          'targetFor: period.calendar must be the calendar of the matching target\'s period (pass the series\' calendar to parseTargets), received retail {"weekStartsOn":0,"yearEnd":"nearest","yearEndMonth":1,"pattern":"4-5-4","leapWeekPeriod":12,"yearNaming":"start_year"}, while targets[0].period.calendar has retail {"weekStartsOn":0,"yearEnd":"last","yearEndMonth":9,"pattern":"4-4-5","leapWeekPeriod":3,"yearNaming":"end_year"}',
      },
    );
    const found = targetFor(
      retailTargets,
      winRate,
      parsePeriod("RY2024-Q1", { retail: september }),
    );
    expect(found).toBe(retailTargets[0]);
    // No retail part is the NRF calendar's: the same keys, so the same calendar.
    const nrfTargets = parseTargets(
      { targets: [{ metric: "win_rate", period: "RY2024-Q1", target: 0.3 }] },
      { calendar: { retail: NRF_RETAIL_CALENDAR } },
    );
    expect(targetFor(nrfTargets, winRate, parsePeriod("RY2024-Q1"))).toBe(nrfTargets[0]);
  });

  it("refuses malformed arguments with a KpiError naming each", () => {
    const error = expectKpiError(
      () =>
        targetFor({} as never, 5 as never, 202503 as never, { group: { region: "Bali" } } as never),
      "invalid_argument",
    );
    expect(error.issues.map((issue) => [issue.code, issue.path.join(".")])).toEqual([
      ["invalid_argument", "targets"],
      ["invalid_argument", "metric"],
      ["invalid_argument", "period"],
      ["invalid_option", "options.group"],
    ]);
    expect(error.issues[2]?.message).toBe(
      'targetFor: period must be a Period or a period key such as "2025-03", received 202503',
    );
    expectKpiError(() => targetFor(targets, undefined as never, "2025-03"), "invalid_argument", {
      path: ["metric"],
    });
    expectKpiError(
      () => targetFor(targets, winRate, "2025-03", "Bali" as never),
      "invalid_argument",
      {
        path: ["options"],
      },
    );
    expectKpiError(() => targetFor([null] as never, winRate, "2025-03"), "invalid_argument", {
      path: ["targets", 0],
    });
    expectKpiError(
      () => targetFor(targets, winRate, { key: "2025-03", calendar: { timeZone: "Mars/Base" } }),
      "invalid_time_zone",
    );
  });
});
