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
import { mean } from "../../src/aggregate/measures/mean.js";
import { sum } from "../../src/aggregate/measures/sum.js";
import { aggregate } from "../../src/aggregate/series/aggregate.js";
import { rollup } from "../../src/aggregate/series/rollup.js";
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

describe("exact sums of Decimals and exponent notation", () => {
  const third = new KDecimal(1).div(3);

  it("rolls Decimal sums up to the direct aggregation", () => {
    const records = [
      { at: "2025-01-10T00:00:00Z", v: new KDecimal(1000000) },
      { at: "2025-02-10T00:00:00Z", v: third },
      { at: "2025-01-11T00:00:00Z", v: new KDecimal(-1000000) },
    ];
    const options = { date: "at", measures: { s: sum("v") } } as const;
    const months = aggregate(records, { ...options, granularity: "month" });
    const quarter = aggregate(records, { ...options, granularity: "quarter" });
    const expected = `0.${"3".repeat(34)}`;
    expect(rollup(months, "quarter").cells[0]?.values.s.toString()).toBe(expected);
    expect(quarter.cells[0]?.values.s.toString()).toBe(expected);
  });

  it("keeps exponent strings exact whatever the grouping", () => {
    const records = [
      { at: "2025-01-10T00:00:00Z", v: "1e30" },
      { at: "2025-02-10T00:00:00Z", v: "1e-10" },
      { at: "2025-01-11T00:00:00Z", v: "-1e30" },
    ];
    const options = { date: "at", measures: { s: sum("v"), m: mean("v") } } as const;
    const months = aggregate(records, { ...options, granularity: "month" });
    const quarter = aggregate(records, { ...options, granularity: "quarter" });
    expect(rollup(months, "quarter").cells[0]?.values.s.toString()).toBe("0.0000000001");
    expect(quarter.cells[0]?.values.s.toString()).toBe("0.0000000001");
    expect(
      aggregate(records.slice(0, 2), {
        ...options,
        granularity: "year",
      }).cells[0]?.values.s.toString(),
    ).toBe("1000000000000000000000000000000.0000000001");
    // The mean divides the exact sum once.
    expect(quarter.cells[0]?.values.m?.toString()).toBe(`0.0000000000${"3".repeat(34)}`);
  });

  it("merges Decimal and exponent inputs in any order to the same exact sum", () => {
    const value = fc.oneof(
      fc
        .tuple(
          fc.bigInt({ min: -(10n ** 40n), max: 10n ** 40n }),
          fc.integer({ min: -40, max: 40 }),
        )
        .map(([mantissa, exponent]) => `${mantissa}e${exponent}`),
      fc
        .tuple(fc.integer({ min: -1000, max: 1000 }), fc.integer({ min: 1, max: 97 }))
        .map(([a, b]) => new KDecimal(a).div(b)),
      fc.integer({ min: -1e6, max: 1e6 }).map((cents) => (cents / 100).toString()),
    );
    fc.assert(
      fc.property(fc.array(value, { maxLength: 12 }), fc.nat(), (values, cut) => {
        const sumOf = (list: readonly unknown[]) => {
          const total = emptySum();
          const slot = emptySlot();
          for (const item of list) {
            expect(readExact(slot, item)).toBe(true);
            addSlot(total, slot);
          }
          return total;
        };
        const at = values.length === 0 ? 0 : cut % (values.length + 1);
        const left = sumOf(values.slice(0, at));
        mergeSum(left, sumOf(values.slice(at)));
        const reversed = sumOf([...values].reverse());
        // decimal.js with enough precision for these inputs is the reference.
        const Exact = KDecimal.clone({ precision: 200 });
        const reference = values.reduce<InstanceType<typeof Exact>>(
          (acc, item) => acc.plus(new Exact(item.toString())),
          new Exact(0),
        );
        expect(sumToDecimal(left).toString()).toBe(sumToDecimal(reversed).toString());
        expect(sumToDecimal(left).eq(reference.toString())).toBe(true);
      }),
    );
  });

  it("serializes exact sums as an integer and a scale only (the frozen format, no decimal part)", () => {
    const measure = sum("v");
    const state = measure.empty();
    measure.add(state, { v: third }, 0);
    measure.add(state, { v: "1e-40" }, 1);
    const json = measure.serialize(state);
    expect(Object.keys(json)).toEqual(["kind", "integer", "scale"]);
    expect(
      measure.finalize(measure.deserialize(JSON.parse(JSON.stringify(json))))?.toString(),
    ).toBe(measure.finalize(state)?.toString());
  });

  it("refuses a value of more than 10,000 decimal places rather than round it", () => {
    const slot = emptySlot();
    expect(readExact(slot, `0.${"1".repeat(10_000)}`)).toBe(true);
    expect(readExact(slot, `0.${"1".repeat(10_001)}`)).toBe(false);
  });
});
