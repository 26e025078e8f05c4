import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  addSlot,
  compareSlots,
  emptySlot,
  emptySum,
  mergeSum,
  readExact,
  scaledText,
  slotText,
  sumToDecimal,
} from "../../src/aggregate/measures/_exact.js";
import { KDecimal } from "../../src/core/decimal.js";

function read(value: unknown) {
  const slot = emptySlot();
  return readExact(slot, value) ? slot : undefined;
}

function total(values: readonly unknown[]): string {
  const sum = emptySum();
  for (const value of values) {
    const slot = read(value);
    if (slot === undefined) throw new Error(`unreadable ${String(value)}`);
    addSlot(sum, slot);
  }
  return sumToDecimal(sum).toString();
}

describe("readExact", () => {
  it("reads plain decimals with the char-code parser into mantissa and scale", () => {
    expect(read("12345.67")).toMatchObject({ mode: 0, m: 1234567, s: 2 });
    expect(read("-0.50")).toMatchObject({ mode: 0, m: -50, s: 2 });
    expect(read("+7")).toMatchObject({ mode: 0, m: 7, s: 0 });
    expect(read("-0")).toMatchObject({ mode: 0, m: 0, s: 0 });
  });

  it("reads numbers by their shortest decimal text, not by float arithmetic", () => {
    expect(read(12.3)).toMatchObject({ mode: 0, m: 123, s: 1 });
    expect(read(0.1)).toMatchObject({ mode: 0, m: 1, s: 1 });
    expect(total([0.1, 0.2])).toBe("0.3");
    expect(total([1e-7, 0.1])).toBe("0.1000001");
  });

  it("takes more than 15 digits through bigint, exponents through Decimal", () => {
    expect(read("12345678901234567.89")).toMatchObject({
      mode: 1,
      big: 1234567890123456789n,
      s: 2,
    });
    expect(read(123n)).toMatchObject({ mode: 1, big: 123n, s: 0 });
    expect(read("1e3")?.mode).toBe(2);
    expect(slotText(read("1.5e3") as ReturnType<typeof emptySlot>)).toBe("1500");
    expect(read(new KDecimal("2.5"))?.mode).toBe(2);
  });

  it("declines what readNumeric declines", () => {
    for (const bad of [
      "",
      "12abc",
      "1.",
      ".5",
      "1,5",
      " 1",
      "--1",
      "NaN",
      Number.NaN,
      Number.POSITIVE_INFINITY,
      2 ** 60,
      null,
      undefined,
      true,
      {},
      "1e99999",
    ]) {
      expect(read(bad), String(bad)).toBeUndefined();
    }
  });
});

describe("exact sums", () => {
  it("mixes scales exactly", () => {
    expect(total(["1.5", "2.25", "3", "0.125"])).toBe("6.875");
    expect(total(["-1.10", "1.1"])).toBe("0");
  });

  it("spills past 2^53 into bigint and stays exact", () => {
    const big = "9007199254740991";
    expect(total([big, big, big, "0.01"])).toBe("27021597764222973.01");
    expect(total(["900719925474099.1", "900719925474099.1", "-0.2"])).toBe("1801439850948198");
    expect(total([2 ** 53 - 1, 2 ** 53 - 1, -(2 ** 53 - 1)])).toBe("9007199254740991");
    expect(total(["0.000000000000001", "123456789012345"])).toBe("123456789012345.000000000000001");
  });

  it("handles scale differences beyond 16 digits (bigint path), zeros included", () => {
    expect(total(["0.00000000000000000001", "0", "1"])).toBe("1.00000000000000000001");
    expect(total(["0", "0.00000000000000000001", "5", "0.5"])).toBe("5.50000000000000000001");
    expect(total(["123456789012345", "0.0000000000000000000001"])).toBe(
      "123456789012345.0000000000000000000001",
    );
  });

  it("adds Decimal fallbacks once at the end", () => {
    expect(total(["1e2", "0.5", 3n])).toBe("103.5");
  });

  it("equals the integer-cent sum for random two-decimal amounts, in any order", () => {
    fc.assert(
      fc.property(
        fc.array(fc.bigInt({ min: -(10n ** 16n), max: 10n ** 16n }), { maxLength: 60 }),
        (cents) => {
          const texts = cents.map((value) => scaledText(value.toString(), 2));
          const expected = new KDecimal(
            scaledText(cents.reduce((a, b) => a + b, 0n).toString(), 2),
          ).toString();
          expect(total(texts)).toBe(expected);
          expect(total([...texts].reverse())).toBe(expected);
        },
      ),
    );
  });

  it("is exact for any mix of scales and sizes (checked against bigint arithmetic)", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            fc.bigInt({ min: -(10n ** 20n), max: 10n ** 20n }),
            fc.integer({ min: 0, max: 30 }),
          ),
          { maxLength: 30 },
        ),
        (pairs) => {
          const scale = Math.max(0, ...pairs.map(([, s]) => s));
          const exact = pairs.reduce((acc, [m, s]) => acc + m * 10n ** BigInt(scale - s), 0n);
          const expected = new KDecimal(scaledText(exact.toString(), scale)).toString();
          expect(total(pairs.map(([m, s]) => scaledText(m.toString(), s)))).toBe(expected);
        },
      ),
    );
  });

  it("merges partial sums into the one-pass sum", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: -1e9, max: 1e9 }), fc.integer({ min: 0, max: 6 }))),
        fc.nat(),
        (pairs, cut) => {
          const texts = pairs.map(([m, s]) => scaledText(String(m), s));
          const at = texts.length === 0 ? 0 : cut % (texts.length + 1);
          const left = emptySum();
          const right = emptySum();
          texts.forEach((text, index) => {
            addSlot(index < at ? left : right, read(text) as ReturnType<typeof emptySlot>);
          });
          mergeSum(left, right);
          expect(sumToDecimal(left).toString()).toBe(total(texts));
        },
      ),
    );
  });
});

describe("compareSlots", () => {
  it("compares across scales and forms exactly", () => {
    const cmp = (a: unknown, b: unknown) =>
      Math.sign(compareSlots(read(a) as never, read(b) as never));
    expect(cmp("1.10", "1.1")).toBe(0);
    expect(cmp("1.09", "1.1")).toBe(-1);
    expect(cmp("12345678901234567.89", "12345678901234567.9")).toBe(-1);
    expect(cmp("1e3", "999.99")).toBe(1);
    expect(cmp(-5n, "-4.5")).toBe(-1);
    expect(cmp("900719925474099.1", "9007199254740991")).toBe(-1);
  });
});
