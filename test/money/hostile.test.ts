import { describe, expect, it } from "vitest";
import { convert } from "../../src/money/convert.js";
import { addToConvertedSum } from "../../src/money/convertedSum/addToConvertedSum.js";
import { deserializeConvertedSum } from "../../src/money/convertedSum/deserializeConvertedSum.js";
import { emptyConvertedSum } from "../../src/money/convertedSum/emptyConvertedSum.js";
import { finalizeConvertedSum } from "../../src/money/convertedSum/finalizeConvertedSum.js";
import { mergeConvertedSums } from "../../src/money/convertedSum/mergeConvertedSums.js";
import { parseRateTable } from "../../src/money/parseRateTable.js";
import { roundToMinorUnit } from "../../src/money/roundToMinorUnit.js";
import { tryConvert } from "../../src/money/tryConvert.js";
import { HOSTILE_VALUES, probe } from "../hostile/support.js";
import { exampleRates } from "./fixtures.js";

// Every money function, fed each hostile value in each place it reads, ends in a clean value or a
// useful KpiError (never a TypeError, NaN, Infinity or a silent zero).

const rates = exampleRates();
const entry = { amount: "10", currency: "USD", date: "2025-03-14" };

describe("money functions under hostile input", () => {
  for (const [name, make] of HOSTILE_VALUES) {
    it(name, () => {
      const cases: [string, () => unknown][] = [
        ["parseRateTable", () => parseRateTable(make())],
        ["parseRateTable", () => parseRateTable({ pivot: make(), rates: [] })],
        ["parseRateTable", () => parseRateTable({ pivot: "USD", rates: make() })],
        ["parseRateTable", () => parseRateTable({ pivot: "USD", rates: [make()] })],
        [
          "parseRateTable",
          () =>
            parseRateTable({
              pivot: "USD",
              source: "s",
              rates: [{ currency: "IDR", date: "2025-03-14", rate: make() }],
            }),
        ],
        [
          "parseRateTable",
          () =>
            parseRateTable({
              pivot: "USD",
              source: "s",
              rates: [{ currency: "IDR", date: make(), rate: 1 }],
            }),
        ],
        [
          "parseRateTable",
          () =>
            parseRateTable({
              pivot: "USD",
              source: make(),
              rates: [{ currency: "IDR", date: "2025-03-14", rate: 1 }],
            }),
        ],
        ["convert", () => convert({ ...entry, amount: make() } as never, rates, { to: "IDR" })],
        ["convert", () => convert({ ...entry, currency: make() } as never, rates, { to: "IDR" })],
        ["convert", () => convert({ ...entry, date: make() } as never, rates, { to: "IDR" })],
        ["convert", () => convert(make() as never, rates, { to: "IDR" })],
        ["convert", () => convert(entry, make() as never, { to: "IDR" })],
        ["convert", () => convert(entry, rates, make() as never)],
        ["convert", () => convert(entry, rates, { to: make() } as never)],
        ["convert", () => convert(entry, rates, { to: "IDR", method: make() } as never)],
        ["convert", () => convert(entry, rates, { to: "IDR", timeZone: make() } as never)],
        ["convert", () => convert(entry, rates, { to: "IDR", lookbackDays: make() } as never)],
        [
          "convert",
          () =>
            convert({ amount: 1, currency: "USD" }, rates, {
              to: "IDR",
              method: "closing",
              at: make(),
            } as never),
        ],
        [
          "tryConvert",
          () => tryConvert({ ...entry, amount: make() } as never, rates, { to: "IDR" }),
        ],
        ["tryConvert", () => tryConvert({ ...entry, date: make() } as never, rates, { to: "IDR" })],
        ["roundToMinorUnit", () => roundToMinorUnit(make() as never, "USD")],
        ["roundToMinorUnit", () => roundToMinorUnit(1, make() as never)],
        ["roundToMinorUnit", () => roundToMinorUnit(1, "USD", make() as never)],
        ["emptyConvertedSum", () => emptyConvertedSum(make() as never)],
        ["addToConvertedSum", () => addToConvertedSum(make() as never, entry, rates)],
        [
          "addToConvertedSum",
          () => {
            const state = emptyConvertedSum({ to: "IDR" });
            addToConvertedSum(state, { ...entry, amount: make() } as never, rates);
            return finalizeConvertedSum(state);
          },
        ],
        [
          "mergeConvertedSums",
          () => mergeConvertedSums(emptyConvertedSum({ to: "IDR" }), make() as never),
        ],
        ["finalizeConvertedSum", () => finalizeConvertedSum(make() as never)],
        [
          "finalizeConvertedSum",
          () => finalizeConvertedSum(emptyConvertedSum({ to: "IDR" }), make() as never),
        ],
        [
          "finalizeConvertedSum",
          () =>
            finalizeConvertedSum(emptyConvertedSum({ to: "IDR", method: "closing" }), {
              rates,
              at: make(),
            } as never),
        ],
        ["deserializeConvertedSum", () => deserializeConvertedSum(make())],
        [
          "deserializeConvertedSum",
          () =>
            deserializeConvertedSum({
              kind: "converted_sum",
              version: 1,
              to: "IDR",
              method: "spot",
              timeZone: "UTC",
              lookbackDays: 7,
              parts: [make()],
            }),
        ],
      ];
      for (const [subject, run] of cases) {
        const outcome = probe([subject], run, `${subject} with ${name}`);
        if (outcome.ok && subject === "convert") {
          expect((outcome.value as { value: { isFinite(): boolean } }).value.isFinite()).toBe(true);
        }
      }
    });
  }
});
