import { type Accessor, type GroupKey, isGroupKey, normalKey } from "../aggregate/internal.js";
import { raise } from "../core/errors.js";
import { readInstant } from "../period/instant.js";
import { resolveCalendar } from "../period/resolveCalendar.js";
import {
  addTime,
  checkSteps,
  type FunnelState,
  REPEATED_BASES,
  type RepeatedBase,
  type StepTimes,
} from "./_funnel.js";
import {
  type CustomerOnInvalid,
  checkOptions,
  type FieldReader,
  fieldReader,
  INVALID,
  indexOffsetOption,
  onInvalidOption,
  readRecords,
} from "./_records.js";
import { CUSTOMERS_EXPECTED } from "./messages.js";

const SUBJECT = "funnelState";

/**
 * Options of {@link funnelState}.
 *
 * @category Customers
 */
export interface FunnelStateOptions<R> {
  /** The entity that moves through the steps (a lead, an account): string, finite number, bigint or boolean. */
  readonly entity: Accessor<R>;
  /** The event's instant: a Date, epoch milliseconds or an ISO-8601 string with an offset or Z. */
  readonly date: Accessor<R>;
  /** The step the record is an event of: one of `steps`, or null/undefined for a record of no step. */
  readonly step: Accessor<R>;
  /** The step names in order; the first is the base event (at least 2). */
  readonly steps: readonly string[];
  /**
   * Optional: constant properties that must match between the steps (the same product line): a
   * key (string, finite number, bigint or boolean); combine several properties into one key.
   */
  readonly match?: Accessor<R>;
  /** `"first"` (default): only an entity's first base event counts; `"every"`: each one does. */
  readonly repeated?: RepeatedBase;
  readonly onInvalid?: CustomerOnInvalid;
  readonly indexOffset?: number;
}

/**
 * The mergeable state of a funnel (or a two-step conversion) from event records: per entity, the
 * instants of its events of each step. Build one per chunk of records (split any way), merge with
 * {@link mergeFunnelStates}, move with {@link serializeFunnelState}, and read with {@link funnel}
 * or {@link conversion} at any granularity and calendar.
 *
 * @param records - Event records.
 * @param options - entity, date and step accessors, the steps, optional match and repeated.
 * @returns The state.
 * @throws {KpiError} `invalid_option` for bad options; `invalid_record` for a record that cannot be
 * read (an unknown step name included) with `onInvalid: "throw"`.
 * @example
 * ```ts
 * import { funnelState } from "kinerja";
 *
 * const state = funnelState(
 *   [
 *     { lead: "L1", at: "2025-01-05T00:00:00Z", event: "created" },
 *     { lead: "L1", at: "2025-01-20T00:00:00Z", event: "won" },
 *     { lead: "L2", at: "2025-01-06T00:00:00Z", event: "created" },
 *     { lead: "L2", at: "2025-01-07T00:00:00Z", event: "email_opened" },
 *   ],
 *   { entity: "lead", date: "at", step: (r) => (r.event === "email_opened" ? null : r.event), steps: ["created", "won"] },
 * );
 * console.log(state.entities.size, state.report.accepted);
 * // 2 4
 * ```
 * @category Customers
 */
export function funnelState<R>(
  records: Iterable<R> | ArrayLike<R>,
  options: FunnelStateOptions<R>,
): FunnelState {
  checkOptions(SUBJECT, options);
  const steps = checkSteps(SUBJECT, options.steps, ["options", "steps"]);
  const repeated = options.repeated ?? "first";
  if (!(REPEATED_BASES as readonly unknown[]).includes(repeated)) {
    raise(
      "invalid_option",
      SUBJECT,
      ["options", "repeated"],
      CUSTOMERS_EXPECTED.repeated,
      repeated,
    );
  }
  const onInvalid = onInvalidOption(SUBJECT, options.onInvalid);
  const indexOffset = indexOffsetOption(SUBJECT, options.indexOffset);
  const stepIndex = new Map(steps.map((name, index) => [name, index]));
  const NO_STEP = -1;
  const utc = resolveCalendar();
  const fields: FieldReader[] = [
    fieldReader(
      SUBJECT,
      "entity",
      options.entity,
      (v) => (isGroupKey(v) ? normalKey(v) : INVALID),
      CUSTOMERS_EXPECTED.entityKey,
    ),
    fieldReader(
      SUBJECT,
      "date",
      options.date,
      (v) => readInstant(v, utc) ?? INVALID,
      CUSTOMERS_EXPECTED.instant,
    ),
    fieldReader(
      SUBJECT,
      "step",
      options.step,
      (v) =>
        v === null || v === undefined
          ? NO_STEP
          : typeof v === "string"
            ? (stepIndex.get(v) ?? INVALID)
            : INVALID,
      CUSTOMERS_EXPECTED.step(steps),
    ),
  ];
  const matched = options.match !== undefined;
  if (matched) {
    fields.push(
      fieldReader(
        SUBJECT,
        "match",
        options.match,
        (v) => (isGroupKey(v) ? normalKey(v) : INVALID),
        CUSTOMERS_EXPECTED.entityKey,
      ),
    );
  }
  const entities = new Map<GroupKey, Map<GroupKey | null, StepTimes>>();
  const report = readRecords(SUBJECT, records, fields, onInvalid, indexOffset, (values) => {
    const step = values[2] as number;
    if (step === NO_STEP) return;
    const entity = values[0] as GroupKey;
    const match = matched ? (values[3] as GroupKey) : null;
    let byMatch = entities.get(entity);
    if (byMatch === undefined) {
      byMatch = new Map();
      entities.set(entity, byMatch);
    }
    let times = byMatch.get(match);
    if (times === undefined) {
      times = steps.map(() => [] as number[]);
      byMatch.set(match, times);
    }
    addTime(times, step, values[1] as number, repeated);
  });
  return { type: "funnel_state", steps, repeated, matched, entities, report };
}
