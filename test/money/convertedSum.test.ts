import { describe, expect, it } from "vitest";
import { addToConvertedSum } from "../../src/money/convertedSum/addToConvertedSum.js";
import { deserializeConvertedSum } from "../../src/money/convertedSum/deserializeConvertedSum.js";
import { emptyConvertedSum } from "../../src/money/convertedSum/emptyConvertedSum.js";
import { finalizeConvertedSum } from "../../src/money/convertedSum/finalizeConvertedSum.js";
import { mergeConvertedSums } from "../../src/money/convertedSum/mergeConvertedSums.js";
import { serializeConvertedSum } from "../../src/money/convertedSum/serializeConvertedSum.js";
import { tryAddToConvertedSum } from "../../src/money/convertedSum/tryAddToConvertedSum.js";
import { parseRateTable } from "../../src/money/parseRateTable.js";
import { expectKpiError } from "../support/expectKpiError.js";
import { exampleRates } from "./fixtures.js";

const rates = exampleRates();

function spend() {
  const state = emptyConvertedSum({ to: "IDR" });
  addToConvertedSum(state, { amount: "100", currency: "USD", date: "2025-03-13" }, rates); // 1,630,000
  addToConvertedSum(state, { amount: "50.5", currency: "USD", date: "2025-03-14" }, rates); // 825,675
  addToConvertedSum(state, { amount: "49.5", currency: "USD", date: "2025-03-14" }, rates); // 809,325
  addToConvertedSum(state, { amount: "250000", currency: "IDR", date: "2025-03-14" }, rates);
  addToConvertedSum(state, { amount: "92", currency: "EUR", date: "2025-03-15" }, rates); // 100 USD = 1,635,000
  return state;
}

describe("converted sum", () => {
  it("converts each amount at its own date's rate and adds exactly (hand-computed)", () => {
    const total = finalizeConvertedSum(spend());
    // 1,630,000 + 825,675 + 809,325 + 250,000 + 1,635,000
    expect(total.value.toString()).toBe("5150000");
    expect(total).toMatchObject({
      currency: "IDR",
      exact: true,
      method: "spot",
      records: 5,
      at: null,
    });
    expect(
      total.amounts.map((part) => [part.currency, part.amount.toString(), part.records]),
    ).toEqual([
      ["EUR", "92", 1],
      ["IDR", "250000", 1],
      ["USD", "200", 3],
    ]);
    expect(
      total.rates.map((quote) => `${quote.currency} ${quote.kind === "day" ? quote.date : ""}`),
    ).toEqual(["EUR 2025-03-14", "IDR 2025-03-13", "IDR 2025-03-14"]);
  });

  it("rounds once, at finalize, when the total does not terminate", () => {
    const state = emptyConvertedSum({ to: "USD" });
    for (let i = 0; i < 3; i++)
      addToConvertedSum(state, { amount: "1", currency: "IDR", date: "2025-03-14" }, rates);
    const total = finalizeConvertedSum(state);
    // 3 / 16350 = 0.000183486238532110091743119266055045871…
    expect(total.value.toString()).toBe("0.0001834862385321100917431192660550459");
    expect(total.exact).toBe(false);
  });

  it("is an exact 0 with no rates when empty", () => {
    const total = finalizeConvertedSum(emptyConvertedSum({ to: "JPY", method: "average" }));
    expect([
      total.value.toString(),
      total.exact,
      total.records,
      total.rates,
      total.amounts,
    ]).toEqual(["0", true, 0, [], []]);
  });

  it("merges into the one-pass result, leaving its arguments alone, in either order", () => {
    const a = emptyConvertedSum({ to: "IDR" });
    const b = emptyConvertedSum({ to: "IDR" });
    addToConvertedSum(a, { amount: "100", currency: "USD", date: "2025-03-13" }, rates);
    addToConvertedSum(a, { amount: "50.5", currency: "USD", date: "2025-03-14" }, rates);
    addToConvertedSum(b, { amount: "49.5", currency: "USD", date: "2025-03-14" }, rates);
    addToConvertedSum(b, { amount: "250000", currency: "IDR", date: "2025-03-14" }, rates);
    addToConvertedSum(b, { amount: "92", currency: "EUR", date: "2025-03-15" }, rates);
    const before = JSON.stringify(a);
    expect(serializeConvertedSum(mergeConvertedSums(a, b))).toEqual(serializeConvertedSum(spend()));
    expect(serializeConvertedSum(mergeConvertedSums(b, a))).toEqual(serializeConvertedSum(spend()));
    expect(JSON.stringify(a)).toBe(before);
  });

  it("refuses to merge states with other settings, or one rate with two values", () => {
    expectKpiError(
      () =>
        mergeConvertedSums(
          emptyConvertedSum({ to: "IDR" }),
          emptyConvertedSum({ to: "IDR", method: "average" }),
        ),
      "inconsistent_inputs",
      "mergeConvertedSums: b must be a state with the same settings (to IDR, method spot, timeZone UTC, lookbackDays 7), received to IDR, method average, timeZone UTC, lookbackDays 7",
    );
    const other = parseRateTable({
      pivot: "USD",
      rates: [
        { currency: "IDR", date: "2025-03-14", rate: "16351", source: "fictional test rates" },
      ],
    });
    const a = emptyConvertedSum({ to: "IDR" });
    const b = emptyConvertedSum({ to: "IDR" });
    addToConvertedSum(a, { amount: 1, currency: "USD", date: "2025-03-14" }, rates);
    addToConvertedSum(b, { amount: 1, currency: "USD", date: "2025-03-14" }, other);
    expectKpiError(() => mergeConvertedSums(a, b), "inconsistent_inputs", {
      message:
        'mergeConvertedSums: rates must be the rate 16350 from "fictional test rates" for IDR@2025-03-14, as in the other state (both states must be built with the same rate table), received the rate 16351 from "fictional test rates"',
    });
    expectKpiError(
      () => addToConvertedSum(a, { amount: 1, currency: "USD", date: "2025-03-14" }, other),
      "inconsistent_inputs",
    );
  });

  it("leaves the state untouched when an entry is rejected", () => {
    const state = spend();
    const before = JSON.stringify(state);
    expect(
      tryAddToConvertedSum(state, { amount: 1, currency: "USD", date: "2024-01-01" }, rates)?.code,
    ).toBe("out_of_domain");
    expect(
      tryAddToConvertedSum(state, { amount: "x", currency: "USD", date: "2025-03-14" }, rates)
        ?.path,
    ).toEqual(["entry", "amount"]);
    expectKpiError(
      () => addToConvertedSum(state, { amount: 1, currency: "EUR", date: "2025-03-25" }, rates),
      "out_of_domain",
      {
        message: /^addToConvertedSum: the EUR spot rate for 2025-03-25 /,
      },
    );
    expect(JSON.stringify(state)).toBe(before);
  });

  it("average: per record, at the period rate of its date", () => {
    const state = emptyConvertedSum({ to: "IDR", method: "average" });
    addToConvertedSum(state, { amount: 10, currency: "USD", date: "2025-03-02" }, rates);
    addToConvertedSum(state, { amount: 10, currency: "USD", date: "2025-03-30" }, rates);
    expect(finalizeConvertedSum(state).value.toString()).toBe("328010");
  });

  it("closing: keeps amounts per currency (dates ignored) and takes the rates at finalize", () => {
    const state = emptyConvertedSum({ to: "IDR", method: "closing" });
    addToConvertedSum(state, { amount: 10, currency: "USD", date: "2020-01-01" }, rates);
    addToConvertedSum(state, { amount: "1.32", currency: "SGD" }, rates);
    expect(serializeConvertedSum(state).parts.map((part) => part.rates)).toEqual([[], []]);
    // SGD has a day rate on 2025-03-14 only
    expectKpiError(
      () => finalizeConvertedSum(state, { rates, at: "2025-03-13" }),
      "out_of_domain",
      {
        message: /^finalizeConvertedSum: the SGD closing rate at 2025-03-13 /,
      },
    );
  });

  it("closing: refuses a missing closing date, a missing rate, and closing options for other methods", () => {
    const state = emptyConvertedSum({ to: "IDR", method: "closing" });
    addToConvertedSum(state, { amount: 10, currency: "USD" }, rates);
    addToConvertedSum(state, { amount: "1.32", currency: "SGD" }, rates);
    const total = finalizeConvertedSum(state, { rates, at: "2025-03-14" });
    expect([total.value.toString(), total.at]).toEqual(["179850", "2025-03-14"]); // 163,500 + 16,350;
    expectKpiError(() => finalizeConvertedSum(state), "invalid_option", {
      path: ["options", "at"],
    });
    expectKpiError(
      () => finalizeConvertedSum(state, { rates, at: "2025-03-01" }),
      "out_of_domain",
      {
        message: /^finalizeConvertedSum: the IDR closing rate at 2025-03-01 /,
      },
    );
    expectKpiError(
      () => finalizeConvertedSum(spend(), { rates, at: "2025-03-14" }),
      "invalid_option",
      { path: ["options"] },
    );
  });

  it("serializes to JSON and back, exactly", () => {
    const state = spend();
    const json = JSON.parse(JSON.stringify(state));
    expect(json).toEqual(serializeConvertedSum(state));
    const back = deserializeConvertedSum(json);
    expect(serializeConvertedSum(back)).toEqual(json);
    expect(finalizeConvertedSum(back)).toEqual(finalizeConvertedSum(state));
    addToConvertedSum(back, { amount: 1, currency: "USD", date: "2025-03-14" }, rates);
    expect(finalizeConvertedSum(back).value.toString()).toBe("5166350");
  });

  it("refuses malformed serialized states, naming the field", () => {
    const json = serializeConvertedSum(spend());
    const cases: [unknown, (string | number)[]][] = [
      [{ ...json, kind: "sum" }, []],
      [{ ...json, extra: 1 }, ["extra"]],
      [{ ...json, to: "XXX" }, ["options", "to"]],
      [{ ...json, parts: {} }, ["parts"]],
      [{ ...json, parts: [{ ...json.parts[0], amount: "1e3" }] }, ["parts", 0, "amount"]],
      [{ ...json, parts: [{ ...json.parts[0], records: 0 }] }, ["parts", 0, "records"]],
      [{ ...json, parts: [{ ...json.parts[0], rates: [] }] }, ["parts", 0, "rates"]],
      [
        {
          ...json,
          parts: [
            {
              ...json.parts[0],
              rates: [{ currency: "IDR", rate: "-1", date: "2025-03-14", source: "s" }],
            },
          ],
        },
        ["parts", 0, "rates", 0, "rate"],
      ],
      [
        {
          ...json,
          parts: [
            {
              ...json.parts[2],
              rates: [
                { currency: "IDR", rate: "1", from: "2025-03-14", to: "2025-03-14", source: "s" },
              ],
            },
          ],
        },
        ["parts", 0, "rates"],
      ],
    ];
    for (const [value, path] of cases) {
      const error = expectKpiError(() => deserializeConvertedSum(value), error_code(path));
      expect(error.issues[0]?.path, JSON.stringify(path)).toEqual(path);
    }
  });
});

function error_code(path: (string | number)[]): "invalid_argument" | "invalid_option" {
  return path[0] === "options" ? "invalid_option" : "invalid_argument";
}
