import type { Decimal } from "../core/decimal.js";
import { KpiError, type KpiIssue, makeIssue } from "../core/errors.js";
import { describe } from "../core/messages.js";
import { numericOrUndefined } from "../core/numeric.js";
import { getMetric, hasMetric } from "../metrics/catalog.js";
import type { AnyMetric } from "../model/types.js";
import { parsePeriod } from "../period/parsePeriod.js";
import { resolveCalendarFor } from "../period/resolveCalendar.js";
import type { CalendarInput, Period } from "../period/types.js";
import * as TARGET_EXPECTED from "./messages.js";
import {
  child,
  isMetric,
  isRecord,
  type Place,
  readBands,
  readDecimal,
  readTarget,
  reissue,
} from "./read.js";
import type { ResolvedBands, TargetRange } from "./types.js";

/**
 * Options of {@link parseTargets}.
 *
 * @category Targets
 */
export interface ParseTargetsOptions {
  /** The calendar the period keys are in (time zone, week start, fiscal year); default UTC. */
  readonly calendar?: CalendarInput;
  /** Your own metrics (made with `defineMetric`), accepted by id besides the built-in catalog. */
  readonly metrics?: readonly AnyMetric[];
}

/**
 * One validated target.
 *
 * @category Targets
 */
export interface TargetSpec {
  /** The entry's position in the file. */
  readonly index: number;
  readonly metric: AnyMetric;
  readonly metricId: string;
  /** The period, cut in the calendar given to `parseTargets`. */
  readonly period: Period;
  readonly target: Decimal | TargetRange<Decimal>;
  /** The entry's own bands, `null` for the defaults. */
  readonly bands: ResolvedBands | null;
  /** The entry's weight, `null` when not given. */
  readonly weight: Decimal | null;
  /** The group the target is for, `null` for a target of the whole (ungrouped) series. */
  readonly group: string | number | boolean | null;
  readonly label: string | null;
}

/** Whether a value can be a target's group: a string, a finite number or a boolean. @internal */
export function isGroupValue(value: unknown): value is string | number | boolean {
  return (
    typeof value === "string" ||
    typeof value === "boolean" ||
    (typeof value === "number" && Number.isFinite(value))
  );
}

/** The fields of a targets file. */
const FILE_FIELDS: readonly string[] = ["targets"];

/** The fields of one entry of a targets file. */
const ENTRY_FIELDS: readonly string[] = [
  "metric",
  "period",
  "target",
  "bands",
  "weight",
  "group",
  "label",
];

/** Whether a value is an object whose fields can be read: not null, not an array. */
function isObjectValue(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * The fields of an object that are not among `known`: every enumerable key, own or inherited, as
 * `for...in` lists them (the same keys `targetsFileSchema` reports as unrecognized).
 */
function unknownFields(value: object, known: readonly string[]): string[] {
  const fields: string[] = [];
  for (const key in value) {
    if (!known.includes(key)) fields.push(key);
  }
  return fields;
}

/** Checks the file around the entries — an object `{ targets: [...] }` — and returns the entries. */
function readEntries(data: unknown, place: Place, issues: KpiIssue[]): readonly unknown[] {
  if (!isObjectValue(data)) {
    issues.push(
      makeIssue({
        ...place,
        code: "invalid_target",
        expected: TARGET_EXPECTED.targetsFile,
        received: describe(data),
      }),
    );
    return [];
  }
  const targets = data.targets;
  if (!Array.isArray(targets)) {
    issues.push(
      makeIssue({
        ...child(place, "targets"),
        code: "invalid_target",
        expected: TARGET_EXPECTED.targetsFile,
        received: describe(targets),
      }),
    );
  }
  const extra = unknownFields(data, FILE_FIELDS);
  if (extra.length > 0) {
    issues.push(
      makeIssue({
        ...place,
        code: "invalid_target",
        expected: TARGET_EXPECTED.targetsFile,
        received: TARGET_EXPECTED.receivedFields(extra),
      }),
    );
  }
  return Array.isArray(targets) ? targets : [];
}

/** Whether a value is a weight: a Numeric that is not negative. */
function isWeight(value: unknown): boolean {
  const read = numericOrUndefined(value);
  return read !== undefined && !read.isNegative();
}

/**
 * Checks the shape of one entry, except its target and bands (their readers check those): an
 * object with the entry fields only, metric and period strings, and a valid weight, group and
 * label when given. Pushes an `invalid_target` issue for each problem, in field order.
 */
function readEntryShape(entry: unknown, place: Place, issues: KpiIssue[]): void {
  if (!isObjectValue(entry)) {
    issues.push(
      makeIssue({
        ...place,
        code: "invalid_target",
        expected: TARGET_EXPECTED.targetEntry,
        received: describe(entry),
      }),
    );
    return;
  }
  const check = (field: string, valid: boolean, expected: string) => {
    if (!valid) {
      issues.push(
        makeIssue({
          ...child(place, field),
          code: "invalid_target",
          expected: expected,
          received: describe(entry[field]),
        }),
      );
    }
  };
  check("metric", typeof entry.metric === "string", TARGET_EXPECTED.metricIdString);
  check("period", typeof entry.period === "string", TARGET_EXPECTED.periodKey);
  check("weight", entry.weight === undefined || isWeight(entry.weight), TARGET_EXPECTED.weight);
  check("group", entry.group === undefined || isGroupValue(entry.group), TARGET_EXPECTED.group);
  check(
    "label",
    entry.label === undefined || typeof entry.label === "string",
    TARGET_EXPECTED.label,
  );
  const extra = unknownFields(entry, ENTRY_FIELDS);
  if (extra.length > 0) {
    issues.push(
      makeIssue({
        ...place,
        code: "invalid_target",
        expected: TARGET_EXPECTED.targetEntry,
        received: TARGET_EXPECTED.receivedFields(extra),
      }),
    );
  }
}

/** An entry that passed every check, kept until the whole file is known to be well formed. */
interface Candidate {
  readonly index: number;
  readonly entry: Record<string, unknown>;
  readonly entryPlace: Place;
  readonly metric: AnyMetric;
  readonly period: Period;
  readonly target: Decimal | TargetRange<Decimal>;
  readonly bands: ResolvedBands | null;
}

/**
 * Reads a targets file — JSON text or an already parsed object `{ targets: [...] }` — and validates
 * it completely: the shape (an object `{ targets: [...] }` whose entries have only the fields
 * metric, period, target, bands, weight, group and label), every metric id against the catalog
 * (and `options.metrics`), every period key with `parsePeriod` in your calendar, ranges, bands,
 * weights, and that no metric has two targets for the same period and group. Every problem is
 * reported in one `KpiError`, not just the first.
 *
 * @param input - JSON text, or the parsed object.
 * @param options - `calendar` for the period keys; `metrics` for your own metrics.
 * @returns The targets, in file order, with Decimals and Period values.
 * @throws {KpiError} listing every problem: `invalid_target` (shape, targets, weights, groups,
 * labels, duplicates, JSON syntax), `unknown_metric` (ids), `invalid_period` (keys),
 * `invalid_option` (bands, `options.metrics`); a bad `options.calendar` throws as `resolveCalendar`.
 * @example
 * ```ts
 * import { isKpiError, parseTargets } from "kinerja";
 *
 * const targets = parseTargets(
 *   '{ "targets": [{ "metric": "win_rate", "period": "2025-03", "target": 0.3 }] }',
 *   { calendar: { timeZone: "Asia/Jakarta" } },
 * );
 * console.log(targets[0]?.metricId, targets[0]?.period.start.toISOString(), targets[0]?.target.toString());
 * // win_rate 2025-02-28T17:00:00.000Z 0.3
 *
 * try {
 *   parseTargets({
 *     targets: [
 *       { metric: "win_rat", period: "2025-03", target: 0.3 },
 *       { metric: "win_rate", period: "2025-13", target: { min: 0.4, max: 0.2 } },
 *     ],
 *   });
 * } catch (error) {
 *   if (isKpiError(error)) console.log(error.message);
 *   // 3 problems:
 *   //   - parseTargets: targets[0].metric must be the id of a metric in the catalog or in options.metrics, received "win_rat"
 *   //   - parseTargets: targets[1].period must be a period that exists in the calendar (a real date, a week number the week-year has, a month 01-12), received "2025-13"
 *   //   - parseTargets: targets[1].target must be a range whose min is at most its max, received min 0.4, max 0.2
 * }
 * ```
 * @category Targets
 */
export function parseTargets(input: unknown, options?: ParseTargetsOptions): readonly TargetSpec[] {
  const place: Place = { subject: "parseTargets", path: [] };
  let data: unknown = input;
  if (typeof input === "string") {
    try {
      data = JSON.parse(input);
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      throw new KpiError([
        makeIssue({
          ...place,
          code: "invalid_target",
          expected: TARGET_EXPECTED.targetsJson,
          received: TARGET_EXPECTED.receivedJson(detail),
        }),
      ]);
    }
  }
  const calendar = resolveCalendarFor(options?.calendar, "parseTargets", ["options", "calendar"]);
  const extra = readExtraMetrics(options?.metrics);

  const issues: KpiIssue[] = [];
  const entries = readEntries(data, place, issues);
  // Whether the whole file is well formed (what targetsFileSchema accepts): only then are
  // duplicates looked for, as before, so that a broken file is not also reported for them.
  let wellFormed = issues.length === 0;
  const candidates: Candidate[] = [];
  for (let index = 0; index < entries.length; index++) {
    const entry = entries[index];
    const entryPlace = child(place, "targets", index);
    const before = issues.length;
    readEntryShape(entry, entryPlace, issues);
    if (issues.length > before) wellFormed = false;
    if (!isRecord(entry)) continue;
    let metric: AnyMetric | undefined;
    if (typeof entry.metric === "string") {
      metric =
        extra.get(entry.metric) ?? (hasMetric(entry.metric) ? getMetric(entry.metric) : undefined);
      if (metric === undefined) {
        issues.push(
          makeIssue({
            ...child(entryPlace, "metric"),
            code: "unknown_metric",
            expected: TARGET_EXPECTED.metricIdString,
            received: describe(entry.metric),
          }),
        );
      }
    }
    let period: Period | undefined;
    if (typeof entry.period === "string") {
      try {
        period = parsePeriod(entry.period, calendar);
      } catch (error) {
        reissue(error, child(entryPlace, "period"), issues);
      }
    }
    const target = readTarget(
      entry.target,
      child(entryPlace, "target"),
      issues,
      TARGET_EXPECTED.targetField,
    );
    if (target === null) {
      issues.push(
        makeIssue({
          ...child(entryPlace, "target"),
          code: "invalid_target",
          expected: TARGET_EXPECTED.targetField,
          received: describe(target),
        }),
      );
    }
    const bands =
      entry.bands === undefined ? null : readBands(entry.bands, child(entryPlace, "bands"), issues);
    if (target === undefined || target === null || bands === undefined) wellFormed = false;
    if (
      issues.length > before ||
      metric === undefined ||
      period === undefined ||
      target === undefined ||
      target === null ||
      bands === undefined
    ) {
      continue;
    }
    candidates.push({ index, entry, entryPlace, metric, period, target, bands });
  }
  const specs: TargetSpec[] = [];
  if (wellFormed) {
    const seen = new Set<string>();
    for (const { index, entry, entryPlace, metric, period, target, bands } of candidates) {
      const group = isGroupValue(entry.group) ? entry.group : null;
      const key = JSON.stringify([metric.id, period.key, group]);
      if (seen.has(key)) {
        issues.push(
          makeIssue({
            ...entryPlace,
            code: "invalid_target",
            expected: TARGET_EXPECTED.uniqueTarget,
            received: TARGET_EXPECTED.receivedDuplicate(metric.id, period.key, group),
          }),
        );
        continue;
      }
      seen.add(key);
      const weight =
        entry.weight === undefined
          ? null
          : (readDecimal(entry.weight, child(entryPlace, "weight"), issues) ?? null);
      specs.push({
        index,
        metric,
        metricId: metric.id,
        period,
        target,
        bands,
        weight,
        group,
        label: typeof entry.label === "string" ? entry.label : null,
      });
    }
  }
  if (issues.length > 0) throw new KpiError(sortIssues(issues));
  return specs;
}

/** Issues in file order: by entry index, then as found. */
function sortIssues(issues: KpiIssue[]): KpiIssue[] {
  const indexOf = (issue: KpiIssue) =>
    issue.path[0] === "targets" && typeof issue.path[1] === "number" ? issue.path[1] : -1;
  return issues
    .map((issue, order) => ({ issue, order }))
    .sort((a, b) => indexOf(a.issue) - indexOf(b.issue) || a.order - b.order)
    .map(({ issue }) => issue);
}

function readExtraMetrics(metrics: unknown): ReadonlyMap<string, AnyMetric> {
  const map = new Map<string, AnyMetric>();
  if (metrics === undefined) return map;
  const place: Place = { subject: "parseTargets", path: ["options", "metrics"] };
  if (!Array.isArray(metrics)) {
    throw new KpiError([
      makeIssue({
        ...place,
        code: "invalid_option",
        expected: TARGET_EXPECTED.metric,
        received: describe(metrics),
      }),
    ]);
  }
  const issues: KpiIssue[] = [];
  metrics.forEach((metric: unknown, index) => {
    if (isMetric(metric)) map.set(metric.id, metric);
    else
      issues.push(
        makeIssue({
          ...child(place, index),
          code: "invalid_option",
          expected: TARGET_EXPECTED.metric,
          received: describe(metric),
        }),
      );
  });
  if (issues.length > 0) throw new KpiError(issues);
  return map;
}
