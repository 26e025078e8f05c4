import { describe, expect, it } from "vitest";
import { CURRENCIES, CURRENCY_CODES, isCurrencyCode } from "../../src/money/currencies.js";

// ISO 4217 minor units, copied by hand from the ISO 4217 list (SIX Group, "List one: Currency,
// fund and precious metal codes"), independently of the table under test.
const ISO_MINOR_UNITS: Readonly<Record<string, number>> = {
  AED: 2,
  AUD: 2,
  BHD: 3,
  BND: 2,
  CAD: 2,
  CHF: 2,
  CNY: 2,
  EUR: 2,
  GBP: 2,
  HKD: 2,
  IDR: 2,
  INR: 2,
  JPY: 0,
  KRW: 0,
  KWD: 3,
  MYR: 2,
  NZD: 2,
  PHP: 2,
  SAR: 2,
  SGD: 2,
  THB: 2,
  TWD: 2,
  USD: 2,
  VND: 0,
};

describe("CURRENCIES", () => {
  it("covers the currencies the brief names", () => {
    for (const code of [
      "IDR",
      "USD",
      "EUR",
      "SGD",
      "MYR",
      "JPY",
      "GBP",
      "AUD",
      "CNY",
      "THB",
      "PHP",
      "VND",
      "KRW",
      "INR",
      "HKD",
    ]) {
      expect(isCurrencyCode(code), code).toBe(true);
    }
  });

  it("has the ISO 4217 minor unit of every currency", () => {
    expect(
      Object.fromEntries(CURRENCY_CODES.map((code) => [code, CURRENCIES[code].minorUnit])),
    ).toEqual(ISO_MINOR_UNITS);
  });

  it("has the fraction digits Intl shows (IDR 0 where ISO says 2)", () => {
    for (const code of CURRENCY_CODES) {
      const shown = new Intl.NumberFormat("en-US", {
        style: "currency",
        currency: code,
      }).resolvedOptions().maximumFractionDigits;
      expect(CURRENCIES[code].displayDigits, code).toBe(shown);
    }
    expect(CURRENCIES.IDR).toMatchObject({ minorUnit: 2, displayDigits: 0 });
  });

  it("lists the codes sorted, frozen, three upper-case letters each", () => {
    expect([...CURRENCY_CODES]).toEqual([...CURRENCY_CODES].sort());
    expect(Object.isFrozen(CURRENCY_CODES)).toBe(true);
    for (const code of CURRENCY_CODES) expect(code).toMatch(/^[A-Z]{3}$/);
  });
});

describe("isCurrencyCode", () => {
  it("accepts supported codes only, in upper case, never inherited names", () => {
    expect(isCurrencyCode("IDR")).toBe(true);
    for (const value of [
      "idr",
      "XYZ",
      "",
      "toString",
      "__proto__",
      "constructor",
      1,
      null,
      undefined,
      {},
    ]) {
      expect(isCurrencyCode(value), String(value)).toBe(false);
    }
  });
});
