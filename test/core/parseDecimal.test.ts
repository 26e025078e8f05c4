import { describe, expect, it } from "vitest";
import { KpiError } from "../../src/core/errors.js";
import { parseDecimal } from "../../src/core/parseDecimal.js";

const id = { locale: "id-ID" };
const en = { locale: "en-US" };

describe("parseDecimal", () => {
  it.each([
    ["1.234.567,89", "1234567.89"],
    ["1234567,89", "1234567.89"],
    ["1.500.000", "1500000"],
    ["Rp 1.500.000", "1500000"],
    ["Rp\u00a01.234.568", "1234568"],
    ["Rp1.500.000,50", "1500000.5"],
    ["IDR 2.000", "2000"],
    ["-Rp 1.500", "-1500"],
    ["Rp -1.500", "-1500"],
    ["\u22121.500", "-1500"],
    ["0,5", "0.5"],
    ["  12,30  ", "12.3"],
    ["1.234", "1234"],
    ["999", "999"],
    ["1.500-", "-1500"],
    ["Rp1.500-", "-1500"],
    ["Rp.2.000", "2000"],
  ])("reads %j in id-ID", (text, expected) => {
    expect(parseDecimal(text, id).toString()).toBe(expected);
  });

  it.each([
    ["1,234,567.89", "1234567.89"],
    ["$1,234.57", "1234.57"],
    ["-$1,234.57", "-1234.57"],
    ["1234.5", "1234.5"],
    ["1.234", "1.234"],
    ["12 USD", "12"],
  ])("reads %j in en-US", (text, expected) => {
    expect(parseDecimal(text, en).toString()).toBe(expected);
  });

  it("uses the locale's grouping sizes (en-IN lakh grouping)", () => {
    expect(parseDecimal("12,34,567.5", { locale: "en-IN" }).toString()).toBe("1234567.5");
    expect(() => parseDecimal("1,234,567.5", { locale: "en-IN" })).toThrow(KpiError);
  });

  // The letter symbols Kč and zł (written as escapes in the source so the build stays ASCII).
  it.each([
    ["1\u00a0234,50\u00a0Kč", "cs-CZ", "1234.5"],
    ["Kč 12", "cs-CZ", "12"],
    ["1\u00a0234,50 zł", "pl-PL", "1234.5"],
  ])("reads %j in %s", (text, locale, expected) => {
    expect(parseDecimal(text, { locale }).toString()).toBe(expected);
  });

  it("reads space-grouped locales (fr-FR)", () => {
    expect(parseDecimal("1\u202f234\u202f567,89", { locale: "fr-FR" }).toString()).toBe(
      "1234567.89",
    );
  });

  it.each([
    ["1.23.4", id],
    ["12,34,5", en],
    ["1,234.56", id],
    ["1.234,56", en],
    ["1,2,3", id],
    ["12.34.567", id],
    ["1234.567", id],
    ["", id],
    ["   ", id],
    ["Rp", id],
    ["abc", en],
    ["1e3", en],
    ["--5", en],
    ["1,234,", en],
    ["1.", en],
    [",5", id],
    // Regression: trailing text used to be stripped as if it were a currency.
    ["5%", en],
    ["12 abc", en],
    ["1.500 abc", id],
    ["abc 12", en],
    ["-1.500-", id],
  ])("rejects %j", (text, options) => {
    let error: unknown;
    try {
      parseDecimal(text, options);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(KpiError);
    expect((error as KpiError).code).toBe("invalid_number");
    expect((error as KpiError).message).toMatch(
      new RegExp(
        `^parseDecimal: text must be a number written for locale ${options.locale}, like `,
      ),
    );
  });

  it("rejects non-strings and unknown locales", () => {
    expect(() => parseDecimal(12 as never, en)).toThrow(/parseDecimal: text must be/);
    expect(() => parseDecimal("1", { locale: "not a locale!!" })).toThrow(
      /parseDecimal: option locale must be a valid BCP 47 locale tag/,
    );
    expect(() => parseDecimal("1", undefined as never)).toThrow(KpiError);
  });
});
