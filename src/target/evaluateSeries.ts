import { type Decimal, isDecimalInstance } from "../core/decimal.js";
import { KpiError, type KpiIssue } from "../core/errors.js";
import { describe, TARGET_EXPECTED } from "../core/messages.js";
import type { AnyMetric } from "../metric/types.js";
import { computeEvaluation } from "./compute.js";
import { readFormula } from "./evaluate.js";
import { isGroupValue, type TargetSpec } from "./parseTargets.js";
import {
  child,
  defaultBands,
  isRecord,
  issueAt,
  type Place,
  readActual,
  readBands,
  readSubject,
} from "./read.js";
import type { Evaluation, StatusBands } from "./types.js";

/**
 * A point of a series of metric values, as produced by the aggregate layer: the period (only its
 * `key` is used), the value (`null` when undefined) and, for grouped series, the group.
 * @category Targets
 */
export interface SeriesPointLike {
  readonly period: { readonly key: string };
  readonly value: Decimal | null;
  readonly group?: unknown;
}

/**
 * Options of {@link evaluateSeries}.
 *
 * @category Targets
 */
export interface EvaluateSeriesOptions {
  /** The metric the series holds (or a built-in id); only targets for it are used. */
  readonly metric: AnyMetric | string;
  /** Bands for targets that have none of their own (default: those of `evaluate`). */
  readonly bands?: StatusBands;
  /** Lower-is-better attainment formula: `"inverse"` (default) or `"linear"`. */
  readonly attainment?: "inverse" | "linear";
}

/**
 * One point with its evaluation.
 *
 * @category Targets
 */
export interface SeriesEvaluation<P extends SeriesPointLike = SeriesPointLike> {
  /** The point's period, as given. */
  readonly period: P["period"];
  /** The point's group, as given (`undefined` for an ungrouped series). */
  readonly group: P["group"];
  /** The target that matched, `null` when there was none. */
  readonly spec: TargetSpec | null;
  readonly evaluation: Evaluation;
}

function groupOf(value: unknown): string | number | boolean | null | undefined {
  if (value === undefined || value === null) return null;
  return isGroupValue(value) ? value : undefined;
}

/**
 * Evaluates a series of metric values against per-period targets: one {@link Evaluation} per
 * point, in the series' order. A point matches the target for the same metric whose period key is
 * the point's period key and whose `group` is the point's `group` (a string, number or boolean,
 * compared strictly: `"2025"` is not `2025`); targets without a group match points whose group is
 * `null` or absent. A point with no matching target is not dropped: it gets a
 * `no_data` evaluation with a `null` target. Targets for periods that are not in the series are
 * ignored.
 *
 * @param points - The series: any iterable of `{ period: { key }, value, group? }`.
 * @param targets - Targets from `parseTargets`.
 * @param options - `metric` (required), and `bands` / `attainment` for targets without their own.
 * @returns One entry per point: the period, the group, the matched target and the evaluation.
 * @throws {KpiError} `invalid_argument` for a malformed point or targets; `unknown_metric`;
 * `invalid_option` for bands or attainment.
 * @example
 * ```ts
 * import { evaluateSeries, parseTargets, toDecimal } from "kinerja";
 *
 * const targets = parseTargets({
 *   targets: [
 *     { metric: "win_rate", period: "2025-01", target: 0.3 },
 *     { metric: "win_rate", period: "2025-02", target: 0.3 },
 *   ],
 * });
 * const series = [
 *   { period: { key: "2025-01" }, value: toDecimal("0.31") },
 *   { period: { key: "2025-02" }, value: toDecimal("0.27") },
 *   { period: { key: "2025-03" }, value: toDecimal("0.33") },
 * ];
 * for (const row of evaluateSeries(series, targets, { metric: "win_rate" })) {
 *   console.log(row.period.key, row.evaluation.attainment?.toString() ?? null, row.evaluation.status);
 *   // 2025-01 1.033333333333333333333333333333333 on_track
 *   // 2025-02 0.9 at_risk
 *   // 2025-03 null no_data
 * }
 * ```
 * @category Targets
 */
export function evaluateSeries<P extends SeriesPointLike>(
  points: Iterable<P>,
  targets: readonly TargetSpec[],
  options: EvaluateSeriesOptions,
): SeriesEvaluation<P>[] {
  const place: Place = { subject: "evaluateSeries", path: [] };
  const issues: KpiIssue[] = [];
  if (!isRecord(options)) {
    throw new KpiError([
      issueAt(
        child(place, "options"),
        "invalid_argument",
        TARGET_EXPECTED.options,
        describe(options),
      ),
    ]);
  }
  const optionsPlace = child(place, "options");
  if (options.metric === undefined) {
    issues.push(
      issueAt(
        child(optionsPlace, "metric"),
        "invalid_argument",
        TARGET_EXPECTED.metric,
        "undefined",
      ),
    );
  }
  const subject =
    options.metric === undefined
      ? undefined
      : readSubject({ metric: options.metric }, optionsPlace, issues);
  const bands =
    options.bands === undefined
      ? undefined
      : readBands(options.bands, child(optionsPlace, "bands"), issues);
  const lowerFormula =
    subject === undefined
      ? undefined
      : readFormula(
          options.attainment,
          subject.direction,
          null,
          child(optionsPlace, "attainment"),
          issues,
        );
  if (!Array.isArray(targets)) {
    issues.push(
      issueAt(
        child(place, "targets"),
        "invalid_argument",
        TARGET_EXPECTED.targets,
        describe(targets),
      ),
    );
  }
  const list: unknown[] = [];
  if (
    points === null ||
    typeof points !== "object" ||
    typeof (points as Partial<Iterable<P>>)[Symbol.iterator] !== "function"
  ) {
    issues.push(
      issueAt(child(place, "points"), "invalid_argument", TARGET_EXPECTED.points, describe(points)),
    );
  } else {
    for (const point of points) list.push(point);
  }
  const values: (Decimal | null)[] = [];
  list.forEach((point, index) => {
    const pointPlace = child(place, "points", index);
    if (!isRecord(point) || !isRecord(point.period) || typeof point.period.key !== "string") {
      issues.push(issueAt(pointPlace, "invalid_argument", TARGET_EXPECTED.point, describe(point)));
      return;
    }
    const value = readActual(point.value, child(pointPlace, "value"), issues);
    if (value !== undefined) values[index] = value;
  });
  if (issues.length > 0 || subject === undefined || lowerFormula === undefined) {
    throw new KpiError(issues);
  }

  const byKey = new Map<string, TargetSpec>();
  for (const spec of targets) {
    if (spec.metricId === subject.metricId) {
      byKey.set(JSON.stringify([spec.period.key, spec.group]), spec);
    }
  }
  return list.map((raw, index) => {
    const point = raw as P;
    const group = groupOf(point.group);
    const spec =
      group === undefined ? undefined : byKey.get(JSON.stringify([point.period.key, group]));
    const target = spec?.target ?? null;
    const range = target !== null && !isDecimalInstance(target);
    const evaluation = computeEvaluation({
      metricId: subject.metricId,
      direction: subject.direction,
      actual: values[index] ?? null,
      target,
      bands: spec?.bands ?? bands ?? defaultBands(subject.direction, range),
      lowerFormula,
    });
    return { period: point.period, group: point.group, spec: spec ?? null, evaluation };
  });
}
