import { describe, expect, it } from "vitest";
import {
  aggregate,
  compareMeans,
  deserializeSeries,
  mean,
  meanInterval,
  mergeMomentStates,
  momentState,
  moments,
  rollup,
  serializeSeries,
  toDecimal,
} from "../../../src/index.js";
import { HOSTILE_VALUES, probe } from "../../hostile/support.js";
import { expectKpiError } from "../../support/expectKpiError.js";

describe("moments", () => {
  it("keeps n, the exact sum and the exact sum of squares; its value is the mean", () => {
    const measure = moments("score");
    const state = measure.empty();
    // 0.1 + 0.2 and 0.1² + 0.2² in binary floating point are 0.30000000000000004 and
    // 0.05000000000000001: here they are exact.
    for (const [index, score] of [0.1, "0.2", 3n, toDecimal("-1.5")].entries()) {
      measure.add(state, { score }, index);
    }
    expect(state.n).toBe(4);
    expect(state.sum.toString()).toBe("1.8");
    // 0.01 + 0.04 + 9 + 2.25
    expect(state.sumOfSquares.toString()).toBe("11.3");
    expect(measure.finalize(state)?.toString()).toBe("0.45");
    expect(JSON.parse(JSON.stringify(state))).toEqual({
      kind: "moments",
      n: 4,
      sum: "1.8",
      sumOfSquares: "11.3",
    });
    expect(measure.finalize(measure.empty())).toBeNull();
  });

  it("squares large values exactly (past 2^53, bigints, more than 15 digits)", () => {
    const measure = moments("x");
    const state = measure.empty();
    measure.add(state, { x: 94_906_266 }, 0); // its square is past 2^53
    measure.add(state, { x: 12345678901234567890n }, 1);
    measure.add(state, { x: "1234567890.123456789" }, 2);
    measure.add(state, { x: "1e3" }, 3); // read as a Decimal
    const big =
      94_906_266n ** 2n * 10n ** 18n +
      12345678901234567890n ** 2n * 10n ** 18n +
      1234567890123456789n ** 2n +
      1000n ** 2n * 10n ** 18n;
    const text = big.toString();
    expect(state.sumOfSquares.toFixed()).toBe(
      `${text.slice(0, -18)}.${text.slice(-18)}`.replace(/\.?0+$/, ""),
    );
  });

  it("its state is what meanInterval, compareMeans and mergeMomentStates take, as it is or as JSON", () => {
    const scores = [5, 4, 4, 3, 5, 4, 2, 5, 4, 4];
    const series = aggregate(
      scores.map((score, day) => ({ at: Date.UTC(2025, 0, 1 + day * 5), score })),
      { date: "at", granularity: "month", measures: { csat: moments("score") } },
    );
    const quarter = rollup(series, "quarter").cells[0];
    if (quarter === undefined) throw new Error("no quarter");
    const fromList = meanInterval(momentState(scores), { bounds: { min: 1, max: 5 } });
    const fromState = meanInterval(quarter.states.csat, { bounds: { min: 1, max: 5 } });
    const fromJson = meanInterval(JSON.parse(JSON.stringify(quarter.states.csat)), {
      bounds: { min: 1, max: 5 },
    });
    expect(fromState).toEqual(fromList);
    expect(fromJson).toEqual(fromList);
    expect(fromState.lower?.toFixed(3)).toBe("3.326");
    const january = series.at("2025-01")?.states.csat;
    const february = series.at("2025-02")?.states.csat;
    if (january === undefined || february === undefined) throw new Error("no months");
    const merged = mergeMomentStates(january, february);
    expect([merged.n, merged.sum.toString(), merged.sumOfSquares.toString()]).toEqual([
      10,
      "40",
      "168",
    ]);
    expect(compareMeans({ from: january, to: february })).toEqual(
      compareMeans({ from: momentState([5, 4, 4, 3, 5, 4, 2]), to: momentState([5, 4, 4]) }),
    );
  });

  it("gives mean's value, and round-trips through a serialized series", () => {
    const records = [
      { at: "2025-01-02T00:00:00Z", amount: "10.25" },
      { at: "2025-01-05T00:00:00Z", amount: "-3" },
      { at: "2025-03-01T00:00:00Z", amount: "7" },
    ];
    const options = { date: "at", granularity: "month" } as const;
    const series = aggregate(records, {
      ...options,
      measures: { m: moments("amount"), average: mean("amount") },
    });
    for (const cell of series.cells) {
      expect(cell.values.m?.toString()).toBe(cell.values.average?.toString());
    }
    const back = deserializeSeries(serializeSeries(series), series.measures);
    expect(serializeSeries(back)).toEqual(serializeSeries(series));
    expect(back.at("2025-01")?.states.m.toJSON()).toEqual({
      kind: "moments",
      n: 2,
      sum: "7.25",
      sumOfSquares: "114.0625",
    });
  });

  it("refuses serialized states that no values can give", () => {
    const measure = moments("x");
    const bad = [
      { kind: "moments", n: -1, sum: "0", sumOfSquares: "0" },
      { kind: "moments", n: 1.5, sum: "0", sumOfSquares: "0" },
      { kind: "moments", n: 0, sum: "1", sumOfSquares: "1" }, // no values, a sum
      { kind: "moments", n: 1, sum: "1", sumOfSquares: "-1" },
      { kind: "moments", n: 2, sum: "10", sumOfSquares: "49.99" }, // (Σx)² > n·Σx²
      { kind: "moments", n: 1, sum: "1e3", sumOfSquares: "1000000" },
      { kind: "moments", n: 1, sum: 1, sumOfSquares: "1" },
      { kind: "mean", n: 1, sum: "1", sumOfSquares: "1" },
    ];
    for (const json of bad) {
      expectKpiError(() => measure.deserialize(json), "invalid_argument", {
        message: /^moments: state must be a serialized state of this measure/,
      });
    }
    // (Σx)² = n·Σx² exactly (every value the same) is a state.
    expect(
      measure
        .finalize(measure.deserialize({ kind: "moments", n: 2, sum: "10", sumOfSquares: "50.00" }))
        ?.toString(),
    ).toBe("5");
  });

  it("hostile records, accessors and states: a value or a KpiError naming moments, never NaN", () => {
    for (const [label, make] of HOSTILE_VALUES) {
      probe(["moments"], () => moments(make() as never), `moments accessor ${label}`);
      probe(
        ["aggregate", "moments"],
        () =>
          aggregate([{ at: "2025-01-01T00:00:00Z", x: make() }], {
            date: "at",
            granularity: "month",
            measures: { m: moments("x") },
            onInvalid: "collect",
            allowAllRejected: true,
          }),
        `moments record ${label}`,
      );
      probe(["moments"], () => moments("x").deserialize(make()), `moments state ${label}`);
      probe(
        ["moments"],
        () => moments("x").merge(make() as never, moments("x").empty()),
        `moments merge ${label}`,
      );
    }
  });
});
