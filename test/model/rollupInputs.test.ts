import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { KpiError } from "../../src/core/errors.js";
import { divide } from "../../src/core/result.js";
import { salesRevenue } from "../../src/metrics/sales/salesRevenue.js";
import { winRate } from "../../src/metrics/sales/winRate.js";
import { defineMetric } from "../../src/model/defineMetric.js";
import { rollupInputs } from "../../src/model/rollupInputs.js";
import { expectKpiError } from "../support/expectKpiError.js";

const label = { en: "x", id: "x" };
const snapshots = defineMetric({
  id: "snapshot_probe",
  label,
  description: label,
  formula: "(end - start) / start",
  category: "customer",
  unit: "ratio",
  direction: "higher_is_better",
  inputs: {
    start: { domain: "count", rollup: "first", label },
    end: { domain: "count", rollup: "last", label },
    added: { domain: "count", rollup: "sum", label },
    low: { domain: "amount", rollup: "min", label },
    high: { domain: "amount", rollup: "max", label },
  },
  references: [],
  compute: ({ start, end }) => divide(end.minus(start), start),
});

const distinct = defineMetric({
  id: "distinct_probe",
  label,
  description: label,
  formula: "repeat / customers",
  category: "customer",
  unit: "ratio",
  direction: "higher_is_better",
  inputs: {
    repeat: { domain: "count", rollup: "none", label },
    customers: { domain: "count", rollup: "none", label },
  },
  references: [],
  compute: ({ repeat, customers }) => divide(repeat, customers),
});

describe("rollupInputs", () => {
  it("sums flows: ratio of sums, not average of ratios", () => {
    const months = [
      { won: 1, lost: 1 },
      { won: 9, lost: 1 },
      { won: 0, lost: 8 },
    ];
    const quarter = rollupInputs(winRate, months);
    expect(quarter.won.toString()).toBe("10");
    expect(quarter.lost.toString()).toBe("10");
    expect(winRate(quarter)?.toString()).toBe("0.5");
    // The average of the monthly rates would be (0.5 + 0.9 + 0) / 3 = 0.4666…, which is wrong.
  });

  it("takes the first and last snapshots, min and max", () => {
    const quarter = rollupInputs(snapshots, [
      { start: 100, end: 110, added: 15, low: "5", high: "7" },
      { start: 110, end: 120, added: 12, low: "-2", high: "9" },
      { start: 120, end: 125, added: 8, low: "3", high: "8" },
    ]);
    expect(Object.fromEntries(Object.entries(quarter).map(([k, v]) => [k, v.toString()]))).toEqual({
      start: "100",
      end: "125",
      added: "35",
      low: "-2",
      high: "9",
    });
    expect(snapshots(quarter)?.toString()).toBe("0.25");
  });

  it("refuses inputs that are not additive", () => {
    let error: unknown;
    try {
      rollupInputs(distinct, [{ repeat: 1, customers: 2 }]);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(KpiError);
    expect((error as KpiError).code).toBe("not_additive");
    expect((error as KpiError).message).toMatch(
      /^distinct_probe: input "repeat" must be an input whose rollup rule is sum, first, last, min or max; it is not additive/,
    );
  });

  it("rejects an empty list, holes and bad inputs", () => {
    expectKpiError(() => rollupInputs(winRate, []), "invalid_argument", {
      path: ["inputsPerPeriod"],
      message: /win_rate: inputsPerPeriod must be a non-empty array/,
    });
    const sparse = [{ won: 1, lost: 1 }];
    sparse[2] = { won: 1, lost: 1 };
    expectKpiError(() => rollupInputs(winRate, sparse), "invalid_argument", {
      path: ["inputsPerPeriod", 1],
      message: /inputsPerPeriod\[1\]/,
    });
    expectKpiError(() => rollupInputs(winRate, [{ won: 1, lost: -1 }]), "out_of_domain", {
      path: ["lost"],
    });
  });

  it("equals the metric on pooled counts (property)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ won: fc.nat(1000), lost: fc.nat(1000) }), {
          minLength: 1,
          maxLength: 24,
        }),
        (months) => {
          const won = months.reduce((total, m) => total + m.won, 0);
          const lost = months.reduce((total, m) => total + m.lost, 0);
          const rolled = winRate(rollupInputs(winRate, months));
          const pooled = winRate({ won, lost });
          expect(rolled === null ? null : rolled.toString()).toBe(
            pooled === null ? null : pooled.toString(),
          );
        },
      ),
    );
  });

  it("sums exactly at any size (never rounded to 34 digits)", () => {
    const quarter = rollupInputs(salesRevenue, [
      { revenue: "1234567890123456789012345678901234567890" },
      { revenue: "0.0000000001", returns: "1e30" },
      { revenue: "1", returns: "0.5" },
    ]);
    expect(quarter.revenue.toString()).toBe("1234567890123456789012345678901234567891.0000000001");
    expect(quarter.returns.toString()).toBe("1000000000000000000000000000000.5");
    expect(salesRevenue(quarter)?.toString()).toBe(
      "1234567889123456789012345678901234567890.5000000001",
    );
  });
});
