import type { GroupKey } from "../aggregate/internal.js";
import { raise } from "../core/errors.js";
import type { RecordsReport } from "./_records.js";
import { CUSTOMERS_EXPECTED } from "./messages.js";

/** Which base events start a conversion: the entity's first, or every one. @internal */
export const REPEATED_BASES = ["first", "every"] as const;

/**
 * Whether an entity's first base event starts a conversion (`"first"`) or every base event does
 * (`"every"`: each is counted in its own period, and one conversion event can complete several).
 *
 * @category Customers
 */
export type RepeatedBase = (typeof REPEATED_BASES)[number];

/** The event instants of one entity (and matched properties): one sorted-on-use list per step. @internal */
export type StepTimes = number[][];

/**
 * The mergeable state behind a funnel or a conversion: for each entity (and value of the properties
 * that must match), the instants of its events of each step — only the earliest of the first step
 * when `repeated` is `"first"`. Its size is one number per event kept (8 bytes), so merging the
 * states of any split of the records (by record) gives exactly the state of all of them. It holds no
 * calendar: the same state gives daily, monthly or fiscal-quarter funnels.
 *
 * @category Customers
 */
export interface FunnelState {
  readonly type: "funnel_state";
  /** The step names, in order (the first is the base event). */
  readonly steps: readonly string[];
  readonly repeated: RepeatedBase;
  /** Whether a `match` key splits entities. */
  readonly matched: boolean;
  /** @internal Per entity, per match value (`null` without `match`), the instants of each step. */
  readonly entities: Map<GroupKey, Map<GroupKey | null, StepTimes>>;
  readonly report: RecordsReport;
}

/** Checks that a value is a funnel state. @internal */
export function checkFunnelState(subject: string, value: unknown, path: string): FunnelState {
  if (
    typeof value !== "object" ||
    value === null ||
    (value as { type?: unknown }).type !== "funnel_state" ||
    !((value as { entities?: unknown }).entities instanceof Map) ||
    !Array.isArray((value as { steps?: unknown }).steps)
  ) {
    return raise("invalid_argument", subject, [path], CUSTOMERS_EXPECTED.funnelState, value);
  }
  return value as FunnelState;
}

/** Checks a list of step names: at least 2, distinct strings. @internal */
export function checkSteps(
  subject: string,
  steps: unknown,
  path: readonly (string | number)[],
  code: "invalid_option" | "invalid_argument" = "invalid_option",
): string[] {
  if (
    !Array.isArray(steps) ||
    steps.length < 2 ||
    steps.some((step) => typeof step !== "string" || step === "") ||
    new Set(steps).size !== steps.length
  ) {
    return raise(code, subject, path, CUSTOMERS_EXPECTED.steps, steps);
  }
  return [...steps] as string[];
}

/** Adds one event instant to a key's step lists (keeping only the earliest base with "first"). @internal */
export function addTime(
  times: StepTimes,
  step: number,
  time: number,
  repeated: RepeatedBase,
): void {
  const list = times[step] as number[];
  if (step === 0 && repeated === "first") {
    if (list.length === 0) list.push(time);
    else if (time < (list[0] as number)) list[0] = time;
    return;
  }
  list.push(time);
}
