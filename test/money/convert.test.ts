import { describe, expect, it } from "vitest";
import { KDecimal } from "../../src/core/decimal.js";
import { convert } from "../../src/money/convert.js";
import { parseRateTable } from "../../src/money/parseRateTable.js";
import { tryConvert } from "../../src/money/tryConvert.js";
import { expectKpiError } from "../support/expectKpiError.js";
import { exampleRates } from "./fixtures.js";

const rates = exampleRates();

describe("convert: spot", () => {
  it("multiplies by the day rate of the transaction date (pivot to currency), exactly", () => {
    // 1200.50 USD × 16350 IDR/USD = 19,628,175 IDR
    const result = convert({ amount: "1200.50", currency: "USD", date: "2025-03-14" }, rates, {
      to: "IDR",
    });
    expect(result.value.toString()).toBe("19628175");
    expect(result).toMatchObject({
      from: "USD",
      currency: "IDR",
      exact: true,
      method: "spot",
      date: "2025-03-14",
    });
    expect(result.amount.toString()).toBe("1200.5");
    expect(result.rates).toEqual([rates.quotes[4]]);
  });

  it("divides for the inverse direction, exactly when the quotient terminates", () => {
    // 19,628,175 / 16350 = 1200.5 ; 1 / 16350 = 0.0000611620795107033639143730886850152905... (16350 = 2·3·5²·109)
    expect(
      convert({ amount: "19628175", currency: "IDR", date: "2025-03-14" }, rates, {
        to: "USD",
      }).value.toString(),
    ).toBe("1200.5");
    const one = convert({ amount: 1, currency: "IDR", date: "2025-03-14" }, rates, { to: "USD" });
    expect(one.exact).toBe(false);
    expect(one.value.toString()).toBe("0.00006116207951070336391437308868501529");
  });

  it("goes through the pivot for a cross rate: 100 EUR = 100 × 16350 / 0.92 IDR", () => {
    const result = convert({ amount: 100, currency: "EUR", date: "2025-03-14" }, rates, {
      to: "IDR",
    });
    // 1,635,000 / 0.92 = 1,777,173.913043478260869565217391304347826…
    expect(result.value.toString()).toBe("1777173.913043478260869565217391304");
    expect(result.exact).toBe(false);
    expect(result.rates.map((quote) => quote.currency)).toEqual(["EUR", "IDR"]);
    // 132 SGD at 1.32 SGD/USD is 100 USD, 14,850 JPY at 148.5: exact
    expect(
      convert({ amount: "132", currency: "SGD", date: "2025-03-14" }, rates, {
        to: "JPY",
      }).value.toString(),
    ).toBe("14850");
  });

  it("returns the amount itself, with no rate, when it is already in the reporting currency", () => {
    const result = convert({ amount: "-0.10", currency: "IDR", date: "1999-01-01" }, rates, {
      to: "IDR",
    });
    expect(result.value.toString()).toBe("-0.1");
    expect(result.rates).toEqual([]);
  });

  it("uses the latest day rate on or before the date, within lookbackDays (weekends, holidays)", () => {
    // 2025-03-15 and -16 are a Saturday and a Sunday: Friday's rate
    const saturday = convert({ amount: 1, currency: "USD", date: "2025-03-16" }, rates, {
      to: "IDR",
    });
    expect(saturday.rates[0]).toMatchObject({ date: "2025-03-14" });
    expect(saturday.date).toBe("2025-03-16");
    expect(
      convert({ amount: 1, currency: "USD", date: "2025-03-21" }, rates, {
        to: "IDR",
      }).value.toString(),
    ).toBe("16350");
    expectKpiError(
      () => convert({ amount: 1, currency: "USD", date: "2025-03-22" }, rates, { to: "IDR" }),
      "out_of_domain",
      {
        message:
          "convert: the IDR spot rate for 2025-03-22 must be a day rate of IDR in the rate table dated 2025-03-15 to 2025-03-22 (on the date, or up to 7 days before it; raise lookbackDays to reach further back), received none (the latest IDR day rate before it is dated 2025-03-14)",
        path: ["rates", "IDR", "2025-03-22"],
      },
    );
    expect(
      convert({ amount: 1, currency: "USD", date: "2025-03-22" }, rates, {
        to: "IDR",
        lookbackDays: 8,
      }).value.toString(),
    ).toBe("16350");
  });

  it("takes the exact date only with lookbackDays 0", () => {
    expectKpiError(
      () =>
        convert({ amount: 1, currency: "USD", date: "2025-03-15" }, rates, {
          to: "IDR",
          lookbackDays: 0,
        }),
      "out_of_domain",
      "convert: the IDR spot rate for 2025-03-15 must be a day rate of IDR dated 2025-03-15 in the rate table (lookbackDays is 0), received none (the latest IDR day rate before it is dated 2025-03-14)",
    );
  });

  it("names the currency and date of a missing rate, never a zero", () => {
    expectKpiError(
      () => convert({ amount: 1, currency: "USD", date: "2025-03-01" }, rates, { to: "IDR" }),
      "out_of_domain",
      /the IDR spot rate for 2025-03-01 .* received none \(the earliest IDR day rate is dated 2025-03-10\)$/,
    );
    expectKpiError(
      () => convert({ amount: 0, currency: "THB", date: "2025-03-14" }, rates, { to: "IDR" }),
      "out_of_domain",
      /the THB spot rate for 2025-03-14 .* received none \(the table has no THB rate of that kind\)$/,
    );
  });

  it("dates an instant in the time zone given (a Jakarta morning is the previous UTC day)", () => {
    const entry = { amount: 1, currency: "USD", date: "2025-03-13T20:00:00Z" } as const;
    expect(convert(entry, rates, { to: "IDR" }).value.toString()).toBe("16300");
    expect(convert(entry, rates, { to: "IDR", timeZone: "Asia/Jakarta" }).value.toString()).toBe(
      "16350",
    );
    expect(
      convert({ ...entry, date: new Date("2025-03-13T20:00:00Z") }, rates, {
        to: "IDR",
        timeZone: "Asia/Jakarta",
      }).date,
    ).toBe("2025-03-14");
    expect(convert({ ...entry, date: Date.UTC(2025, 2, 13, 20) }, rates, { to: "IDR" }).date).toBe(
      "2025-03-13",
    );
  });
});

describe("convert: average and closing", () => {
  it("average: the period rate whose period contains the date", () => {
    const result = convert({ amount: 10, currency: "USD", date: "2025-03-02" }, rates, {
      to: "IDR",
      method: "average",
    });
    expect(result.value.toString()).toBe("164005");
    expect(result.rates[0]).toMatchObject({ kind: "period", from: "2025-03-01", to: "2025-03-31" });
    // 100 EUR in IDR at the March averages: 100 × 16400.5 / 0.925 = 1,773,027.027…
    expect(
      convert({ amount: 100, currency: "EUR", date: "2025-03-31" }, rates, {
        to: "IDR",
        method: "average",
      }).value.toString(),
    ).toBe("1773027.027027027027027027027027027");
    expectKpiError(
      () =>
        convert({ amount: 10, currency: "USD", date: "2025-04-01" }, rates, {
          to: "IDR",
          method: "average",
        }),
      "out_of_domain",
      "convert: the IDR average rate for 2025-04-01 must be a period rate of IDR in the rate table whose period (from, to) contains 2025-04-01, received none (the IDR period rates cover 2025-03-01 to 2025-03-31, with gaps if any between them)",
    );
  });

  it("closing: one day rate at the closing date, whatever the entry's date", () => {
    const result = convert({ amount: 2, currency: "USD" }, rates, {
      to: "IDR",
      method: "closing",
      at: "2025-03-16",
    });
    expect(result.value.toString()).toBe("32700");
    expect(result.date).toBe("2025-03-16");
    expectKpiError(
      () => convert({ amount: 2, currency: "USD" }, rates, { to: "IDR", method: "closing" }),
      "invalid_option",
      { path: ["options", "at"] },
    );
    expectKpiError(
      () =>
        convert({ amount: 2, currency: "USD", date: "2025-03-14" }, rates, {
          to: "IDR",
          at: "2025-03-14",
        }),
      "invalid_option",
      /option "at" must be no closing date/,
    );
    expectKpiError(
      () =>
        convert({ amount: 2, currency: "USD" }, rates, {
          to: "IDR",
          method: "closing",
          at: "2025-13-01",
        }),
      "invalid_date",
    );
  });
});

describe("convert: arguments", () => {
  it("refuses bad options with the option's name", () => {
    const entry = { amount: 1, currency: "USD", date: "2025-03-14" };
    expectKpiError(() => convert(entry, rates, { to: "RUPIAH" as "IDR" }), "invalid_option", {
      path: ["options", "to"],
    });
    expectKpiError(
      () => convert(entry, rates, { to: "IDR", method: "historical" as "spot" }),
      "invalid_option",
      {
        message:
          'convert: option "method" must be one of "spot", "average", "closing", received "historical"',
      },
    );
    expectKpiError(() => convert(entry, rates, { to: "IDR", lookbackDays: -1 }), "invalid_option");
    expectKpiError(() => convert(entry, rates, { to: "IDR", lookbackDays: 1.5 }), "invalid_option");
    expectKpiError(
      () => convert(entry, rates, { to: "IDR", timeZone: "Asia/Jakrta" }),
      "invalid_time_zone",
    );
    expectKpiError(() => convert(entry, rates, undefined as never), "invalid_argument");
    expectKpiError(() => convert(entry, {} as never, { to: "IDR" }), "invalid_argument", {
      path: ["rates"],
    });
  });

  it("refuses a bad entry, naming the field", () => {
    expectKpiError(
      () =>
        convert({ amount: "1.234,5", currency: "USD", date: "2025-03-14" }, rates, { to: "IDR" }),
      "invalid_number",
      {
        path: ["entry", "amount"],
      },
    );
    expectKpiError(
      () => convert({ amount: 1, currency: "usd", date: "2025-03-14" }, rates, { to: "IDR" }),
      "invalid_argument",
      {
        path: ["entry", "currency"],
      },
    );
    expectKpiError(
      () => convert({ amount: 1, currency: "USD" }, rates, { to: "IDR" }),
      "invalid_date",
      { path: ["entry", "date"] },
    );
    expectKpiError(
      () => convert({ amount: 1, currency: "USD", date: "2025-02-29" }, rates, { to: "IDR" }),
      "invalid_date",
    );
    expectKpiError(() => convert(null as never, rates, { to: "IDR" }), "invalid_argument", {
      path: ["entry"],
    });
  });

  it("returns Decimals of the library's constructor and keeps every digit of an exact product", () => {
    const result = convert(
      { amount: "123456789012345678901234567890.123456789", currency: "USD", date: "2025-03-14" },
      rates,
      {
        to: "IDR",
      },
    );
    expect(result.value).toBeInstanceOf(KDecimal);
    expect(result.value.toFixed()).toBe("2018518500351851850035185185003518.51850015");
    expect(result.exact).toBe(true);
  });
});

describe("tryConvert", () => {
  it("returns a missing rate or a bad entry as an issue, and throws for bad options", () => {
    const missing = tryConvert({ amount: 1, currency: "USD", date: "2025-01-01" }, rates, {
      to: "IDR",
    });
    expect(missing.ok).toBe(false);
    if (!missing.ok) {
      expect(missing.issue.code).toBe("out_of_domain");
      expect(missing.issue.message).toMatch(/^tryConvert: the IDR spot rate for 2025-01-01 /);
    }
    const bad = tryConvert({ amount: Number.NaN, currency: "USD", date: "2025-03-14" }, rates, {
      to: "IDR",
    });
    expect(bad.ok ? null : bad.issue.path).toEqual(["entry", "amount"]);
    const good = tryConvert({ amount: 1, currency: "USD", date: "2025-03-14" }, rates, {
      to: "IDR",
    });
    expect(good.ok ? good.conversion.value.toString() : null).toBe("16350");
    expectKpiError(
      () =>
        tryConvert({ amount: 1, currency: "USD", date: "2025-03-14" }, rates, {
          to: "XXX" as "IDR",
        }),
      "invalid_option",
    );
  });

  it("works on a table with the reporting currency as pivot", () => {
    const idr = parseRateTable({
      pivot: "IDR",
      source: "s",
      rates: [
        { currency: "USD", date: "2025-03-14", rate: "0.00006116207951070336391437308868501529" },
      ],
    });
    // 1 / 0.00006116207951070336391437308868501529 = 16350.000000000000000000000000000000139: rounded
    // to 34 digits it shows 16350, and says it is not exact (the table holds a rounded inverse)
    const result = convert({ amount: 1, currency: "USD", date: "2025-03-14" }, idr, { to: "IDR" });
    expect([result.value.toString(), result.exact]).toEqual(["16350", false]);
  });
});
