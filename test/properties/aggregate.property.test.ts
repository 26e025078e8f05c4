// Properties of aggregate() and the series operations, beyond the layer's own tests
// (test/aggregate): every granularity and every calendar (16 zones, any week start, any fiscal
// start month, both namings), amounts in every Numeric form (strings, numbers, bigints, the user's
// global Decimal, a Decimal of another clone) from 0 to 4 decimals and past 2^53, and three-way
// merges. Seeds and run counts come from test/setup.ts (KINERJA_PROPERTY_RUNS for longer runs).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { KDecimal } from "../../src/core/decimal.js";
import { isKpiError } from "../../src/core/errors.js";
import {
  aggregate,
  count,
  countDistinct,
  defineMeasure,
  first,
  GRANULARITIES,
  type Granularity,
  last,
  max,
  mean,
  mergeSeries,
  min,
  periodOf,
  periodRange,
  rolling,
  rollup,
  type Series,
  serializeSeries,
  sum,
} from "../../src/index.js";
import type { CalendarInput } from "../../src/period/types.js";
import {
  amountArbitrary,
  amountIn,
  calendarArbitrary,
  permute,
  recordInstant,
  scaledText,
  toUnits4,
} from "./support.js";

type Row = {
  time: number;
  iso: boolean;
  amount: { units: bigint; scale: number; form: number };
  region: "north" | "south" | "__proto__";
  won: boolean;
  customer: number | string;
};

const rowArbitrary: fc.Arbitrary<Row> = fc.record({
  time: recordInstant,
  iso: fc.boolean(),
  amount: amountArbitrary,
  region: fc.constantFrom("north", "south", "__proto__"),
  won: fc.boolean(),
  customer: fc.oneof(fc.integer({ min: 0, max: 8 }), fc.constantFrom("0", "A", "B")),
});

const toRecord = (row: Row) => ({
  at: row.iso ? new Date(row.time).toISOString() : row.time,
  amount: amountIn(row.amount.form, row.amount.units, row.amount.scale),
  region: row.region,
  won: row.won,
  customer: row.customer,
});

const allMeasures = {
  revenue: sum("amount"),
  deals: count(),
  won: count("won"),
  customers: countDistinct("customer"),
  opening: first("amount"),
  closing: last("amount"),
  low: min("amount"),
  high: max("amount"),
  average: mean("amount"),
};

const granularityArbitrary = fc.constantFrom(...GRANULARITIES);

/** The finalized values of every cell, as text. */
function values(series: Series): string[][] {
  return series.cells.map((cell) => [
    cell.period.key,
    String(cell.group),
    String(cell.records),
    ...Object.entries(cell.values).map(([name, value]) => `${name}=${value?.toString() ?? "null"}`),
  ]);
}

/** A decimal text normalized the way the library prints it (no trailing zeros). */
const normalized = (text: string): string => new KDecimal(text).toString();

describe("exactness", () => {
  it("sums of amounts with 0-4 decimals, in every Numeric form, equal the BigInt sum in every period and group", () => {
    fc.assert(
      fc.property(
        fc.array(rowArbitrary, { minLength: 1, maxLength: 80 }),
        calendarArbitrary,
        granularityArbitrary,
        (rows, calendar, granularity) => {
          const series = aggregate(rows.map(toRecord), {
            date: "at",
            granularity,
            calendar,
            groupBy: "region",
            measures: { revenue: sum("amount"), deals: count(), average: mean("amount") },
          });
          const reference = new Map<string, { units: bigint; count: number }>();
          for (const row of rows) {
            const key = `${periodOf(row.time, granularity, calendar).key}|${row.region}`;
            const entry = reference.get(key) ?? { units: 0n, count: 0 };
            entry.units += toUnits4(row.amount.units, row.amount.scale);
            entry.count++;
            reference.set(key, entry);
          }
          let seen = 0;
          for (const cell of series.cells) {
            const entry = reference.get(`${cell.period.key}|${String(cell.group)}`);
            if (entry === undefined) {
              expect(cell.records).toBe(0);
              expect(cell.values.revenue.toString()).toBe("0");
              continue;
            }
            seen++;
            const exact = normalized(scaledText(entry.units, 4));
            expect(cell.values.revenue.toString()).toBe(exact);
            expect(cell.values.deals.toNumber()).toBe(entry.count);
            // The mean is the exact sum divided once, to 34 significant digits, half away from zero.
            expect(cell.values.average?.toString()).toBe(
              new KDecimal(exact).div(entry.count).toString(),
            );
          }
          expect(seen).toBe(reference.size);
        },
      ),
    );
  });
});

describe("order independence", () => {
  it("any permutation of records with distinct instants gives the same values in every cell", () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(rowArbitrary, { minLength: 1, maxLength: 60, selector: (row) => row.time }),
        fc.array(fc.nat(), { minLength: 1, maxLength: 60 }),
        calendarArbitrary,
        granularityArbitrary,
        fc.boolean(),
        (rows, keys, calendar, granularity, fill) => {
          const options = {
            date: "at",
            granularity,
            calendar,
            groupBy: "region",
            measures: allMeasures,
            fill,
          } as const;
          const original = aggregate(rows.map(toRecord), options);
          const shuffled = aggregate(permute(rows, keys).map(toRecord), options);
          expect(values(shuffled)).toEqual(values(original));
          // An iterable (a generator) gives the same series as the array.
          function* generate() {
            for (const row of rows) yield toRecord(row);
          }
          expect(values(aggregate(generate(), options))).toEqual(values(original));
        },
      ),
    );
  });

  it("first and last follow the documented rule on ties: earliest (latest) instant, then lowest (highest) index", () => {
    const base = Date.UTC(2025, 4, 10);
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            slot: fc.integer({ min: 0, max: 3 }),
            units: fc.bigInt({ min: -999n, max: 999n }),
          }),
          { minLength: 1, maxLength: 30 },
        ),
        (rows) => {
          const records = rows.map((row) => ({
            at: base + row.slot * 60_000,
            amount: scaledText(row.units, 2),
          }));
          const cell = aggregate(records, {
            date: "at",
            granularity: "month",
            measures: { opening: first("amount"), closing: last("amount") },
          }).cells[0];
          const order = records.map((record, index) => ({ ...record, index }));
          const earliest = order.reduce((a, b) =>
            b.at < a.at || (b.at === a.at && b.index < a.index) ? b : a,
          );
          const latest = order.reduce((a, b) =>
            b.at > a.at || (b.at === a.at && b.index > a.index) ? b : a,
          );
          expect(cell?.values.opening?.toString()).toBe(normalized(earliest.amount));
          expect(cell?.values.closing?.toString()).toBe(normalized(latest.amount));
        },
      ),
    );
  });
});

describe("merge laws", () => {
  it("mergeSeries is associative and commutative, and three chunks merge into aggregate of the union", () => {
    fc.assert(
      fc.property(
        fc.array(rowArbitrary, { maxLength: 25 }),
        fc.array(rowArbitrary, { maxLength: 25 }),
        fc.array(rowArbitrary, { maxLength: 25 }),
        calendarArbitrary,
        granularityArbitrary,
        fc.boolean(),
        (a, b, c, calendar, granularity, fill) => {
          const options = {
            date: "at",
            granularity,
            calendar,
            groupBy: "region",
            measures: allMeasures,
            fill,
          } as const;
          const A = aggregate(a.map(toRecord), options);
          const B = aggregate(b.map(toRecord), { ...options, indexOffset: a.length });
          const C = aggregate(c.map(toRecord), { ...options, indexOffset: a.length + b.length });
          const left = serializeSeries(mergeSeries(mergeSeries(A, B), C));
          const right = serializeSeries(mergeSeries(A, mergeSeries(B, C)));
          expect(left).toEqual(right);
          const { report: _ab, ...ab } = serializeSeries(mergeSeries(A, B));
          const { report: _ba, ...ba } = serializeSeries(mergeSeries(B, A));
          expect(ba).toEqual(ab);
          const whole = serializeSeries(aggregate([...a, ...b, ...c].map(toRecord), options));
          expect(left).toEqual(whole);
        },
      ),
    );
  });
});

describe("rolling windows", () => {
  it("rolling(n) equals merging the n periods ending at each period one by one, for every measure, filled or not", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            row: rowArbitrary,
            time: fc.integer({ min: Date.UTC(2024, 10, 1), max: Date.UTC(2025, 2, 1) }),
          }),
          { minLength: 1, maxLength: 40 },
        ),
        fc.constantFrom<Granularity>("day", "week", "month"),
        fc.integer({ min: 1, max: 9 }),
        fc.boolean(),
        (rows, granularity, n, fill) => {
          const records = rows.map(({ row, time }) => toRecord({ ...row, time }));
          const series = aggregate(records, {
            date: "at",
            granularity,
            groupBy: "region",
            fill,
            measures: allMeasures,
          });
          const rolled = rolling(series, n);
          const ordinalOf = new Map(series.periods.map((period, index) => [period.key, index]));
          const starts = series.periods.map((period) => period.start.getTime());
          expect(rolled.cells.length).toBe(series.cells.length);
          for (const cell of rolled.cells) {
            const at = ordinalOf.get(cell.period.key) as number;
            // The oracle: the cells of the n periods ending here (by period, not by row), merged
            // one by one in time order.
            const window = series.cells.filter((other) => {
              if (other.group !== cell.group) return false;
              const start = other.period.start.getTime();
              const first = periodOf(cell.period.start, granularity);
              let from = first.start.getTime();
              for (let back = 1; back < n; back++) {
                from = periodOf(new Date(from - 1), granularity).start.getTime();
              }
              return start >= from && start <= (starts[at] as number);
            });
            let records = 0;
            for (const [name, measure] of Object.entries(allMeasures)) {
              let state = measure.empty() as never;
              for (const other of window) {
                state = measure.merge(
                  state,
                  other.states[name as keyof typeof allMeasures] as never,
                ) as never;
              }
              expect(
                JSON.stringify(
                  measure.serialize(cell.states[name as keyof typeof allMeasures] as never),
                ),
              ).toBe(JSON.stringify(measure.serialize(state)));
            }
            for (const other of window) records += other.records;
            expect(cell.records).toBe(records);
          }
        },
      ),
    );
  });
});

describe("rollup equivalence", () => {
  const sources: Granularity[] = ["day", "month", "fiscal_month", "quarter", "fiscal_quarter"];

  /** Whether some period of `fine` around the data straddles two periods of `coarse`. */
  function straddles(fine: Granularity, coarse: Granularity, calendar: CalendarInput): boolean {
    const periods = periodRange(Date.UTC(2023, 0, 1), Date.UTC(2026, 11, 31), fine, calendar);
    return periods.some((period) => {
      if (period.start.getTime() === period.end.getTime()) return false;
      return (
        periodOf(period.start, coarse, calendar).key !==
        periodOf(new Date(period.end.getTime() - 1), coarse, calendar).key
      );
    });
  }

  it("rolling up a series equals aggregating at the coarser grain, for every nested pair of granularities", () => {
    let compared = 0;
    fc.assert(
      fc.property(
        fc.array(rowArbitrary, { maxLength: 50 }),
        calendarArbitrary,
        fc.constantFrom(...sources),
        granularityArbitrary,
        fc.boolean(),
        (rows, calendar, fine, coarse, fill) => {
          const options = {
            date: "at",
            calendar,
            groupBy: "region",
            measures: allMeasures,
            fill,
          } as const;
          const records = rows.map(toRecord);
          const fineSeries = aggregate(records, { ...options, granularity: fine });
          let rolled: Series | undefined;
          try {
            rolled = rollup(fineSeries, coarse);
          } catch (error) {
            if (!isKpiError(error)) throw error;
            // Refused only when it must be: a finer target, or fine periods that straddle coarse ones.
            expect(
              fine === coarse ||
                straddles(fine, coarse, calendar) ||
                GRANULARITIES.indexOf(coarse) < 0 ||
                isFiner(coarse, fine),
            ).toBe(true);
            return;
          }
          compared++;
          expect(serializeSeries(rolled)).toEqual(
            serializeSeries(aggregate(records, { ...options, granularity: coarse })),
          );
        },
      ),
    );
    expect(compared).toBeGreaterThan(0);
  });

  it("rolling up in two steps equals one step (day → month → fiscal year, month → fiscal quarter → fiscal year)", () => {
    fc.assert(
      fc.property(
        fc.array(rowArbitrary, { maxLength: 50 }),
        calendarArbitrary,
        (rows, calendar) => {
          const options = {
            date: "at",
            calendar,
            groupBy: "region",
            measures: allMeasures,
          } as const;
          const daily = aggregate(rows.map(toRecord), { ...options, granularity: "day" });
          const direct = serializeSeries(rollup(daily, "fiscal_year"));
          expect(serializeSeries(rollup(rollup(daily, "month"), "fiscal_year"))).toEqual(direct);
          expect(
            serializeSeries(
              rollup(rollup(rollup(daily, "month"), "fiscal_quarter"), "fiscal_year"),
            ),
          ).toEqual(direct);
        },
      ),
    );
  });
});

/** Whether granularity `a` has shorter periods than `b` (so rolling `b` up to `a` makes no sense). */
function isFiner(a: Granularity, b: Granularity): boolean {
  const rank: Record<Granularity, number> = {
    day: 0,
    week: 1,
    month: 2,
    fiscal_month: 2,
    quarter: 3,
    fiscal_quarter: 3,
    half_year: 4,
    fiscal_half_year: 4,
    year: 5,
    fiscal_year: 5,
    retail_week: 1,
    retail_period: 2,
    retail_quarter: 3,
    retail_half_year: 4,
    retail_year: 5,
  };
  return rank[a] < rank[b];
}

// A custom measure made with defineMeasure (the docs' sum of squares) obeys the merge laws the
// built-ins obey: associative, commutative, `empty` as identity, merge of any split = one pass,
// and serialize / deserialize round-trips through JSON text.
describe("a custom measure made with defineMeasure merges like the built-ins", () => {
  const sumOfSquares = defineMeasure({
    kind: "sum_of_squares",
    fill: "zero",
    accessor: "amount",
    expected: "an amount with at most 2 decimals, as a string",
    reader: () => {
      let cents = 0n;
      return {
        read: (value) => {
          if (typeof value !== "string" || !/^-?\d+(\.\d{1,2})?$/.test(value)) return false;
          const [whole = "0", part = ""] = value.split(".");
          cents = BigInt(whole + part.padEnd(2, "0"));
          return true;
        },
        add: (state) => {
          state.squares += cents * cents;
        },
      };
    },
    empty: () => ({ squares: 0n }),
    mergeInto: (target, source) => {
      target.squares += source.squares;
    },
    finalize: (state) => new KDecimal(state.squares.toString()).div(10_000),
    toJSON: (state) => ({ squares: state.squares.toString() }),
    fromJSON: (json) =>
      typeof json.squares === "string" && /^\d+$/.test(json.squares)
        ? { squares: BigInt(json.squares) }
        : undefined,
  });
  const record = fc
    .bigInt({ min: -(10n ** 12n), max: 10n ** 12n })
    .map((cents) => ({ amount: scaledText(cents, 2) }));
  const build = (records: readonly { amount: string }[]) => {
    const state = sumOfSquares.empty();
    records.forEach((item, index) => {
      sumOfSquares.add(state, item, index);
    });
    return state;
  };
  const text = (state: unknown) => JSON.stringify(state);

  it("is associative and commutative, with empty as identity", () => {
    fc.assert(
      fc.property(fc.array(record), fc.array(record), fc.array(record), (a, b, c) => {
        const [sa, sb, sc] = [build(a), build(b), build(c)];
        const merge = sumOfSquares.merge;
        expect(text(merge(merge(sa, sb), sc))).toBe(text(merge(sa, merge(sb, sc))));
        expect(text(merge(sa, sb))).toBe(text(merge(sb, sa)));
        expect(text(merge(sa, sumOfSquares.empty()))).toBe(text(sa));
        expect(text(merge(sumOfSquares.empty(), sa))).toBe(text(sa));
      }),
    );
  });

  it("merges any split into the one-pass state, and round-trips through JSON", () => {
    fc.assert(
      fc.property(fc.array(record), fc.nat(), (records, cut) => {
        const at = records.length === 0 ? 0 : cut % (records.length + 1);
        const merged = sumOfSquares.merge(build(records.slice(0, at)), build(records.slice(at)));
        expect(text(merged)).toBe(text(build(records)));
        const copy = sumOfSquares.deserialize(JSON.parse(text(merged)));
        expect(text(copy)).toBe(text(merged));
        expect(sumOfSquares.finalize(copy).eq(sumOfSquares.finalize(merged))).toBe(true);
        const reference = records.reduce((acc, item) => {
          const cents = BigInt(item.amount.replace(".", ""));
          return acc + cents * cents;
        }, 0n);
        expect(sumOfSquares.finalize(merged).toString()).toBe(
          new KDecimal(reference.toString()).div(10_000).toString(),
        );
      }),
    );
  });

  it("in aggregate: chunks merged with mergeSeries, and a rollup, equal one pass", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(recordInstant, record), { maxLength: 40 }),
        fc.nat(),
        (rows, cut) => {
          const records = rows.map(([time, item]) => ({ at: time, ...item }));
          const options = {
            date: "at",
            granularity: "month",
            measures: { squares: sumOfSquares },
          } as const;
          const at = records.length === 0 ? 0 : cut % (records.length + 1);
          const whole = aggregate(records, options);
          const left = aggregate(records.slice(0, at), { ...options, allowAllRejected: true });
          const right = aggregate(records.slice(at), { ...options, indexOffset: at });
          const merged = mergeSeries(left, right);
          expect(JSON.stringify(serializeSeries(merged).cells)).toBe(
            JSON.stringify(serializeSeries(whole).cells),
          );
          const quarters = aggregate(records, { ...options, granularity: "quarter" });
          expect(JSON.stringify(serializeSeries(rollup(whole, "quarter")).cells)).toBe(
            JSON.stringify(serializeSeries(quarters).cells),
          );
        },
      ),
    );
  });
});
