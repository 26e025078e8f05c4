import { KpiError, type KpiIssue, makeIssue } from "../core/errors.js";
import { AGGREGATE_EXPECTED, describe, PERIOD_EXPECTED } from "../core/messages.js";
import { type Bucketer, createBucketer } from "../period/bucketer.js";
import { isGranularity } from "../period/granularity.js";
import { instantIssue, readInstant } from "../period/instant.js";
import { parsePeriod } from "../period/parsePeriod.js";
import { resolveCalendarFor } from "../period/resolveCalendar.js";
import { periodArgument } from "../period/shared.js";
import type {
  Calendar,
  CalendarInput,
  Granularity,
  InstantInput,
  Period,
} from "../period/types.js";
import {
  type Accessor,
  AccessorFailure,
  compileAccessor,
  fieldName,
  type ReadFunction,
} from "./accessor.js";
import type { AnyMeasure, MeasureReader, Measures } from "./measure.js";
import {
  badOption,
  checkFillSize,
  checkMeasures,
  checkOptionsObject,
  isIterable,
} from "./options.js";
import {
  type CellData,
  compareGroups,
  type DataQualityReport,
  type GroupKey,
  isGroupKey,
  makeSeries,
  type RecordIssue,
  type RecordIssueReason,
  type Series,
  type SeriesRow,
} from "./series.js";

/**
 * What to do with a record that cannot be read.
 *
 * @category Aggregation
 */
export type OnInvalid = "throw" | "skip" | "collect";

/**
 * A bound of `range`: an instant, or a period key (the whole period is included).
 *
 * @category Aggregation
 */
export type RangeBound = InstantInput | Period;

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
}

const SUBJECT = "aggregate";

/**
 * Aggregates records into a {@link Series}: one cell per period (in the calendar's time zone and
 * fiscal year) and group, each holding the finalized measure values and the mergeable states.
 *
 * The per-record path parses amounts to scaled integers, buckets instants by precomputed period
 * boundaries and groups on numeric keys; Decimals are built once per cell. Nothing is dropped
 * silently: an unreadable record throws (default), or is skipped and counted, or is collected into
 * `series.report`.
 *
 * @param records - An array (or other iterable) of records.
 * @param options - The date accessor, granularity, calendar, optional groupBy, the measures, and
 * optional range, fill, onInvalid and indexOffset.
 * @returns The series.
 * @throws {KpiError} `invalid_record` for an unreadable record when `onInvalid` is `"throw"`;
 * `invalid_option` / `invalid_argument` for bad options; calendar and granularity errors.
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
  options: AggregateOptions<R, M>,
): Series<M> {
  return aggregateAs(SUBJECT, records, options);
}

/** {@link aggregate}, naming `subject` in its errors. @internal */
export function aggregateAs<R, const M extends Measures>(
  subject: string,
  records: Iterable<R> | ArrayLike<R>,
  options: AggregateOptions<R, M>,
): Series<M> {
  checkOptionsObject(subject, options);
  if (!isGranularity(options.granularity)) {
    badOption(subject, "granularity", PERIOD_EXPECTED.granularity, options.granularity);
  }
  const calendar = resolveCalendarFor(options.calendar, subject, ["calendar"]);
  const bucketer = createBucketer(options.granularity, calendar);
  const range =
    options.range === undefined ? null : resolveRange(options.range, calendar, bucketer, subject);
  return aggregateWith(records, options, { calendar, bucketer, range, subject });
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
      return badOption(
        subject,
        name,
        `${AGGREGATE_EXPECTED.rangeBound} (${issue.expected})`,
        bound,
      );
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
    badOption(subject, name, `${AGGREGATE_EXPECTED.rangeBound} (${issue.expected})`, bound);
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
    badOption(subject, "range", AGGREGATE_EXPECTED.range, range);
  }
  const { from, to } = range as { from: unknown; to: unknown };
  const low = bucketer.ordinalOf(boundInstant(from, calendar, false, subject));
  const high = bucketer.ordinalOf(boundInstant(to, calendar, true, subject));
  if (low > high) badOption(subject, "range", AGGREGATE_EXPECTED.range, range);
  return [low, high];
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
  const entries = checkMeasures(subject, options.measures);
  const policy = options.onInvalid ?? "throw";
  if (policy !== "throw" && policy !== "skip" && policy !== "collect") {
    badOption(subject, "onInvalid", AGGREGATE_EXPECTED.onInvalid, policy);
  }
  const fill = options.fill ?? true;
  if (typeof fill !== "boolean") badOption(subject, "fill", AGGREGATE_EXPECTED.fill, fill);
  const indexOffset = options.indexOffset ?? 0;
  if (!Number.isSafeInteger(indexOffset) || indexOffset < 0) {
    badOption(subject, "indexOffset", AGGREGATE_EXPECTED.indexOffset, indexOffset);
  }
  const readDate = compileAccessor(options.date, subject, ["date"], "option date");
  const dateField = fieldName(options.date, "date");
  const readGroup =
    options.groupBy === undefined
      ? undefined
      : compileAccessor(options.groupBy, subject, ["groupBy"], "option groupBy");
  const groupField = fieldName(options.groupBy, "groupBy");
  const isArray = Array.isArray(records) || (!isIterable(records) && isArrayLike(records));
  if (!isArray && !isIterable(records)) {
    badOption(subject, "records", AGGREGATE_EXPECTED.records, records, "invalid_argument");
  }

  const measureList: AnyMeasure[] = entries.map((entry) => entry[1]);
  const measureFields = entries.map(([name, measure]) => measure.field ?? name);
  const readers: MeasureReader<unknown>[] = measureList.map((measure) => measure.reader());
  const measureCount = readers.length;
  const { calendar, bucketer } = context;
  const hasRange = context.range !== null;
  const low = context.range === null ? 0 : context.range[0];
  const high = context.range === null ? 0 : context.range[1];

  const groupIndex = new Map<unknown, number>();
  const groupValues: GroupKey[] = [];
  const rows = new Map<number, (CellData | undefined)[]>();
  let lastOrdinal = Number.NaN;
  let lastRow: (CellData | undefined)[] = [];
  let total = 0;
  let accepted = 0;
  let rejected = 0;
  let outsideRange = 0;
  const issues: RecordIssue[] = [];

  const newCell = (): CellData => ({
    states: measureList.map((measure) => measure.empty()),
    records: 0,
  });

  const reject = (record: unknown, position: number, hole: boolean): void => {
    const found = diagnose(record, position, hole);
    if (policy === "throw") throw new KpiError(found.map((entry) => entry.issue));
    rejected++;
    if (policy === "collect") for (const entry of found) issues.push(entry.record);
  };

  const problem = (
    position: number,
    field: string,
    value: unknown,
    reason: RecordIssueReason,
    expected: string,
    received: string = describe(value),
  ): { issue: KpiIssue; record: RecordIssue } => {
    if (value instanceof AccessorFailure) {
      // The accessor itself said what was wrong (parseDecimal, a custom check…).
      expected = value.issue.expected;
      received = value.issue.received;
      reason = "invalid";
    }
    const index = position + indexOffset;
    const issue = makeIssue({
      code: "invalid_record",
      subject: subject,
      path: [index, field],
      where: `record ${index} field ${JSON.stringify(field)}`,
      expected,
      received,
    });
    return {
      issue,
      record: { index, field, value: received, reason, expected, message: issue.message },
    };
  };

  // The slow path: every problem of one record, for the report or the error.
  const diagnose = (record: unknown, position: number, hole: boolean) => {
    const found: { issue: KpiIssue; record: RecordIssue }[] = [];
    const index = position + indexOffset;
    if (typeof record !== "object" || record === null) {
      const issue = makeIssue({
        code: "invalid_record",
        subject: subject,
        path: [index],
        where: `record ${index}`,
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
      found.push(problem(position, dateField, date, missingOr(date), expected));
    }
    if (readGroup !== undefined) {
      const group = readGroup(record, position);
      if (!isGroupKey(group)) {
        found.push(
          problem(position, groupField, group, missingOr(group), AGGREGATE_EXPECTED.groupKey),
        );
      }
    }
    for (let m = 0; m < measureCount; m++) {
      const reader = readers[m] as MeasureReader<unknown>;
      if (!reader.read(record, position)) {
        found.push(
          problem(
            position,
            measureFields[m] as string,
            reader.raw,
            missingOr(reader.raw),
            reader.expected,
          ),
        );
      }
    }
    return found;
  };

  const visit = (record: unknown, position: number, hole: boolean): void => {
    total++;
    if (typeof record !== "object" || record === null) {
      reject(record, position, hole);
      return;
    }
    const time = readInstant(readDate(record, position), calendar);
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
    let isNewGroup = false;
    if (readGroup !== undefined) {
      const key = readGroup(record, position);
      const known = groupIndex.get(key);
      if (known === undefined) {
        if (!isGroupKey(key)) {
          reject(record, position, false);
          return;
        }
        isNewGroup = true;
        newGroup = key === 0 ? 0 : key; // -0 and 0 are one group (as Map keys are)
        group = groupValues.length;
      } else {
        group = known;
      }
    }
    for (let m = 0; m < measureCount; m++) {
      if (!(readers[m] as MeasureReader<unknown>).read(record, position)) {
        reject(record, position, false);
        return;
      }
    }
    if (isNewGroup) {
      groupIndex.set(newGroup, group);
      groupValues.push(newGroup as GroupKey);
    }
    let row: (CellData | undefined)[];
    if (ordinal === lastOrdinal) {
      row = lastRow;
    } else {
      const found = rows.get(ordinal);
      if (found === undefined) {
        row = [];
        rows.set(ordinal, row);
      } else {
        row = found;
      }
      lastOrdinal = ordinal;
      lastRow = row;
    }
    let cell = row[group];
    if (cell === undefined) {
      cell = newCell();
      row[group] = cell;
    }
    cell.records++;
    accepted++;
    const states = cell.states;
    const index = position + indexOffset;
    for (let m = 0; m < measureCount; m++) {
      (readers[m] as MeasureReader<unknown>).apply(states[m], time, index);
    }
  };

  if (isArray) {
    const list = records as ArrayLike<unknown>;
    const length = list.length;
    for (let position = 0; position < length; position++) {
      const record = list[position];
      visit(record, position, record === undefined && !(position in (list as object)));
    }
  } else {
    let position = 0;
    for (const record of records as Iterable<unknown>) visit(record, position++, false);
  }

  // Periods: observed (or the whole range), filled when asked.
  let ordinals = [...rows.keys()].sort((a, b) => a - b);
  const grouped = readGroup !== undefined;
  if (fill) {
    const first = hasRange ? low : ordinals[0];
    const lastOne = hasRange ? high : ordinals[ordinals.length - 1];
    ordinals = [];
    if (first !== undefined && lastOne !== undefined) {
      checkFillSize(subject, bucketer, first, lastOne, grouped ? groupValues.length : 1);
      for (let ordinal = first; ordinal <= lastOne; ordinal++) ordinals.push(ordinal);
    }
  }
  const order = groupValues.map((_, position) => position);
  order.sort((a, b) => compareGroups(groupValues[a] as GroupKey, groupValues[b] as GroupKey));
  const positions = grouped ? order : [0];
  const seriesRows: SeriesRow[] = ordinals.map((ordinal) => {
    const row = rows.get(ordinal);
    return {
      ordinal,
      period: bucketer.period(ordinal),
      cells: positions.map((position) => row?.[position] ?? (fill ? newCell() : undefined)),
    };
  });
  const report: DataQualityReport = {
    records: total,
    accepted,
    rejected,
    outsideRange,
    issues,
  };
  return makeSeries({
    granularity: bucketer.granularity,
    calendar,
    measures: options.measures,
    grouped,
    filled: fill,
    groups: order.map((position) => groupValues[position] as GroupKey),
    rows: seriesRows,
    report,
  });
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

/** @internal */
export type { ReadFunction };
