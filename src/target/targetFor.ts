import { KpiError, type KpiIssue, makeIssue } from "../core/errors.js";
import { describe } from "../core/messages.js";
import type { AnyMetric } from "../model/types.js";
import type { CalendarInput } from "../period/types.js";
import * as TARGET_EXPECTED from "./messages.js";
import type { TargetSpec } from "./parseTargets.js";
import { child, isRecord, type Place, readSubject } from "./read.js";
import {
  calendarMismatch,
  metricsOf,
  readGroupOption,
  readPeriodArgument,
  readTargetsArgument,
} from "./targetSpecs.js";

/**
 * Options of {@link targetFor}.
 *
 * @category Targets
 */
export interface TargetForOptions {
  /** The group whose target is wanted (a region, a sales rep); default `null`, the target without a group. */
  readonly group?: string | number | boolean | null;
}

/**
 * Looks up the target of one metric in one period in parsed targets: the entry for that metric,
 * period key and group, or `null` when the targets have none. A period key means different
 * instants in different calendars, so a period given with its calendar (a Period) must be in the
 * calendar of the target found.
 *
 * @param targets - The result of `parseTargets` (or entries of the same shape).
 * @param metric - The metric, or the id of a metric the targets carry (`"win_rate"`).
 * @param period - A period key such as `"2025-03"`, or a Period (`{ key, calendar }`).
 * @param options - `group` for a grouped target (default: the target without a group).
 * @returns The target, as `parseTargets` made it, or `null`.
 * @throws {KpiError} `unknown_metric` for an id no target carries; `invalid_argument` for a
 * malformed target, metric or period; `invalid_option` for a group that is not a string, finite
 * number or boolean; `invalid_calendar` when the period and the target are in different calendars.
 * @example
 * ```ts
 * import { parseTargets, targetFor, winRate } from "kinerja";
 *
 * const targets = parseTargets({
 *   targets: [
 *     { metric: "win_rate", period: "2025-03", target: 0.3, weight: 2 },
 *     { metric: "win_rate", period: "2025-03", target: 0.35, group: "Bali" },
 *     { metric: "sales_revenue", period: "2025-03", target: "1250000000" },
 *   ],
 * });
 * const march = targetFor(targets, winRate, "2025-03");
 * console.log(march?.target.toString(), march?.weight?.toString());
 * // 0.3 2
 * console.log(targetFor(targets, "win_rate", "2025-03", { group: "Bali" })?.target.toString());
 * // 0.35
 * console.log(targetFor(targets, winRate, "2025-04"));
 * // null
 * ```
 * @category Targets
 */
export function targetFor(
  targets: readonly TargetSpec[],
  metric: AnyMetric | string,
  period: string | { readonly key: string; readonly calendar?: CalendarInput },
  options?: TargetForOptions,
): TargetSpec | null {
  const place: Place = { subject: "targetFor", path: [] };
  const issues: KpiIssue[] = [];
  const specs = readTargetsArgument(targets, place, issues);
  if (metric === undefined) {
    issues.push(
      makeIssue({
        ...child(place, "metric"),
        code: "invalid_argument",
        expected: TARGET_EXPECTED.metricInTargets,
        received: describe(metric),
      }),
    );
  }
  const subject =
    metric === undefined ? undefined : readSubject({ metric }, place, issues, metricsOf(targets));
  const wanted = readPeriodArgument(period, child(place, "period"), issues);
  let group: string | number | boolean | null | undefined = null;
  if (options !== undefined) {
    if (isRecord(options)) {
      group = readGroupOption(options.group, child(place, "options", "group"), issues);
    } else {
      issues.push(
        makeIssue({
          ...child(place, "options"),
          code: "invalid_argument",
          expected: TARGET_EXPECTED.targetForOptions,
          received: describe(options),
        }),
      );
    }
  }
  if (issues.length > 0 || subject === undefined || wanted === undefined || group === undefined) {
    throw new KpiError(issues);
  }
  const found = specs.find(
    (spec) => spec.metricId === subject.metricId && spec.key === wanted.key && spec.group === group,
  );
  if (found === undefined) return null;
  if (wanted.calendar !== undefined) {
    const mismatch = calendarMismatch(wanted.calendar, found, child(place, "period", "calendar"));
    if (mismatch !== null) throw new KpiError([mismatch]);
  }
  return found.spec;
}
