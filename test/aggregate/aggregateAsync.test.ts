import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { count } from "../../src/aggregate/measures/count.js";
import { countDistinct } from "../../src/aggregate/measures/countDistinct.js";
import { last } from "../../src/aggregate/measures/snapshot.js";
import { sum } from "../../src/aggregate/measures/sum.js";
import { aggregate } from "../../src/aggregate/series/aggregate.js";
import { aggregateAsync } from "../../src/aggregate/series/aggregateAsync.js";
import { serializeSeries } from "../../src/aggregate/series/serializeSeries.js";
import { expectKpiErrorAsync } from "../support/expectKpiError.js";

const options = {
  date: "at",
  granularity: "month",
  calendar: { timeZone: "Asia/Jakarta" },
  groupBy: "region",
  measures: {
    revenue: sum("amount"),
    deals: count(),
    customers: countDistinct("customer"),
    closing: last("amount"),
  },
  onInvalid: "collect",
} as const;

async function* stream<T>(items: readonly T[]): AsyncGenerator<T> {
  for (const item of items) yield item;
}

const record = fc.record({
  at: fc.integer({ min: Date.UTC(2024, 0, 1), max: Date.UTC(2025, 11, 31) }),
  amount: fc.oneof(
    fc.integer({ min: -1e6, max: 1e6 }).map((cents) => (cents / 100).toFixed(2)),
    fc.constant("12abc"),
  ),
  region: fc.constantFrom("Jawa", "Bali"),
  customer: fc.integer({ min: 0, max: 5 }),
});

describe("aggregateAsync", () => {
  it("gives exactly the series aggregate gives, report included", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(record, { minLength: 1, maxLength: 60 }), async (records) => {
        const sync = aggregate(records, { ...options, allowAllRejected: true });
        const fromStream = await aggregateAsync(stream(records), {
          ...options,
          allowAllRejected: true,
        });
        // The same series; messages name the function called.
        expect(
          JSON.stringify(serializeSeries(fromStream)).replaceAll("aggregateAsync:", "aggregate:"),
        ).toBe(JSON.stringify(serializeSeries(sync)));
      }),
    );
  });

  it("reads a stream of 120,000 records, reporting progress every 10,000 and at the end", async () => {
    async function* rows() {
      for (let index = 0; index < 120_000; index++) {
        yield { at: Date.UTC(2025, index % 12, 15), amount: "1.25", region: "Jawa", customer: 1 };
      }
    }
    const seen: number[] = [];
    const series = await aggregateAsync(rows(), {
      ...options,
      onProgress: (progress) => seen.push(progress.records),
    });
    expect(seen).toEqual([
      ...Array.from({ length: 12 }, (_, index) => (index + 1) * 10_000),
      120_000,
    ]);
    expect(series.report).toMatchObject({ records: 120_000, accepted: 120_000 });
    expect(series.cells.map((cell) => cell.values.revenue.toString())).toEqual(
      Array.from({ length: 12 }, () => "12500"),
    );
  });

  it("takes arrays (holes included) and iterables as aggregate does", async () => {
    // biome-ignore lint/suspicious/noSparseArray: a hole is the point
    const sparse = [{ at: "2025-01-01T00:00:00Z", amount: "1", region: "Jawa", customer: 1 }, ,];
    const series = await aggregateAsync(sparse as never[], options);
    expect(series.report.issues.map((issue) => issue.reason)).toEqual(["hole"]);
  });

  it("rejects with KpiErrors, and lets the source's own error through", async () => {
    await expectKpiErrorAsync(
      () => aggregateAsync(42 as never, options),
      "invalid_argument",
      /async iterable/,
    );
    await expectKpiErrorAsync(
      () => aggregateAsync(stream([]), { ...options, onProgress: "yes" as never }),
      "invalid_option",
      { path: ["onProgress"] },
    );
    await expectKpiErrorAsync(
      () => aggregateAsync(stream([{ at: "nope" }] as never[]), { ...options, onInvalid: "throw" }),
      "invalid_record",
      { path: [0, "at"] },
    );
    async function* broken() {
      yield { at: "2025-01-01T00:00:00Z", amount: "1", region: "Jawa", customer: 1 };
      throw new Error("connection reset");
    }
    await expect(aggregateAsync(broken(), options)).rejects.toThrow("connection reset");
  });
});
