import type { GroupKey } from "../aggregate/internal.js";
import { raise } from "../core/errors.js";
import { addTime, checkFunnelState, type FunnelState, type StepTimes } from "./_funnel.js";
import { addReports } from "./_records.js";
import { CUSTOMERS_EXPECTED } from "./messages.js";

const SUBJECT = "mergeFunnelStates";

/**
 * Merges two funnel states into the state of all their records (the union of every entity's
 * events). Commutative and associative; the arguments are left alone.
 *
 * @param a - A funnel state.
 * @param b - A funnel state of the same steps, `repeated` and `match` setting.
 * @returns A new state.
 * @throws {KpiError} `invalid_argument` when an argument is not a funnel state or the settings differ.
 * @example
 * ```ts
 * import { conversion, funnelState, mergeFunnelStates } from "kinerja";
 *
 * const options = { entity: "lead", date: "at", step: "event", steps: ["created", "won"] } as const;
 * const a = funnelState([{ lead: 1, at: "2025-01-05T00:00:00Z", event: "won" }], options);
 * const b = funnelState([{ lead: 1, at: "2025-01-02T00:00:00Z", event: "created" }], options);
 * const result = conversion(mergeFunnelStates(a, b), { granularity: "month", window: { days: 30 }, asOf: "2025-06-01T00:00:00Z" });
 * console.log(result.periods[0]?.conversions.toString(), result.periods[0]?.rate.value?.toString());
 * // 1 1
 * ```
 * @category Customers
 */
export function mergeFunnelStates(a: FunnelState, b: FunnelState): FunnelState {
  const left = checkFunnelState(SUBJECT, a, "a");
  const right = checkFunnelState(SUBJECT, b, "b");
  if (
    left.repeated !== right.repeated ||
    left.matched !== right.matched ||
    left.steps.length !== right.steps.length ||
    left.steps.some((step, i) => step !== right.steps[i])
  ) {
    raise("invalid_argument", SUBJECT, ["b"], CUSTOMERS_EXPECTED.sameFunnelSteps, b);
  }
  const entities = new Map<GroupKey, Map<GroupKey | null, StepTimes>>();
  for (const state of [left, right]) {
    for (const [entity, byMatch] of state.entities) {
      let merged = entities.get(entity);
      if (merged === undefined) {
        merged = new Map();
        entities.set(entity, merged);
      }
      for (const [match, times] of byMatch) {
        let kept = merged.get(match);
        if (kept === undefined) {
          kept = left.steps.map(() => [] as number[]);
          merged.set(match, kept);
        }
        for (let step = 0; step < times.length; step++) {
          for (const time of times[step] as number[]) addTime(kept, step, time, left.repeated);
        }
      }
    }
  }
  return { ...left, entities, report: addReports(left.report, right.report) };
}
