import { describe, expectTypeOf, it } from "vitest";
import {
  aggregate,
  type MeanState,
  type MomentsState,
  type mean,
  moments,
  type PerEntityState,
  type StateOf,
  type SumState,
  type sum,
  sumOfLatestPerEntity,
} from "../../../src/index.js";

// StateOf used to be `never` for every measure (it matched the whole Measure interface with a
// wider kind), so `cell.states` had no usable type.
describe("the states of a cell are typed", () => {
  it("StateOf gives each measure's state", () => {
    expectTypeOf<StateOf<ReturnType<typeof sum<{ a: string }, "a">>>>().toEqualTypeOf<SumState>();
    expectTypeOf<StateOf<ReturnType<typeof mean<{ a: string }, "a">>>>().toEqualTypeOf<MeanState>();
  });

  it("cell.states of moments and per-entity snapshots", () => {
    const series = aggregate([{ at: "2025-01-01T00:00:00Z", deal: "D1", score: 4 }], {
      date: "at",
      granularity: "month",
      measures: {
        csat: moments("score"),
        pipeline: sumOfLatestPerEntity({ entity: "deal", value: "score" }),
      },
    });
    const cell = series.cells[0];
    expectTypeOf(cell?.states.csat).toEqualTypeOf<MomentsState | undefined>();
    expectTypeOf(cell?.states.pipeline).toEqualTypeOf<
      PerEntityState<"sum_of_latest_per_entity"> | undefined
    >();
    // Structurally a MomentStateInput: n, sum and sum of squares.
    expectTypeOf<MomentsState["n"]>().toEqualTypeOf<number>();
  });
});
