import { describe, expect, it } from "vitest";
import { sum } from "../../src/aggregate/measures/sum.js";
import { aggregate } from "../../src/aggregate/series/aggregate.js";
import { KpiError } from "../../src/core/errors.js";
import { parseDecimal } from "../../src/core/parseDecimal.js";

// Spreadsheet exports from an id-ID locale write "1.234.567,50": an accessor reads them with
// parseDecimal, and a malformed cell must become an invalid record, not abort the whole run.
const rows = [
  { tanggal: "2025-03-03", nilai: "1.234.567,50" },
  { tanggal: "2025-03-20", nilai: "Rp 2.500.000" },
  { tanggal: "2025-03-21", nilai: "12abc" },
];
const options = {
  date: "tanggal",
  granularity: "month",
  calendar: { timeZone: "Asia/Jakarta" },
  measures: {
    revenue: sum((row: (typeof rows)[number]) => parseDecimal(row.nilai, { locale: "id-ID" })),
  },
} as const;

describe("a KpiError thrown by an accessor", () => {
  it("makes the record invalid, reported with the accessor's own words", () => {
    const series = aggregate(rows, { ...options, onInvalid: "collect" });
    expect(series.at("2025-03")?.values.revenue.toString()).toBe("3734567.5");
    expect(series.report).toMatchObject({ records: 3, accepted: 2, rejected: 1 });
    expect(series.report.issues).toEqual([
      {
        index: 2,
        field: "revenue",
        value: '"12abc"',
        reason: "invalid",
        expected: 'a number written for locale id-ID, like "1.234.567,89"',
        message:
          'aggregate: record 2 field "revenue" must be a number written for locale id-ID, like "1.234.567,89", received "12abc"',
      },
    ]);
    expect(aggregate(rows, { ...options, onInvalid: "skip" }).report.rejected).toBe(1);
  });

  it("throws under the default policy, naming the record and field", () => {
    let error: unknown;
    try {
      aggregate(rows, options);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(KpiError);
    expect((error as KpiError).code).toBe("invalid_record");
    expect((error as KpiError).issues[0]?.path).toEqual([2, "revenue"]);
  });

  it("lets any other exception through: a bug in an accessor is not bad data", () => {
    expect(() =>
      aggregate(rows, {
        ...options,
        measures: {
          revenue: sum(() => {
            throw new RangeError("bug");
          }),
        },
        onInvalid: "collect",
      }),
    ).toThrow(RangeError);
  });
});
