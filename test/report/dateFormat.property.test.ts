// isIsoInstant reads ISO-8601 text character by character (it runs once per CSV row); the regular
// expression it replaced is kept here as the oracle, with the same range checks.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { dateReader, isIsoInstant } from "../../src/report/dateFormat.js";

const ISO =
  /^(\d{4})-(\d{2})-(\d{2})(?:[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(?:[Zz]|[+-](\d{2})(?::?(\d{2}))?)?)?$/;
const daysIn = (y: number, m: number): number => new Date(Date.UTC(y, m, 0)).getUTCDate();

function oracle(text: string): boolean {
  const match = ISO.exec(text);
  if (match === null) return false;
  const [, y, M, d, H, m, s, oh, om] = match.map((part) => (part === undefined ? 0 : Number(part)));
  return (
    (y as number) >= 1 &&
    (M as number) >= 1 &&
    (M as number) <= 12 &&
    (d as number) >= 1 &&
    (d as number) <= daysIn(y as number, M as number) &&
    (H as number) <= 23 &&
    (m as number) <= 59 &&
    (s as number) <= 59 &&
    (oh as number) <= 23 &&
    (om as number) <= 59
  );
}

const digit = fc.constantFrom(..."0123456789");
const two = fc.tuple(digit, digit).map((d) => d.join(""));
/** ISO-like text: right most of the time, with every part sometimes missing or wrong. */
const isoLike = fc
  .tuple(
    fc.oneof(
      fc.integer({ min: 0, max: 9999 }).map((y) => String(y).padStart(4, "0")),
      two,
    ),
    fc.constantFrom("-", "/", ""),
    two,
    fc.constantFrom("-", "."),
    two,
    fc.option(
      fc.tuple(
        fc.constantFrom("T", "t", " ", "_"),
        two,
        fc.constantFrom(":", ""),
        two,
        fc.option(fc.tuple(fc.constantFrom(":", "."), two)),
        fc.option(fc.stringMatching(/^\.\d{0,11}$/)),
        fc.option(
          fc.constantFrom("Z", "z", "+07:00", "-0530", "+07", "+7", "+07:", "+24:00", "-03:60"),
        ),
      ),
    ),
    fc.option(fc.constantFrom("x", " ", "0")),
  )
  .map(([y, s1, M, s2, d, time, tail]) => {
    let text = `${y}${s1}${M}${s1 === "" ? "-" : s1 === "/" ? "-" : "-"}${d}`;
    if (s2 === ".") text = text.replace(/-(\d\d)$/, ".$1");
    if (time !== null) {
      const [sep, H, c, m, seconds, fraction, zone] = time;
      text += `${sep}${H}${c}${m}`;
      if (seconds !== null) text += `${seconds[0]}${seconds[1]}`;
      if (fraction !== null) text += fraction;
      if (zone !== null) text += zone;
    }
    return tail === null ? text : text + tail;
  });

describe("isIsoInstant", () => {
  it("accepts exactly what the ISO pattern with its range checks accepts", () => {
    fc.assert(
      fc.property(fc.oneof(isoLike, fc.string({ maxLength: 40 })), (text) => {
        expect(isIsoInstant(text)).toBe(oracle(text));
      }),
      { numRuns: 5000 },
    );
  });

  it("reads the shapes aggregate reads, and refuses impossible dates and times", () => {
    for (const text of [
      "2026-10-31",
      "2024-02-29",
      "2026-10-31T14:30",
      "2026-10-31 14:30:59",
      "2026-10-31t14:30:00.123456789Z",
      "2026-10-31T14:30:00+07:00",
      "2026-10-31T14:30:00-0530",
      "2026-10-31T14:30+07",
    ])
      expect([text, isIsoInstant(text)]).toEqual([text, true]);
    for (const text of [
      "2025-02-29",
      "2026-13-01",
      "2026-10-31T24:00",
      "2026-10-31T14:60",
      "2026-10-31T14:30:00.",
      "2026-10-31T14:30:00.1234567890",
      "2026-10-31T14:30:00+07:",
      "2026-10-31T14",
      "0000-01-01",
      "2026-10-31Z",
    ])
      expect([text, isIsoInstant(text)]).toEqual([text, false]);
  });
});

describe("dateReader", () => {
  it("reads a pattern into ISO wall time, and refuses text shorter than the pattern", () => {
    const read = dateReader("dd/MM/yyyy HH:mm");
    expect(read("31/10/2026 14:30")).toBe("2026-10-31T14:30:00");
    expect(read("31/10/2026 14:3")).toBeUndefined();
    expect(read("29/02/2025 10:00")).toBeUndefined();
  });
});
