import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { convert } from "../../src/money/convert.js";
import { parseRateTable } from "../../src/money/parseRateTable.js";
import { repoRoot } from "../support/examples.js";

// The bundled example rate file: valid, marked fictional, and covering the demo's period.
const table = parseRateTable(
  readFileSync(join(repoRoot, "examples", "data", "rates-example.json"), "utf8"),
);

describe("examples/data/rates-example.json", () => {
  it("is marked fictional, in a field and in its source and note", () => {
    expect(table.fictional).toBe(true);
    expect(table.note).toMatch(/^FICTIONAL /);
    expect(new Set(table.quotes.map((quote) => quote.source))).toEqual(
      new Set(["kinerja example data (fictional)"]),
    );
  });

  it("converts USD spend into IDR on every day of the demo period, by the spot and the average method", () => {
    for (let day = Date.UTC(2025, 0, 1); day <= Date.UTC(2026, 9, 31); day += 86_400_000) {
      const date = new Date(day).toISOString().slice(0, 10);
      for (const method of ["spot", "average"] as const) {
        expect(
          convert({ amount: 1, currency: "USD", date }, table, { to: "IDR", method }).exact,
        ).toBe(true);
      }
      expect(
        convert({ amount: 1, currency: "SGD", date }, table, {
          to: "IDR",
          method: "average",
        }).value.isPositive(),
      ).toBe(true);
    }
  });
});
