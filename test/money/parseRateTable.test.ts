import { describe, expect, it } from "vitest";
import { parseRateTable } from "../../src/money/parseRateTable.js";
import { expectKpiError } from "../support/expectKpiError.js";
import { exampleRates } from "./fixtures.js";

describe("parseRateTable", () => {
  it("reads day and period rates, keeping each rate's source exactly", () => {
    const table = exampleRates();
    expect(table.type).toBe("rate_table");
    expect(table.pivot).toBe("USD");
    expect(table.fictional).toBe(true);
    expect(table.note).toBeNull();
    expect(table.quotes).toHaveLength(10);
    expect(table.quotes[0]).toMatchObject({
      kind: "day",
      currency: "IDR",
      date: "2025-03-10",
      source: "fictional test rates",
    });
    expect(table.quotes[6]).toMatchObject({ currency: "SGD", source: "another fictional desk" });
    expect(table.quotes[8]).toMatchObject({ kind: "period", from: "2025-03-01", to: "2025-03-31" });
    expect(table.quotes[8]?.rate.toString()).toBe("16400.5");
  });

  it("reads JSON text and number rates", () => {
    const table = parseRateTable(
      '{"pivot":"EUR","note":"n","rates":[{"currency":"USD","date":"2025-01-02","rate":1.0321,"source":"s"}]}',
    );
    expect(table.pivot).toBe("EUR");
    expect(table.note).toBe("n");
    expect(table.fictional).toBe(false);
    expect(table.quotes[0]?.rate.toString()).toBe("1.0321");
  });

  it("accepts an empty list of rates", () => {
    expect(parseRateTable({ pivot: "IDR", rates: [] }).quotes).toEqual([]);
  });

  it("lists every problem of the file with its path", () => {
    const error = expectKpiError(
      () =>
        parseRateTable({
          pivot: "usd",
          extra: 1,
          fictional: "yes",
          rates: [
            { currency: "IDR", date: "2025-03-14", rate: "0", source: "s" },
            { currency: "IDR", date: "2025-03-14", from: "2025-03-01", rate: "1", source: "s" },
            { currency: "IDR", from: "2025-03-31", to: "2025-03-01", rate: "1", source: "s" },
            { currency: "IDR", from: "2025-03-01", rate: "1", source: "s" },
            { currency: "IDR", rate: "1", source: "" },
            { currency: "IDR", date: "2025-3-14", rate: "1e", source: "s", amount: 3 },
            "not an object",
          ],
        }),
      "invalid_argument",
    );
    expect(error.issues.map((issue) => [issue.code, issue.path.join(".")])).toEqual([
      ["invalid_argument", "extra"],
      ["invalid_argument", "pivot"],
      ["invalid_argument", "fictional"],
      ["out_of_domain", "rates.0.rate"],
      ["invalid_argument", "rates.1"],
      ["inconsistent_inputs", "rates.2.to"],
      ["invalid_argument", "rates.3"],
      ["invalid_argument", "rates.4"],
      ["invalid_argument", "rates.4.source"],
      ["invalid_argument", "rates.5.amount"],
      ["invalid_number", "rates.5.rate"],
      ["invalid_date", "rates.5.date"],
      ["invalid_argument", "rates.6"],
    ]);
    expect(error.issues[5]?.message).toBe(
      'parseRateTable: rates[2].to must be a "from" date at or before the "to" date, received from 2025-03-31 to 2025-03-01',
    );
  });

  it("refuses two day rates of one currency for one date, naming both", () => {
    expectKpiError(
      () =>
        parseRateTable({
          pivot: "USD",
          source: "s",
          rates: [
            { currency: "IDR", date: "2025-03-14", rate: "16350" },
            { currency: "EUR", date: "2025-03-14", rate: "0.92" },
            { currency: "IDR", date: "2025-03-14", rate: "16350" },
          ],
        }),
      "inconsistent_inputs",
      {
        message:
          "parseRateTable: rates[2].date must be one day rate per currency and date, received a second IDR rate for 2025-03-14 (the first is rates[0])",
        path: ["rates", 2, "date"],
      },
    );
  });

  it("refuses overlapping periods of one currency, also when one contains another", () => {
    expectKpiError(
      () =>
        parseRateTable({
          pivot: "USD",
          source: "s",
          rates: [
            { currency: "IDR", from: "2025-01-01", to: "2025-12-31", rate: "16000" },
            { currency: "IDR", from: "2025-02-01", to: "2025-02-28", rate: "16100" },
            { currency: "IDR", from: "2025-03-01", to: "2025-03-31", rate: "16200" },
            { currency: "EUR", from: "2025-02-01", to: "2025-02-28", rate: "0.9" },
          ],
        }).quotes,
      "inconsistent_inputs",
      {
        message:
          "2 problems:\n  - parseRateTable: rates[1].from must be period rates of one currency whose periods do not overlap, received IDR period from 2025-02-01 to 2025-02-28, overlapping rates[0] (from 2025-01-01 to 2025-12-31)\n  - parseRateTable: rates[2].from must be period rates of one currency whose periods do not overlap, received IDR period from 2025-03-01 to 2025-03-31, overlapping rates[0] (from 2025-01-01 to 2025-12-31)",
      },
    );
  });

  it("accepts adjacent periods and refuses a period sharing one day", () => {
    const ok = parseRateTable({
      pivot: "USD",
      source: "s",
      rates: [
        { currency: "IDR", from: "2025-01-01", to: "2025-01-31", rate: "1" },
        { currency: "IDR", from: "2025-02-01", to: "2025-02-28", rate: "2" },
      ],
    });
    expect(ok.quotes).toHaveLength(2);
    expectKpiError(
      () =>
        parseRateTable({
          pivot: "USD",
          source: "s",
          rates: [
            { currency: "IDR", from: "2025-01-31", to: "2025-02-28", rate: "2" },
            { currency: "IDR", from: "2025-01-01", to: "2025-01-31", rate: "1" },
          ],
        }),
      "inconsistent_inputs",
      { path: ["rates", 0, "from"] },
    );
  });

  it("refuses a rate for the pivot itself (its rate is 1 by definition)", () => {
    expectKpiError(
      () =>
        parseRateTable({
          pivot: "USD",
          rates: [{ currency: "USD", date: "2025-01-01", rate: "1", source: "s" }],
        }),
      "inconsistent_inputs",
      'parseRateTable: rates[0].currency must be a currency other than the pivot USD (the pivot\'s rate is 1 by definition), received "USD"',
    );
  });

  it("refuses text that is not JSON and values that are not objects", () => {
    expectKpiError(() => parseRateTable("{"), "invalid_argument", {
      path: [],
      message: /received text that is not JSON/,
    });
    expectKpiError(() => parseRateTable([]), "invalid_argument", {
      message:
        "parseRateTable: the argument must be a rate table object { pivot, rates: [...], source?, fictional?, note? }, or its JSON text, received an array of length 0",
    });
    expectKpiError(() => parseRateTable({ pivot: "USD" }), "invalid_argument", { path: ["rates"] });
  });

  it("refuses negative, zero, NaN and unsafe rates", () => {
    for (const rate of [-1, 0, "-0.5", Number.NaN, Number.POSITIVE_INFINITY, 2 ** 60, "1,5"]) {
      const error = expectKpiError(
        () =>
          parseRateTable({
            pivot: "USD",
            rates: [{ currency: "IDR", date: "2025-01-01", rate, source: "s" }],
          }),
        typeof rate === "number" && Number.isFinite(rate) && rate <= 0
          ? "out_of_domain"
          : rate === "-0.5"
            ? "out_of_domain"
            : "invalid_number",
      );
      expect(error.issues[0]?.path).toEqual(["rates", 0, "rate"]);
    }
  });
});
