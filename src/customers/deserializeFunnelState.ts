import { type GroupKey, keyFromJson } from "../aggregate/internal.js";
import { raise } from "../core/errors.js";
import {
  checkSteps,
  type FunnelState,
  REPEATED_BASES,
  type RepeatedBase,
  type StepTimes,
} from "./_funnel.js";
import { isInstant, isReadReport, isStateEnvelope } from "./_json.js";
import { CUSTOMERS_EXPECTED } from "./messages.js";

const SUBJECT = "deserializeFunnelState";

/**
 * Reads a funnel state back from its JSON form ({@link serializeFunnelState}), checking the format
 * and version, the steps, keys (each entity and match once), instants (integers in the supported
 * range; at most one base instant per entity with `repeated: "first"`) and the report.
 *
 * @param json - The parsed JSON.
 * @returns The state.
 * @throws {KpiError} `invalid_argument` naming the place (`json.entities.3.2.1`) of the first problem.
 * @example
 * ```ts
 * import { deserializeFunnelState, funnelState, serializeFunnelState } from "kinerja";
 *
 * const state = funnelState([{ lead: "L1", at: "2025-01-05T00:00:00Z", event: "created" }], {
 *   entity: "lead", date: "at", step: "event", steps: ["created", "won"],
 * });
 * const back = deserializeFunnelState(JSON.parse(JSON.stringify(serializeFunnelState(state))));
 * console.log(back.steps, back.entities.size);
 * // [ 'created', 'won' ] 1
 * ```
 * @category Customers
 */
export function deserializeFunnelState(json: unknown): FunnelState {
  const at = (path: readonly (string | number)[], received: unknown): never =>
    raise(
      "invalid_argument",
      SUBJECT,
      ["json", ...path],
      CUSTOMERS_EXPECTED.serializedFunnelState,
      received,
    );
  if (!isStateEnvelope(json, "kinerja.funnel_state")) {
    return at([], json);
  }
  const steps = checkSteps(SUBJECT, json.steps, ["json", "steps"], "invalid_argument");
  if (!(REPEATED_BASES as readonly unknown[]).includes(json.repeated))
    at(["repeated"], json.repeated);
  const repeated = json.repeated as RepeatedBase;
  if (typeof json.matched !== "boolean") at(["matched"], json.matched);
  const report = json.report;
  if (!isReadReport(report)) at(["report"], report);
  if (!Array.isArray(json.entities)) at(["entities"], json.entities);
  const entities = new Map<GroupKey, Map<GroupKey | null, StepTimes>>();
  const rows = json.entities as unknown[];
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r];
    if (!Array.isArray(row) || row.length !== 3) at([r], row);
    const [entityJson, matchJson, timesJson] = row as unknown[];
    const entity = keyFromJson(entityJson);
    if (entity === undefined) at([r, 0], entityJson);
    const match =
      json.matched === true ? keyFromJson(matchJson) : matchJson === null ? null : undefined;
    if (match === undefined) at([r, 1], matchJson);
    let byMatch = entities.get(entity as GroupKey);
    if (byMatch === undefined) {
      byMatch = new Map();
      entities.set(entity as GroupKey, byMatch);
    }
    if (byMatch.has(match as GroupKey | null)) at([r, 1], matchJson);
    if (!Array.isArray(timesJson) || timesJson.length !== steps.length) at([r, 2], timesJson);
    const times: StepTimes = [];
    const lists = timesJson as unknown[];
    for (let s = 0; s < lists.length; s++) {
      const list = lists[s];
      if (!Array.isArray(list) || !list.every(isInstant)) at([r, 2, s], list);
      if (s === 0 && repeated === "first" && (list as number[]).length > 1) at([r, 2, s], list);
      times.push([...(list as number[])]);
    }
    if (times.every((list) => list.length === 0)) at([r, 2], timesJson);
    byMatch.set(match as GroupKey | null, times);
  }
  return {
    type: "funnel_state",
    steps,
    repeated,
    matched: json.matched as boolean,
    entities,
    report: {
      records: (report as { records: number }).records,
      accepted: (report as { accepted: number }).accepted,
      rejected: (report as { rejected: number }).rejected,
    },
  };
}
