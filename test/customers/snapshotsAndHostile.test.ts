import { describe, expect, it } from "vitest";
import { aggregate, rollup, sumOfLatestPerEntity } from "../../src/aggregate/index.js";
import {
  cohortMatrix,
  cohortState,
  cohortTable,
  conversion,
  deserializeCohortState,
  deserializeFunnelState,
  funnel,
  funnelState,
  mergeCohortStates,
  mergeFunnelStates,
  revenueRetention,
} from "../../src/customers/index.js";
import { grossRevenueRetention } from "../../src/metrics/customer/grossRevenueRetention.js";
import { netRevenueRetention } from "../../src/metrics/customer/netRevenueRetention.js";
import { expectKpiError } from "../support/expectKpiError.js";

describe("sumOfLatestPerEntity", () => {
  const snapshots = [
    { at: "2025-01-31T00:00:00Z", deal: "D1", amount: "100" },
    { at: "2025-01-31T00:00:00Z", deal: "D2", amount: "50" },
    { at: "2025-02-28T00:00:00Z", deal: "D1", amount: "120" },
    { at: "2025-03-10T00:00:00Z", deal: "D3", amount: "7.25" },
    { at: "2025-03-31T00:00:00Z", deal: "D2", amount: "0" },
  ];
  const measures = { pipeline: sumOfLatestPerEntity({ entity: "deal", value: "amount" }) };

  it("rolls months up to the quarter's per-entity latest values, not a sum of months", () => {
    const monthly = aggregate(snapshots, { date: "at", granularity: "month", measures });
    expect(monthly.cells.map((cell) => cell.values.pipeline?.toString())).toEqual([
      "150",
      "120",
      "7.25",
    ]);
    // D1 120 (February), D2 0 (March), D3 7.25: 127.25, not 150 + 120 + 7.25.
    expect(rollup(monthly, "quarter").cells[0]?.values.pipeline?.toString()).toBe("127.25");
  });

  it("breaks ties at one instant by record index", () => {
    const tie = [
      { at: "2025-01-31T00:00:00Z", deal: "D1", amount: "1" },
      { at: "2025-01-31T00:00:00Z", deal: "D1", amount: "2" },
    ];
    expect(
      aggregate(tie, {
        date: "at",
        granularity: "month",
        measures,
      }).cells[0]?.values.pipeline?.toString(),
    ).toBe("2");
  });

  it("refuses a record without entity or value (never NaN)", () => {
    expectKpiError(
      () =>
        aggregate([{ at: "2025-01-01T00:00:00Z", deal: null, amount: "1" }], {
          date: "at",
          granularity: "month",
          measures,
        }),
      "invalid_record",
      /the entity read is null/,
    );
    expectKpiError(
      () =>
        aggregate([{ at: "2025-01-01T00:00:00Z", deal: "D", amount: Number.NaN }], {
          date: "at",
          granularity: "month",
          measures,
        }),
      "invalid_record",
    );
    expectKpiError(
      () => sumOfLatestPerEntity({ entity: 3 as never, value: "amount" }),
      "invalid_argument",
    );
    expectKpiError(() => sumOfLatestPerEntity(null as never), "invalid_argument");
    expectKpiError(
      () =>
        measures.pipeline.deserialize({
          kind: "sum_of_latest_per_entity",
          entities: [["A", 1, 0, "1abc"]],
        }),
      "invalid_argument",
    );
    expectKpiError(
      () =>
        measures.pipeline.deserialize({
          kind: "sum_of_latest_per_entity",
          entities: [
            ["A", 1, 0, "1"],
            ["A", 2, 1, "2"],
          ],
        }),
      "invalid_argument",
    );
  });
});

describe("revenueRetention", () => {
  it("matches the catalog's NRR and GRR on the same numbers", () => {
    const mrr = [
      { at: "2025-01-31T00:00:00Z", customer: "A", mrr: "1000000" },
      { at: "2025-01-31T00:00:00Z", customer: "B", mrr: "500000" },
      { at: "2025-01-31T00:00:00Z", customer: "C", mrr: "250000.50" },
      { at: "2025-01-31T00:00:00Z", customer: "E", mrr: "0" },
      { at: "2025-04-30T00:00:00Z", customer: "A", mrr: "1300000" },
      { at: "2025-04-30T00:00:00Z", customer: "B", mrr: "400000" },
      { at: "2025-04-30T00:00:00Z", customer: "D", mrr: "900000" },
      { at: "2025-04-30T00:00:00Z", customer: "E", mrr: "10" },
    ];
    const series = aggregate(mrr, {
      date: "at",
      granularity: "month",
      measures: { mrr: sumOfLatestPerEntity({ entity: "customer", value: "mrr" }) },
    });
    const r = revenueRetention(series.at("2025-01")?.states.mrr, series.at("2025-04")?.states.mrr);
    // By hand: start 1,750,000.50; expansion 300,000 (A); contraction 100,000 (B); churn 250,000.50 (C); new 900,010 (D, E).
    expect(
      [
        r.recurringRevenueAtStart,
        r.expansionRevenue,
        r.contractionRevenue,
        r.churnedRevenue,
        r.newRevenue,
      ].map(String),
    ).toEqual(["1750000.5", "300000", "100000", "250000.5", "900010"]);
    expect(r.customersAtStart).toBe(3);
    const inputs = {
      recurringRevenueAtStart: "1750000.50",
      expansionRevenue: 300000,
      contractionRevenue: 100000,
      churnedRevenue: "250000.50",
    };
    expect(r.netRevenueRetention.value?.toString()).toBe(netRevenueRetention(inputs)?.toString());
    expect(r.grossRevenueRetention.value?.toString()).toBe(
      grossRevenueRetention({
        recurringRevenueAtStart: "1750000.50",
        contractionRevenue: 100000,
        churnedRevenue: "250000.50",
      })?.toString(),
    );
  });

  it("is null with a reason without revenue at the start, and refuses what is not a state", () => {
    const measure = sumOfLatestPerEntity({ entity: "c", value: "v" });
    const r = revenueRetention(measure.empty(), measure.empty());
    expect(r.netRevenueRetention).toEqual({ value: null, reason: "zero_denominator" });
    expectKpiError(() => revenueRetention({}, measure.empty()), "invalid_argument", {
      path: ["state"],
    });
    const negative = measure.empty();
    measure.add(negative, { c: "A", v: "-1" }, 0, 0);
    expectKpiError(() => revenueRetention(negative, measure.empty()), "out_of_domain", {
      path: ["start", "A"],
    });
  });
});

describe("cohorts and funnels: hostile inputs", () => {
  const options = { date: "at", customer: "customer", granularity: "month" } as const;
  it("refuses bad records, options and states with a KpiError", () => {
    expectKpiError(
      () => cohortState([{ at: "2025-02-30", customer: "A" }], options),
      "invalid_record",
      { path: [0, "at"] },
    );
    expectKpiError(() => cohortState([null] as never[], options), "invalid_record", { path: [0] });
    expectKpiError(
      () => cohortState([{ at: "2025-01-01T00:00:00Z", customer: {} }], options),
      "invalid_record",
    );
    expectKpiError(() => cohortState(42 as never, options), "invalid_argument");
    expectKpiError(
      () => cohortState([], { ...options, granularity: "fortnight" as never }),
      "invalid_option",
    );
    expectKpiError(
      () => cohortState([], { ...options, onInvalid: "ignore" as never }),
      "invalid_option",
    );
    expectKpiError(() => cohortMatrix({} as never), "invalid_argument");
    expectKpiError(() => cohortMatrix(cohortState([], options), { asOf: "soon" }), "invalid_date");
    expectKpiError(
      () =>
        cohortTable(cohortMatrix(cohortState([], options), { asOf: 1.7e12 }), {
          value: "ltv" as never,
        }),
      "invalid_option",
    );
    expectKpiError(
      () =>
        mergeCohortStates(
          cohortState([], options),
          cohortState([], { ...options, granularity: "week" }),
        ),
      "invalid_argument",
    );
    for (const json of [null, {}, { format: "kinerja.cohort_state", version: 2 }, "x", []]) {
      expectKpiError(() => deserializeCohortState(json), "invalid_argument");
    }
    const skipped = cohortState(
      [
        { at: "x", customer: "A" },
        { at: "2025-01-01T00:00:00Z", customer: "A" },
      ],
      { ...options, onInvalid: "skip" },
    );
    expect(skipped.report).toEqual({ records: 2, accepted: 1, rejected: 1 });
    const steps = { entity: "lead", date: "at", step: "event", steps: ["created", "won"] } as const;
    expectKpiError(
      () => funnelState([{ lead: 1, at: "2025-01-01T00:00:00Z", event: "lost" }], steps),
      "invalid_record",
      { path: [0, "event"] },
    );
    expectKpiError(() => funnelState([], { ...steps, steps: ["created"] }), "invalid_option");
    expectKpiError(() => funnelState([], { ...steps, steps: ["a", "a"] }), "invalid_option");
    expectKpiError(
      () => funnelState([], { ...steps, repeated: "last" as never }),
      "invalid_option",
    );
    const state = funnelState([], steps);
    expectKpiError(
      () => funnel(state, { granularity: "month", window: { days: 0 } }),
      "invalid_option",
    );
    expectKpiError(
      () => funnel(state, { granularity: "month", window: { weeks: 2 } as never }),
      "invalid_option",
    );
    expectKpiError(() => funnel(state, { granularity: "month", windows: [] }), "invalid_option");
    expectKpiError(
      () => funnel(state, { granularity: "month", quantiles: [1.5] }),
      "invalid_option",
    );
    expectKpiError(
      () => funnel(state, { granularity: "month", quantiles: [Number.NaN] }),
      "invalid_option",
    );
    expectKpiError(
      () => funnel(state, { granularity: "month", resolution: "week" as never }),
      "invalid_option",
    );
    expectKpiError(
      () =>
        conversion(funnelState([], { ...steps, steps: ["a", "b", "c"] }), { granularity: "month" }),
      "invalid_argument",
    );
    expectKpiError(
      () => mergeFunnelStates(state, funnelState([], { ...steps, repeated: "every" })),
      "invalid_argument",
    );
    for (const json of [null, { format: "kinerja.funnel_state", version: 1, steps: ["a"] }, 1]) {
      expectKpiError(() => deserializeFunnelState(json), "invalid_argument");
    }
    expect(conversion(state, { granularity: "month", asOf: 1.7e12 }).periods).toEqual([]);
  });

  it("a conversion at the same instant counts; a later one outside the window does not; every base counts", () => {
    const events = [
      { lead: 1, at: "2025-01-01T00:00:00Z", event: "created" },
      { lead: 1, at: "2025-01-01T00:00:00Z", event: "won" },
      { lead: 2, at: "2025-01-01T00:00:00Z", event: "created" },
      { lead: 2, at: "2025-01-20T00:00:00Z", event: "created" },
      { lead: 2, at: "2025-02-25T00:00:00Z", event: "won" },
    ];
    const opts = { entity: "lead", date: "at", step: "event", steps: ["created", "won"] } as const;
    const first = conversion(funnelState(events, opts), {
      granularity: "month",
      window: { days: 40 },
      asOf: 1.8e12,
    });
    expect(first.periods.map((p) => [p.base.toString(), p.conversions.toString()])).toEqual([
      ["2", "1"],
    ]);
    const every = conversion(funnelState(events, { ...opts, repeated: "every" }), {
      granularity: "month",
      window: { days: 40 },
      asOf: 1.8e12,
    });
    expect(
      every.periods.map((p) => [
        p.base.toString(),
        p.conversions.toString(),
        p.timeToConvert.median?.toString(),
      ]),
    ).toEqual([["3", "2", "0"]]);
    const byEnd = conversion(funnelState(events, opts), {
      granularity: "month",
      window: "period_end",
      asOf: 1.8e12,
    });
    expect(byEnd.periods.map((p) => p.conversions.toString())).toEqual(["1"]);
  });
});
