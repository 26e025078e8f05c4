import { raise } from "../core/errors.js";
import { unreachable } from "../core/unreachable.js";
import { pad } from "./civil.js";
import { GRANULARITY_SPECS, type GranularitySpec } from "./granularities.js";
import { GRANULARITIES } from "./granularity.js";
import { PERIOD_EXPECTED } from "./messages.js";
import {
  type RETAIL_COMPARISON_REASONS,
  RETAIL_COMPARISON_RULES,
} from "./retailComparisonVocabulary.js";
import { periodArgument, periodInRange, type SharedBucketer, sharedBucketer } from "./shared.js";
import type { Period } from "./types.js";

/**
 * A rule of {@link retailComparisonPeriod}: `"non_restated"` (week n against week n of the
 * previous retail year), `"restated"` (every week against the week 364 days earlier, as NRF
 * restates a year that follows a 53-week year; week 53 has no counterpart) or `"364_days"` (every
 * week against the week 364 days earlier, week 53 included).
 *
 * @category Periods
 */
export type RetailComparisonRule = (typeof RETAIL_COMPARISON_RULES)[number];

/**
 * Why a {@link RetailComparison} has no `previous` period: `"no_counterpart"` (week 53 of a
 * 53-week year, which the rule does not compare) or `"not_one_period"` (the counterpart weeks, in
 * `previousWeeks`, start a week later than a period of the granularity).
 *
 * @category Periods
 */
export type RetailComparisonReason = (typeof RETAIL_COMPARISON_REASONS)[number];

/**
 * Options of {@link retailComparisonPeriod}.
 *
 * @category Periods
 */
export interface RetailComparisonPeriodOptions {
  /** How the counterpart is found (no default: the choice changes every comparison after a 53-week year). */
  readonly rule: RetailComparisonRule;
}

/**
 * A retail period and its counterpart a year earlier under one rule.
 *
 * @category Periods
 */
export interface RetailComparison {
  /** The period compared. */
  readonly period: Period;
  /** The rule used. */
  readonly rule: RetailComparisonRule;
  /** The counterpart, when it is one period of the same granularity; otherwise `null` (see `reason`). */
  readonly previous: Period | null;
  /** The retail weeks compared against, in order (empty when there is no counterpart). */
  readonly previousWeeks: readonly Period[];
  /** Why `previous` is `null`; `null` when it is set. */
  readonly reason: RetailComparisonReason | null;
}

/** The weeks of a 52-week offset: 364 days. */
const WEEKS_PER_YEAR = 52;

/**
 * The counterpart a year earlier of a period of a retail granularity (`retail_week` …
 * `retail_year`), by a named rule, as retail analysts compare 52/53-week years:
 *
 * - `"non_restated"`: the same week or period number in the previous retail year. Week 53 has
 *   none (`previous` `null`, `reason` `"no_counterpart"`), rather than an invented one.
 * - `"restated"`: the weeks 364 days earlier, leaving out week 53. After a 53-week year that is
 *   NRF's restated comparison (last year's weeks shifted by one, its first week dropped), so the
 *   counterpart of a period longer than a week is not a period of the calendar: `previous` is
 *   `null` with `reason` `"not_one_period"` and `previousWeeks` lists the weeks. Otherwise it is
 *   the same-numbered period, and week 53 has no counterpart.
 * - `"364_days"`: the weeks 364 days (52 weeks) earlier, week 53 included (against week 1 of its
 *   own year): never a missing week, the same weekdays, but not always the same week number.
 *
 * `samePeriodLastYear` is the non-restated rule for every granularity, except that it maps week
 * 53 to week 52 (it must return a period).
 *
 * @param period - A period of a retail granularity.
 * @param options - The rule.
 * @returns The period, its counterpart (or `null` and why) and the counterpart's weeks.
 * @throws {KpiError} `invalid_period` for something that is not a period of a retail granularity
 *   or a counterpart before the first supported instant; `invalid_argument` for an unknown rule.
 * @example
 * ```ts
 * import { parsePeriod, retailComparisonPeriod } from "kinerja";
 *
 * // NRF 2023 had 53 weeks; 2024 follows it.
 * const week = parsePeriod("RY2024-W01");
 * console.log(retailComparisonPeriod(week, { rule: "non_restated" }).previous?.key);
 * // RY2023-W01
 * console.log(retailComparisonPeriod(week, { rule: "restated" }).previous?.key);
 * // RY2023-W02
 * const extra = retailComparisonPeriod(parsePeriod("RY2023-W53"), { rule: "non_restated" });
 * console.log(extra.previous, extra.reason);
 * // null no_counterpart
 * const march = retailComparisonPeriod(parsePeriod("RY2024-P02"), { rule: "restated" });
 * console.log(march.previous, march.reason, march.previousWeeks.map((w) => w.key).join(" "));
 * // null not_one_period RY2023-W06 RY2023-W07 RY2023-W08 RY2023-W09 RY2023-W10
 * ```
 * @category Periods
 */
export function retailComparisonPeriod(
  period: Period,
  options: RetailComparisonPeriodOptions,
): RetailComparison {
  const subject = "retailComparisonPeriod";
  const { shared, ordinal } = periodArgument(period, subject);
  const spec: GranularitySpec = GRANULARITY_SPECS[shared.bucketer.granularity];
  if (!isRetailUnit(spec)) {
    raise(
      "invalid_period",
      subject,
      ["period"],
      PERIOD_EXPECTED.retailPeriod(retailNames()),
      period.key,
    );
  }
  const rule: unknown =
    typeof options === "object" && options !== null
      ? (options as { rule?: unknown }).rule
      : options;
  if (!(RETAIL_COMPARISON_RULES as readonly unknown[]).includes(rule)) {
    raise(
      "invalid_argument",
      subject,
      ["options", "rule"],
      PERIOD_EXPECTED.retailComparisonRule(RETAIL_COMPARISON_RULES),
      rule,
    );
  }
  const checked = rule as RetailComparisonRule;
  const own = shared.bucketer.period(ordinal);
  const weeks = sharedBucketer("retail_week", shared.bucketer.calendar);
  const first = weeks.bucketer.ordinalOf(shared.bucketer.startOf(ordinal));
  const end = weeks.bucketer.ordinalOf(shared.bucketer.startOf(ordinal + 1));
  const result = (
    previous: Period | null,
    previousWeeks: readonly Period[],
    reason: RetailComparisonReason | null,
  ): RetailComparison =>
    Object.freeze({
      period: own,
      rule: checked,
      previous,
      previousWeeks: Object.freeze(previousWeeks),
      reason,
    });
  switch (checked) {
    case "non_restated": {
      const target = sameNumberLastYear(shared, ordinal, spec);
      if (target === undefined) return result(null, [], "no_counterpart");
      const previous = periodInRange(shared, target, subject);
      return result(previous, weeksOf(weeks, shared, target, subject), null);
    }
    case "restated":
    case "364_days": {
      const previousWeeks: Period[] = [];
      for (let week = first; week < end; week += 1) {
        if (checked === "restated" && weeks.scheme.keyOf(week).endsWith("W53")) continue;
        previousWeeks.push(periodInRange(weeks, week - WEEKS_PER_YEAR, subject));
      }
      const head = previousWeeks[0];
      const last = previousWeeks[previousWeeks.length - 1];
      if (head === undefined || last === undefined) return result(null, [], "no_counterpart");
      const candidate = shared.bucketer.ordinalOf(head.start.getTime());
      const exact =
        shared.bucketer.startOf(candidate) === head.start.getTime() &&
        shared.bucketer.startOf(candidate + 1) === last.end.getTime();
      return exact
        ? result(periodInRange(shared, candidate, subject), previousWeeks, null)
        : result(null, previousWeeks, "not_one_period");
    }
    default:
      return unreachable(checked, "retail comparison rule");
  }
}

/** Whether a row is of the retail year. */
function isRetailUnit(spec: GranularitySpec): boolean {
  switch (spec.unit) {
    case "retail_week":
    case "retail_period":
      return true;
    case "day":
    case "week":
    case "month":
      return false;
    default:
      return unreachable(spec.unit, "granularity unit");
  }
}

/** The retail granularities, for messages. */
function retailNames(): string[] {
  return GRANULARITIES.filter((granularity) => isRetailUnit(GRANULARITY_SPECS[granularity]));
}

/** The ordinal with the same number in the previous retail year, or undefined (week 53). */
function sameNumberLastYear(
  shared: SharedBucketer,
  ordinal: number,
  spec: GranularitySpec,
): number | undefined {
  switch (spec.unit) {
    case "retail_period":
      return ordinal - 12 / spec.months;
    case "retail_week": {
      const key = shared.scheme.keyOf(ordinal);
      const yearAt = spec.prefix.length;
      const name = Number(key.slice(yearAt, yearAt + 4));
      const previous = `${key.slice(0, yearAt)}${pad(name - 1, 4)}${key.slice(yearAt + 4)}`;
      return shared.scheme.ordinalOfKey(previous);
    }
    case "day":
    case "week":
    case "month":
      return undefined;
    default:
      return unreachable(spec.unit, "granularity unit");
  }
}

/** The retail weeks of a period. */
function weeksOf(
  weeks: SharedBucketer,
  shared: SharedBucketer,
  ordinal: number,
  subject: string,
): Period[] {
  const first = weeks.bucketer.ordinalOf(shared.bucketer.startOf(ordinal));
  const end = weeks.bucketer.ordinalOf(shared.bucketer.startOf(ordinal + 1));
  const list: Period[] = [];
  for (let week = first; week < end; week += 1) list.push(periodInRange(weeks, week, subject));
  return list;
}
