import { fail } from "../core/errors.js";
import { AGGREGATE_EXPECTED, describe, PERIOD_EXPECTED } from "../core/messages.js";
import { createBucketer } from "../period/bucketer.js";
import { isGranularity } from "../period/granularity.js";
import { resolveCalendarFor } from "../period/resolveCalendar.js";
import type { Granularity, Period } from "../period/types.js";
import type { Measures } from "./measure.js";
import { checkMeasures, checkSeries } from "./options.js";
import {
  type CellData,
  compareGroups,
  type DataQualityReport,
  type GroupKey,
  makeSeries,
  type RecordIssue,
  type Series,
  type SeriesRow,
} from "./series.js";
import { type SerializedSeries, toSerialized } from "./seriesJson.js";

/**
 * The JSON form of a series: granularity, calendar, period keys, groups and every cell's measure
 * states (exact decimal strings, bigints as strings, distinct sets as sorted lists), plus the
 * report. Send it to another process and read it back with {@link deserializeSeries}; merging
 * deserialized partial series gives exactly the one-pass result.
 *
 * @param series - A series.
 * @returns A plain object; `JSON.stringify` it.
 * @throws {KpiError} `invalid_argument` when `series` is not a series.
 * @example
 * ```ts
 * import { aggregate, deserializeSeries, serializeSeries, sum } from "kinerja";
 *
 * const measures = { revenue: sum("amount") };
 * const series = aggregate([{ at: "2025-01-02T00:00:00Z", amount: "12345678901234567.89" }], {
 *   date: "at",
 *   granularity: "month",
 *   measures,
 * });
 * const text = JSON.stringify(serializeSeries(series));
 * console.log(deserializeSeries(JSON.parse(text), measures).cells[0]?.values.revenue.toString());
 * // 12345678901234567.89
 * ```
 * @category Aggregation
 */
export function serializeSeries<M extends Measures>(series: Series<M>): SerializedSeries {
  checkSeries("serializeSeries", series);
  return toSerialized(series);
}

function bad(json: unknown, detail?: string): never {
  return fail({
    code: "invalid_argument",
    subject: "deserializeSeries",
    path: [],
    where: "json",
    expected: AGGREGATE_EXPECTED.serializedSeries,
    received: detail ?? describe(json),
  });
}

function badAt(place: string, expected: string, value: unknown): never {
  return fail({
    code: "invalid_argument",
    subject: "deserializeSeries",
    path: ["json", ...place.split(".")],
    where: `json.${place}`,
    expected,
    received: describe(value),
  });
}

function isCount(value: unknown): value is number {
  return typeof value === "number" && Number.isSafeInteger(value) && value >= 0;
}

function readGroup(json: unknown): GroupKey {
  if (typeof json === "string" || typeof json === "boolean") return json;
  if (typeof json === "number" && Number.isFinite(json)) return json;
  if (typeof json === "object" && json !== null) {
    const text = (json as { bigint?: unknown }).bigint;
    if (typeof text === "string" && /^-?\d+$/.test(text)) return BigInt(text);
  }
  return bad(json, `group ${describe(json)}`);
}

function readReport(json: unknown): DataQualityReport {
  const report = json as Partial<Record<keyof DataQualityReport, unknown>> | null;
  if (
    typeof report !== "object" ||
    report === null ||
    !isCount(report.records) ||
    !isCount(report.accepted) ||
    !isCount(report.rejected) ||
    !isCount(report.outsideRange) ||
    !Array.isArray(report.issues)
  ) {
    return bad(json, "a malformed report");
  }
  return {
    records: report.records,
    accepted: report.accepted,
    rejected: report.rejected,
    outsideRange: report.outsideRange,
    issues: (report.issues as RecordIssue[]).map((issue) => ({ ...issue })),
  };
}

/**
 * Reads a series back from its JSON form (the output of {@link serializeSeries}, possibly through
 * `JSON.stringify` / `JSON.parse`). The measures must be given again (accessors are functions and
 * do not travel); their names and kinds must match the JSON's.
 *
 * @param json - The serialized series.
 * @param measures - The same named measures the series was built with.
 * @returns The series.
 * @throws {KpiError} `invalid_argument` when the JSON is malformed or does not match the measures.
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
  const entries = checkMeasures("deserializeSeries", measures);
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
    return bad(json);
  }
  const declared = data.measures as { name?: unknown; kind?: unknown }[];
  if (
    declared.length !== entries.length ||
    entries.some(
      ([name, measure], index) =>
        declared[index]?.name !== name || declared[index]?.kind !== measure.kind,
    )
  ) {
    return bad(
      json,
      `measures ${declared.map((entry) => `${describe(entry?.name)} (${describe(entry?.kind)})`).join(", ")}`,
    );
  }
  const calendar = resolveCalendarFor(data.calendar, "deserializeSeries", ["calendar"]);
  const granularity = data.granularity as Granularity;
  const bucketer = createBucketer(granularity, calendar);
  // Periods strictly increasing (so each once), groups in the series order (so each once).
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
      return badAt(
        `periods.${index}`,
        `${PERIOD_EXPECTED.existingPeriod}, of granularity ${granularity}`,
        key,
      );
    }
    if (ordinal <= previousOrdinal) badAt(`periods.${index}`, AGGREGATE_EXPECTED.periodOrder, key);
    if (data.filled && index > 0 && ordinal !== previousOrdinal + 1) {
      badAt(`periods.${index}`, AGGREGATE_EXPECTED.filledPeriods, key);
    }
    previousOrdinal = ordinal;
    return ordinal;
  });
  const groups = (data.groups as unknown[]).map(readGroup);
  if (!data.grouped && groups.length > 0)
    badAt("groups", AGGREGATE_EXPECTED.ungroupedGroups, data.groups);
  for (let index = 1; index < groups.length; index++) {
    if (compareGroups(groups[index - 1] as GroupKey, groups[index] as GroupKey) >= 0) {
      badAt(`groups.${index}`, AGGREGATE_EXPECTED.groupOrder, (data.groups as unknown[])[index]);
    }
  }
  const width = data.grouped ? groups.length : 1;
  const rows: SeriesRow[] = ordinals.map((ordinal) => ({
    ordinal,
    period: bucketer.period(ordinal),
    cells: new Array<CellData | undefined>(width).fill(undefined),
  }));
  let present = 0;
  for (const [index, raw] of (data.cells as unknown[]).entries()) {
    const cell = raw as { period?: unknown; group?: unknown; records?: unknown; states?: unknown };
    const row = typeof cell?.period === "number" ? rows[cell.period] : undefined;
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
      return bad(json, `cell ${describe(raw)}`);
    }
    if (row.cells[position] !== undefined)
      badAt(`cells.${index}`, AGGREGATE_EXPECTED.uniqueCell, raw);
    const states = entries.map(([, measure], m) =>
      measure.deserialize((cell.states as unknown[])[m]),
    );
    (row.cells as (CellData | undefined)[])[position] = { states, records: cell.records };
    present++;
  }
  if (data.filled && present !== rows.length * (data.grouped ? groups.length : 1)) {
    badAt(
      "cells",
      AGGREGATE_EXPECTED.filledCell,
      `${present} of ${rows.length * (data.grouped ? groups.length : 1)} cells`,
    );
  }
  return makeSeries({
    granularity,
    calendar,
    measures,
    grouped: data.grouped,
    filled: data.filled,
    groups,
    rows,
    report: readReport(data.report),
  });
}
