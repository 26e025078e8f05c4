import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MAX_INSTANT, MIN_INSTANT, readInstant } from "../../src/period/instant.js";
import { resolveCalendar } from "../../src/period/resolveCalendar.js";

// The char-code ISO parser against Date's own reading of the same instants, and every digit of the
// text replaced by the characters just below and above "0"-"9" ("/" and ":"), which the parser's
// digit checks must refuse (they compare unsigned: "/" - "0" wraps around), and texts near the
// accepted shapes.

const utc = resolveCalendar();
// Date.UTC reads years 0-99 as 1900-1999: the first instant is set with setUTCFullYear.
const instants = fc.integer({
  min: new Date(0).setUTCFullYear(1, 0, 2),
  max: Date.UTC(9998, 11, 31),
});
// A day away from the ends of the range, so that any offset keeps the instant inside it.
const innerInstants = fc.integer({
  min: new Date(0).setUTCFullYear(1, 0, 3),
  max: Date.UTC(9998, 11, 30),
});
const fractions = fc.stringMatching(/^[0-9]{1,9}$/);

describe("readInstant (properties)", () => {
  it("reads toISOString and every fraction length as Date does, truncated to milliseconds", () => {
    fc.assert(
      fc.property(instants, fractions, (ms, fraction) => {
        const iso = new Date(ms).toISOString(); // YYYY-MM-DDTHH:mm:ss.sssZ, years 0001-9998
        expect(readInstant(iso, utc)).toBe(ms);
        const text = `${iso.slice(0, 19)}.${fraction}Z`;
        const expected = Math.floor(ms / 1000) * 1000 + Number(fraction.slice(0, 3).padEnd(3, "0"));
        expect(readInstant(text, utc)).toBe(expected);
      }),
    );
  });

  it("refuses a text with any digit replaced by '/' or ':'", () => {
    fc.assert(
      fc.property(
        instants,
        fc.nat(),
        fc.constantFrom("/", ":"),
        fc.constantFrom("", "+07:00", "-0530", "+07"),
        (ms, pick, character, offset) => {
          const iso = new Date(ms).toISOString();
          const text = offset === "" ? iso : `${iso.slice(0, 23)}${offset}`;
          const digits = [...text].flatMap((c, i) => (c >= "0" && c <= "9" ? [i] : []));
          const at = digits[pick % digits.length] as number;
          const broken = text.slice(0, at) + character + text.slice(at + 1);
          expect(readInstant(broken, utc)).toBeUndefined();
        },
      ),
    );
  });

  it("reads every prefix and one-character change of a valid text as a number in range, or not at all", () => {
    // Texts near the accepted shapes: valid ones cut short or with one character changed, so that
    // many are read (the index checks of the two-digit fields are exercised at every length).
    const valid = fc
      .tuple(innerInstants, fc.constantFrom("Z", "+07:00", "-0530", "+07", ""), fractions)
      .map(
        ([ms, offset, fraction]) =>
          `${new Date(ms).toISOString().slice(0, 19)}.${fraction}${offset}`,
      );
    fc.assert(
      fc.property(
        valid,
        fc.nat(),
        fc.nat(),
        fc.constantFrom(..."0123456789-:T.Z+ /"),
        (text, cut, at, character) => {
          const prefix = text.slice(0, cut % (text.length + 1));
          const place = at % text.length;
          const changed = text.slice(0, place) + character + text.slice(place + 1);
          for (const candidate of [prefix, changed]) {
            const read = readInstant(candidate, utc);
            if (read !== undefined) {
              expect(Number.isInteger(read)).toBe(true);
              expect(read >= MIN_INSTANT && read < MAX_INSTANT).toBe(true);
            }
          }
          // The valid text itself is read (date-only and minute prefixes too).
          expect(readInstant(text, utc)).not.toBeUndefined();
          expect(readInstant(text.slice(0, 10), utc)).not.toBeUndefined();
          expect(readInstant(text.slice(0, 16), utc)).not.toBeUndefined();
        },
      ),
    );
  });
});
