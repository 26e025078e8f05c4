import { type Decimal, isDecimalInstance, KDecimal } from "../core/decimal.js";
import { isKpiError, type KpiErrorCode, type KpiIssue, makeIssue } from "../core/errors.js";
import { describe } from "../core/messages.js";
import { isIssue, readNumeric } from "../core/numeric.js";
import { isMetricDirection } from "../model/directions.js";
import type { AnyMetric, MetricDirection } from "../model/types.js";
import * as TARGET_EXPECTED from "./messages.js";
import type { ResolvedBands, TargetRange } from "./types.js";

/** Where a value sits in the caller's argument, for issues. @internal */
export interface Place {
  readonly subject: string;
  readonly path: readonly (string | number)[];
}

/**
 * Pushes the issues of a KpiError thrown by a lower layer (a period key read by `parsePeriod`) as
 * issues of this call at `place`, keeping their code, expectation and received value; anything
 * else is rethrown. @internal
 */
export function reissue(error: unknown, place: Place, issues: KpiIssue[]): void {
  if (!isKpiError(error)) throw error;
  for (const issue of error.issues) {
    issues.push(
      makeIssue({
        ...place,
        code: issue.code,
        expected: issue.expected,
        received: issue.received,
      }),
    );
  }
}

/** A place one step further down. @internal */
export function child(place: Place, ...parts: (string | number)[]): Place {
  return { subject: place.subject, path: [...place.path, ...parts] };
}

/** Whether a value is a plain object (not an array, not a Decimal, not null). @internal */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return (
    typeof value === "object" &&
    value !== null &&
    !Array.isArray(value) &&
    !isDecimalInstance(value) &&
    !(value instanceof Date)
  );
}

/** Reads a Numeric, pushing an issue when it is not one. @internal */
export function readDecimal(
  value: unknown,
  place: Place,
  issues: KpiIssue[],
  code: KpiErrorCode = "invalid_number",
): Decimal | undefined {
  const read = readNumeric(value, {
    subject: place.subject,
    path: place.path,
  });
  if (isIssue(read)) {
    issues.push(code === "invalid_number" ? read : { ...read, code });
    return undefined;
  }
  return read;
}

/** Reads a non-negative weight (a scorecard line's, a curve's sub-period's), pushing an issue otherwise. @internal */
export function readWeight(
  value: unknown,
  place: Place,
  issues: KpiIssue[],
  expected: string = TARGET_EXPECTED.weight,
): Decimal | undefined {
  const read = readDecimal(value, place, issues, "invalid_option");
  if (read?.isNegative()) {
    issues.push(
      makeIssue({ ...place, code: "invalid_option", expected, received: read.toString() }),
    );
    return undefined;
  }
  return read;
}

/** Reads an actual value: a Numeric or `null`. `undefined` is an issue (a typo is not "no data"). @internal */
export function readActual(
  value: unknown,
  place: Place,
  issues: KpiIssue[],
): Decimal | null | undefined {
  if (value === null) return null;
  if (value === undefined) {
    issues.push(
      makeIssue({
        ...place,
        code: "invalid_number",
        expected: TARGET_EXPECTED.actual,
        received: describe(value),
      }),
    );
    return undefined;
  }
  const read = readNumeric(value, {
    subject: place.subject,
    path: place.path,
  });
  if (isIssue(read)) {
    issues.push(
      makeIssue({
        ...place,
        code: "invalid_number",
        expected: TARGET_EXPECTED.actual,
        received: describe(value),
      }),
    );
    return undefined;
  }
  return read;
}

/** Reads a target: a Numeric, a `{ min, max }` range with min ≤ max, or `null`. @internal */
export function readTarget(
  value: unknown,
  place: Place,
  issues: KpiIssue[],
  expected: string = TARGET_EXPECTED.target,
): Decimal | TargetRange<Decimal> | null | undefined {
  if (value === null) return null;
  if (isRecord(value)) return readRange(value, place, issues, "invalid_target");
  if (value === undefined) {
    issues.push(
      makeIssue({
        ...place,
        code: "invalid_target",
        expected: expected,
        received: describe(value),
      }),
    );
    return undefined;
  }
  const read = readNumeric(value, {
    subject: place.subject,
    path: place.path,
  });
  if (isIssue(read)) {
    issues.push(
      makeIssue({
        ...place,
        code: "invalid_target",
        expected: expected,
        received: describe(value),
      }),
    );
    return undefined;
  }
  return read;
}

/** Reads a `{ min, max }` range of Numerics with min ≤ max. @internal */
export function readRange(
  value: Record<string, unknown>,
  place: Place,
  issues: KpiIssue[],
  code: KpiErrorCode,
): TargetRange<Decimal> | undefined {
  const before = issues.length;
  const extra = Object.keys(value).filter((key) => key !== "min" && key !== "max");
  if (extra.length > 0) {
    issues.push(
      makeIssue({
        ...place,
        code: code,
        expected: TARGET_EXPECTED.rangeFields,
        received: TARGET_EXPECTED.receivedFields(extra),
      }),
    );
  }
  const min = readDecimal(value.min, child(place, "min"), issues, code);
  const max = readDecimal(value.max, child(place, "max"), issues, code);
  if (min === undefined || max === undefined || issues.length > before) return undefined;
  if (min.gt(max)) {
    issues.push(
      makeIssue({
        ...place,
        code: code,
        expected: TARGET_EXPECTED.rangeOrder,
        received: TARGET_EXPECTED.receivedRange(min.toString(), max.toString()),
      }),
    );
    return undefined;
  }
  return { min, max };
}

/** Default bands: thresholds 1 / 0.9; tolerance 0.95–1.05 / 0.9–1.1 for a neutral point target. @internal */
export function defaultBands(direction: MetricDirection, range: boolean): ResolvedBands {
  if (direction === "neutral" && !range) {
    return {
      onTrack: { min: new KDecimal("0.95"), max: new KDecimal("1.05") },
      atRisk: { min: new KDecimal("0.9"), max: new KDecimal("1.1") },
    };
  }
  return { onTrack: new KDecimal(1), atRisk: new KDecimal("0.9") };
}

/** Reads status bands, pushing every problem. @internal */
export function readBands(
  value: unknown,
  place: Place,
  issues: KpiIssue[],
): ResolvedBands | undefined {
  if (!isRecord(value)) {
    issues.push(
      makeIssue({
        ...place,
        code: "invalid_option",
        expected: TARGET_EXPECTED.bands,
        received: describe(value),
      }),
    );
    return undefined;
  }
  const before = issues.length;
  const extra = Object.keys(value).filter((key) => key !== "onTrack" && key !== "atRisk");
  if (extra.length > 0) {
    issues.push(
      makeIssue({
        ...place,
        code: "invalid_option",
        expected: TARGET_EXPECTED.bandsFields,
        received: TARGET_EXPECTED.receivedFields(extra),
      }),
    );
  }
  const onTrackRaw = value.onTrack;
  const atRiskRaw = value.atRisk;
  if (isRecord(onTrackRaw) !== isRecord(atRiskRaw)) {
    issues.push(
      makeIssue({
        ...place,
        code: "invalid_option",
        expected: TARGET_EXPECTED.bandsShape,
        received: TARGET_EXPECTED.receivedBands(describe(onTrackRaw), describe(atRiskRaw)),
      }),
    );
    return undefined;
  }
  if (isRecord(onTrackRaw) && isRecord(atRiskRaw)) {
    const onTrack = readRange(onTrackRaw, child(place, "onTrack"), issues, "invalid_option");
    const atRisk = readRange(atRiskRaw, child(place, "atRisk"), issues, "invalid_option");
    if (onTrack === undefined || atRisk === undefined || issues.length > before) return undefined;
    if (atRisk.min.gt(onTrack.min) || atRisk.max.lt(onTrack.max)) {
      issues.push(
        makeIssue({
          ...place,
          code: "invalid_option",
          expected: TARGET_EXPECTED.bandsNesting,
          received: TARGET_EXPECTED.receivedBands(
            `${onTrack.min.toString()}..${onTrack.max.toString()}`,
            `${atRisk.min.toString()}..${atRisk.max.toString()}`,
          ),
        }),
      );
      return undefined;
    }
    return { onTrack, atRisk };
  }
  const onTrack = readDecimal(onTrackRaw, child(place, "onTrack"), issues, "invalid_option");
  const atRisk = readDecimal(atRiskRaw, child(place, "atRisk"), issues, "invalid_option");
  if (onTrack === undefined || atRisk === undefined || issues.length > before) return undefined;
  if (atRisk.gt(onTrack)) {
    issues.push(
      makeIssue({
        ...place,
        code: "invalid_option",
        expected: TARGET_EXPECTED.bandsOrder,
        received: TARGET_EXPECTED.receivedBands(onTrack.toString(), atRisk.toString()),
      }),
    );
    return undefined;
  }
  return { onTrack, atRisk };
}

/** Whether bands are tolerance ranges. @internal */
export function isToleranceBands(
  bands: ResolvedBands,
): bands is { readonly onTrack: TargetRange<Decimal>; readonly atRisk: TargetRange<Decimal> } {
  return !isDecimalInstance(bands.onTrack);
}

/** The resolved subject of an evaluation: its direction, id and metric. @internal */
export interface Subject {
  readonly direction: MetricDirection;
  readonly metricId: string | null;
  readonly metric: AnyMetric | null;
}

/** Whether a value is a metric made with defineMetric. @internal */
export function isMetric(value: unknown): value is AnyMetric {
  return (
    typeof value === "function" &&
    (value as { kind?: unknown }).kind === "metric" &&
    typeof (value as { id?: unknown }).id === "string"
  );
}

/**
 * Resolves `metric` / `direction` / `id` into a direction and an id, pushing every problem. A
 * metric is given as itself; a string id resolves only through `lookup`, which id-taking entry
 * points (targets, whose entries carry their metrics) pass: the target layer never imports the
 * catalog, so evaluating a metric object does not bundle the 42 built-in metrics.
 *
 * @internal
 */
export function readSubject(
  source: Record<string, unknown>,
  place: Place,
  issues: KpiIssue[],
  lookup?: ReadonlyMap<string, AnyMetric>,
): Subject | undefined {
  const before = issues.length;
  let metric: AnyMetric | null = null;
  const rawMetric = source.metric;
  if (rawMetric !== undefined) {
    if (isMetric(rawMetric)) {
      metric = rawMetric;
    } else if (typeof rawMetric === "string" && lookup?.has(rawMetric)) {
      metric = lookup.get(rawMetric) as AnyMetric;
    } else {
      issues.push(
        makeIssue({
          ...child(place, "metric"),
          code:
            typeof rawMetric === "string" && lookup !== undefined
              ? "unknown_metric"
              : "invalid_argument",
          expected:
            typeof rawMetric === "string" && lookup !== undefined
              ? TARGET_EXPECTED.metricInTargets
              : TARGET_EXPECTED.metric,
          received: describe(rawMetric),
        }),
      );
    }
  }
  const rawDirection = source.direction;
  if (rawDirection !== undefined && !isMetricDirection(rawDirection)) {
    issues.push(
      makeIssue({
        ...child(place, "direction"),
        code: "invalid_argument",
        expected: TARGET_EXPECTED.direction,
        received: describe(rawDirection),
      }),
    );
  }
  const rawId = source.id;
  if (rawId !== undefined && (typeof rawId !== "string" || rawId === "")) {
    issues.push(
      makeIssue({
        ...child(place, "id"),
        code: "invalid_argument",
        expected: TARGET_EXPECTED.id,
        received: describe(rawId),
      }),
    );
  }
  if (issues.length > before) return undefined;
  if (metric === null && rawDirection === undefined) {
    issues.push(
      makeIssue({
        ...child(place, "metric"),
        code: "invalid_argument",
        expected: TARGET_EXPECTED.metricOrDirection,
        received: TARGET_EXPECTED.receivedNeither,
      }),
    );
    return undefined;
  }
  if (metric !== null && rawDirection !== undefined && rawDirection !== metric.direction) {
    issues.push(
      makeIssue({
        ...child(place, "direction"),
        code: "invalid_argument",
        expected: `${TARGET_EXPECTED.sameDirection} ${TARGET_EXPECTED.metricDirectionIs(metric.id, metric.direction)}`,
        received: describe(rawDirection),
      }),
    );
    return undefined;
  }
  const direction = (metric?.direction ?? rawDirection) as MetricDirection;
  const metricId = metric?.id ?? (typeof rawId === "string" ? rawId : null);
  return { direction, metricId, metric };
}
