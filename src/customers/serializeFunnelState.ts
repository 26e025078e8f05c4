import { type GroupKey, type KeyJson, keyToJson, sortedKeys } from "../aggregate/internal.js";
import {
  checkFunnelState,
  type FunnelState,
  type RepeatedBase,
  type StepTimes,
} from "./_funnel.js";

/**
 * The JSON form of a funnel state (version 1): entities sorted, each step's instants (epoch ms)
 * sorted.
 *
 * @category Customers
 */
export interface SerializedFunnelState {
  readonly format: "kinerja.funnel_state";
  readonly version: 1;
  readonly steps: readonly string[];
  readonly repeated: RepeatedBase;
  readonly matched: boolean;
  readonly report: {
    readonly records: number;
    readonly accepted: number;
    readonly rejected: number;
  };
  /** `[entity, match (null without match), [[instants of step 0], [instants of step 1], ...]]`. */
  readonly entities: readonly (readonly [
    KeyJson,
    KeyJson | null,
    readonly (readonly number[])[],
  ])[];
}

/**
 * A funnel state as plain JSON, for moving partial states between workers; read it back with
 * {@link deserializeFunnelState}.
 *
 * @param state - A funnel state.
 * @returns Its JSON form.
 * @throws {KpiError} `invalid_argument` when the argument is not a funnel state.
 * @example
 * ```ts
 * import { funnelState, serializeFunnelState } from "kinerja";
 *
 * const state = funnelState([{ lead: "L1", at: "2025-01-05T00:00:00Z", event: "created" }], {
 *   entity: "lead", date: "at", step: "event", steps: ["created", "won"],
 * });
 * console.log(JSON.stringify(serializeFunnelState(state).entities));
 * // [["L1",null,[[1736035200000],[]]]]
 * ```
 * @category Customers
 */
export function serializeFunnelState(state: FunnelState): SerializedFunnelState {
  const checked = checkFunnelState("serializeFunnelState", state, "state");
  const entities: [KeyJson, KeyJson | null, number[][]][] = [];
  for (const entity of sortedKeys(checked.entities.keys())) {
    const byMatch = checked.entities.get(entity) as Map<GroupKey | null, StepTimes>;
    const matches = [...byMatch.keys()];
    const ordered = checked.matched ? sortedKeys(matches as GroupKey[]) : matches;
    for (const match of ordered) {
      const times = byMatch.get(match) as StepTimes;
      entities.push([
        keyToJson(entity),
        match === null ? null : keyToJson(match),
        times.map((list) => [...list].sort((x, y) => x - y)),
      ]);
    }
  }
  return {
    format: "kinerja.funnel_state",
    version: 1,
    steps: [...checked.steps],
    repeated: checked.repeated,
    matched: checked.matched,
    report: { ...checked.report },
    entities,
  };
}
