import { describe, expect, it } from "vitest";
import { instantIssue, MAX_INSTANT, MIN_INSTANT, readInstant } from "../../src/period/instant.js";
import { resolveCalendar } from "../../src/period/resolveCalendar.js";

const utc = resolveCalendar();
const jakarta = resolveCalendar({ timeZone: "Asia/Jakarta" });
const newYork = resolveCalendar({ timeZone: "America/New_York" });

describe("readInstant", () => {
  it.each([
    ["2025-03-14T09:30:00Z", Date.UTC(2025, 2, 14, 9, 30)],
    ["2025-03-14T09:30:00.123Z", Date.UTC(2025, 2, 14, 9, 30, 0, 123)],
    ["2025-03-14T09:30:00.1Z", Date.UTC(2025, 2, 14, 9, 30, 0, 100)],
    ["2025-03-14T09:30:00.123456789Z", Date.UTC(2025, 2, 14, 9, 30, 0, 123)],
    ["2025-03-14T09:30:00,5Z", Date.UTC(2025, 2, 14, 9, 30, 0, 500)],
    ["2025-03-14t09:30:00z", Date.UTC(2025, 2, 14, 9, 30)],
    ["2025-03-14 09:30:00Z", Date.UTC(2025, 2, 14, 9, 30)],
    ["2025-03-14T09:30Z", Date.UTC(2025, 2, 14, 9, 30)],
    ["2025-03-14T16:30:00+07:00", Date.UTC(2025, 2, 14, 9, 30)],
    ["2025-03-14T16:30:00+0700", Date.UTC(2025, 2, 14, 9, 30)],
    ["2025-03-14T16:30:00+07", Date.UTC(2025, 2, 14, 9, 30)],
    ["2025-03-14T15:00:00+05:30", Date.UTC(2025, 2, 14, 9, 30)],
    ["2025-03-14T15:15:00+05:45", Date.UTC(2025, 2, 14, 9, 30)],
    ["2025-03-14T05:30:00-04:00", Date.UTC(2025, 2, 14, 9, 30)],
    ["2025-03-14T09:30:00-00:00", Date.UTC(2025, 2, 14, 9, 30)],
    ["2024-02-29T00:00:00Z", Date.UTC(2024, 1, 29)],
    ["2000-02-29T00:00:00Z", Date.UTC(2000, 1, 29)],
  ])("%s", (text, expected) => {
    expect(readInstant(text, utc)).toBe(expected);
    expect(readInstant(text, jakarta)).toBe(expected);
    // Cross-check with Date.parse where it understands the shape (it does not read "+07").
    const parsed = Date.parse(text.replace(" ", "T").replace(",", "."));
    if (!text.endsWith("+07")) expect(readInstant(text, utc)).toBe(parsed);
  });

  it("reads date-only strings as the start of the day in the calendar's zone", () => {
    expect(readInstant("2025-03-01", utc)).toBe(Date.UTC(2025, 2, 1));
    expect(readInstant("2025-03-01", jakarta)).toBe(Date.UTC(2025, 1, 28, 17));
    expect(readInstant("2025-03-09", newYork)).toBe(Date.UTC(2025, 2, 9, 5));
  });

  it("reads offset-less date-times as wall time in the calendar's zone", () => {
    expect(readInstant("2025-03-01T09:00", jakarta)).toBe(Date.UTC(2025, 2, 1, 2));
    expect(readInstant("2025-03-01T09:00:00.250", utc)).toBe(Date.UTC(2025, 2, 1, 9, 0, 0, 250));
    expect(readInstant("2025-07-01 09:00:00", newYork)).toBe(Date.UTC(2025, 6, 1, 13));
    // Skipped wall time (spring forward): read with the offset before the gap, so 02:30 -> 03:30 EDT.
    expect(readInstant("2025-03-09T02:30:00", newYork)).toBe(Date.UTC(2025, 2, 9, 7, 30));
    // Repeated wall time (fall back): the earlier instant (EDT).
    expect(readInstant("2025-11-02T01:30:00", newYork)).toBe(Date.UTC(2025, 10, 2, 5, 30));
    expect(readInstant("2025-11-02T02:30:00", newYork)).toBe(Date.UTC(2025, 10, 2, 7, 30));
  });

  it("accepts Date and epoch milliseconds", () => {
    const ms = Date.UTC(2025, 2, 14, 9, 30);
    expect(readInstant(ms, utc)).toBe(ms);
    expect(readInstant(new Date(ms), utc)).toBe(ms);
    expect(readInstant(ms + 0.5, utc)).toBe(ms + 0.5);
    expect(readInstant(-100_000_000_000, utc)).toBe(-100_000_000_000);
  });

  it.each([
    "2025-02-29",
    "2025-04-31",
    "1900-02-29",
    "2025-03-14T24:00:00Z",
    "2025-03-14T09:30:00+24:00",
    "2025-03-14T09:30:00+07:60",
    "2025-03-14T09:30:00+07:0",
    "2025-03-14T09:30:00+7:00",
    "2025-03-14T09:30:00ZZ",
    "2025-03-14T09:30:00 Z",
    "2025-03-14T09:30:0Z",
    "2025-03-14T09:3Z",
    "2025-03-14T09",
    "2025-03-14T",
    "2025-03-14X09:30:00Z",
    "2025/03/14",
    "20250314",
    "2025-03-14Z",
    "yesterday",
    "",
    "-2025-03-14",
  ])("%j is undefined", (text) => {
    expect(readInstant(text, utc)).toBeUndefined();
  });

  it.each([
    [Number.NaN],
    [Number.POSITIVE_INFINITY],
    [Number.NEGATIVE_INFINITY],
    [0],
    [1_741_944_600],
    [99_999_999_999],
    [-99_999_999_999],
    [MIN_INSTANT - 1],
    [MAX_INSTANT],
    [new Date(Number.NaN)],
    [null],
    [undefined],
    [true],
    [{}],
    [BigInt(1)],
    [{ valueOf: () => Date.UTC(2025, 0, 1) }],
  ])("%s is undefined", (value) => {
    expect(readInstant(value, utc)).toBeUndefined();
  });

  it("covers the supported range exactly", () => {
    expect(readInstant(MIN_INSTANT, utc)).toBe(MIN_INSTANT);
    expect(readInstant(MAX_INSTANT - 1, utc)).toBe(MAX_INSTANT - 1);
    expect(new Date(MIN_INSTANT).toISOString()).toBe("0001-01-02T00:00:00.000Z");
    expect(new Date(MAX_INSTANT).toISOString()).toBe("9999-01-01T00:00:00.000Z");
    expect(readInstant("0001-01-02T00:00:00Z", utc)).toBe(MIN_INSTANT);
    expect(readInstant("0001-01-01T23:59:59Z", utc)).toBeUndefined();
    expect(readInstant("9998-12-31T23:59:59.999Z", utc)).toBe(MAX_INSTANT - 1);
  });
});

describe("instantIssue", () => {
  const context = {
    subject: "aggregate",
    path: [3, "closedAt"],
    where: 'record 3 field "closedAt"',
  };
  it.each([
    ["yesterday", "a Date, epoch milliseconds, or an ISO-8601 date"],
    ["2025-02-30", "a date and time that exist in the calendar"],
    [1_741_944_600, "epoch milliseconds (this number is below 100000000000"],
    [new Date(Number.NaN), "a valid Date"],
    [new Date(MAX_INSTANT), "an instant from 0001-01-02T00:00:00Z"],
    [MAX_INSTANT, "an instant from 0001-01-02T00:00:00Z"],
    ["9999-06-01", "an instant from 0001-01-02T00:00:00Z"],
    [Number.NaN, "a Date, epoch milliseconds"],
    [undefined, "a Date, epoch milliseconds"],
  ])("%s", (value, expected) => {
    const issue = instantIssue(value, utc, context);
    expect(issue.code).toBe("invalid_date");
    expect(issue.path).toEqual([3, "closedAt"]);
    expect(issue.expected.startsWith(expected)).toBe(true);
    expect(issue.message.startsWith('aggregate: record 3 field "closedAt" must be ')).toBe(true);
  });
});
