import { describe, expect, it } from "vitest";
import { KpiError } from "../../src/core/errors.js";
import { customerActivity } from "../../src/customers/customerActivity.js";
import { expectKpiError } from "../support/expectKpiError.js";

const orders = [
  // January: A (2 orders), B (1 order, 2 lines)
  { at: "2025-01-05T00:00:00Z", customer: "A", order: "o1" },
  { at: "2025-01-20T00:00:00Z", customer: "A", order: "o2" },
  { at: "2025-01-21T00:00:00Z", customer: "B", order: "o3" },
  { at: "2025-01-21T00:00:01Z", customer: "B", order: "o3" },
  // February: A, C (new)
  { at: "2025-02-02T00:00:00Z", customer: "A", order: "o4" },
  { at: "2025-02-03T00:00:00Z", customer: "C", order: "o5" },
  // March: nobody
  // April: B (reactivated), D (new)
  { at: "2025-04-01T00:00:00Z", customer: "B", order: "o6" },
  { at: "2025-04-02T00:00:00Z", customer: "D", order: "o7" },
];

const row = (p: ReturnType<typeof customerActivity>["periods"][number]) => [
  p.period.key,
  ...[
    p.customersAtStart,
    p.customersAtEnd,
    p.newCustomers,
    p.reactivatedCustomers,
    p.retainedCustomers,
    p.lostCustomers,
    p.repeatCustomers,
  ].map((value) => value.toNumber()),
  p.retentionRate.value?.toString() ?? p.retentionRate.reason,
  p.churnRate.value?.toString() ?? p.churnRate.reason,
  p.repeatPurchaseRate.value?.toString() ?? p.repeatPurchaseRate.reason,
];

describe("customerActivity", () => {
  it("counts active, new, reactivated, retained, lost and repeat customers per period", () => {
    const { periods, report } = customerActivity(orders, {
      date: "at",
      customer: "customer",
      order: "order",
      granularity: "month",
    });
    //        key        S  E  new re ret lost rep  retention churn repeat
    expect(periods.map(row)).toEqual([
      ["2025-01", 0, 2, 2, 0, 0, 0, 1, "zero_denominator", "zero_denominator", "0.5"],
      ["2025-02", 2, 2, 1, 0, 1, 1, 0, "0.5", "0.5", "0"],
      ["2025-03", 2, 0, 0, 0, 0, 2, 0, "0", "1", "zero_denominator"],
      ["2025-04", 0, 2, 1, 1, 0, 0, 0, "zero_denominator", "zero_denominator", "0"],
    ]);
    expect(report.accepted).toBe(8);
  });

  it("counts every record as an order without an order accessor", () => {
    const { periods } = customerActivity(orders, {
      date: "at",
      customer: "customer",
      granularity: "month",
    });
    // B's two lines of o3 now count as two orders.
    expect(periods[0]?.repeatCustomers.toNumber()).toBe(2);
  });

  it("rolls by the granularity asked for (quarters)", () => {
    const { periods } = customerActivity(orders, {
      date: "at",
      customer: "customer",
      granularity: "quarter",
    });
    expect(periods.map(row)).toEqual([
      [
        "2025-Q1",
        0,
        3,
        3,
        0,
        0,
        0,
        2,
        "zero_denominator",
        "zero_denominator",
        "0.6666666666666666666666666666666667",
      ],
      [
        "2025-Q2",
        3,
        2,
        1,
        0,
        1,
        2,
        0,
        "0.3333333333333333333333333333333333",
        "0.6666666666666666666666666666666667",
        "0",
      ],
    ]);
  });

  it("reports the whole range, the history before it still counting", () => {
    const { periods, report } = customerActivity(orders, {
      date: "at",
      customer: "customer",
      granularity: "month",
      range: { from: "2025-02", to: "2025-05" },
    });
    expect(periods.map((p) => p.period.key)).toEqual(["2025-02", "2025-03", "2025-04", "2025-05"]);
    // January is outside the range but is history: S of February is January's {A, B}, A is
    // retained (not new), B is lost; only C is new. The same rows as without a range.
    expect(periods.map(row)).toEqual([
      ["2025-02", 2, 2, 1, 0, 1, 1, 0, "0.5", "0.5", "0"],
      ["2025-03", 2, 0, 0, 0, 0, 2, 0, "0", "1", "zero_denominator"],
      ["2025-04", 0, 2, 1, 1, 0, 0, 0, "zero_denominator", "zero_denominator", "0"],
      ["2025-05", 2, 0, 0, 0, 0, 2, 0, "0", "1", "zero_denominator"],
    ]);
    const whole = customerActivity(orders, {
      date: "at",
      customer: "customer",
      granularity: "month",
    });
    expect(whole.periods.slice(1).map(row)).toEqual(periods.slice(0, 3).map(row));
    // January's four records are history, not reported: counted as outside the range.
    expect(report).toMatchObject({ records: 8, accepted: 4, rejected: 0, outsideRange: 4 });
  });

  it("counts a customer back after a gap before the range as reactivated, not new", () => {
    const history = [
      { at: "2025-01-05T00:00:00Z", customer: "A" },
      { at: "2025-03-05T00:00:00Z", customer: "A" },
    ];
    const options = { date: "at", customer: "customer", granularity: "month" } as const;
    const march = customerActivity(history, {
      ...options,
      range: { from: "2025-03", to: "2025-03" },
    }).periods;
    expect(march.map(row)).toEqual([
      ["2025-03", 0, 1, 0, 1, 0, 0, 0, "zero_denominator", "zero_denominator", "0"],
    ]);
    expect(customerActivity(history, options).periods.at(-1)?.reactivatedCustomers.toNumber()).toBe(
      1,
    );
  });

  it("handles no records and bad records like aggregate", () => {
    expect(
      customerActivity([], { date: "at", customer: "customer", granularity: "month" }).periods,
    ).toEqual([]);
    const bad = [...orders, { at: "2025-05-01T00:00:00Z", customer: null, order: "o9" }];
    expect(() =>
      customerActivity(bad, { date: "at", customer: "customer", granularity: "month" }),
    ).toThrow(KpiError);
    const collected = customerActivity(bad, {
      date: "at",
      customer: "customer",
      granularity: "month",
      onInvalid: "collect",
    });
    expect(collected.report.issues.map((issue) => [issue.index, issue.field])).toEqual([
      [8, "customer"],
    ]);
  });
});

describe("customerActivity over a long span", () => {
  it("throws a KpiError, not a RangeError, for 250,000 daily periods spanning more than 1,000,000 days", () => {
    // Before: Math.min(...ordinals) over 250,000 ordinals overflowed the stack before the size check.
    const day = 86_400_000;
    const start = Date.UTC(1000, 0, 1);
    const records = Array.from({ length: 250_000 }, (_, index) => ({
      at: new Date(start + index * 5 * day).toISOString(),
      customer: "A",
    }));
    expectKpiError(
      () => customerActivity(records, { date: "at", customer: "customer", granularity: "day" }),
      "invalid_option",
      { message: /narrow them with range/, path: ["range"] },
    );
  });

  it("refuses as soon as the span is known to be too long, without reading further", () => {
    function* records() {
      yield { at: "0100-01-01T00:00:00Z", customer: "A" };
      yield { at: "9000-01-01T00:00:00Z", customer: "A" };
      throw new Error("read past the record that made the span too long");
    }
    expectKpiError(
      () => customerActivity(records(), { date: "at", customer: "customer", granularity: "day" }),
      "invalid_option",
      /from 0100-01-01 to 9000-01-01/,
    );
  });

  it("says when every record was rejected, unless allowed", () => {
    const rows = [{ when: "2025-01-01T00:00:00Z", customer: "A" }];
    expectKpiError(
      () =>
        customerActivity(rows, {
          date: "at" as never,
          customer: "customer",
          granularity: "month",
          onInvalid: "skip",
        }),
      "invalid_record",
      { path: ["records"] },
    );
    const allowed = customerActivity(rows, {
      date: "at" as never,
      customer: "customer",
      granularity: "month",
      onInvalid: "skip",
      allowAllRejected: true,
    });
    expect(allowed.periods).toEqual([]);
    expect(allowed.report.rejected).toBe(1);
  });
});

describe("customerActivity keeps the history before range", () => {
  it("does not count a returning customer as new in the first period of the range", () => {
    const orders = [
      { at: "2025-01-05T00:00:00Z", c: "A" },
      { at: "2025-03-05T00:00:00Z", c: "A" },
    ];
    const options = { date: "at", customer: "c", granularity: "month" } as const;
    const [march] = customerActivity(orders, {
      ...options,
      range: { from: "2025-03", to: "2025-03" },
    }).periods;
    expect(march?.newCustomers.toString()).toBe("0");
    expect(march?.reactivatedCustomers.toString()).toBe("1");
  });
});
