import type { Decimal } from "../core/decimal.js";
import { isKpiError, KpiError, type KpiIssue, makeIssue } from "../core/errors.js";
import { describe, TARGET_EXPECTED } from "../core/messages.js";
import type { AnyMetric } from "../metric/types.js";
import { getMetric, hasMetric } from "../metrics/catalog.js";
import { parsePeriod } from "../period/parsePeriod.js";
import { resolveCalendarFor } from "../period/resolveCalendar.js";
import type { CalendarInput, Period } from "../period/types.js";
import {
  child,
  isMetric,
  isRecord,
  issueAt,
  type Place,
  readBands,
  readDecimal,
  readTarget,
  whereOf,
} from "./read.js";
import { targetsFileSchema } from "./schema.js";
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

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let value = root;
  for (const key of path) {
    if (typeof value !== "object" || value === null) return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

function plainPath(path: readonly PropertyKey[]): (string | number)[] {
  return path.map((key) => (typeof key === "number" ? key : String(key)));
}

/** Whether a path is one that the target layer's own readers report more precisely. */
function readByUs(path: readonly (string | number)[]): boolean {
  return path.length >= 3 && path[0] === "targets" && (path[2] === "target" || path[2] === "bands");
}

/**
 * Reads a targets file — JSON text or an already parsed object `{ targets: [...] }` — and validates
 * it completely: the shape with {@link targetsFileSchema}, every metric id against the catalog
 * (and `options.metrics`), every period key with `parsePeriod` in your calendar, ranges, bands,
 * weights, and that no metric has two targets for the same period and group. Every problem is
 * reported in one `KpiError`, not just the first.
 *
 * @param input - JSON text, or the parsed object.
 * @param options - `calendar` for the period keys; `metrics` for your own metrics.
 * @returns The targets, in file order, with Decimals and Period values.
 * @throws {KpiError} listing every problem: `invalid_target` (shape, values, duplicates, JSON
 * syntax), `unknown_metric` (ids), `invalid_period` (keys), `invalid_option` (bands, weights).
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
        issueAt(
          place,
          "invalid_target",
          TARGET_EXPECTED.targetsJson,
          TARGET_EXPECTED.receivedJson(detail),
        ),
      ]);
    }
  }
  const calendar = resolveCalendarFor(options?.calendar, "parseTargets", ["options", "calendar"]);
  const extra = readExtraMetrics(options?.metrics);

  const issues: KpiIssue[] = [];
  const parsed = targetsFileSchema().safeParse(data);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const path = plainPath(issue.path);
      if (readByUs(path)) continue;
      if (issue.code === "unrecognized_keys") {
        issues.push(
          issueAt(
            place,
            "invalid_target",
            issue.message,
            TARGET_EXPECTED.receivedFields(issue.keys),
            path,
          ),
        );
      } else {
        issues.push(
          issueAt(place, "invalid_target", issue.message, describe(valueAt(data, path)), path),
        );
      }
    }
  }
  const entries = isRecord(data) && Array.isArray(data.targets) ? (data.targets as unknown[]) : [];
  const specs: TargetSpec[] = [];
  const seen = new Set<string>();
  entries.forEach((entry, index) => {
    if (!isRecord(entry)) return;
    const entryPlace = child(place, "targets", index);
    const before = issues.length;
    let metric: AnyMetric | undefined;
    if (typeof entry.metric === "string") {
      metric =
        extra.get(entry.metric) ?? (hasMetric(entry.metric) ? getMetric(entry.metric) : undefined);
      if (metric === undefined) {
        issues.push(
          issueAt(
            child(entryPlace, "metric"),
            "unknown_metric",
            TARGET_EXPECTED.metricIdString,
            describe(entry.metric),
          ),
        );
      }
    }
    let period: Period | undefined;
    if (typeof entry.period === "string") {
      try {
        period = parsePeriod(entry.period, calendar);
      } catch (error) {
        if (!isKpiError(error)) throw error;
        const path = [...entryPlace.path, "period"];
        for (const issue of error.issues) {
          issues.push(
            makeIssue({
              code: issue.code,
              subject: "parseTargets",
              path,
              where: whereOf(path),
              expected: issue.expected,
              received: issue.received,
            }),
          );
        }
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
        issueAt(child(entryPlace, "target"), "invalid_target", TARGET_EXPECTED.targetField, "null"),
      );
    }
    const bands =
      entry.bands === undefined ? null : readBands(entry.bands, child(entryPlace, "bands"), issues);
    if (
      issues.length > before ||
      metric === undefined ||
      period === undefined ||
      target === undefined ||
      target === null ||
      bands === undefined ||
      !parsed.success
    ) {
      return;
    }
    const group = isGroupValue(entry.group) ? entry.group : null;
    const key = JSON.stringify([metric.id, period.key, group]);
    if (seen.has(key)) {
      issues.push(
        issueAt(
          entryPlace,
          "invalid_target",
          TARGET_EXPECTED.uniqueTarget,
          TARGET_EXPECTED.receivedDuplicate(metric.id, period.key, group),
        ),
      );
      return;
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
  });
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
      issueAt(place, "invalid_option", TARGET_EXPECTED.metric, describe(metrics)),
    ]);
  }
  const issues: KpiIssue[] = [];
  metrics.forEach((metric: unknown, index) => {
    if (isMetric(metric)) map.set(metric.id, metric);
    else
      issues.push(
        issueAt(child(place, index), "invalid_option", TARGET_EXPECTED.metric, describe(metric)),
      );
  });
  if (issues.length > 0) throw new KpiError(issues);
  return map;
}
