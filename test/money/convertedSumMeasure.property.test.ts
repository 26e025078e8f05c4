import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { aggregate } from "../../src/aggregate/series/aggregate.js";
import { deserializeSeries } from "../../src/aggregate/series/deserializeSeries.js";
import { mergeSeries } from "../../src/aggregate/series/mergeSeries.js";
import { rollup } from "../../src/aggregate/series/rollup.js";
import { serializeSeries } from "../../src/aggregate/series/serializeSeries.js";
import { convertedSum } from "../../src/money/convertedSum/convertedSum.js";
import { parseRateTable } from "../../src/money/parseRateTable.js";

const CURRENCIES = ["USD", "IDR", "EUR", "SGD", "JPY"] as const;
const DAYS = ["2025-03-10", "2025-03-11", "2025-03-12", "2025-03-13", "2025-03-14", "2025-04-01"];

const decimalText = (maxWhole: number, maxScale: number) =>
  fc
    .tuple(
      fc.integer({ min: -maxWhole, max: maxWhole }),
      fc.integer({ min: 0, max: 10 ** maxScale - 1 }),
      fc.integer({ min: 0, max: maxScale }),
    )
    .map(([whole, fraction, scale]) => {
      const digits = String(fraction).padStart(maxScale, "0").slice(0, scale);
      return `${whole}${scale > 0 ? `.${digits}` : ""}`;
    });
const rateText = fc
  .tuple(fc.integer({ min: 1, max: 99_999 }), fc.integer({ min: 0, max: 999 }))
  .map(([whole, part]) => `${whole}.${String(part).padStart(3, "0")}`);

// Every non-pivot currency has a rate on every day (cross rates often do not terminate).
const tableArb = fc.array(rateText, { minLength: 24, maxLength: 24 }).map((texts) =>
  parseRateTable({
    pivot: "USD",
    source: "property test",
    rates: CURRENCIES.slice(1).flatMap((currency, c) =>
      DAYS.map((date, d) => ({ currency, date, rate: texts[c * DAYS.length + d] })),
    ),
  }),
);
const recordArb = fc.record({
  at: fc.constantFrom(...DAYS),
  cost: decimalText(10_000_000, 4),
  currency: fc.constantFrom(...CURRENCIES),
  team: fc.constantFrom("a", "b"),
});

describe("convertedSum properties", () => {
  it("merging the series of any split equals one pass, also through JSON and rollup", () => {
    fc.assert(
      fc.property(
        tableArb,
        fc.array(recordArb, { maxLength: 30 }),
        fc.nat(30),
        fc.constantFrom("IDR", "USD", "JPY"),
        (rates, records, cut, to) => {
          const measures = {
            spend: convertedSum({ amount: "cost", currency: "currency", date: "at", rates, to }),
          };
          const options = {
            date: "at",
            granularity: "day",
            groupBy: "team",
            measures,
            range: { from: "2025-03-10", to: "2025-04-01" },
          } as const;
          const at = Math.min(cut, records.length);
          const whole = aggregate(records, options);
          const left = aggregate(records.slice(0, at), options);
          const right = aggregate(records.slice(at), { ...options, indexOffset: at });
          const travelled = deserializeSeries(
            JSON.parse(JSON.stringify(serializeSeries(right))),
            measures,
          );
          const merged = mergeSeries(left, travelled);
          const values = (series: typeof whole) =>
            series.cells.map((cell) => `${cell.period.key} ${cell.group} ${cell.values.spend}`);
          expect(values(merged)).toEqual(values(whole));
          expect(JSON.stringify(serializeSeries(merged).cells)).toBe(
            JSON.stringify(serializeSeries(whole).cells),
          );
          const monthly = aggregate(records, { ...options, granularity: "month" });
          expect(values(rollup(merged, "month"))).toEqual(values(monthly));
        },
      ),
      { numRuns: 60 },
    );
  });
});
