// One million empty objects: aggregate must end in a KpiError (default policy) or in a
// report that accounts for every record — never a hang (the runner's timeout catches one; speed is measured by npm run bench), never a partial result. In its own file so
// that it runs in a fresh worker, away from the memory the table-driven suite builds up.
import { describe, expect, it } from "vitest";
import {
  aggregate,
  count,
  countDistinct,
  customerActivity,
  first,
  last,
  max,
  mean,
  min,
  sum,
} from "../../src/index.js";
import { probe } from "./support.js";

// biome-ignore lint/suspicious/noExplicitAny: hostile inputs bypass the types on purpose
type Loose = any;
type SeriesOf = ReturnType<typeof aggregate>;

const measures = {
  revenue: sum("amount"),
  won: count("won"),
  deals: count(),
  customers: countDistinct("customer"),
  opening: first("amount"),
  closing: last("amount"),
  low: min("amount"),
  high: max("amount"),
  average: mean("amount"),
};
const options = {
  date: "at",
  granularity: "month",
  calendar: { timeZone: "Asia/Jakarta" },
  groupBy: "region",
  measures,
} as const;

describe("an array of 1,000,000 empty objects", () => {
  const million: object[] = Array.from({ length: 1_000_000 }, () => ({}));

  it("throws a KpiError on the first record by default", () => {
    const thrown = probe(["aggregate"], () => aggregate(million, options as Loose), "1M throw");
    expect(thrown.ok ? null : thrown.error.code).toBe("invalid_record");
    expect(thrown.ok ? null : thrown.error.issues[0]?.path).toEqual([0, "at"]);
  });

  it("says loudly when skipping rejected every record", () => {
    // A contract change (issue 12, silent emptiness): an all-rejected input is an error naming the
    // first record's problem, not an empty series, unless allowAllRejected says it is expected.
    const loud = probe(
      ["aggregate"],
      () => aggregate(million, { ...options, onInvalid: "skip" } as Loose),
      "1M skip, all rejected",
    );
    expect(loud.ok ? null : loud.error.issues.slice(0, 2).map((issue) => issue.path)).toEqual([
      ["records"],
      [0, "at"],
    ]);
    expect(loud.ok ? null : loud.error.message).toContain("1000000 records, every one rejected");
  });

  it("skips and counts every record, or collects every problem", () => {
    const skipped = probe(
      ["aggregate"],
      () => aggregate(million, { ...options, onInvalid: "skip", allowAllRejected: true } as Loose),
      "1M skip",
    );
    const series = (skipped as { value: SeriesOf }).value;
    expect(series.report).toMatchObject({ records: 1_000_000, accepted: 0, rejected: 1_000_000 });
    expect(series.cells).toEqual([]);
    const collected = probe(
      ["aggregate"],
      () =>
        aggregate(million, {
          date: "at",
          granularity: "month",
          measures: { n: count() },
          onInvalid: "collect",
          allowAllRejected: true,
        } as Loose),
      "1M collect",
    );
    const report = (collected as { value: SeriesOf }).value.report;
    expect(report.issues.length).toBe(1_000_000);
    expect(report.issues[999_999]).toMatchObject({
      index: 999_999,
      field: "at",
      reason: "missing",
    });
    const activity = probe(
      ["customerActivity", "aggregate"],
      () =>
        customerActivity(million, {
          date: "at",
          customer: "id",
          granularity: "month",
          onInvalid: "skip",
          allowAllRejected: true,
        } as Loose),
      "1M customerActivity",
    );
    expect(activity.ok).toBe(true);
  });
});
