import { describe, expect, it } from "vitest";
import { KDecimal } from "../../src/core/decimal.js";
import type { KpiError, KpiErrorCode } from "../../src/core/errors.js";
import { divide } from "../../src/core/result.js";
import { customerRetentionRate } from "../../src/metrics/customer/customerRetentionRate.js";
import { customerAcquisitionCost } from "../../src/metrics/marketing/customerAcquisitionCost.js";
import { averageDealSize } from "../../src/metrics/sales/averageDealSize.js";
import { newProspects } from "../../src/metrics/sales/newProspects.js";
import { salesCycleLength } from "../../src/metrics/sales/salesCycleLength.js";
import { salesRevenue } from "../../src/metrics/sales/salesRevenue.js";
import { unitsSold } from "../../src/metrics/sales/unitsSold.js";
import { winRate } from "../../src/metrics/sales/winRate.js";
import { defineMetric } from "../../src/model/defineMetric.js";
import { parsePeriod } from "../../src/period/parsePeriod.js";
import { pace } from "../../src/target/pace.js";
import { isPaceable } from "../../src/target/paceable.js";
import { expectKpiError } from "../support/expectKpiError.js";

const fraction = (numerator: number, denominator: number) =>
  new KDecimal(numerator).div(denominator);
const jakarta = { timeZone: "Asia/Jakarta" };
const newYork = { timeZone: "America/New_York" };

/** expectKpiError, and the code of every issue in order (and words each message contains). */
function expectIssueCodes(run: () => unknown, codes: string[], messages: string[] = []): KpiError {
  const error = expectKpiError(run, codes[0] as KpiErrorCode);
  expect(error.issues.map((issue) => issue.code)).toEqual(codes);
  for (const message of messages) expect(error.message).toContain(message);
  return error;
}

describe("pace: halfway through a month in Asia/Jakarta", () => {
  const base = {
    metric: salesRevenue,
    target: 1_000_000_000,
    period: "2025-03",
    calendar: jakarta,
  } as const;

  it("16 March 12:00 WIB is exactly half of March: expected 500 M, run-rate 2 × actual", () => {
    const pacing = pace({ ...base, actualToDate: 450_000_000, asOf: "2025-03-16T12:00" });
    expect(pacing.period.key).toBe("2025-03");
    expect(pacing.period.start.toISOString()).toBe("2025-02-28T17:00:00.000Z");
    expect(pacing.asOf.toISOString()).toBe("2025-03-16T05:00:00.000Z");
    expect(pacing.elapsedShare.toString()).toBe("0.5");
    expect(pacing.expectedToDate?.toString()).toBe("500000000");
    expect(pacing.varianceToDate?.toString()).toBe("-50000000");
    expect(pacing.projected?.toString()).toBe("900000000");
    expect(pacing.projectedReason).toBeNull();
    expect(pacing.projectedAttainment?.toString()).toBe("0.9");
    expect(pacing.status).toBe("at_risk");
    expect(pacing.projection.variance?.toString()).toBe("-100000000");
    expect(pacing.metricId).toBe("sales_revenue");
  });

  it("the same instant given as a Date, epoch ms or an offset string", () => {
    for (const asOf of [
      new Date("2025-03-16T05:00:00Z"),
      Date.UTC(2025, 2, 16, 5),
      "2025-03-16T12:00:00+07:00",
    ]) {
      expect(pace({ ...base, actualToDate: 1, asOf }).elapsedShare.toString()).toBe("0.5");
    }
  });

  it("is computed in the calendar's zone: 15 March 17:00 UTC is already 16 March in Jakarta", () => {
    const pacing = pace({ ...base, actualToDate: 600_000_000, asOf: "2025-03-15T17:00:00Z" });
    expect(pacing.elapsedShare).toEqual(fraction(15, 31));
    // 600 M × 31 / 15 = 1 240 M: on track.
    expect(pacing.projected?.toString()).toBe("1240000000");
    expect(pacing.status).toBe("on_track");
    // In UTC the same instant is 14 days and 17 hours into March.
    const utc = pace({
      ...base,
      calendar: undefined,
      actualToDate: 1,
      asOf: "2025-03-15T17:00:00Z",
    });
    expect(utc.elapsedShare).toEqual(new KDecimal(14 * 24 + 17).div(31 * 24));
  });

  it("a Period value carries its calendar", () => {
    const period = parsePeriod("2025-03", jakarta);
    const pacing = pace({
      metric: salesRevenue,
      actualToDate: 1,
      target: 2,
      period,
      asOf: "2025-03-16T12:00",
    });
    expect(pacing.elapsedShare.toString()).toBe("0.5");
    expectIssueCodes(
      () =>
        pace({
          metric: salesRevenue,
          actualToDate: 1,
          target: 2,
          period,
          asOf: 0,
          calendar: newYork,
        }),
      ["invalid_calendar"],
      ["pace: calendar must be the calendar of the period given"],
    );
  });

  it("before the start nothing is expected; at and after the end the projection is the actual", () => {
    const before = pace({ ...base, actualToDate: 0, asOf: "2025-02-28T23:00" });
    expect(before.elapsedShare.toString()).toBe("0");
    expect(before.expectedToDate?.toString()).toBe("0");
    expect(before.projected).toBeNull();
    expect(before.projectedReason).toBe("not_started");
    expect(before.status).toBe("no_data");
    const start = pace({ ...base, actualToDate: 0, asOf: "2025-03-01" });
    expect(start.projectedReason).toBe("not_started");
    const end = pace({ ...base, actualToDate: 1_100_000_000, asOf: "2025-04-01" });
    expect(end.elapsedShare.toString()).toBe("1");
    expect(end.projected?.toString()).toBe("1100000000");
    expect(end.status).toBe("on_track");
    const after = pace({ ...base, actualToDate: 800_000_000, asOf: "2025-06-01" });
    expect(after.elapsedShare.toString()).toBe("1");
    expect(after.status).toBe("off_track");
  });

  it("never returns a negative zero (a negative target before the start)", () => {
    const loss = pace({
      direction: "higher_is_better",
      actualToDate: 0,
      target: -500,
      period: "2025-03",
      calendar: jakarta,
      asOf: "2025-02-20",
    });
    const zeros = [loss.expectedToDate, loss.varianceToDate, loss.elapsedShare, loss.actualToDate];
    for (const value of zeros) {
      expect(value?.isZero()).toBe(true);
      expect(value?.isNegative()).toBe(false);
      expect(Object.is(value?.toNumber(), -0)).toBe(false);
    }
    expect(loss.expectedToDate?.toString()).toBe("0");
    // And with the target reached exactly: variance 0, unsigned.
    const exact = pace({
      direction: "higher_is_better",
      actualToDate: -250,
      target: -500,
      period: "2025-03",
      calendar: jakarta,
      asOf: "2025-03-16T12:00",
    });
    expect(exact.varianceToDate?.isNegative()).toBe(false);
    expect(exact.varianceToDate?.toString()).toBe("0");
  });

  it("a non-zero actual before the period starts is an error: nothing can have accrued", () => {
    const error = expectIssueCodes(
      () => pace({ ...base, actualToDate: 10, asOf: "2025-02-28T23:00" }),
      ["inconsistent_inputs"],
    );
    expect(error.issues[0]?.path).toEqual(["actualToDate"]);
    expect(error.message).toBe(
      "pace: actualToDate must be 0 or null, because asOf is before the period starts and nothing can have accrued yet, received 10 with asOf 2025-02-28T16:00:00.000Z before the period starts at 2025-02-28T17:00:00.000Z",
    );
    // 0 and null are fine before the start; from the start on, any actual is accepted.
    expect(pace({ ...base, actualToDate: null, asOf: "2025-02-28T23:00" }).status).toBe("no_data");
    expect(pace({ ...base, actualToDate: 10, asOf: "2025-03-01" }).projectedReason).toBe(
      "not_started",
    );
  });

  it("no data: a null actual or target", () => {
    const noActual = pace({ ...base, actualToDate: null, asOf: "2025-03-16T12:00" });
    expect(noActual.status).toBe("no_data");
    expect(noActual.projected).toBeNull();
    expect(noActual.projectedReason).toBe("no_data");
    expect(noActual.expectedToDate?.toString()).toBe("500000000");
    const noTarget = pace({ ...base, target: null, actualToDate: 5, asOf: "2025-03-16T12:00" });
    expect(noTarget.status).toBe("no_data");
    expect(noTarget.projected?.toString()).toBe("10");
    expect(noTarget.expectedToDate).toBeNull();
  });
});

describe("pace: across a daylight-saving change in America/New_York", () => {
  const base = {
    metric: unitsSold,
    target: 3100,
    period: "2025-03",
    calendar: newYork,
  } as const;

  it("March 2025 has 743 real hours (the 9th has 23); linear counts calendar days", () => {
    const period = parsePeriod("2025-03", newYork);
    expect(period.end.getTime() - period.start.getTime()).toBe(743 * 3_600_000);
    // Midnight starting 16 March: 15 whole days of 31.
    const linear = pace({ ...base, actualToDate: 1500, asOf: "2025-03-16T00:00" });
    expect(linear.elapsedShare).toEqual(fraction(15, 31));
    expect(linear.expectedToDate?.toString()).toBe("1500");
    expect(linear.projected?.toString()).toBe("3100");
    expect(linear.status).toBe("on_track");
    // By real time it is 359 of 743 hours.
    const elapsed = pace({
      ...base,
      actualToDate: 1500,
      asOf: "2025-03-16T00:00",
      curve: "elapsed_time",
    });
    expect(elapsed.elapsedShare).toEqual(fraction(359, 743));
    expect(elapsed.projected).toEqual(new KDecimal(1500).times(743).div(359));
  });

  it("noon on the 23-hour day: 8 days + 11/23 of the 9th (linear) vs 203/743 hours (elapsed time)", () => {
    const asOf = "2025-03-09T12:00";
    const linear = pace({ ...base, actualToDate: 780, asOf });
    expect(linear.asOf.toISOString()).toBe("2025-03-09T16:00:00.000Z");
    expect(linear.elapsedShare).toEqual(fraction(8 * 23 + 11, 23 * 31));
    expect(linear.projected).toEqual(new KDecimal(780).times(713).div(195));
    const elapsed = pace({ ...base, actualToDate: 780, asOf, curve: "elapsed_time" });
    expect(elapsed.elapsedShare).toEqual(fraction(203, 743));
  });

  it("noon on the 25-hour day in November: 1 day + 13/25 of the 2nd", () => {
    const pacing = pace({
      metric: unitsSold,
      target: 3000,
      period: "2025-11",
      calendar: newYork,
      actualToDate: 100,
      asOf: "2025-11-02T12:00",
    });
    expect(pacing.asOf.toISOString()).toBe("2025-11-02T17:00:00.000Z");
    expect(pacing.elapsedShare).toEqual(fraction(38, 750));
    expect(pacing.expectedToDate?.toString()).toBe("152");
  });
});

describe("pace: custom curves", () => {
  const isWeekday = (key: string) => {
    const day = new Date(`${key}T00:00:00Z`).getUTCDay();
    return day !== 0 && day !== 6;
  };

  it("working days: weekends weigh 0 (March 2025 has 21 weekdays; 10 done by Saturday the 15th)", () => {
    const pacing = pace({
      metric: salesRevenue,
      actualToDate: 500,
      target: 2100,
      period: "2025-03",
      calendar: jakarta,
      asOf: "2025-03-15T10:00",
      curve: { by: "day", weights: (day) => (isWeekday(day.key) ? 1 : 0) },
    });
    expect(pacing.elapsedShare).toEqual(fraction(10, 21));
    expect(pacing.expectedToDate?.toString()).toBe("1000");
    expect(pacing.projected?.toString()).toBe("1050");
    expect(pacing.status).toBe("off_track");
  });

  it("a weekend at the start of the month: nothing expected yet, no projection", () => {
    const pacing = pace({
      metric: salesRevenue,
      actualToDate: 10,
      target: 2100,
      period: "2025-03",
      calendar: jakarta,
      asOf: "2025-03-02T10:00",
      curve: { by: "day", weights: (day) => (isWeekday(day.key) ? 1 : 0) },
    });
    expect(pacing.elapsedShare.toString()).toBe("0");
    expect(pacing.projectedReason).toBe("not_started");
  });

  it("seasonality by month in a quarter: weights 1, 1, 2", () => {
    const base = {
      metric: salesRevenue,
      actualToDate: 300,
      target: 1000,
      period: "2025-Q1",
      calendar: jakarta,
      curve: { by: "month", weights: [1, 1, "2"] },
    } as const;
    expect(pace({ ...base, asOf: "2025-03-01" }).elapsedShare.toString()).toBe("0.5");
    // Halfway through February (14 of 28 days): (1 + 0.5) / 4.
    const mid = pace({ ...base, asOf: "2025-02-15" });
    expect(mid.elapsedShare.toString()).toBe("0.375");
    expect(mid.projected?.toString()).toBe("800");
  });

  it("fiscal quarters: FY2025-Q1 from April in Jakarta", () => {
    const pacing = pace({
      metric: newProspects,
      actualToDate: 45,
      target: 91,
      period: "FY2026-Q1",
      calendar: { timeZone: "Asia/Jakarta", fiscalYearStartMonth: 4 },
      asOf: "2025-05-16",
    });
    // 1 April – 30 June 2025 is 91 days; 45 have passed by 16 May.
    expect(pacing.elapsedShare).toEqual(fraction(45, 91));
    expect(pacing.projected?.toString()).toBe("91");
  });

  it("rejects curves that do not fit", () => {
    const base = {
      metric: salesRevenue,
      actualToDate: 1,
      target: 1,
      period: "2025-03",
      asOf: "2025-03-10",
    } as const;
    expectIssueCodes(
      () => pace({ ...base, curve: { by: "week", weights: () => 1 } }),
      ["invalid_option"],
      [
        'pace: curve.by must be a granularity whose periods tile the paced period exactly (2025-03), received "week"',
      ],
    );
    expectIssueCodes(
      () => pace({ ...base, curve: { by: "day", weights: [1, 2, 3] } }),
      ["invalid_option"],
      ["one weight for each sub-period of the paced period (31)"],
    );
    expectIssueCodes(
      () => pace({ ...base, curve: { by: "month", weights: [-1] } }),
      ["invalid_option"],
      ["pace: curve.weights[0] must be a non-negative weight, received -1"],
    );
    expectIssueCodes(
      () => pace({ ...base, curve: { by: "month", weights: [0] } }),
      ["invalid_option"],
      ["weights whose total over the period is positive"],
    );
    expectIssueCodes(() => pace({ ...base, curve: "smooth" as never }), ["invalid_option"]);
    expectIssueCodes(
      () => pace({ ...base, curve: { by: "day", weights: [], shape: 1 } as never }),
      ["invalid_option"],
      ['received an object with field "shape"'],
    );
  });
});

describe("pace: only flows", () => {
  const base = { actualToDate: 1, target: 2, period: "2025-03", asOf: "2025-03-10" } as const;

  it("paceable: revenue (money amounts), units sold and prospects (counts)", () => {
    expect(isPaceable(salesRevenue)).toBe(true);
    expect(isPaceable(unitsSold)).toBe(true);
    expect(isPaceable(newProspects)).toBe(true);
  });

  it("not paceable: ratios, per-unit averages, days, snapshots", () => {
    for (const metric of [
      winRate,
      averageDealSize,
      customerAcquisitionCost,
      salesCycleLength,
      customerRetentionRate,
    ]) {
      expect(isPaceable(metric)).toBe(false);
    }
    expectIssueCodes(
      () => pace({ ...base, metric: winRate }),
      ["not_paceable"],
      [
        'pace: metric must be a flow metric that accumulates over the period: unit currency with every input a money amount, or unit count with every input a count, and every input rolling up by sum, received win_rate: unit "ratio", a value that does not add up over time',
      ],
    );
    expectIssueCodes(
      () => pace({ ...base, metric: averageDealSize }),
      ["not_paceable"],
      [
        'average_deal_size: unit "currency" with input "wonDeals" of domain "count", a per-unit average',
      ],
    );
    expectIssueCodes(
      () => pace({ ...base, metric: customerRetentionRate }),
      ["not_paceable"],
      ["customer_retention_rate: input", "rolls up by", "not a flow"],
    );
  });

  it("a custom flow made with defineMetric is paceable; a snapshot is not", () => {
    const label = { en: "x", id: "x" };
    const adSpend = defineMetric({
      id: "ad_spend",
      label,
      description: label,
      formula: "search + social",
      category: "marketing",
      unit: "currency",
      direction: "lower_is_better",
      inputs: {
        search: { domain: "non_negative_amount", rollup: "sum", label },
        social: { domain: "non_negative_amount", rollup: "sum", label },
      },
      references: [],
      compute: ({ search, social }) => ({ value: search.plus(social), reason: null }),
    });
    const pipeline = defineMetric({
      id: "open_pipeline",
      label,
      description: label,
      formula: "pipeline",
      category: "sales",
      unit: "currency",
      direction: "higher_is_better",
      inputs: { pipeline: { domain: "non_negative_amount", rollup: "last", label } },
      references: [],
      compute: ({ pipeline }) => divide(pipeline, new KDecimal(1)),
    });
    // A budget: spending 60 by the 16th of a 31-day month projects 124 against 100 — off track.
    const pacing = pace({
      metric: adSpend,
      actualToDate: 60,
      target: 100,
      period: "2025-03",
      asOf: "2025-03-16",
    });
    expect(pacing.projected?.toString()).toBe("124");
    expect(pacing.projectedAttainment).toEqual(new KDecimal(100).div(124));
    expect(pacing.status).toBe("off_track");
    expect(isPaceable(pipeline)).toBe(false);
  });

  it("with only a direction the value is taken to be a flow", () => {
    const pacing = pace({ ...base, direction: "higher_is_better", id: "demo_calls" });
    expect(pacing.metricId).toBe("demo_calls");
    expect(pacing.elapsedShare).toEqual(fraction(9, 31));
  });
});

describe("pace: errors list every problem", () => {
  it("collects actual, target, metric, period and asOf problems", () => {
    const error = expectIssueCodes(
      () =>
        pace({
          metric: winRate,
          actualToDate: "x",
          target: { min: 1, max: 2 },
          period: "2025-13",
          asOf: "nope",
        } as never),
      ["invalid_number", "invalid_target", "not_paceable", "invalid_period", "invalid_date"],
    );
    expect(error.issues.map((issue) => issue.path)).toEqual([
      ["actualToDate"],
      ["target"],
      ["metric"],
      ["period"],
      ["asOf"],
    ]);
    expect(error.issues[3]?.message).toBe(
      'pace: period must be a period that exists in the calendar (a real date, a week number the week-year has, a month 01-12), received "2025-13"',
    );
  });

  it("bad calendars, periods and arguments", () => {
    expectIssueCodes(
      () =>
        pace({
          direction: "higher_is_better",
          actualToDate: 1,
          target: 1,
          period: "2025-03",
          asOf: "2025-03-02",
          calendar: { timeZone: "Asia/Jakrta" },
        }),
      ["invalid_time_zone"],
    );
    expectIssueCodes(
      () =>
        pace({
          direction: "higher_is_better",
          actualToDate: 1,
          target: 1,
          period: 42 as never,
          asOf: "2025-03-02",
        }),
      ["invalid_period"],
    );
    const march = parsePeriod("2025-03", jakarta);
    const common = {
      direction: "higher_is_better",
      actualToDate: 1,
      target: 1,
      asOf: "2025-03-02",
    } as const;
    expectIssueCodes(
      () =>
        pace({ ...common, period: { ...march, calendar: { timeZone: "Nowhere/City" } } as never }),
      ["invalid_time_zone"],
      ["pace: "],
    );
    expectIssueCodes(
      () => pace({ ...common, period: { ...march, granularity: "quarter" } as never }),
      ["invalid_period"],
      ["pace: period must be a Period or a period key"],
    );
    expectIssueCodes(
      () => pace({ ...common, period: "2025-03", curve: { by: "day", weights: 1 } as never }),
      ["invalid_option"],
      ["pace: curve.weights must be"],
    );
    expectIssueCodes(
      () => pace({ ...common, period: "2025-03", target: undefined } as never),
      ["invalid_target"],
      ["pace: target must be a single target value"],
    );
    expectIssueCodes(() => pace(undefined as never), ["invalid_argument"]);
    expectIssueCodes(
      () => pace({ actualToDate: 1, target: 1, period: "2025-03", asOf: "2025-03-02" } as never),
      ["invalid_argument"],
    );
  });
});

describe("pace: a curve with no weight so far", () => {
  it("reads the status from the variance sign when something accrued, no_data when nothing did", () => {
    const curve = {
      by: "day" as const,
      weights: (day: { key: string }) => (day.key <= "2025-03-02" ? 0 : 1),
    };
    const input = {
      metric: salesRevenue,
      target: 1_000,
      period: "2025-03",
      asOf: "2025-03-02T12:00Z",
      curve,
    };
    const ahead = pace({ ...input, actualToDate: 50 });
    expect(ahead.expectedToDate?.toString()).toBe("0");
    expect(ahead.projected).toBeNull();
    expect(ahead.projectedReason).toBe("not_started");
    expect(ahead.varianceToDate?.toString()).toBe("50");
    expect(ahead.status).toBe("on_track");
    expect(pace({ ...input, actualToDate: 0 }).status).toBe("no_data");
    const lower = pace({
      ...input,
      metric: undefined,
      direction: "lower_is_better",
      actualToDate: 50,
    });
    expect(lower.status).toBe("off_track");
  });
});

describe("pace: business days, daily values and the early-period guard", () => {
  // March 2025 in Indonesia: 21 weekdays; Nyepi (Saturday 29th) falls on a weekend and Idul Fitri
  // (Monday 31st) is a national holiday, so 20 business days; by Saturday the 15th, 10 have ended.
  const holidays = [{ date: "2025-03-29" }, "2025-03-31"];
  const daily = [61, 58, 72, "49.5", 66, 70, 55, 63, 68, 59];
  const base = {
    metric: salesRevenue,
    target: 1250,
    period: "2025-03",
    asOf: "2025-03-15",
    calendar: jakarta,
    businessDays: { holidays },
  } as const;

  it("accrues the target on business days only", () => {
    const march = pace({ ...base, actualToDate: "621.5" });
    expect(march.elapsedShare.toString()).toBe("0.5");
    expect(march.days).toEqual({ elapsed: 10, total: 20 });
    expect(march.expectedToDate?.toString()).toBe("625");
    expect(march.projected?.toString()).toBe("1243");
    expect(march.projectionBand).toBeNull();
    // the weekend and the holiday: Monday the 31st carries no weight, so at its start the
    // whole target is expected
    expect(pace({ ...base, actualToDate: 1200, asOf: "2025-03-31" }).elapsedShare.toString()).toBe(
      "1",
    );
  });

  it("projects from the daily values with a band, as projectTotal does", () => {
    const march = pace({ ...base, daily });
    // m = 10, x̄ = 62.15, s² = (10·Σx² − (Σx)²)/(10·9) = 49.7806, t(0.975, 9) = 2.262157;
    // prediction band 1243 ± t·s·√(10 + 10²/10) = 1243 ± 71.3785…
    expect(march.actualToDate?.toString()).toBe("621.5");
    expect(march.projected?.toString()).toBe("1243");
    expect(march.status).toBe("at_risk");
    expect(march.projectionBand).toMatchObject({
      band: "prediction",
      elapsedDays: 10,
      totalDays: 20,
      lowerStatus: "at_risk",
      upperStatus: "on_track",
      reason: null,
    });
    expect(march.projectionBand?.lower?.toFixed(2)).toBe("1171.62");
    expect(march.projectionBand?.upper?.toFixed(2)).toBe("1314.38");
    const mean = pace({ ...base, daily, band: "mean", confidence: "0.9" });
    expect(mean.projectionBand?.band).toBe("mean");
    expect(mean.projectionBand?.confidence.toString()).toBe("0.9");
    expect(
      mean.projectionBand?.upper
        ?.minus(mean.projectionBand.lower ?? 0)
        .lt(march.projectionBand?.upper?.minus(march.projectionBand.lower ?? 0) ?? 0),
    ).toBe(true);
    // one day: a projection without a band
    const first = pace({ ...base, daily: [61], asOf: "2025-03-04" });
    expect(first.projected?.toString()).toBe("1220");
    expect(first.projectionBand).toMatchObject({ lower: null, upper: null, reason: "single_day" });
  });

  it("every calendar day counts without businessDays", () => {
    const days = pace({
      metric: salesRevenue,
      daily: [10, 20],
      target: 600,
      period: "2025-03",
      asOf: "2025-03-03",
      calendar: jakarta,
    });
    expect(days.days).toEqual({ elapsed: 2, total: 31 });
    expect(days.projected?.toString()).toBe("465");
  });

  it("does not project before the minimum share, with the reason", () => {
    const early = pace({
      ...base,
      daily: daily.slice(0, 3),
      asOf: "2025-03-06",
      minimumElapsedShare: "0.2",
    });
    expect(early.projected).toBeNull();
    expect(early.projectedReason).toBe("too_early");
    expect(early.status).toBe("no_data");
    expect(early.projectionBand).toBeNull();
    expect(early.expectedToDate?.toString()).toBe("187.5");
    const later = pace({
      ...base,
      daily: daily.slice(0, 4),
      asOf: "2025-03-07",
      minimumElapsedShare: "0.2",
    });
    expect(later.projectedReason).toBeNull();
    // the default guard is 0: pace projects from the first moment, as it always has
    expect(pace({ ...base, actualToDate: 61, asOf: "2025-03-04" }).projected?.toString()).toBe(
      "1220",
    );
  });

  it("takes one value for each day elapsed, no fewer", () => {
    // regression: with fewer values than days elapsed, the values were taken for all the days so
    // far — 2 values of 10 by the 16th, when 10 business days of 21 have ended, projected
    // 10 × 21 = 210 instead of 20 / (10/21) = 42
    const march = { ...base, target: 100, asOf: "2025-03-16", businessDays: {} } as const;
    expect(pace({ ...march, actualToDate: 20 }).projected?.toString()).toBe("42");
    expectKpiError(() => pace({ ...march, daily: [10, 10] }), "inconsistent_inputs", {
      message: "pace: daily must be one value for each day elapsed by asOf (10), received 2 values",
      path: ["daily"],
    });
    // with the day in progress, its value so far may be given as well (or left out)
    const midday = { ...march, asOf: "2025-03-17T12:00" } as const;
    const values = Array.from({ length: 10 }, () => 2);
    expect(pace({ ...midday, daily: values }).projectionBand?.elapsedDays).toBe(10);
    expect(pace({ ...midday, daily: [...values, 1] }).projectionBand?.elapsedDays).toBe(11);
    expectKpiError(() => pace({ ...midday, daily: values.slice(1) }), "inconsistent_inputs", {
      message:
        "pace: daily must be one value for each day elapsed by asOf (10, or 11 with the day in progress), received 9 values",
      path: ["daily"],
    });
  });

  it("refuses a daily value of more than 100 digits under its own name", () => {
    // regression: a daily value of more digits than projectTotal squares exactly was refused by
    // projectTotal, naming projectTotal and input.daily instead of pace and daily
    const digits = `9${"8".repeat(150)}`;
    expectKpiError(() => pace({ ...base, daily: [digits], asOf: "2025-03-04" }), "out_of_domain", {
      message: `pace: daily[0] must be a number of at most 100 significant digits, received "${digits.slice(0, 57)}"... (151 characters)`,
      path: ["daily", 0],
    });
    // 100 digits are taken
    const hundred = `9${"8".repeat(99)}`;
    expect(pace({ ...base, daily: [hundred], asOf: "2025-03-04" }).actualToDate?.toFixed()).toBe(
      hundred,
    );
  });

  it("refuses inconsistent daily values and bad options, every problem at once", () => {
    expectKpiError(
      () => pace({ ...base, daily: [...daily, 60], asOf: "2025-03-14" }),
      "inconsistent_inputs",
      { path: ["daily"] },
    );
    expectKpiError(() => pace({ ...base, daily, actualToDate: 600 }), "inconsistent_inputs", {
      path: ["actualToDate"],
    });
    expectIssueCodes(
      () =>
        pace({
          ...base,
          daily: [1, "x"],
          confidence: 1,
          band: "wide" as never,
          minimumElapsedShare: 2,
          businessDays: { holidays: ["2025-02-30"], weekend: [7] },
        }),
      ["invalid_number", "invalid_option", "invalid_option", "invalid_option", "invalid_option"],
    );
    expectKpiError(
      () => pace({ ...base, actualToDate: 1, curve: "elapsed_time" }),
      "invalid_option",
      { path: ["businessDays"] },
    );
    expectKpiError(
      () => pace({ ...base, actualToDate: 1, businessDays: { holiday: [] } as never }),
      "invalid_option",
      { path: ["businessDays"] },
    );
    expectKpiError(
      () => pace({ ...base, actualToDate: 1, businessDays: { holidays: [1] as never } }),
      "invalid_option",
      { path: ["businessDays", "holidays", 0] },
    );
    expectKpiError(
      () =>
        pace({
          ...base,
          actualToDate: 0,
          period: "2025-03-01",
          asOf: "2025-03-01T06:00",
          businessDays: {},
        }),
      "invalid_option",
      { path: ["businessDays"] },
    );
  });
});

describe("pace: a ratio of flows from its projected inputs", () => {
  const base = {
    metric: winRate,
    target: "0.35",
    period: "2025-03",
    asOf: "2025-03-16T12:00",
    calendar: jakarta,
  } as const;

  it("projects won and lost, and computes the win rate from the projections", () => {
    const march = pace({ ...base, inputsToDate: { won: 18, lost: 42 } });
    expect(march.projectedInputs).toEqual({ won: new KDecimal(36), lost: new KDecimal(84) });
    expect(march.actualToDate?.toString()).toBe("0.3");
    expect(march.projected?.toString()).toBe("0.3");
    expect(march.status).toBe("off_track");
    expect(march.projection.attainment?.toFixed(4)).toBe("0.8571");
    // a rate does not accrue: nothing of it is "expected by now"
    expect(march.expectedToDate).toBeNull();
    expect(march.varianceToDate).toBeNull();
  });

  it("CAC from its projected spend and new customers", () => {
    // half of March: 40 M spent, 16 customers → 80 M and 32 at month end, CAC 2.5 M
    const cac = pace({
      ...base,
      metric: customerAcquisitionCost,
      target: 2_000_000,
      inputsToDate: { salesSpend: 0, marketingSpend: 40_000_000, newCustomers: 16 },
    });
    expect(cac.projectedInputs?.marketingSpend?.toString()).toBe("80000000");
    expect(cac.projected?.toString()).toBe("2500000");
    expect(cac.status).toBe("off_track");
  });

  it("projects counts that are not whole numbers (a third of the month gone)", () => {
    // 10 of 30 days of April: 7 won and 14 lost so far → 21 and 42 at month end; 4 won and 9 lost
    // after 7 days → 17.1428… and 38.5714…, a win rate of 4/13 all the same
    const april = pace({
      ...base,
      period: "2025-04",
      asOf: "2025-04-08",
      inputsToDate: { won: 4, lost: 9 },
    });
    expect(april.projectedInputs?.won?.toFixed(4)).toBe("17.1429");
    expect(april.projectedInputs?.lost?.toFixed(4)).toBe("38.5714");
    expect(april.projected?.toFixed(6)).toBe("0.307692");
    // a flow given by its inputs is projected by the run rate
    const revenue = pace({
      ...base,
      metric: salesRevenue,
      target: 1000,
      period: "2025-04",
      asOf: "2025-04-08",
      inputsToDate: { revenue: 70 },
    });
    expect(revenue.projected?.toString()).toBe("300");
    expect(revenue.expectedToDate?.toFixed(2)).toBe("233.33");
  });

  it("has no projection when the ratio is undefined, or too early", () => {
    expect(pace({ ...base, inputsToDate: { won: 0, lost: 0 } }).projectedReason).toBe("no_data");
    const early = pace({
      ...base,
      inputsToDate: { won: 1, lost: 0 },
      asOf: "2025-03-02",
      minimumElapsedShare: "0.1",
    });
    expect(early.projectedReason).toBe("too_early");
    expect(early.projectedInputs).toBeNull();
  });

  it("refuses snapshots, both actual and inputs, daily values, or no metric", () => {
    expectKpiError(
      () =>
        pace({
          ...base,
          metric: customerRetentionRate,
          inputsToDate: { customersAtStart: 10, customersAtEnd: 9, newCustomers: 1 },
        }),
      "not_paceable",
      { path: ["metric"] },
    );
    expectKpiError(
      () => pace({ ...base, actualToDate: "0.3", inputsToDate: { won: 18, lost: 42 } }),
      "invalid_argument",
      { path: ["actualToDate"] },
    );
    expectKpiError(
      () => pace({ ...base, daily: [1], inputsToDate: { won: 18, lost: 42 } }),
      "invalid_argument",
      { path: ["daily"] },
    );
    expectKpiError(
      () =>
        pace({
          direction: "higher_is_better",
          target: 1,
          period: "2025-03",
          asOf: "2025-03-16",
          inputsToDate: { won: 1 },
        }),
      "invalid_argument",
      { path: ["metric"] },
    );
    expectKpiError(() => pace({ ...base, inputsToDate: { won: -1, lost: 2 } }), "out_of_domain");
  });
});
