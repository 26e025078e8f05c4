import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { KDecimal } from "../../src/core/decimal.js";
import { convert } from "../../src/money/convert.js";
import { addToConvertedSum } from "../../src/money/convertedSum/addToConvertedSum.js";
import { deserializeConvertedSum } from "../../src/money/convertedSum/deserializeConvertedSum.js";
import { emptyConvertedSum } from "../../src/money/convertedSum/emptyConvertedSum.js";
import { finalizeConvertedSum } from "../../src/money/convertedSum/finalizeConvertedSum.js";
import { mergeConvertedSums } from "../../src/money/convertedSum/mergeConvertedSums.js";
import { serializeConvertedSum } from "../../src/money/convertedSum/serializeConvertedSum.js";
import { parseRateTable } from "../../src/money/parseRateTable.js";
import { tryConvert } from "../../src/money/tryConvert.js";

// A reference written apart from src/money/exact.ts: decimal text to a bigint fraction, sums and
// products of fractions, and whether a fraction terminates.
type Ratio = readonly [bigint, bigint];
const gcd = (a: bigint, b: bigint): bigint => (b === 0n ? (a < 0n ? -a : a) : gcd(b, a % b));
const reduce = ([n, d]: Ratio): Ratio => {
  const g = gcd(n, d) || 1n;
  return [n / g, d / g];
};
const ratio = (text: string): Ratio => {
  const [whole, fraction = ""] = text.split(".");
  return reduce([BigInt(`${whole}${fraction}`), 10n ** BigInt(fraction.length)]);
};
const times = (a: Ratio, b: Ratio): Ratio => reduce([a[0] * b[0], a[1] * b[1]]);
const over = (a: Ratio, b: Ratio): Ratio => reduce([a[0] * b[1], a[1] * b[0]]);
const plus = (a: Ratio, b: Ratio): Ratio => reduce([a[0] * b[1] + b[0] * a[1], a[1] * b[1]]);
const terminates = ([, d]: Ratio): boolean => {
  let rest = d;
  while (rest % 2n === 0n) rest /= 2n;
  while (rest % 5n === 0n) rest /= 5n;
  return rest === 1n;
};
const same = (a: Ratio, b: Ratio): boolean => a[0] * b[1] === b[0] * a[1];

const CURRENCIES = ["USD", "IDR", "EUR", "SGD", "JPY"] as const;
type Code = (typeof CURRENCIES)[number];
const DAYS = ["2025-03-10", "2025-03-11", "2025-03-12", "2025-03-13", "2025-03-14"];

const decimalText = (maxWhole: number, maxScale: number, signed: boolean) =>
  fc
    .tuple(
      fc.integer({ min: signed ? -maxWhole : 0, max: maxWhole }),
      fc.integer({ min: 0, max: 10 ** maxScale - 1 }),
      fc.integer({ min: 0, max: maxScale }),
    )
    .map(([whole, fraction, scale]) => {
      const digits = String(fraction).padStart(maxScale, "0").slice(0, scale);
      const negative = whole < 0 || (signed && whole === 0 && fraction % 2 === 1);
      return `${negative ? "-" : ""}${Math.abs(whole)}${scale > 0 ? `.${digits}` : ""}`;
    });
const rateText = decimalText(99_999, 6, false).filter((text) => !/^0(\.0*)?$/.test(text));

// Every non-pivot currency has a rate on every day, so only the rates vary.
const tableArb = fc.array(rateText, { minLength: 20, maxLength: 20 }).map((texts) => ({
  texts,
  table: parseRateTable({
    pivot: "USD",
    source: "property test",
    rates: CURRENCIES.slice(1).flatMap((currency, c) =>
      DAYS.map((date, d) => ({ currency, date, rate: texts[c * DAYS.length + d] })),
    ),
  }),
}));
const rateOf = (texts: readonly string[], currency: Code, day: number): Ratio =>
  currency === "USD"
    ? [1n, 1n]
    : ratio(texts[(CURRENCIES.indexOf(currency) - 1) * DAYS.length + day] as string);

const currencyArb = fc.constantFrom(...CURRENCIES);
const recordArb = fc.record({
  amount: decimalText(10_000_000, 4, true),
  currency: currencyArb,
  day: fc.integer({ min: 0, max: 4 }),
});

const asRatio = (value: { toFixed(): string }): Ratio => ratio(value.toFixed());

describe("conversion properties", () => {
  it("conversion commutes with merging: any split, any merge order, through JSON, equals one pass and the exact reference", () => {
    fc.assert(
      fc.property(
        tableArb,
        currencyArb,
        fc.array(recordArb, { maxLength: 40 }),
        fc.array(fc.nat(), { maxLength: 5 }),
        ({ texts, table }, to, records, cuts) => {
          const state = (list: typeof records) => {
            const s = emptyConvertedSum({ to });
            for (const r of list)
              addToConvertedSum(
                s,
                { amount: r.amount, currency: r.currency, date: DAYS[r.day] },
                table,
              );
            return s;
          };
          const whole = finalizeConvertedSum(state(records));
          const bounds = [...new Set(cuts.map((cut) => cut % (records.length + 1)))].sort(
            (a, b) => a - b,
          );
          const chunks = [0, ...bounds].map((start, i) =>
            records.slice(start, [...bounds, records.length][i]),
          );
          const states = chunks.map(state);
          const leftFold = states.reduce(
            (a, b) => mergeConvertedSums(a, b),
            emptyConvertedSum({ to }),
          );
          const rightFold = states
            .map((s) => deserializeConvertedSum(JSON.parse(JSON.stringify(s))))
            .reduceRight((a, b) => mergeConvertedSums(b, a), emptyConvertedSum({ to }));
          expect(finalizeConvertedSum(leftFold)).toEqual(whole);
          expect(finalizeConvertedSum(rightFold)).toEqual(whole);
          expect(serializeConvertedSum(leftFold)).toEqual(serializeConvertedSum(state(records)));
          // the reference: Σ amount × rate(to) / rate(from), exact
          const reference = records.reduce<Ratio>(
            (sum, r) =>
              plus(
                sum,
                times(
                  ratio(r.amount),
                  over(rateOf(texts, to, r.day), rateOf(texts, r.currency, r.day)),
                ),
              ),
            [0n, 1n],
          );
          expect(whole.exact).toBe(terminates(reference));
          if (whole.exact) expect(same(asRatio(whole.value), reference)).toBe(true);
          else
            expect(whole.value.toString()).toBe(
              new KDecimal(reference[0].toString())
                .div(new KDecimal(reference[1].toString()))
                .toString(),
            );
          expect(whole.records).toBe(records.length);
        },
      ),
      { numRuns: 150 },
    );
  });

  it("converting at a rate and back at its inverse returns the amount whenever the first result is exact", () => {
    fc.assert(
      fc.property(tableArb, recordArb, currencyArb, ({ table }, record, to) => {
        const date = DAYS[record.day] as string;
        const there = convert({ amount: record.amount, currency: record.currency, date }, table, {
          to,
        });
        if (record.currency === "USD") expect(there.exact).toBe(true); // pivot to currency: a product
        const back = convert({ amount: there.value, currency: to, date }, table, {
          to: record.currency,
        });
        if (there.exact) {
          expect(back.exact).toBe(true);
          expect(same(asRatio(back.value), ratio(record.amount))).toBe(true);
        }
        // the rates used are the same both ways
        expect(new Set(back.rates)).toEqual(new Set(there.rates));
      }),
      { numRuns: 300 },
    );
  });

  it("cross rates are consistent: A→C is amount × rate(C) / rate(A), and A→B→C equals A→C when A→B is exact", () => {
    fc.assert(
      fc.property(
        tableArb,
        recordArb,
        currencyArb,
        currencyArb,
        ({ texts, table }, record, middle, to) => {
          const date = DAYS[record.day] as string;
          const direct = convert(
            { amount: record.amount, currency: record.currency, date },
            table,
            { to },
          );
          const exact = times(
            ratio(record.amount),
            over(rateOf(texts, to, record.day), rateOf(texts, record.currency, record.day)),
          );
          expect(direct.exact).toBe(terminates(exact));
          if (direct.exact) expect(same(asRatio(direct.value), exact)).toBe(true);
          const first = convert({ amount: record.amount, currency: record.currency, date }, table, {
            to: middle,
          });
          if (first.exact) {
            const second = convert({ amount: first.value, currency: middle, date }, table, { to });
            expect(second.value.toString()).toBe(direct.value.toString());
            expect(second.exact).toBe(direct.exact);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it("a date without a rate is a problem naming the currency and date, never a zero", () => {
    fc.assert(
      fc.property(
        tableArb,
        recordArb,
        fc.integer({ min: 1, max: 3000 }),
        ({ table }, record, later) => {
          const day = new Date(Date.UTC(2025, 2, 14 + 7 + later)).toISOString().slice(0, 10);
          const before = new Date(Date.UTC(2025, 2, 10 - later)).toISOString().slice(0, 10);
          for (const date of [day, before]) {
            for (const to of CURRENCIES) {
              const result = tryConvert(
                { amount: record.amount, currency: record.currency, date },
                table,
                { to },
              );
              if (to === record.currency) expect(result.ok).toBe(true);
              else {
                expect(result.ok).toBe(false);
                if (!result.ok) expect(result.issue.message).toContain(` rate for ${date} `);
              }
            }
          }
        },
      ),
      { numRuns: 100 },
    );
  });
});
