import { fail, isKpiError, KpiError, type KpiIssue, makeIssue, raise } from "../../core/errors.js";
import { describe } from "../../core/messages.js";
import { unreachable } from "../../core/unreachable.js";
import { type Bucketer, createBucketer } from "../../period/bucketer.js";
import { isGranularity } from "../../period/granularity.js";
import { instantExpected, instantIssue, readInstant } from "../../period/instant.js";
import { PERIOD_EXPECTED } from "../../period/messages.js";
import { parsePeriod } from "../../period/parsePeriod.js";
import { resolveCalendarFor } from "../../period/resolveCalendar.js";
import { periodArgument } from "../../period/shared.js";
import type {
  Calendar,
  CalendarInput,
  Granularity,
  InstantInput,
  Period,
} from "../../period/types.js";
import {
  type Accessor,
  AccessorFailure,
  compileAccessor,
  fieldName,
  type ReadFunction,
} from "../accessor.js";
import { EveryReader } from "../measures/_everyReader.js";
import { addScaled, addSlot, type ExactSlot, emptySlot, readExact } from "../measures/_exact.js";
import { BooleanReader, type Count, TruthyReader } from "../measures/count.js";
import {
  type Distinct,
  type DistinctKey,
  DistinctReader,
  isDistinctKey,
} from "../measures/countDistinct.js";
import { SumReader, type Total } from "../measures/sum.js";
import type {
  AnyMeasure,
  Measure,
  MeasureReader,
  Measures,
  MeasureValueReader,
} from "../measures/types.js";
import { AGGREGATE_EXPECTED, AGGREGATE_PLACE, AGGREGATE_RECEIVED } from "../messages.js";
import { type FillSizeContext, SeriesBuilder } from "./_builder.js";
import { createDayOrdinals, type DayOrdinals, dayOrdinalOf } from "./_dayOrdinals.js";
import { checkMeasures, checkOptionsObject, isIterable } from "./_options.js";
import {
  type CellData,
  type DataQualityReport,
  type GroupKey,
  isGroupKey,
  type RecordIssue,
  type RecordIssueReason,
  type Series,
} from "./series.js";

/**
 * What to do with a record that cannot be read: `throw` (default) a `KpiError` naming it, or `skip`
 * it and count it, or `collect` every problem into `series.report.issues`. When every record is
 * rejected, `skip` and `collect` throw too (a misspelled accessor), unless `allowAllRejected`.
 *
 * @category Aggregation
 */
export type OnInvalid = (typeof ON_INVALID)[number];

const ON_INVALID = ["throw", "skip", "collect"] as const;

/**
 * A bound of `range`: an instant, or a period key (the whole period is included).
 *
 * @category Aggregation
 */
export type RangeBound = InstantInput | Period;

/**
 * Marks a measure whose field is not a property of the records (see {@link CheckedMeasures}).
 *
 * @category Aggregation
 */
export interface NotARecordField<F> {
  /** The field the measure reads. */
  readonly "is not a property of the records": F;
}

/**
 * The measures of `aggregate`, checked against the record type: a measure reading a property
 * (`sum("amount")`) must name a property of `R`. Untyped records (`any`, `unknown`, or objects
 * whose properties are `any`, as inferred from untyped data) and measures reading with a function
 * are not checked.
 *
 * @category Aggregation
 */
export type CheckedMeasures<R, M> = unknown extends R
  ? M
  : 0 extends 1 & R[keyof R]
    ? M
    : { readonly [K in keyof M]: CheckedField<R, M[K]> };

/** One measure of {@link CheckedMeasures}. @internal */
type CheckedField<R, X> =
  // biome-ignore lint/suspicious/noExplicitAny: infer position: any state, value and kind match
  X extends Measure<any, any, any, infer F>
    ? [F] extends [string]
      ? string extends F
        ? X
        : [F] extends [keyof R]
          ? X
          : NotARecordField<F>
      : X
    : X;

/**
 * Options of {@link aggregate}.
 *
 * @category Aggregation
 */
export interface AggregateOptions<R, M extends Measures> {
  /** The record's instant: a property name or a function. Values: `Date`, epoch ms, ISO-8601 string. */
  readonly date: Accessor<R>;
  /** The size of the periods. */
  readonly granularity: Granularity;
  /** The calendar (time zone, week start, fiscal year); default UTC, ISO weeks, January. */
  readonly calendar?: CalendarInput;
  /** Optional: the group of a record (a string, finite number, bigint or boolean). */
  readonly groupBy?: Accessor<R>;
  /** The named measures, for example `{ revenue: sum("amount"), deals: count() }`. */
  readonly measures: M;
  /**
   * Optional: the periods to report, `from` and `to` inclusive. Records outside are left out and
   * counted in `report.outsideRange`. A period key includes the whole period.
   */
  readonly range?: { readonly from: RangeBound; readonly to: RangeBound };
  /**
   * Whether every period from the first to the last (or across `range`) gets a cell for every group
   * (default `true`). Empty cells follow each measure's fill rule.
   */
  readonly fill?: boolean;
  /** What to do with an unreadable record (default `"throw"`). */
  readonly onInvalid?: OnInvalid;
  /**
   * With `onInvalid` `"skip"` or `"collect"`: accept an empty series when every record was rejected
   * (default `false`: that throws `invalid_record`, naming the first record's problem).
   */
  readonly allowAllRejected?: boolean;
  /**
   * Added to record indexes in messages and in `first`/`last` tie-breaking: pass the position of
   * this chunk in the whole data set when aggregating chunks separately (default 0).
   */
  readonly indexOffset?: number;
}

/** The resolved context of a run. @internal */
export interface AggregateContext {
  readonly calendar: Calendar;
  readonly bucketer: Bucketer;
  /** Inclusive ordinals, or null. */
  readonly range: readonly [number, number] | null;
  /** The function named in errors (default `aggregate`). */
  readonly subject?: string;
  /** Bound the span of periods even without fill (for customerActivity), worded so. */
  readonly spanLimit?: FillSizeContext;
}

const SUBJECT = "aggregate";
/** What the slow path's measure read returns for a valid value. */
const READ = /* @__PURE__ */ Symbol("read");
/**
 * One empty state of each measure aggregated, kept while the measure lives: the hidden class of a
 * measure's states then outlives the cells of a run, and the per-record code optimized for it stays
 * valid for the next run (else a full garbage collection between two runs drops it, and the loop
 * runs unoptimized until it is compiled again).
 */
const SHAPES = /* @__PURE__ */ new WeakMap<AnyMeasure, unknown>();
/**
 * The last run finished and its day table, emptied (see keepShape): V8 drops the hidden class of an
 * object literal with the last object of that class, and with it the optimized code of the
 * per-record path, so that after a full garbage collection between two runs the next one would
 * start unoptimized. They hold no records, cells or caches.
 */
const KEPT: object[] = [];
/** How many periods around the first one a run finds rows of by index. */
const ROW_WINDOW = 4096;
/** What the per-record loop reads from a function accessor that threw a KpiError. */
const FAILED = /* @__PURE__ */ Symbol("failed");
const MAX = Number.MAX_SAFE_INTEGER;
/** The most distinct keys a run holds before adding them to their cells' sets. */
const DISTINCT_BATCH = 65_536;

/**
 * A cell of a run: its states, and the place of its flat numbers in the run's `flat` (see
 * AggregationRun), folded into the states once, when the run finishes.
 */
interface RunCell extends CellData {
  readonly at: number;
  /** The distinct batch this cell last joined (see AggregationRun `distinctKeys`), or -1. */
  batch: number;
  /** Its number in that batch. */
  local: number;
}

/**
 * How the per-record loop calls a measure's reader: each built-in reader class at a call site of its
 * own (so every site sees one class and the call is inlined), any other reader through the
 * {@link MeasureValueReader} interface.
 */
const DISPATCH = { generic: 0, sum: 1, every: 2, boolean: 3, truthy: 4, distinct: 5 } as const;
type Dispatch = (typeof DISPATCH)[keyof typeof DISPATCH];

function dispatchOf(reader: MeasureValueReader<unknown>): Dispatch {
  if (reader instanceof SumReader) return DISPATCH.sum;
  if (reader instanceof EveryReader) return DISPATCH.every;
  if (reader instanceof BooleanReader) return DISPATCH.boolean;
  if (reader instanceof TruthyReader) return DISPATCH.truthy;
  if (reader instanceof DistinctReader) return DISPATCH.distinct;
  return DISPATCH.generic;
}

/**
 * Aggregates records into a {@link Series}: one cell per period (in the calendar's time zone and
 * fiscal year) and group, each holding the finalized measure values and the mergeable states.
 *
 * The per-record path parses amounts to scaled integers, buckets instants by precomputed period
 * boundaries and groups on numeric keys; Decimals are built once per cell. Nothing is dropped
 * silently: an unreadable record throws (default), or is skipped and counted, or is collected into
 * `series.report`; when every record is rejected, that is an error too (unless `allowAllRejected`).
 * For an async iterable (a stream), use {@link aggregateAsync}.
 *
 * With typed records, a measure reading a property that the records do not have
 * (`sum("amountt")`) is a type error.
 *
 * @param records - An array (or other iterable) of records.
 * @param options - The date accessor, granularity, calendar, optional groupBy, the measures, and
 * optional range, fill, onInvalid, allowAllRejected and indexOffset.
 * @returns The series.
 * @throws {KpiError} `invalid_record` for an unreadable record when `onInvalid` is `"throw"`, or
 * when every record was rejected; `invalid_option` / `invalid_argument` for bad options (as soon
 * as filling is known to exceed 1,000,000 cells); calendar and granularity errors.
 * @example
 * ```ts
 * import { aggregate, count, sum } from "kinerja";
 *
 * const deals = [
 *   { closedAt: "2024-01-31T20:00:00Z", amount: "100.10", region: "west" },
 *   { closedAt: "2024-01-15T03:00:00Z", amount: "50", region: "east" },
 *   { closedAt: "2024-02-10T03:00:00Z", amount: "0.20", region: "west" },
 * ];
 * const series = aggregate(deals, {
 *   date: "closedAt",
 *   granularity: "month",
 *   calendar: { timeZone: "Asia/Jakarta" },
 *   groupBy: "region",
 *   measures: { revenue: sum("amount"), deals: count() },
 * });
 * for (const cell of series.cells) {
 *   console.log(cell.period.key, cell.group, cell.values.revenue.toString(), cell.values.deals.toString());
 *   // 2024-01 east 50 1
 *   // 2024-01 west 0 0
 *   // 2024-02 east 0 0
 *   // 2024-02 west 100.3 2
 * }
 * ```
 * @category Aggregation
 */
export function aggregate<R, const M extends Measures>(
  records: Iterable<R> | ArrayLike<R>,
  options: AggregateOptions<R, M> & { readonly measures: NoInfer<CheckedMeasures<R, M>> },
): Series<M> {
  return aggregateAs(SUBJECT, records, options);
}

/** {@link aggregate}, naming `subject` in its errors. @internal */
export function aggregateAs<R, const M extends Measures>(
  subject: string,
  records: Iterable<R> | ArrayLike<R>,
  options: AggregateOptions<R, M>,
  spanLimit?: FillSizeContext,
): Series<M> {
  const context = resolveContext(subject, options, spanLimit);
  return aggregateWith(records, options, context);
}

/** Checks the options every run shares and resolves calendar, bucketer and range. @internal */
export function resolveContext(
  subject: string,
  options: unknown,
  spanLimit?: FillSizeContext,
): AggregateContext {
  checkOptionsObject(subject, options);
  const given = options as AggregateOptions<unknown, Measures>;
  if (!isGranularity(given.granularity)) {
    fail({
      code: "invalid_option",
      subject,
      path: ["granularity"],
      where: AGGREGATE_PLACE.option("granularity"),
      expected: PERIOD_EXPECTED.granularity,
      received: describe(given.granularity),
    });
  }
  const calendar = resolveCalendarFor(given.calendar, subject, ["calendar"]);
  const bucketer = createBucketer(given.granularity, calendar);
  const range =
    given.range === undefined ? null : resolveRange(given.range, calendar, bucketer, subject);
  return { calendar, bucketer, range, subject, ...(spanLimit === undefined ? {} : { spanLimit }) };
}

function boundInstant(bound: unknown, calendar: Calendar, end: boolean, subject: string): number {
  const name = end ? "range.to" : "range.from";
  if (typeof bound === "object" && bound !== null && !(bound instanceof Date)) {
    // A Period, or a period-like object (one that went through JSON): read by granularity, key and
    // calendar, as the period functions do; its own calendar places it in time.
    let found: { start: number; end: number };
    try {
      const { shared, ordinal } = periodArgument(bound, subject);
      found = {
        start: shared.bucketer.startOf(ordinal),
        end: shared.bucketer.startOf(ordinal + 1),
      };
    } catch (error) {
      const issue = error instanceof KpiError ? error.issues[0] : undefined;
      if (issue === undefined) throw error;
      return fail({
        code: "invalid_option",
        subject,
        path: name.split("."),
        where: AGGREGATE_PLACE.option(name),
        expected: `${AGGREGATE_EXPECTED.rangeBound} (${issue.expected})`,
        received: describe(bound),
      });
    }
    return end ? found.end - 1 : found.start;
  }
  if (typeof bound === "string") {
    let period: Period | undefined;
    try {
      period = parsePeriod(bound, calendar);
    } catch {
      period = undefined;
    }
    if (period !== undefined) return end ? period.end.getTime() - 1 : period.start.getTime();
  }
  const instant = readInstant(bound, calendar);
  if (instant === undefined) {
    const issue = instantIssue(bound, calendar, { subject, path: [], where: name });
    fail({
      code: "invalid_option",
      subject,
      path: name.split("."),
      where: AGGREGATE_PLACE.option(name),
      expected: `${AGGREGATE_EXPECTED.rangeBound} (${issue.expected})`,
      received: describe(bound),
    });
  }
  return instant;
}

/** Resolves `range` to inclusive ordinals. @internal */
export function resolveRange(
  range: unknown,
  calendar: Calendar,
  bucketer: Bucketer,
  subject = SUBJECT,
): [number, number] {
  if (typeof range !== "object" || range === null) {
    fail({
      code: "invalid_option",
      subject,
      path: ["range"],
      where: AGGREGATE_PLACE.option("range"),
      expected: AGGREGATE_EXPECTED.range,
      received: describe(range),
    });
  }
  const { from, to } = range as { from: unknown; to: unknown };
  const low = bucketer.ordinalOf(boundInstant(from, calendar, false, subject));
  const high = bucketer.ordinalOf(boundInstant(to, calendar, true, subject));
  if (low > high)
    fail({
      code: "invalid_option",
      subject,
      path: ["range"],
      where: AGGREGATE_PLACE.option("range"),
      expected: AGGREGATE_EXPECTED.range,
      received: describe(range),
    });
  return [low, high];
}

/** The counts of a run so far. @internal */
export interface RunCounts {
  readonly records: number;
  readonly accepted: number;
  readonly rejected: number;
  readonly outsideRange: number;
}

/**
 * Starts a run with a resolved calendar, bucketer and range: every option is checked first, and
 * nothing is kept per record but the cells (and, with `collect`, the issues). @internal
 */
export function startRun<R, M extends Measures>(
  options: AggregateOptions<R, M>,
  context: AggregateContext,
): AggregationRun<M> {
  const subject = context.subject ?? SUBJECT;
  const entries = checkMeasures(subject, options.measures);
  const policy = options.onInvalid ?? "throw";
  if (!(ON_INVALID as readonly unknown[]).includes(policy)) {
    fail({
      code: "invalid_option",
      subject,
      path: ["onInvalid"],
      where: AGGREGATE_PLACE.option("onInvalid"),
      expected: AGGREGATE_EXPECTED.onInvalid,
      received: describe(policy),
    });
  }
  const fill = options.fill ?? true;
  if (typeof fill !== "boolean")
    fail({
      code: "invalid_option",
      subject,
      path: ["fill"],
      where: AGGREGATE_PLACE.option("fill"),
      expected: AGGREGATE_EXPECTED.fill,
      received: describe(fill),
    });
  const allowAllRejected = options.allowAllRejected ?? false;
  if (typeof allowAllRejected !== "boolean") {
    fail({
      code: "invalid_option",
      subject,
      path: ["allowAllRejected"],
      where: AGGREGATE_PLACE.option("allowAllRejected"),
      expected: AGGREGATE_EXPECTED.allowAllRejected,
      received: describe(allowAllRejected),
    });
  }
  const indexOffset = options.indexOffset ?? 0;
  if (!Number.isSafeInteger(indexOffset) || indexOffset < 0) {
    fail({
      code: "invalid_option",
      subject,
      path: ["indexOffset"],
      where: AGGREGATE_PLACE.option("indexOffset"),
      expected: AGGREGATE_EXPECTED.indexOffset,
      received: describe(indexOffset),
    });
  }
  for (const [, measure] of entries) {
    if (!SHAPES.has(measure)) SHAPES.set(measure, measure.empty());
  }
  const readers: MeasureReader<unknown>[] = entries.map(([, measure]) => measure.reader());
  const values = readers.map((reader) => reader.value);
  const dispatch = values.map(dispatchOf);
  const getters = readers.map((reader) => reader.get);
  const { bucketer, range } = context;
  const readGroup =
    options.groupBy === undefined
      ? undefined
      : compileAccessor(options.groupBy, subject, ["groupBy"], "option groupBy");
  const builder = new SeriesBuilder({
    subject,
    measures: options.measures,
    bucketer,
    grouped: readGroup !== undefined,
    fill,
    range,
    ...(context.spanLimit === undefined ? {} : { boundSpan: true, limit: context.spanLimit }),
  });
  const checked: number[] = [];
  for (let m = 0; m < readers.length; m++) {
    if (!(getters[m] === undefined && dispatch[m] === DISPATCH.every)) checked.push(m);
  }
  // The first distinct batch (it doubles as it fills), none without a distinct count.
  const batch = dispatch.includes(DISPATCH.distinct) ? 1024 : 0;
  // One object literal holds the whole run (see AggregationRun).
  const run: AggregationRun<M> = {
    subject,
    policy,
    allowAllRejected,
    indexOffset,
    calendar: context.calendar,
    days: createDayOrdinals(bucketer),
    hasRange: range !== null,
    low: range === null ? 0 : range[0],
    high: range === null ? 0 : range[1],
    readDate: compileAccessor(options.date, subject, ["date"], "option date"),
    dateField: fieldName(options.date, "date"),
    dateKey: typeof options.date === "string" ? options.date : undefined,
    readGroup,
    groupField: fieldName(options.groupBy, "groupBy"),
    groupKey: typeof options.groupBy === "string" ? options.groupBy : undefined,
    measureFields: entries.map(([name, measure]) => measure.field ?? name),
    readers,
    values,
    dispatch,
    getters,
    fromFunction: readers.map((reader) => reader.fromFunction),
    keys: readers.map((reader) => reader.key),
    // A built-in measure's function accessor is called as given, in the loop (a KpiError it throws
    // rejects the record, as through its compiled accessor); any other through its compiled accessor.
    functions: entries.map(([, measure], m): ReadFunction | undefined =>
      dispatch[m] !== DISPATCH.generic && typeof measure.accessor === "function"
        ? (measure.accessor as ReadFunction)
        : undefined,
    ),
    checked,
    slots: readers.map(() => emptySlot()),
    hits: readers.map(() => false),
    picked: readers.map((): unknown => undefined),
    builder,
    measures: entries.map(([, measure]) => measure),
    flat: new Float64Array(64 * readers.length),
    cells: [],
    groups: new Map(),
    rowWindow: new Array(ROW_WINDOW).fill(undefined),
    rowBase: Number.NaN,
    lastOrdinal: Number.NaN,
    lastRow: [],
    total: 0,
    accepted: 0,
    rejected: 0,
    outsideRange: 0,
    issues: [],
    firstRejected: undefined,
    distinctKeys: new Array(batch).fill(undefined),
    distinctCells: new Int32Array(batch),
    distinctMeasures: new Int32Array(batch),
    distinctSize: 0,
    batchCells: [],
    batchRound: 0,
    distinctDirect: false,
  };
  return run;
}

/**
 * Keeps a finished run, and its day table, with their references dropped (object fields set to
 * undefined; numbers and strings kept, so that no field changes representation): see KEPT.
 */
function keepShape<M extends Measures>(run: AggregationRun<M>): void {
  const days = run.days;
  for (const object of [run, days] as unknown as Record<string, unknown>[]) {
    for (const key of Object.keys(object)) {
      const value = object[key];
      if ((typeof value === "object" && value !== null) || typeof value === "function") {
        object[key] = undefined;
      }
    }
  }
  KEPT.splice(0, KEPT.length, run, days);
}

/**
 * One run of an aggregation: records are visited one by one ({@link visitRecord}), then the series
 * is built ({@link finishRun}). The options checked and compiled, and what the records added so
 * far, in one object literal read by module functions rather than a class instance or closures
 * made per run: the hidden class of a literal is kept by the code that builds it, so the optimized
 * per-record code stays valid from one run to the next (that of a class instance, or a closure
 * called in the loop, dies with the last run's objects at a full garbage collection, and the loop
 * would run unoptimized until compiled again). @internal
 */
export interface AggregationRun<M extends Measures> {
  readonly subject: string;
  readonly policy: OnInvalid;
  readonly allowAllRejected: boolean;
  readonly indexOffset: number;
  readonly calendar: Calendar;
  readonly days: DayOrdinals;
  readonly hasRange: boolean;
  readonly low: number;
  readonly high: number;
  readonly readDate: ReadFunction;
  readonly dateField: string;
  /** The date's property name, read in the loop without a call (undefined for a function). */
  readonly dateKey: string | undefined;
  readonly readGroup: ReadFunction | undefined;
  readonly groupField: string;
  readonly groupKey: string | undefined;
  /** The field each measure is reported under. */
  readonly measureFields: readonly string[];
  readonly readers: readonly MeasureReader<unknown>[];
  readonly values: readonly MeasureValueReader<unknown>[];
  readonly dispatch: readonly Dispatch[];
  readonly getters: readonly (ReadFunction | undefined)[];
  readonly fromFunction: readonly boolean[];
  /** Each measure's property name (read in the loop without a call), or undefined. */
  readonly keys: readonly (string | undefined)[];
  /** A built-in measure's function accessor, called as given. */
  readonly functions: readonly (ReadFunction | undefined)[];
  /** The measures that check a value (count() has nothing to check). */
  readonly checked: readonly number[];
  /** The value each built-in measure read from the current record: a sum's amount, ... */
  readonly slots: readonly ExactSlot[];
  /** ... whether a count counts it, ... */
  readonly hits: boolean[];
  /** ... the value a distinct count adds. */
  readonly picked: unknown[];
  readonly builder: SeriesBuilder<M>;
  /** The measures, in order. */
  readonly measures: readonly AnyMeasure[];
  /**
   * The numbers that built-in counts and sums add to during the run, 2 per measure per cell from
   * the cell's `at`: `flat[at + 2m]` a count, or a sum's safe-integer part at the scale
   * `flat[at + 2m + 1]` (-1 before its first value).
   */
  flat: Float64Array;
  /** Every cell of the run, to fold their flat numbers into their states at the end. */
  readonly cells: RunCell[];
  /**
   * The groups' positions, and the rows of the periods near the first one by index: looked up here
   * rather than through the builder, whose methods are called only for a new group or period.
   */
  readonly groups: Map<GroupKey, number>;
  readonly rowWindow: ((CellData | undefined)[] | undefined)[];
  /** The ordinal of `rowWindow[0]` (NaN before the first row). */
  rowBase: number;
  lastOrdinal: number;
  lastRow: (CellData | undefined)[];
  total: number;
  accepted: number;
  rejected: number;
  outsideRange: number;
  readonly issues: RecordIssue[];
  /** The first record rejected, diagnosed only if every record is (skip never builds a message). */
  firstRejected: { record: unknown; position: number; hole: boolean } | undefined;
  /**
   * The keys that distinct counts of accepted records add, waiting to be added to their cells'
   * sets a batch at a time, cell after cell (see addDistinctBatch): adding them as records come
   * would touch every cell's set in turn, which is slow once the sets outgrow the processor's
   * caches. With each key, the number of its cell in the batch and its measure.
   */
  distinctKeys: unknown[];
  distinctCells: Int32Array;
  distinctMeasures: Int32Array;
  distinctSize: number;
  /** The cells of the current batch, by their number in it. */
  readonly batchCells: RunCell[];
  /** The current batch (a cell whose `batch` is this one has its `local` number in it). */
  batchRound: number;
  /** Whether keys now go straight to their cells' sets (a full batch had too many cells). */
  distinctDirect: boolean;
}

/** Visits one record of a run (`hole`: a missing element of a sparse array). @internal */
export function visitRecord<M extends Measures>(
  run: AggregationRun<M>,
  record: unknown,
  position: number,
  hole: boolean,
): void {
  run.total++;
  if (typeof record !== "object" || record === null) {
    rejectRecord(run, record, position, hole);
    return;
  }
  const fields = record as Record<string, unknown>;
  const { dateKey, groupKey, readGroup } = run;
  // A property accessor is read here, at a site of its own, rather than through the shared
  // accessor closure (whose keyed load sees every field of every run).
  const time = readInstant(
    dateKey === undefined ? run.readDate(record, position) : fields[dateKey],
    run.calendar,
  );
  if (time === undefined) {
    rejectRecord(run, record, position, false);
    return;
  }
  const ordinal = dayOrdinalOf(run.days, time);
  if (run.hasRange && (ordinal < run.low || ordinal > run.high)) {
    run.outsideRange++;
    return;
  }
  let group = 0;
  let newGroup: unknown;
  if (readGroup !== undefined) {
    const key = groupKey === undefined ? readGroup(record, position) : fields[groupKey];
    const known = run.groups.get(key as GroupKey);
    if (known === undefined) {
      if (!isGroupKey(key)) {
        rejectRecord(run, record, position, false);
        return;
      }
      newGroup = key;
      group = -1;
    } else {
      group = known;
    }
  }
  // Every measure's value is read and checked before any state changes. A built-in measure is
  // read in a case of its own, so that each keyed load and call sees the fields of one kind.
  const { checked, keys, dispatch, slots, hits, picked } = run;
  for (let c = 0; c < checked.length; c++) {
    const m = checked[c] as number;
    const key = keys[m];
    let readable: boolean;
    const tag = dispatch[m] as Dispatch;
    switch (tag) {
      case DISPATCH.sum: {
        const raw = key === undefined ? callMeasure(run, m, record, position) : fields[key];
        readable = raw !== FAILED && readExact(slots[m] as ExactSlot, raw);
        break;
      }
      case DISPATCH.boolean: {
        const raw = key === undefined ? callMeasure(run, m, record, position) : fields[key];
        readable = typeof raw === "boolean";
        hits[m] = raw === true;
        break;
      }
      case DISPATCH.truthy: {
        const raw = key === undefined ? callMeasure(run, m, record, position) : fields[key];
        readable = raw !== FAILED;
        hits[m] = Boolean(raw);
        break;
      }
      case DISPATCH.distinct: {
        const raw = key === undefined ? callMeasure(run, m, record, position) : fields[key];
        readable = isDistinctKey(raw);
        picked[m] = raw;
        break;
      }
      case DISPATCH.every:
      case DISPATCH.generic: {
        const raw = key === undefined ? callMeasure(run, m, record, position) : fields[key];
        readable = raw !== FAILED && (run.values[m] as MeasureValueReader<unknown>).read(raw);
        break;
      }
      default:
        unreachable(tag, "measure dispatch");
    }
    if (!readable) {
      rejectRecord(run, record, position, false);
      return;
    }
  }
  if (group === -1) group = addGroup(run, newGroup as GroupKey);
  let row: (CellData | undefined)[];
  if (ordinal === run.lastOrdinal) {
    row = run.lastRow;
  } else {
    const at = ordinal - run.rowBase;
    row = (at >= 0 && at < ROW_WINDOW ? run.rowWindow[at] : undefined) ?? rowOf(run, ordinal);
    run.lastOrdinal = ordinal;
    run.lastRow = row;
  }
  let cell = row[group] as RunCell | undefined;
  if (cell === undefined) {
    cell = newCell(run);
    row[group] = cell;
  }
  cell.records++;
  run.accepted++;
  const flat = run.flat;
  const at = cell.at;
  for (let m = 0; m < dispatch.length; m++) {
    const tag = dispatch[m] as Dispatch;
    switch (tag) {
      case DISPATCH.sum: {
        // The common case in the cell's flat numbers: a safe integer at the scale of the ones
        // before, no spill past 2^53; anything else goes to the sum's state.
        const slot = slots[m] as ExactSlot;
        if (slot.mode === 0) {
          const scale = flat[at + 2 * m + 1] as number;
          if (slot.s === scale) {
            const next = (flat[at + 2 * m] as number) + slot.m;
            if (next <= MAX && next >= -MAX) {
              flat[at + 2 * m] = next;
              break;
            }
          } else if (scale === -1) {
            flat[at + 2 * m] = slot.m;
            flat[at + 2 * m + 1] = slot.s;
            break;
          }
        }
        addSlot((cell.states[m] as Total).total, slot);
        break;
      }
      case DISPATCH.every:
        flat[at + 2 * m] = (flat[at + 2 * m] as number) + 1;
        break;
      case DISPATCH.boolean:
      case DISPATCH.truthy:
        if (hits[m] === true) flat[at + 2 * m] = (flat[at + 2 * m] as number) + 1;
        break;
      case DISPATCH.distinct: {
        // A full batch is added first (the cell then joins the next one, or, when that batch was
        // sparse, the key goes straight to its set, after the keys that came before it).
        if (!run.distinctDirect && run.distinctSize === run.distinctKeys.length) {
          growDistinctBatch(run);
        }
        if (run.distinctDirect) {
          (cell.states[m] as Distinct).values.add(picked[m] as DistinctKey);
          break;
        }
        if (cell.batch !== run.batchRound) {
          cell.batch = run.batchRound;
          cell.local = run.batchCells.length;
          run.batchCells.push(cell);
        }
        const size = run.distinctSize;
        run.distinctKeys[size] = picked[m];
        run.distinctCells[size] = cell.local;
        run.distinctMeasures[size] = m;
        run.distinctSize = size + 1;
        break;
      }
      case DISPATCH.generic:
        (run.values[m] as MeasureValueReader<unknown>).add(
          cell.states[m],
          time,
          position + run.indexOffset,
        );
        break;
      default:
        unreachable(tag, "measure dispatch");
    }
  }
}

/**
 * A cell of empty states (as the builder makes them: one state per measure, in order, no records),
 * with empty flat numbers.
 */
function newCell<M extends Measures>(run: AggregationRun<M>): RunCell {
  const { measures } = run;
  const states: unknown[] = new Array(measures.length);
  for (let m = 0; m < measures.length; m++) states[m] = (measures[m] as AnyMeasure).empty();
  const width = 2 * measures.length;
  const at = run.cells.length * width;
  if (at + width > run.flat.length) {
    const grown = new Float64Array(Math.max(2 * run.flat.length, at + width));
    grown.set(run.flat);
    run.flat = grown;
  }
  for (let m = 0; m < measures.length; m++) run.flat[at + 2 * m + 1] = -1;
  const cell: RunCell = { states, records: 0, at, batch: -1, local: 0 };
  run.cells.push(cell);
  return cell;
}

/** Doubles the distinct batch, or when it is full adds it to the cells' sets. */
function growDistinctBatch<M extends Measures>(run: AggregationRun<M>): void {
  const size = run.distinctSize;
  if (size >= DISTINCT_BATCH) {
    // Fewer than 4 keys a cell: grouping them saves nothing, and the rest is added directly.
    const sparse = run.batchCells.length * 4 > size;
    addDistinctBatch(run);
    if (sparse) run.distinctDirect = true;
    return;
  }
  const keys = new Array(2 * size).fill(undefined);
  for (let i = 0; i < size; i++) keys[i] = run.distinctKeys[i];
  const cells = new Int32Array(2 * size);
  cells.set(run.distinctCells);
  const measures = new Int32Array(2 * size);
  measures.set(run.distinctMeasures);
  run.distinctKeys = keys;
  run.distinctCells = cells;
  run.distinctMeasures = measures;
}

/**
 * Adds the batch of distinct keys to their cells' sets, cell after cell, each cell's keys in the
 * order their records came (a counting sort by cell), and empties it.
 */
function addDistinctBatch<M extends Measures>(run: AggregationRun<M>): void {
  const {
    distinctKeys: keys,
    distinctCells: cellOf,
    distinctMeasures: measureOf,
    batchCells,
  } = run;
  const size = run.distinctSize;
  const count = batchCells.length;
  const starts = new Int32Array(count + 1);
  for (let i = 0; i < size; i++) {
    const at = (cellOf[i] as number) + 1;
    starts[at] = (starts[at] as number) + 1;
  }
  for (let c = 0; c < count; c++) starts[c + 1] = (starts[c + 1] as number) + (starts[c] as number);
  const next = starts.slice(0, count);
  const order = new Int32Array(size);
  for (let i = 0; i < size; i++) {
    const c = cellOf[i] as number;
    order[next[c] as number] = i;
    next[c] = (next[c] as number) + 1;
  }
  for (let c = 0; c < count; c++) {
    const states = (batchCells[c] as RunCell).states;
    const end = starts[c + 1] as number;
    for (let j = starts[c] as number; j < end; j++) {
      const i = order[j] as number;
      (states[measureOf[i] as number] as Distinct).values.add(keys[i] as DistinctKey);
    }
  }
  keys.fill(undefined, 0, size);
  batchCells.length = 0;
  run.distinctSize = 0;
  run.batchRound++;
}

/** Adds the flat numbers of every cell to its states (exact: the sums' scale is the largest seen). */
function foldCells<M extends Measures>(run: AggregationRun<M>): void {
  if (run.distinctSize > 0) addDistinctBatch(run);
  const { dispatch, cells } = run;
  for (let m = 0; m < dispatch.length; m++) {
    const tag = dispatch[m] as Dispatch;
    switch (tag) {
      case DISPATCH.sum:
        foldSums(cells, run.flat, m);
        break;
      case DISPATCH.every:
      case DISPATCH.boolean:
      case DISPATCH.truthy:
        foldCounts(cells, run.flat, m);
        break;
      case DISPATCH.distinct:
      case DISPATCH.generic:
        break;
      default:
        unreachable(tag, "measure dispatch");
    }
  }
}

function foldSums(cells: readonly RunCell[], flat: Float64Array, m: number): void {
  for (let c = 0; c < cells.length; c++) {
    const cell = cells[c] as RunCell;
    const scale = flat[cell.at + 2 * m + 1] as number;
    if (scale !== -1) {
      addScaled((cell.states[m] as Total).total, small(flat[cell.at + 2 * m] as number), scale | 0);
    }
  }
}

function foldCounts(cells: readonly RunCell[], flat: Float64Array, m: number): void {
  for (let c = 0; c < cells.length; c++) {
    const cell = cells[c] as RunCell;
    const state = cell.states[m] as Count;
    state.count = small(state.count + (flat[cell.at + 2 * m] as number));
  }
}

/**
 * A number read from a cell's flat numbers (held as doubles), as a small integer when it is one: a
 * state's field that held small integers then keeps its representation (storing a boxed double
 * there would change the hidden class of every state of that measure).
 */
function small(value: number): number {
  return (value | 0) === value ? value | 0 : value;
}

/** Adds a group to the series being built (its size is checked then), returning its position. */
function addGroup<M extends Measures>(run: AggregationRun<M>, group: GroupKey): number {
  const position = run.builder.addGroup(group);
  run.groups.set(group, position);
  return position;
}

/** The row of a period, from the series being built (its span is checked when the row is new). */
function rowOf<M extends Measures>(
  run: AggregationRun<M>,
  ordinal: number,
): (CellData | undefined)[] {
  const row = run.builder.row(ordinal);
  if (Number.isNaN(run.rowBase)) run.rowBase = ordinal - ROW_WINDOW / 2;
  const at = ordinal - run.rowBase;
  if (at >= 0 && at < ROW_WINDOW) run.rowWindow[at] = row;
  return row;
}

/** The counts of a run so far. @internal */
export function runCounts<M extends Measures>(run: AggregationRun<M>): RunCounts {
  return {
    records: run.total,
    accepted: run.accepted,
    rejected: run.rejected,
    outsideRange: run.outsideRange,
  };
}

/** The series of a run (throws when every record was rejected, unless allowed). @internal */
export function finishRun<M extends Measures>(run: AggregationRun<M>): Series<M> {
  const { subject, firstRejected, rejected, total } = run;
  if (firstRejected !== undefined && rejected === total && !run.allowAllRejected) {
    const { record, position, hole } = firstRejected;
    const first = diagnoseRecord(run, record, position, hole);
    const firstIssue = first[0]?.issue as KpiIssue;
    throw new KpiError([
      makeIssue({
        code: "invalid_record",
        subject,
        path: ["records"],
        expected: AGGREGATE_EXPECTED.someAccepted,
        received: AGGREGATE_RECEIVED.allRejected(
          rejected,
          firstIssue.message.slice(subject.length + 2),
        ),
      }),
      ...first.map(issueOf),
    ]);
  }
  foldCells(run);
  const report: DataQualityReport = {
    records: total,
    accepted: run.accepted,
    rejected,
    outsideRange: run.outsideRange,
    issues: run.issues,
  };
  const series = run.builder.build(report);
  keepShape(run);
  return series;
}

/**
 * The value a measure without a property name reads: its function's (FAILED when that throws a
 * KpiError, which makes the record invalid), or undefined when it reads nothing.
 */
function callMeasure<M extends Measures>(
  run: AggregationRun<M>,
  m: number,
  record: unknown,
  position: number,
): unknown {
  const direct = run.functions[m];
  if (direct !== undefined) {
    try {
      return direct(record, position);
    } catch (error) {
      if (isKpiError(error)) return FAILED;
      throw error;
    }
  }
  const get = run.getters[m];
  if (get === undefined) return undefined;
  const raw = get(record, position);
  return run.fromFunction[m] === true && raw instanceof AccessorFailure ? FAILED : raw;
}

function rejectRecord<M extends Measures>(
  run: AggregationRun<M>,
  record: unknown,
  position: number,
  hole: boolean,
): void {
  const { policy } = run;
  if (policy === "throw") {
    throw new KpiError(diagnoseRecord(run, record, position, hole).map(issueOf));
  }
  run.rejected++;
  if (run.firstRejected === undefined) run.firstRejected = { record, position, hole };
  if (policy === "collect") {
    for (const found of diagnoseRecord(run, record, position, hole)) run.issues.push(found.record);
  }
}

/** The slow path: every problem of one record, each field once, for the report or the error. */
function diagnoseRecord<M extends Measures>(
  run: AggregationRun<M>,
  record: unknown,
  position: number,
  hole: boolean,
): Found[] {
  const { subject, calendar, readDate, dateField, readGroup, groupField, measureFields } = run;
  const found: Found[] = [];
  const index = position + run.indexOffset;
  if (typeof record !== "object" || record === null) {
    const issue = makeIssue({
      code: "invalid_record",
      subject,
      path: [index],
      expected: AGGREGATE_EXPECTED.record,
      received: hole ? AGGREGATE_EXPECTED.hole : describe(record),
    });
    found.push({
      issue,
      record: {
        index,
        field: "",
        value: issue.received,
        reason: hole ? "hole" : "not_an_object",
        expected: AGGREGATE_EXPECTED.record,
        message: issue.message,
      },
    });
    return found;
  }
  const date = readDate(record, position);
  if (readInstant(date, calendar) === undefined) {
    // The period layer's wording: it names epoch seconds, impossible dates and the supported years.
    const expected =
      date === undefined || date === null
        ? AGGREGATE_EXPECTED.instant
        : instantExpected(date, calendar);
    found.push(fieldProblem(subject, index, dateField, date, missingOr(date), expected));
  }
  if (readGroup !== undefined) {
    const group = readGroup(record, position);
    if (!isGroupKey(group)) {
      found.push(
        fieldProblem(
          subject,
          index,
          groupField,
          group,
          missingOr(group),
          AGGREGATE_EXPECTED.groupKey,
        ),
      );
    }
  }
  const reported = new Set<string>();
  for (let m = 0; m < measureFields.length; m++) {
    const raw = readMeasure(run, m, record, position);
    if (raw === READ) continue;
    // Several measures reading one field (sum, min and max of "amount") report it once.
    const field = measureFields[m] as string;
    if (reported.has(field)) continue;
    reported.add(field);
    const expected = (run.readers[m] as MeasureReader<unknown>).expected(raw);
    found.push(fieldProblem(subject, index, field, raw, missingOr(raw), expected));
  }
  return found;
}

/** Reads measure m of a record: READ when valid, else the value that was not (slow path only). */
function readMeasure<M extends Measures>(
  run: AggregationRun<M>,
  m: number,
  record: unknown,
  position: number,
): unknown {
  const get = run.getters[m];
  const raw = get === undefined ? undefined : get(record, position);
  if (run.fromFunction[m] === true && raw instanceof AccessorFailure) return raw;
  return (run.values[m] as MeasureValueReader<unknown>).read(raw) ? READ : raw;
}

/**
 * The aggregation itself, with a resolved calendar, bucketer and range. @internal
 */
export function aggregateWith<R, M extends Measures>(
  records: Iterable<R> | ArrayLike<R>,
  options: AggregateOptions<R, M>,
  context: AggregateContext,
): Series<M> {
  const subject = context.subject ?? SUBJECT;
  const isArray = Array.isArray(records) || (!isIterable(records) && isArrayLike(records));
  if (!isArray && !isIterable(records)) {
    raise(
      "invalid_argument",
      subject,
      ["records"],
      isAsyncIterable(records) ? AGGREGATE_EXPECTED.syncRecords : AGGREGATE_EXPECTED.records,
      records,
    );
  }
  const run = startRun(options, context);
  if (isArray) {
    const list = records as ArrayLike<unknown>;
    const length = list.length;
    for (let position = 0; position < length; position++) {
      const record = list[position];
      visitRecord(run, record, position, record === undefined && !(position in (list as object)));
    }
  } else {
    let position = 0;
    for (const record of records as Iterable<unknown>) visitRecord(run, record, position++, false);
  }
  return finishRun(run);
}

interface Found {
  readonly issue: KpiIssue;
  readonly record: RecordIssue;
}

/**
 * One unreadable field of a record: the issue (its place worded from the path [index, field]) and
 * its line of the report. An accessor's own KpiError says what was wrong (parseDecimal, a custom
 * check…).
 */
function fieldProblem(
  subject: string,
  index: number,
  field: string,
  value: unknown,
  reason: RecordIssueReason,
  expected: string,
): Found {
  const failure = value instanceof AccessorFailure ? value.issue : undefined;
  const issue = makeIssue({
    code: "invalid_record",
    subject,
    path: [index, field],
    expected: failure === undefined ? expected : failure.expected,
    received: failure === undefined ? describe(value) : failure.received,
  });
  return {
    issue,
    record: {
      index,
      field,
      value: issue.received,
      reason: failure === undefined ? reason : "invalid",
      expected: issue.expected,
      message: issue.message,
    },
  };
}

function issueOf(found: Found): KpiIssue {
  return found.issue;
}

function missingOr(value: unknown): RecordIssueReason {
  return value === undefined || value === null ? "missing" : "invalid";
}

function isArrayLike(value: unknown): value is ArrayLike<unknown> {
  return (
    typeof value === "object" &&
    value !== null &&
    typeof (value as { length?: unknown }).length === "number"
  );
}

/** Whether a value is an async iterable. @internal */
export function isAsyncIterable(value: unknown): value is AsyncIterable<unknown> {
  return (
    typeof value === "object" &&
    value !== null &&
    typeof (value as { [Symbol.asyncIterator]?: unknown })[Symbol.asyncIterator] === "function"
  );
}
