import { fail, KpiError, type KpiIssue, makeIssue, raise } from "../../core/errors.js";
import { describe } from "../../core/messages.js";
import { type Bucketer, createBucketer } from "../../period/bucketer.js";
import { isGranularity } from "../../period/granularity.js";
import { instantIssue, readInstant } from "../../period/instant.js";
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
import { type Accessor, AccessorFailure, compileAccessor, fieldName } from "../accessor.js";
import { EveryReader } from "../measures/_everyReader.js";
import type { Measure, MeasureReader, Measures, MeasureValueReader } from "../measures/types.js";
import { AGGREGATE_EXPECTED, AGGREGATE_PLACE, AGGREGATE_RECEIVED } from "../messages.js";
import { type FillSizeContext, SeriesBuilder } from "./_builder.js";
import { checkMeasures, checkOptionsObject, isIterable } from "./_options.js";
import {
  type CellData,
  type DataQualityReport,
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

/** One run of an aggregation: records are visited one by one, then the series is built. @internal */
export interface AggregationRun<M extends Measures> {
  /** Visits one record (`hole`: a missing element of a sparse array). */
  visit(record: unknown, position: number, hole: boolean): void;
  /** The counts so far. */
  counts(): RunCounts;
  /** The series (throws when every record was rejected, unless allowed). */
  finish(): Series<M>;
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
  const readDate = compileAccessor(options.date, subject, ["date"], "option date");
  const dateField = fieldName(options.date, "date");
  const readGroup =
    options.groupBy === undefined
      ? undefined
      : compileAccessor(options.groupBy, subject, ["groupBy"], "option groupBy");
  const groupField = fieldName(options.groupBy, "groupBy");
  const dateKey = typeof options.date === "string" ? options.date : undefined;
  const groupKey = typeof options.groupBy === "string" ? options.groupBy : undefined;

  const measureFields = entries.map(([name, measure]) => measure.field ?? name);
  const readers: MeasureReader<unknown>[] = entries.map(([, measure]) => measure.reader());
  const measureCount = readers.length;
  // The hot loop calls each measure's accessor and value reader directly.
  const getters = readers.map((reader) => reader.get);
  const values: MeasureValueReader<unknown>[] = readers.map((reader) => reader.value);
  const fromFunction = readers.map((reader) => reader.fromFunction);
  const keys = readers.map((reader) => reader.key);
  const checked: number[] = [];
  for (let m = 0; m < measureCount; m++) {
    const reader = readers[m] as MeasureReader<unknown>;
    if (!(reader.get === undefined && reader.value instanceof EveryReader)) checked.push(m);
  }
  const checkedCount = checked.length;
  const { calendar, bucketer } = context;
  const hasRange = context.range !== null;
  const low = context.range === null ? 0 : context.range[0];
  const high = context.range === null ? 0 : context.range[1];
  const grouped = readGroup !== undefined;
  const builder = new SeriesBuilder({
    subject,
    measures: options.measures,
    bucketer,
    grouped,
    fill,
    range: context.range,
    ...(context.spanLimit === undefined ? {} : { boundSpan: true, limit: context.spanLimit }),
  });

  let lastOrdinal = Number.NaN;
  let lastRow: (CellData | undefined)[] = [];
  let total = 0;
  let accepted = 0;
  let rejected = 0;
  let outsideRange = 0;
  const issues: RecordIssue[] = [];
  // The first record rejected, diagnosed only if every record is (skip never builds a message).
  let firstRejected: { record: unknown; position: number; hole: boolean } | undefined;

  const reject = (record: unknown, position: number, hole: boolean): void => {
    if (policy === "throw") throw new KpiError(diagnose(record, position, hole).map(issueOf));
    rejected++;
    if (firstRejected === undefined) firstRejected = { record, position, hole };
    if (policy === "collect") {
      for (const found of diagnose(record, position, hole)) issues.push(found.record);
    }
  };

  // The slow path: every problem of one record, each field once, for the report or the error.
  const diagnose = (record: unknown, position: number, hole: boolean): Found[] => {
    const found: Found[] = [];
    const index = position + indexOffset;
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
          : instantIssue(date, calendar, { subject, path: [], where: "" }).expected;
      found.push(
        fieldProblem(subject, position + indexOffset, dateField, date, missingOr(date), expected),
      );
    }
    if (readGroup !== undefined) {
      const group = readGroup(record, position);
      if (!isGroupKey(group)) {
        found.push(
          fieldProblem(
            subject,
            position + indexOffset,
            groupField,
            group,
            missingOr(group),
            AGGREGATE_EXPECTED.groupKey,
          ),
        );
      }
    }
    const reported = new Set<string>();
    for (let m = 0; m < measureCount; m++) {
      const raw = readMeasure(m, record, position);
      if (raw === READ) continue;
      // Several measures reading one field (sum, min and max of "amount") report it once.
      const field = measureFields[m] as string;
      if (reported.has(field)) continue;
      reported.add(field);
      const expected = (readers[m] as MeasureReader<unknown>).expected(raw);
      found.push(
        fieldProblem(subject, position + indexOffset, field, raw, missingOr(raw), expected),
      );
    }
    return found;
  };

  // Reads measure m of a record: READ when valid, else the value that was not (slow path only).
  const readMeasure = (m: number, record: unknown, position: number): unknown => {
    const get = getters[m];
    const raw = get === undefined ? undefined : get(record, position);
    if (fromFunction[m] === true && raw instanceof AccessorFailure) return raw;
    return (values[m] as MeasureValueReader<unknown>).read(raw) ? READ : raw;
  };

  const visit = (record: unknown, position: number, hole: boolean): void => {
    total++;
    if (typeof record !== "object" || record === null) {
      reject(record, position, hole);
      return;
    }
    // A property accessor is read here, at a site of its own, rather than through the shared
    // accessor closure (whose keyed load sees every field of every run).
    const time = readInstant(
      dateKey === undefined
        ? readDate(record, position)
        : (record as Record<string, unknown>)[dateKey],
      calendar,
    );
    if (time === undefined) {
      reject(record, position, false);
      return;
    }
    const ordinal = bucketer.ordinalOf(time);
    if (hasRange && (ordinal < low || ordinal > high)) {
      outsideRange++;
      return;
    }
    let group = 0;
    let newGroup: unknown;
    if (readGroup !== undefined) {
      const key =
        groupKey === undefined
          ? readGroup(record, position)
          : (record as Record<string, unknown>)[groupKey];
      const known = builder.positionOf(key as never);
      if (known === undefined) {
        if (!isGroupKey(key)) {
          reject(record, position, false);
          return;
        }
        newGroup = key;
        group = -1;
      } else {
        group = known;
      }
    }
    // Every measure's value is read and checked before any state changes (count() has nothing to
    // check and is left out of this loop).
    for (let c = 0; c < checkedCount; c++) {
      const m = checked[c] as number;
      const key = keys[m];
      let raw: unknown;
      if (key !== undefined) {
        raw = (record as Record<string, unknown>)[key];
      } else {
        const get = getters[m];
        raw = get === undefined ? undefined : get(record, position);
        if (fromFunction[m] === true && raw instanceof AccessorFailure) {
          reject(record, position, false);
          return;
        }
      }
      if (!(values[m] as MeasureValueReader<unknown>).read(raw)) {
        reject(record, position, false);
        return;
      }
    }
    if (group === -1) group = builder.addGroup(newGroup as never);
    let row: (CellData | undefined)[];
    if (ordinal === lastOrdinal) {
      row = lastRow;
    } else {
      row = builder.row(ordinal);
      lastOrdinal = ordinal;
      lastRow = row;
    }
    let cell = row[group];
    if (cell === undefined) {
      cell = builder.emptyCell();
      row[group] = cell;
    }
    cell.records++;
    accepted++;
    const states = cell.states;
    const index = position + indexOffset;
    for (let m = 0; m < measureCount; m++) {
      (values[m] as MeasureValueReader<unknown>).add(states[m], time, index);
    }
  };

  const finish = (): Series<M> => {
    if (firstRejected !== undefined && rejected === total && !allowAllRejected) {
      const { record, position, hole } = firstRejected;
      const first = diagnose(record, position, hole);
      const firstIssue = first[0]?.issue as KpiIssue;
      throw new KpiError([
        makeIssue({
          code: "invalid_record",
          subject,
          path: ["records"],
          where: "records",
          expected: AGGREGATE_EXPECTED.someAccepted,
          received: AGGREGATE_RECEIVED.allRejected(
            rejected,
            firstIssue.message.slice(subject.length + 2),
          ),
        }),
        ...first.map(issueOf),
      ]);
    }
    const report: DataQualityReport = { records: total, accepted, rejected, outsideRange, issues };
    return builder.build(report);
  };

  const counts = (): RunCounts => ({ records: total, accepted, rejected, outsideRange });
  return { visit, counts, finish };
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
      run.visit(record, position, record === undefined && !(position in (list as object)));
    }
  } else {
    let position = 0;
    for (const record of records as Iterable<unknown>) run.visit(record, position++, false);
  }
  return run.finish();
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
