import type { Decimal } from "../../core/decimal.js";
import { fail } from "../../core/errors.js";
import { describe } from "../../core/messages.js";
import { createBucketer } from "../../period/bucketer.js";
import { isGranularity } from "../../period/granularity.js";
import { PERIOD_EXPECTED } from "../../period/messages.js";
import { resolveCalendarFor } from "../../period/resolveCalendar.js";
import type { Granularity, Period } from "../../period/types.js";
import type { AnyMeasure, Measures } from "../measures/types.js";
import { AGGREGATE_EXPECTED, AGGREGATE_RECEIVED } from "../messages.js";
import { SeriesBuilder } from "./_builder.js";
import { checkMeasures, isCount, isReportShape } from "./_options.js";
import {
  compareGroups,
  type DataQualityReport,
  type GroupKey,
  type RecordIssue,
  type Series,
} from "./series.js";
import type { SerializedSeries } from "./seriesJson.js";

const SUBJECT = "deserializeSeries";

function readGroup(json: unknown): GroupKey {
  if (typeof json === "string" || typeof json === "boolean") return json;
  if (typeof json === "number" && Number.isFinite(json)) return json;
  if (typeof json === "object" && json !== null) {
    const text = (json as { bigint?: unknown }).bigint;
    if (typeof text === "string" && /^-?\d+$/.test(text)) return BigInt(text);
  }
  return fail({
    code: "invalid_argument",
    subject: SUBJECT,
    path: ["json"],
    expected: AGGREGATE_EXPECTED.serializedSeries,
    received: AGGREGATE_RECEIVED.group(describe(json)),
  });
}

function readReport(json: unknown): DataQualityReport {
  const report = json;
  if (!isReportShape(report)) {
    return fail({
      code: "invalid_argument",
      subject: SUBJECT,
      path: ["json"],
      expected: AGGREGATE_EXPECTED.serializedSeries,
      received: AGGREGATE_RECEIVED.malformedReport,
    });
  }
  // Every record read went one way: into a cell, rejected, or outside the range.
  if (report.accepted + report.rejected + report.outsideRange !== report.records) {
    fail({
      code: "invalid_argument",
      subject: SUBJECT,
      path: ["json", "report"],
      expected: AGGREGATE_EXPECTED.consistentReport,
      received: AGGREGATE_RECEIVED.report(
        report.records,
        report.accepted,
        report.rejected,
        report.outsideRange,
      ),
    });
  }
  return {
    records: report.records,
    accepted: report.accepted,
    rejected: report.rejected,
    outsideRange: report.outsideRange,
    issues: (report.issues as RecordIssue[]).map((issue) => ({ ...issue })),
  };
}

/** The measures as the JSON names them, for messages. */
function identities(list: readonly unknown[]): string {
  if (list.length === 0) return AGGREGATE_RECEIVED.noMeasures;
  return list
    .map((entry) => {
      const { name, kind, field } = (entry ?? {}) as Record<string, unknown>;
      return AGGREGATE_RECEIVED.measureIdentity(
        describe(name),
        typeof kind === "string" ? kind : describe(kind),
        field,
      );
    })
    .join(", ");
}

/** Pairs of measures (min, max) reading the same property: the minimum is never above the maximum. */
function extremePairs(entries: readonly [string, AnyMeasure][]): [number, number][] {
  const pairs: [number, number][] = [];
  entries.forEach(([, low], i) => {
    if (low.kind !== "min" || typeof low.field !== "string") return;
    entries.forEach(([, high], j) => {
      if (high.kind === "max" && high.field === low.field) pairs.push([i, j]);
    });
  });
  return pairs;
}

/**
 * Reads a series back from its JSON form (the output of `serializeSeries`, possibly through
 * `JSON.stringify` / `JSON.parse`). The measures must be given again (accessors are functions and
 * do not travel); their names, kinds and fields must match the JSON's, so a worker's
 * `sum("cost")` is never read as `sum("amount")`. The states are checked against their cells: a
 * cell of 0 records holds empty states, a count or distinct count is at most the cell's records, a
 * first or last value lies inside the cell's span, a minimum is at most the maximum of the same
 * field, and the report's counts add up.
 *
 * @param json - The serialized series.
 * @param measures - The same named measures the series was built with.
 * @returns The series.
 * @throws {KpiError} `invalid_argument` when the JSON is malformed, inconsistent, or does not match
 * the measures.
 * @example
 * ```ts
 * import { aggregate, count, deserializeSeries, serializeSeries } from "kinerja";
 *
 * const measures = { deals: count() };
 * const series = aggregate([{ at: "2025-01-02T00:00:00Z" }], { date: "at", granularity: "month", measures });
 * const copy = deserializeSeries(serializeSeries(series), measures);
 * console.log(copy.periods[0]?.key, copy.cells[0]?.values.deals.toString());
 * // 2025-01 1
 * ```
 * @category Aggregation
 */
export function deserializeSeries<const M extends Measures>(json: unknown, measures: M): Series<M> {
  const entries = checkMeasures(SUBJECT, measures);
  const data = json as Partial<Record<keyof SerializedSeries, unknown>> | null;
  if (
    typeof data !== "object" ||
    data === null ||
    data.format !== "kinerja.series" ||
    data.version !== 1 ||
    !isGranularity(data.granularity) ||
    typeof data.grouped !== "boolean" ||
    typeof data.filled !== "boolean" ||
    !Array.isArray(data.measures) ||
    !Array.isArray(data.periods) ||
    !Array.isArray(data.groups) ||
    !Array.isArray(data.cells)
  ) {
    return fail({
      code: "invalid_argument",
      subject: SUBJECT,
      path: ["json"],
      expected: AGGREGATE_EXPECTED.serializedSeries,
      received: describe(json),
    });
  }
  const declared = data.measures as unknown[];
  const matches = (entry: unknown, name: string, measure: AnyMeasure): boolean => {
    const given = (entry ?? {}) as Record<string, unknown>;
    return (
      given.name === name && given.kind === measure.kind && given.field === (measure.field ?? null)
    );
  };
  if (
    declared.length !== entries.length ||
    entries.some(([name, measure], index) => !matches(declared[index], name, measure))
  ) {
    fail({
      code: "invalid_argument",
      subject: SUBJECT,
      path: ["json", "measures"],
      expected: AGGREGATE_EXPECTED.measureIdentity(
        identities(entries.map(([name, measure]) => ({ ...measure, name }))),
      ),
      received: identities(declared),
    });
  }
  const calendar = resolveCalendarFor(data.calendar, SUBJECT, ["calendar"]);
  const granularity = data.granularity as Granularity;
  const bucketer = createBucketer(granularity, calendar);
  // Periods strictly increasing (so each once); contiguous when filled.
  let previousOrdinal = Number.NEGATIVE_INFINITY;
  const ordinals = (data.periods as unknown[]).map((key, index) => {
    let ordinal: number | undefined;
    if (typeof key === "string") {
      try {
        ordinal = bucketer.ordinalOfPeriod({ granularity, key } as Period);
      } catch {
        ordinal = undefined;
      }
    }
    if (ordinal === undefined) {
      return fail({
        code: "invalid_argument",
        subject: SUBJECT,
        path: ["json", "periods", String(index)],
        expected: `${PERIOD_EXPECTED.existingPeriod}, of granularity ${granularity}`,
        received: describe(key),
      });
    }
    if (ordinal <= previousOrdinal) {
      fail({
        code: "invalid_argument",
        subject: SUBJECT,
        path: ["json", "periods", String(index)],
        expected: AGGREGATE_EXPECTED.periodOrder,
        received: describe(key),
      });
    }
    if (data.filled && index > 0 && ordinal !== previousOrdinal + 1) {
      fail({
        code: "invalid_argument",
        subject: SUBJECT,
        path: ["json", "periods", String(index)],
        expected: AGGREGATE_EXPECTED.filledPeriods,
        received: describe(key),
      });
    }
    previousOrdinal = ordinal;
    return ordinal;
  });
  const groups = (data.groups as unknown[]).map(readGroup);
  if (!data.grouped && groups.length > 0) {
    fail({
      code: "invalid_argument",
      subject: SUBJECT,
      path: ["json", "groups"],
      expected: AGGREGATE_EXPECTED.ungroupedGroups,
      received: describe(data.groups),
    });
  }
  for (let index = 1; index < groups.length; index++) {
    if (compareGroups(groups[index - 1] as GroupKey, groups[index] as GroupKey) >= 0) {
      fail({
        code: "invalid_argument",
        subject: SUBJECT,
        path: ["json", "groups", String(index)],
        expected: AGGREGATE_EXPECTED.groupOrder,
        received: describe((data.groups as unknown[])[index]),
      });
    }
  }
  const builder = new SeriesBuilder({
    subject: SUBJECT,
    measures,
    bucketer,
    grouped: data.grouped,
    fill: data.filled,
    limit: { code: "invalid_argument", name: "json" },
  });
  for (const group of groups) builder.addGroup(group);
  const rows = ordinals.map((ordinal) => builder.row(ordinal));
  const width = data.grouped ? groups.length : 1;
  const from = ordinals.length === 0 ? 0 : bucketer.startOf(ordinals[0] as number);
  const pairs = extremePairs(entries);
  let present = 0;
  for (const [index, raw] of (data.cells as unknown[]).entries()) {
    const cell = raw as { period?: unknown; group?: unknown; records?: unknown; states?: unknown };
    const periodIndex = typeof cell?.period === "number" ? cell.period : -1;
    const row = rows[periodIndex];
    const position = data.grouped ? cell?.group : cell?.group === null ? 0 : -1;
    if (
      row === undefined ||
      typeof position !== "number" ||
      !Number.isInteger(position) ||
      position < 0 ||
      position >= width ||
      !isCount(cell.records) ||
      !Array.isArray(cell.states) ||
      cell.states.length !== entries.length
    ) {
      return fail({
        code: "invalid_argument",
        subject: SUBJECT,
        path: ["json"],
        expected: AGGREGATE_EXPECTED.serializedSeries,
        received: AGGREGATE_RECEIVED.cellOf(describe(raw)),
      });
    }
    if (row[position] !== undefined) {
      fail({
        code: "invalid_argument",
        subject: SUBJECT,
        path: ["json", "cells", String(index)],
        expected: AGGREGATE_EXPECTED.uniqueCell,
        received: describe(raw),
      });
    }
    const records = cell.records;
    const to = bucketer.startOf((ordinals[periodIndex] as number) + 1);
    const states = entries.map(([name, measure], m) => {
      const state = measure.deserialize((cell.states as unknown[])[m]);
      if (measure.consistent !== undefined && !measure.consistent(state, records, from, to)) {
        fail({
          code: "invalid_argument",
          subject: SUBJECT,
          path: ["json", "cells", String(index), "states", String(m)],
          expected: AGGREGATE_EXPECTED.consistentCell(records),
          received: `${describe((cell.states as unknown[])[m])} (measure ${JSON.stringify(name)})`,
        });
      }
      return state;
    });
    for (const [low, high] of pairs) {
      const min = (entries[low] as [string, AnyMeasure])[1].finalize(states[low]) as Decimal | null;
      const max = (entries[high] as [string, AnyMeasure])[1].finalize(
        states[high],
      ) as Decimal | null;
      if (min !== null && max !== null && min.gt(max)) {
        fail({
          code: "invalid_argument",
          subject: SUBJECT,
          path: ["json", "cells", String(index), "states", String(low)],
          expected: AGGREGATE_EXPECTED.minNotAboveMax(
            JSON.stringify(entries[low]?.[0]),
            JSON.stringify(entries[high]?.[0]),
          ),
          received: AGGREGATE_RECEIVED.minMax(min.toString(), max.toString()),
        });
      }
    }
    row[position] = { states, records };
    present++;
  }
  if (data.filled && present !== rows.length * width) {
    fail({
      code: "invalid_argument",
      subject: SUBJECT,
      path: ["json", "cells"],
      expected: AGGREGATE_EXPECTED.filledCell,
      received: AGGREGATE_RECEIVED.cellCount(present, rows.length * width),
    });
  }
  return builder.build(readReport(data.report));
}
