import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MAX_INSTANT, MIN_INSTANT, readInstant } from "../../src/period/instant.js";
import { resolveCalendar } from "../../src/period/resolveCalendar.js";

// The char-code ISO parser against Date's own reading of the same instants, and every digit of the
// text replaced by the characters just below and above "0"-"9" ("/" and ":"), which the parser's
// digit checks must refuse (they compare unsigned: "/" - "0" wraps around).

const utc = resolveCalendar();
const instants = fc.integer({ min: Date.UTC(1, 0, 2), max: Date.UTC(9998, 11, 31) });
const fractions = fc.stringMatching(/^[0-9]{1,9}$/);

describe("readInstant (properties)", () => {
  it("reads toISOString and every fraction length as Date does, truncated to milliseconds", () => {
    fc.assert(
      fc.property(instants, fractions, (ms, fraction) => {
        const iso = new Date(ms).toISOString(); // YYYY-MM-DDTHH:mm:ss.sssZ, years 0001-9998
        expect(readInstant(iso, utc)).toBe(ms);
        const text = `${iso.slice(0, 19)}.${fraction}Z`;
        const expected =
          Math.floor(ms / 1000) * 1000 + Number(fraction.slice(0, 3).padEnd(3, "0"));
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

  it("keeps every instant read within the supported range", () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(..."0123456789-:T.Z+ "), maxLength: 30 }), (text) => {
        const read = readInstant(text, utc);
        if (read !== undefined) {
          expect(Number.isInteger(read)).toBe(true);
          expect(read >= MIN_INSTANT && read < MAX_INSTANT).toBe(true);
        }
      }),
    );
  });
});
