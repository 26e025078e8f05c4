import { type Decimal, isDecimalInstance, KDecimal } from "../core/decimal.js";
import { type KpiErrorCode, type KpiIssue, makeIssue } from "../core/errors.js";
import { describe } from "../core/messages.js";
import { isIssue, readNumeric } from "../core/numeric.js";
import { isMetricDirection } from "../model/directions.js";
import type { AnyMetric, MetricDirection } from "../model/types.js";
import { TARGET_EXPECTED } from "./messages.js";
import type { ResolvedBands, TargetRange } from "./types.js";

/** Where a value sits in the caller's argument, for issues. @internal */
export interface Place {
  readonly subject: string;
  readonly path: readonly (string | number)[];
}

/** The text of a path in a sentence: `entries[2].target.min`. @internal */
export function whereOf(path: readonly (string | number)[]): string {
  let text = "";
  for (const part of path) {
    if (typeof part === "number") text += `[${part}]`;
    else text += text === "" ? part : `.${part}`;
  }
  return text === "" ? "the argument" : text;
}

/** Builds an issue at a place. @internal */
export function issueAt(
  place: Place,
  code: KpiErrorCode,
  expected: string,
  received: string,
  path: readonly (string | number)[] = place.path,
): KpiIssue {
  return makeIssue({
    code,
    subject: place.subject,
    path,
    where: whereOf(path),
    expected,
    received,
  });
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
    where: whereOf(place.path),
  });
  if (isIssue(read)) {
    issues.push(code === "invalid_number" ? read : { ...read, code });
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
    issues.push(issueAt(place, "invalid_number", TARGET_EXPECTED.actual, "undefined"));
    return undefined;
  }
  const read = readNumeric(value, {
    subject: place.subject,
    path: place.path,
    where: whereOf(place.path),
  });
  if (isIssue(read)) {
    issues.push(issueAt(place, "invalid_number", TARGET_EXPECTED.actual, describe(value)));
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
    issues.push(issueAt(place, "invalid_target", expected, "undefined"));
    return undefined;
  }
  const read = readNumeric(value, {
    subject: place.subject,
    path: place.path,
    where: whereOf(place.path),
  });
  if (isIssue(read)) {
    issues.push(issueAt(place, "invalid_target", expected, describe(value)));
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
      issueAt(place, code, TARGET_EXPECTED.rangeFields, TARGET_EXPECTED.receivedFields(extra)),
    );
  }
  const min = readDecimal(value.min, child(place, "min"), issues, code);
  const max = readDecimal(value.max, child(place, "max"), issues, code);
  if (min === undefined || max === undefined || issues.length > before) return undefined;
  if (min.gt(max)) {
    issues.push(
      issueAt(
        place,
        code,
        TARGET_EXPECTED.rangeOrder,
        TARGET_EXPECTED.receivedRange(min.toString(), max.toString()),
      ),
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
    issues.push(issueAt(place, "invalid_option", TARGET_EXPECTED.bands, describe(value)));
    return undefined;
  }
  const before = issues.length;
  const extra = Object.keys(value).filter((key) => key !== "onTrack" && key !== "atRisk");
  if (extra.length > 0) {
    issues.push(
      issueAt(
        place,
        "invalid_option",
        TARGET_EXPECTED.bandsFields,
        TARGET_EXPECTED.receivedFields(extra),
      ),
    );
  }
  const onTrackRaw = value.onTrack;
  const atRiskRaw = value.atRisk;
  if (isRecord(onTrackRaw) !== isRecord(atRiskRaw)) {
    issues.push(
      issueAt(
        place,
        "invalid_option",
        TARGET_EXPECTED.bandsShape,
        TARGET_EXPECTED.receivedBands(describe(onTrackRaw), describe(atRiskRaw)),
      ),
    );
    return undefined;
  }
  if (isRecord(onTrackRaw) && isRecord(atRiskRaw)) {
    const onTrack = readRange(onTrackRaw, child(place, "onTrack"), issues, "invalid_option");
    const atRisk = readRange(atRiskRaw, child(place, "atRisk"), issues, "invalid_option");
    if (onTrack === undefined || atRisk === undefined || issues.length > before) return undefined;
    if (atRisk.min.gt(onTrack.min) || atRisk.max.lt(onTrack.max)) {
      issues.push(
        issueAt(
          place,
          "invalid_option",
          TARGET_EXPECTED.bandsNesting,
          TARGET_EXPECTED.receivedBands(
            `${onTrack.min.toString()}..${onTrack.max.toString()}`,
            `${atRisk.min.toString()}..${atRisk.max.toString()}`,
          ),
        ),
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
      issueAt(
        place,
        "invalid_option",
        TARGET_EXPECTED.bandsOrder,
        TARGET_EXPECTED.receivedBands(onTrack.toString(), atRisk.toString()),
      ),
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
        issueAt(
          child(place, "metric"),
          typeof rawMetric === "string" && lookup !== undefined
            ? "unknown_metric"
            : "invalid_argument",
          typeof rawMetric === "string" && lookup !== undefined
            ? TARGET_EXPECTED.metricInTargets
            : TARGET_EXPECTED.metric,
          describe(rawMetric),
        ),
      );
    }
  }
  const rawDirection = source.direction;
  if (rawDirection !== undefined && !isMetricDirection(rawDirection)) {
    issues.push(
      issueAt(
        child(place, "direction"),
        "invalid_argument",
        TARGET_EXPECTED.direction,
        describe(rawDirection),
      ),
    );
  }
  const rawId = source.id;
  if (rawId !== undefined && (typeof rawId !== "string" || rawId === "")) {
    issues.push(
      issueAt(child(place, "id"), "invalid_argument", TARGET_EXPECTED.id, describe(rawId)),
    );
  }
  if (issues.length > before) return undefined;
  if (metric === null && rawDirection === undefined) {
    issues.push(
      issueAt(
        child(place, "metric"),
        "invalid_argument",
        TARGET_EXPECTED.metricOrDirection,
        TARGET_EXPECTED.receivedNeither,
      ),
    );
    return undefined;
  }
  if (metric !== null && rawDirection !== undefined && rawDirection !== metric.direction) {
    issues.push(
      issueAt(
        child(place, "direction"),
        "invalid_argument",
        `${TARGET_EXPECTED.sameDirection} ${TARGET_EXPECTED.metricDirectionIs(metric.id, metric.direction)}`,
        describe(rawDirection),
      ),
    );
    return undefined;
  }
  const direction = (metric?.direction ?? rawDirection) as MetricDirection;
  const metricId = metric?.id ?? (typeof rawId === "string" ? rawId : null);
  return { direction, metricId, metric };
}
