import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  aggregate,
  mergeSeries,
  sumOfEarliestPerEntity,
  sumOfLatestPerEntity,
} from "../../src/aggregate/index.js";
import {
  cohortMatrix,
  cohortState,
  conversion,
  deserializeCohortState,
  deserializeFunnelState,
  funnel,
  funnelState,
  mergeCohortStates,
  mergeFunnelStates,
  serializeCohortState,
  serializeFunnelState,
} from "../../src/customers/index.js";

// Merge laws of every new state: splitting the records anywhere (by record, not by entity) and
// merging the parts gives the one-pass state; merging is commutative and associative with the empty
// state as identity; the JSON round trip is exact.

const START = Date.UTC(2024, 0, 1);
const SPAN = 400 * 86_400_000;

interface Row {
  readonly at: number;
  readonly who: string | number;
  readonly amount: string;
  readonly step: string | null;
  readonly channel: string;
  readonly product: string;
}

const row: fc.Arbitrary<Row> = fc.record({
  // Coarse instants so that ties happen often.
  at: fc.integer({ min: 0, max: 400 }).map((n) => START + n * (SPAN / 400) + (n % 3) * 3_600_000),
  who: fc.oneof(fc.constantFrom("A", "B", "C", "D", "E"), fc.integer({ min: 1, max: 3 })),
  amount: fc.integer({ min: -5000, max: 100_000 }).map((n) => (n / 100).toString()),
  step: fc.constantFrom("lead", "meeting", "won", null),
  channel: fc.constantFrom("ads", "event"),
  product: fc.constantFrom("kopi", "teh"),
});
const rows = fc.array(row, { maxLength: 40 });
const splits = fc.tuple(rows, fc.nat(), fc.nat());

function cut<T>(list: readonly T[], a: number, b: number): [T[], T[], T[]] {
  const i = list.length === 0 ? 0 : a % (list.length + 1);
  const j = i + (list.length - i === 0 ? 0 : b % (list.length - i + 1));
  return [list.slice(0, i), list.slice(i, j), list.slice(j)];
}

const cohortOptions = (offset: number) =>
  ({
    date: "at",
    customer: "who",
    revenue: "amount",
    groupBy: "channel",
    granularity: "month",
    calendar: { timeZone: "America/New_York" },
    indexOffset: offset,
  }) as const;
const funnelOptions = (repeated: "first" | "every", offset: number) =>
  ({
    entity: "who",
    date: "at",
    step: "step",
    steps: ["lead", "meeting", "won"],
    match: "product",
    repeated,
    indexOffset: offset,
  }) as const;

describe("cohort state merge laws", () => {
  it("any split by record merges into the one-pass state, in any order", () => {
    fc.assert(
      fc.property(splits, ([list, a, b]) => {
        const [x, y, z] = cut(list, a, b);
        const whole = cohortState(list, cohortOptions(0));
        const sx = cohortState(x, cohortOptions(0));
        const sy = cohortState(y, cohortOptions(x.length));
        const sz = cohortState(z, cohortOptions(x.length + y.length));
        const left = mergeCohortStates(mergeCohortStates(sx, sy), sz);
        const right = mergeCohortStates(sz, mergeCohortStates(sy, sx));
        const expected = serializeCohortState(whole);
        expect(serializeCohortState(left)).toEqual(expected);
        expect(serializeCohortState(right)).toEqual(expected);
        expect(
          serializeCohortState(mergeCohortStates(whole, cohortState([], cohortOptions(0)))),
        ).toEqual(expected);
        const back = deserializeCohortState(JSON.parse(JSON.stringify(expected)));
        expect(serializeCohortState(back)).toEqual(expected);
        const asOf = START + SPAN;
        expect(JSON.stringify(cohortMatrix(left, { asOf }))).toEqual(
          JSON.stringify(cohortMatrix(whole, { asOf })),
        );
      }),
      { numRuns: 150 },
    );
  });
});

describe("funnel state merge laws", () => {
  it.each(["first", "every"] as const)(
    "repeated %s: splits merge into the one-pass state",
    (repeated) => {
      fc.assert(
        fc.property(splits, ([list, a, b]) => {
          const [x, y, z] = cut(list, a, b);
          const whole = funnelState(list, funnelOptions(repeated, 0));
          const sx = funnelState(x, funnelOptions(repeated, 0));
          const sy = funnelState(y, funnelOptions(repeated, x.length));
          const sz = funnelState(z, funnelOptions(repeated, x.length + y.length));
          const left = mergeFunnelStates(mergeFunnelStates(sx, sy), sz);
          const right = mergeFunnelStates(sz, mergeFunnelStates(sy, sx));
          const expected = serializeFunnelState(whole);
          expect(serializeFunnelState(left)).toEqual(expected);
          expect(serializeFunnelState(right)).toEqual(expected);
          expect(
            serializeFunnelState(
              mergeFunnelStates(funnelState([], funnelOptions(repeated, 0)), whole),
            ),
          ).toEqual(expected);
          const back = deserializeFunnelState(JSON.parse(JSON.stringify(expected)));
          expect(serializeFunnelState(back)).toEqual(expected);
          const options = {
            granularity: "month",
            calendar: { timeZone: "America/New_York" },
            windows: [{ days: 30 }, { hours: 24 * 45 }],
            asOf: START + SPAN,
          } as const;
          expect(JSON.stringify(funnel(left, options), mapReplacer)).toEqual(
            JSON.stringify(funnel(whole, options), mapReplacer),
          );
        }),
        { numRuns: 150 },
      );
    },
  );

  it("conversion counts never exceed the base and rates stay in [0, 1]", () => {
    fc.assert(
      fc.property(rows, (list) => {
        const state = funnelState(
          list.filter((r) => r.step !== "meeting"),
          { entity: "who", date: "at", step: "step", steps: ["lead", "won"], repeated: "every" },
        );
        for (const p of conversion(state, {
          granularity: "quarter",
          window: "period_end",
          asOf: START + SPAN,
        }).periods) {
          expect(p.conversions.lte(p.base)).toBe(true);
          if (p.rate.value !== null) expect(p.rate.value.gte(0) && p.rate.value.lte(1)).toBe(true);
          expect(p.timeToConvert.count).toBe(p.conversions.toNumber());
        }
      }),
      { numRuns: 100 },
    );
  });
});

function mapReplacer(_key: string, value: unknown): unknown {
  return value instanceof Map ? [...value.entries()] : value;
}

describe("per-entity snapshot merge laws", () => {
  it.each([
    ["latest", sumOfLatestPerEntity],
    ["earliest", sumOfEarliestPerEntity],
  ] as const)(
    "sum of %s per entity: split series merge into the one-pass series",
    (_name, make) => {
      fc.assert(
        fc.property(splits, ([list, a, b]) => {
          const [x, y, z] = cut(list, a, b);
          const measures = { value: make({ entity: "who", value: "amount" }) };
          const options = (offset: number) =>
            ({
              date: "at",
              granularity: "month",
              measures,
              indexOffset: offset,
              fill: false,
            }) as const;
          const whole = aggregate(list, options(0));
          if (list.length === 0) return;
          const parts = [
            aggregate(x, { ...options(0), allowAllRejected: true }),
            aggregate(y, { ...options(x.length), allowAllRejected: true }),
            aggregate(z, { ...options(x.length + y.length), allowAllRejected: true }),
          ];
          const [p0, p1, p2] = parts as [typeof whole, typeof whole, typeof whole];
          const merged = mergeSeries(mergeSeries(p2, p0), p1);
          expect(
            merged.cells.map((cell) => [cell.period.key, cell.values.value?.toString() ?? null]),
          ).toEqual(
            whole.cells.map((cell) => [cell.period.key, cell.values.value?.toString() ?? null]),
          );
          for (const cell of whole.cells) {
            const measure = measures.value as unknown as ReturnType<typeof sumOfLatestPerEntity>;
            const state = cell.states.value as unknown as ReturnType<typeof measure.empty>;
            const back = measure.deserialize(JSON.parse(JSON.stringify(measure.serialize(state))));
            expect(measure.serialize(back)).toEqual(measure.serialize(state));
            expect(measure.serialize(measure.merge(state, measure.empty()))).toEqual(
              measure.serialize(state),
            );
          }
        }),
        { numRuns: 150 },
      );
    },
  );
});
