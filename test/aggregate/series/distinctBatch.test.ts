import { describe, expect, it } from "vitest";
import { countDistinct } from "../../../src/aggregate/measures/countDistinct.js";
import { aggregate } from "../../../src/aggregate/series/aggregate.js";
import { aggregateAsync } from "../../../src/aggregate/series/aggregateAsync.js";

// The keys of distinct counts are added to their cells' sets a batch of 65,536 at a time, grouped by
// cell (src/aggregate/series/aggregate.ts, addDistinctBatch). These runs cross that boundary several
// times, with two distinct measures, rejected records in between and cells that join a batch on
// the very record that fills it; every cell's set must hold what a plain Set per cell holds, in the
// same order.

interface Deal {
  readonly at: string;
  readonly region: string;
  readonly customer: string;
  readonly product: number | string;
}

/** A deterministic stream: `days` distinct days, 3 regions, every 97th record has a bad product. */
function deals(count: number, days: number): Deal[] {
  let seed = 7;
  const next = () => {
    seed = (Math.imul(seed, 1_103_515_245) + 12_345) >>> 0;
    return seed >>> 8;
  };
  const start = Date.UTC(2023, 0, 1);
  const out: Deal[] = [];
  for (let i = 0; i < count; i++) {
    const day = next() % days;
    out.push({
      at: new Date(start + day * 86_400_000 + (next() % 86_400) * 1000).toISOString(),
      region: ["west", "east", "north"][next() % 3] as string,
      customer: `C${next() % 5000}`,
      product: i % 97 === 0 ? Number.NaN : next() % 800,
    });
  }
  return out;
}

/** What each (period, region) cell should hold: the keys in arrival order, by plain Sets. */
function expected(
  records: readonly Deal[],
  periodOf: (at: string) => string,
  groupOf: (record: Deal) => string,
) {
  const cells = new Map<string, { customers: Set<string>; products: Set<number | string> }>();
  for (const record of records) {
    if (typeof record.product === "number" && Number.isNaN(record.product)) continue; // rejected
    const key = `${periodOf(record.at)}|${groupOf(record)}`;
    let cell = cells.get(key);
    if (cell === undefined) {
      cell = { customers: new Set(), products: new Set() };
      cells.set(key, cell);
    }
    cell.customers.add(record.customer);
    cell.products.add(record.product);
  }
  return cells;
}

const measures = { customers: countDistinct("customer"), products: countDistinct("product") };

function check(
  series: ReturnType<typeof aggregate<Deal, typeof measures>>,
  records: readonly Deal[],
  periodOf: (at: string) => string,
  groupOf: (record: Deal) => string = (record) => record.region,
) {
  const want = expected(records, periodOf, groupOf);
  let filled = 0;
  for (const cell of series.cells) {
    const key = `${cell.period.key}|${cell.group}`;
    const cellWant = want.get(key);
    if (cellWant === undefined) {
      expect(cell.values.customers.toString(), key).toBe("0");
      continue;
    }
    filled++;
    expect([...cell.states.customers.values], key).toEqual([...cellWant.customers]);
    expect([...cell.states.products.values], key).toEqual([...cellWant.products]);
    expect(cell.values.customers.toNumber(), key).toBe(cellWant.customers.size);
    expect(cell.values.products.toNumber(), key).toBe(cellWant.products.size);
  }
  expect(filled).toBe(want.size);
}

/** The options of every run here: UTC, the two distinct measures, rejected records skipped. */
function options(granularity: "day" | "month", groupBy: "region" | "customer") {
  return {
    date: "at",
    granularity,
    calendar: { timeZone: "UTC" },
    groupBy,
    measures,
    onInvalid: "skip",
    fill: groupBy === "region",
  } as const;
}

describe("distinct counts added a batch at a time", () => {
  const month = (at: string) => at.slice(0, 7);
  const day = (at: string) => at.slice(0, 10);

  it("crosses the batch boundary with few cells (months x regions)", () => {
    const records = deals(200_003, 365);
    const series = aggregate(records, options("month", "region"));
    expect(series.report.rejected).toBe(Math.ceil(200_003 / 97));
    check(series, records, month);
  });

  it("crosses it with many cells (days x regions), most of them joining each batch", () => {
    const records = deals(140_000, 2_000);
    const series = aggregate(records, options("day", "region"));
    check(series, records, day);
  });

  it("adds keys directly after a batch of fewer than 4 keys a cell (customers x months)", () => {
    // 100,000 records over 5,000 customers x 12 months: the first batch spreads over more than
    // 16,384 cells, so the rest of the run adds each key as its record comes.
    const records = deals(100_000, 365);
    const series = aggregate(records, options("month", "customer"));
    check(series, records, month, (record) => record.customer);
  });

  it("keeps the order of a key that comes as the run switches to direct adds", () => {
    // regression (review): 65,536 records in as many cells fill the first batch with one key a
    // cell, and the run switches to direct adds; the key of the record that found the batch full
    // was left in a new batch, added at the end, after the keys that came after it.
    const records = Array.from({ length: 65_536 }, (_, i) => ({
      at: "2024-01-01",
      group: `g${i}`,
      key: "z",
    }));
    records.push(
      { at: "2024-01-01", group: "x", key: "a" },
      { at: "2024-01-01", group: "x", key: "b" },
    );
    const series = aggregate(records, {
      date: "at",
      granularity: "day",
      calendar: { timeZone: "UTC" },
      groupBy: "group",
      measures: { keys: countDistinct("key") },
      fill: false,
    });
    const cell = series.cells.find((candidate) => candidate.group === "x");
    expect([...(cell?.states.keys.values ?? [])]).toEqual(["a", "b"]);
  });

  it("crosses it through aggregateAsync", async () => {
    const records = deals(70_000, 60);
    async function* stream() {
      yield* records;
    }
    const series = await aggregateAsync(stream(), options("month", "region"));
    check(series, records, month);
  });
});
