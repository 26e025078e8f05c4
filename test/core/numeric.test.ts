import { Decimal as GlobalDecimal } from "decimal.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isIssue, numericOrUndefined, readNumeric, toDecimal } from "../../src/core/numeric.js";
import { expectKpiError } from "../support/expectKpiError.js";

describe("toDecimal", () => {
  it("accepts every Numeric form exactly", () => {
    expect(toDecimal(12.5).toString()).toBe("12.5");
    expect(toDecimal(0.1).toString()).toBe("0.1");
    expect(toDecimal("1234.56").toString()).toBe("1234.56");
    expect(toDecimal("-3").toString()).toBe("-3");
    expect(toDecimal("+7").toString()).toBe("7");
    expect(toDecimal("1e3").toString()).toBe("1000");
    expect(toDecimal("2.5E-2").toString()).toBe("0.025");
    expect(toDecimal(12345678901234567890123n).toString()).toBe("12345678901234567890123");
    expect(toDecimal(new GlobalDecimal("1.5")).toString()).toBe("1.5");
  });

  it("is exact where floats are not", () => {
    expect(toDecimal("0.1").plus(toDecimal("0.2")).toString()).toBe("0.3");
    expect(toDecimal(0.1).plus(toDecimal(0.2)).eq("0.3")).toBe(true);
  });

  it("turns -0 into 0", () => {
    expect(Object.is(toDecimal(-0).toNumber(), 0)).toBe(true);
    expect(toDecimal("-0.00").isNegative()).toBe(false);
  });

  it("accepts a Decimal from another copy or clone of decimal.js", () => {
    const Other = GlobalDecimal.clone({ precision: 5 });
    expect(toDecimal(new Other("123456.789")).toString()).toBe("123456.789");
    // A look-alike from a foreign copy: decimal.js recognises instances by their toStringTag.
    const foreign = { toStringTag: "[object Decimal]", toString: () => "42.5" };
    expect(toDecimal(foreign as unknown as GlobalDecimal).toString()).toBe("42.5");
  });

  it.each([
    ["NaN", Number.NaN],
    ["Infinity", Number.POSITIVE_INFINITY],
    ["-Infinity", Number.NEGATIVE_INFINITY],
    ["unsafe integer", Number.MAX_SAFE_INTEGER + 2],
    ["1e309", Number.parseFloat("1e309")],
    ["empty string", ""],
    ["surrounding spaces", " 12 "],
    ["trailing letters", "12abc"],
    ["grouped en-US", "1,234.56"],
    ["grouped id-ID", "1.234,56"],
    ["leading dot", ".5"],
    ["trailing dot", "5."],
    ["hex", "0x10"],
    ["Infinity text", "Infinity"],
    ["NaN text", "NaN"],
    ["huge exponent", "1e1001"],
    ["null", null],
    ["undefined", undefined],
    ["boolean", true],
    ["object", {}],
    ["array", []],
    ["function", () => 1],
    ["symbol", Symbol("x")],
    ["NaN Decimal", new GlobalDecimal(Number.NaN)],
    ["Infinite Decimal", new GlobalDecimal(Number.POSITIVE_INFINITY)],
  ])("rejects %s with invalid_number", (_name, value) => {
    const error = expectKpiError(
      () => toDecimal(value as never),
      "invalid_number",
      /^toDecimal: value must be /,
    );
    expect(error.issues).toHaveLength(1);
  });

  it("says why an unsafe integer is rejected", () => {
    expectKpiError(
      () => toDecimal(2 ** 60),
      "invalid_number",
      "toDecimal: value must be a number within ±9007199254740991 (pass a string or bigint for larger values, to keep them exact), received 1152921504606847000",
    );
  });

  it("keeps a 400-digit string and a tiny exponent exact", () => {
    const digits = "9".repeat(400);
    expect(toDecimal(digits).toString()).toBe(digits);
    expect(toDecimal("1e-400").eq(new GlobalDecimal("1e-400"))).toBe(true);
  });

  it("reads any safe 2-decimal string exactly (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), (cents) => {
        const sign = cents < 0 ? "-" : "";
        const abs = Math.abs(cents);
        const text = `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, "0")}`;
        expect(toDecimal(text).times(100).toString()).toBe(String(cents));
      }),
    );
  });
});

describe("numericOrUndefined", () => {
  const context = { subject: "test", path: [], where: "value" };

  it("reads what readNumeric reads, to the same Decimal, and nothing else", () => {
    const values: unknown[] = [
      12.5,
      -0,
      "-0.00",
      "1e3",
      "+7",
      12345678901234567890123n,
      new GlobalDecimal("1.5"),
      "9".repeat(400),
      "1e-400",
      Number.NaN,
      Number.MAX_SAFE_INTEGER + 2,
      "1e1001",
      "1,5",
      " 12 ",
      null,
      undefined,
      true,
      {},
      new GlobalDecimal(Number.POSITIVE_INFINITY),
    ];
    for (const value of values) {
      const read = readNumeric(value, context);
      const quick = numericOrUndefined(value);
      if (isIssue(read)) expect(quick).toBeUndefined();
      else expect(quick?.toString()).toBe(read.toString());
    }
    expect(Object.is(numericOrUndefined(-0)?.toNumber(), 0)).toBe(true);
  });

  it("agrees with readNumeric on anything (property)", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.anything(),
          fc.double(),
          fc.bigInt(),
          fc.stringMatching(/^[+-]?\d{1,5}(\.\d{1,3})?(e-?\d{1,4})?$/),
        ),
        (value) => {
          const read = readNumeric(value, context);
          const quick = numericOrUndefined(value);
          expect(quick === undefined).toBe(isIssue(read));
          if (!isIssue(read)) expect(quick?.toString()).toBe(read.toString());
        },
      ),
    );
  });
});
