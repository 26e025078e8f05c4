import { type Decimal, KDecimal } from "../core/decimal.js";
import { isKpiError, KpiError, type KpiIssue, makeIssue } from "../core/errors.js";
import { describe } from "../core/messages.js";
import type { Numeric } from "../core/numeric.js";
import { isIssue, readNumeric } from "../core/numeric.js";
import { unreachable } from "../core/unreachable.js";
import { plainNumber } from "./_plainNumber.js";
import { type AlertRule, validateAlertRules } from "./alertRules.js";
import { compareMeans } from "./compareMeans.js";
import { compareNps } from "./compareNps.js";
import { compareShares } from "./compareShares.js";
import type { Difference } from "./difference.js";
import { meanInterval } from "./meanInterval.js";
import { ALERT_WORDS, REVIEW_EXPECTED } from "./messages.js";
import type { MomentStateInput } from "./momentState.js";
import { npsInterval } from "./npsInterval.js";
import { shareInterval } from "./shareInterval.js";
import type { ReviewLocale } from "./verdicts.js";

/**
 * The sample behind a point, for "only if significant" rules: the counts of a share, of an NPS,
 * or the state of a mean.
 *
 * @category Review statistics
 */
export type AlertSample =
  | { readonly model: "share"; readonly successes: Numeric; readonly n: Numeric }
  | {
      readonly model: "nps";
      readonly promoters: Numeric;
      readonly passives: Numeric;
      readonly detractors: Numeric;
    }
  | ({ readonly model: "mean" } & MomentStateInput);

/**
 * One period of a series watched by alert rules.
 *
 * @category Review statistics
 */
export interface AlertPoint {
  readonly period: string;
  /** The metric's value, or `null` when it does not exist (no rule fires on it). */
  readonly value: Numeric | null;
  readonly target?: Numeric | null;
  /** The sample, for significance (a level from its interval, a change from both periods' samples). */
  readonly sample?: AlertSample;
  /** A ready interval, for level rules when there is no sample. */
  readonly interval?: { readonly lower: Numeric; readonly upper: Numeric };
}

/**
 * A series of one metric (and optionally one group), in period order.
 *
 * @category Review statistics
 */
export interface AlertSeries {
  readonly metric: string;
  readonly group?: string | null;
  readonly points: readonly AlertPoint[];
}

/**
 * A fired alert: which rule, where, the value, the threshold it crossed and the message in both
 * languages.
 *
 * @category Review statistics
 */
export interface Alert {
  readonly rule: string;
  readonly kind: AlertRule["kind"];
  readonly metric: string;
  readonly group: string | null;
  readonly period: string;
  readonly value: Decimal;
  /** The threshold crossed: above/below, min/max, the change or percent, the target. */
  readonly threshold: Decimal;
  /** The previous period's value, for change rules. */
  readonly previous: Decimal | null;
  readonly message: { readonly id: string; readonly en: string };
}

const SUBJECT = "evaluateAlerts";

interface Point {
  period: string;
  value: Decimal | null;
  target: Decimal | null;
  sample: AlertSample | undefined;
  interval: { lower: Decimal; upper: Decimal } | undefined;
  path: (string | number)[];
}

interface Series {
  metric: string;
  group: string | null;
  points: Point[];
}

function issue(
  code: KpiIssue["code"],
  path: readonly (string | number)[],
  expected: string,
  received: unknown,
): KpiIssue {
  return makeIssue({ code, subject: SUBJECT, path, expected, received: describe(received) });
}

function numberOrNull(
  value: unknown,
  path: (string | number)[],
  issues: KpiIssue[],
): Decimal | null {
  if (value === null || value === undefined) return null;
  const read = readNumeric(value, { subject: SUBJECT, path });
  if (isIssue(read)) {
    issues.push(read);
    return null;
  }
  return read;
}

function readSeries(value: unknown): Series[] {
  if (!Array.isArray(value))
    throw new KpiError([issue("invalid_argument", ["series"], REVIEW_EXPECTED.series, value)]);
  const issues: KpiIssue[] = [];
  const result = value.map((entry: unknown, index: number): Series => {
    const path = ["series", index];
    if (typeof entry !== "object" || entry === null) {
      issues.push(issue("invalid_argument", path, REVIEW_EXPECTED.seriesEntry, entry));
      return { metric: "", group: null, points: [] };
    }
    const series = entry as Record<string, unknown>;
    if (typeof series.metric !== "string" || series.metric === "") {
      issues.push(
        issue("invalid_argument", [...path, "metric"], REVIEW_EXPECTED.metricId, series.metric),
      );
    }
    if (series.group !== undefined && series.group !== null && typeof series.group !== "string") {
      issues.push(
        issue("invalid_argument", [...path, "group"], REVIEW_EXPECTED.group, series.group),
      );
    }
    if (!Array.isArray(series.points)) {
      issues.push(
        issue("invalid_argument", [...path, "points"], REVIEW_EXPECTED.points, series.points),
      );
      return { metric: String(series.metric), group: null, points: [] };
    }
    const points = series.points.map((raw: unknown, at: number): Point => {
      const pointPath = [...path, "points", at];
      if (typeof raw !== "object" || raw === null) {
        issues.push(issue("invalid_argument", pointPath, REVIEW_EXPECTED.point, raw));
        return {
          period: "",
          value: null,
          target: null,
          sample: undefined,
          interval: undefined,
          path: pointPath,
        };
      }
      const point = raw as Record<string, unknown>;
      if (typeof point.period !== "string" || point.period === "") {
        issues.push(
          issue("invalid_argument", [...pointPath, "period"], REVIEW_EXPECTED.period, point.period),
        );
      }
      let interval: Point["interval"];
      if (point.interval !== undefined) {
        const box = point.interval as Record<string, unknown> | null;
        const lower = numberOrNull(box?.lower, [...pointPath, "interval", "lower"], issues);
        const upper = numberOrNull(box?.upper, [...pointPath, "interval", "upper"], issues);
        if (lower === null || upper === null || upper.lt(lower)) {
          issues.push(
            issue(
              "invalid_argument",
              [...pointPath, "interval"],
              REVIEW_EXPECTED.pointInterval,
              point.interval,
            ),
          );
        } else interval = { lower, upper };
      }
      const sample = point.sample;
      if (
        sample !== undefined &&
        (typeof sample !== "object" ||
          sample === null ||
          !["share", "nps", "mean"].includes((sample as { model?: unknown }).model as string))
      ) {
        issues.push(
          issue("invalid_argument", [...pointPath, "sample"], REVIEW_EXPECTED.sample, sample),
        );
      }
      return {
        period: String(point.period),
        value: numberOrNull(point.value, [...pointPath, "value"], issues),
        target: numberOrNull(point.target, [...pointPath, "target"], issues),
        sample: sample as AlertSample | undefined,
        interval,
        path: pointPath,
      };
    });
    return {
      metric: String(series.metric),
      group: typeof series.group === "string" ? series.group : null,
      points,
    };
  });
  if (issues.length > 0) throw new KpiError(issues);
  return result;
}

/** Runs a review function on a point's sample, moving its issues under the point's path. */
function atPath<T>(path: (string | number)[], run: () => T): T {
  try {
    return run();
  } catch (error) {
    if (!isKpiError(error)) throw error;
    throw new KpiError(
      error.issues.map((found) =>
        makeIssue({
          code: found.code,
          subject: SUBJECT,
          path: [...path, "sample", ...found.path.slice(1)],
          expected: found.expected,
          received: found.received,
        }),
      ),
    );
  }
}

function levelInterval(
  point: Point,
  confidence: Numeric | undefined,
): { lower: Decimal; upper: Decimal } | null {
  if (point.sample !== undefined) {
    const sample = point.sample;
    const result = atPath(point.path, () => {
      switch (sample.model) {
        case "share":
          return shareInterval(sample, { confidence });
        case "nps":
          return npsInterval(sample, { confidence });
        case "mean":
          return meanInterval(sample, { confidence });
        default:
          return unreachable(sample, "sample model");
      }
    });
    return result.lower === null || result.upper === null
      ? null
      : { lower: result.lower, upper: result.upper };
  }
  if (point.interval !== undefined) return point.interval;
  throw new KpiError([
    issue(
      "invalid_argument",
      [...point.path, "sample"],
      REVIEW_EXPECTED.significanceEvidence,
      undefined,
    ),
  ]);
}

function changeSignificant(
  previous: Point,
  current: Point,
  confidence: Numeric | undefined,
): boolean {
  const from = previous.sample;
  const to = current.sample;
  if (from === undefined || to === undefined) {
    const missing = from === undefined ? previous : current;
    throw new KpiError([
      issue(
        "invalid_argument",
        [...missing.path, "sample"],
        REVIEW_EXPECTED.significanceEvidence,
        undefined,
      ),
    ]);
  }
  if (from.model !== to.model) {
    throw new KpiError([
      issue(
        "inconsistent_inputs",
        [...current.path, "sample", "model"],
        REVIEW_EXPECTED.sameModel,
        to.model,
      ),
    ]);
  }
  const difference: Difference = atPath(current.path, () => {
    switch (to.model) {
      case "share":
        return compareShares({ from: from as typeof to, to }, { confidence });
      case "nps":
        return compareNps({ from: from as typeof to, to }, { confidence });
      case "mean":
        return compareMeans({ from: from as typeof to, to }, { confidence });
      default:
        return unreachable(to, "sample model");
    }
  });
  return difference.verdict === "significant";
}

/** A number for a message: at most 4 decimal places, trailing zeros dropped. */
function shown(value: Decimal, locale: ReviewLocale, places = 4): string {
  const rounded = value.toDecimalPlaces(places, KDecimal.ROUND_HALF_UP);
  return plainNumber(rounded, rounded.decimalPlaces(), locale);
}

function matches(rule: AlertRule, series: Series): boolean {
  if (rule.metric !== series.metric) return false;
  if (rule.group === undefined) return true;
  return rule.group === series.group;
}

/**
 * Evaluates alert rules over series of period values (and targets): the list of alerts that
 * fire, with the rule, period, group, value, threshold and a message in Indonesian and English.
 * No I/O: delivering them is the caller's job.
 *
 * Rules are checked with {@link validateAlertRules}; series and points are checked too, every
 * problem reported at once with its path. Alerts come in series order, then period order, then
 * rule order. Change rules compare each point with the one before it in the array.
 *
 * @param rules - The {@link AlertRule}s.
 * @param series - The {@link AlertSeries}: `{ metric, group?, points: [{ period, value, target?, sample?, interval? }] }`.
 * @returns The {@link Alert}s.
 * @throws {KpiError} for invalid rules or series; `invalid_argument` when an "only if significant" rule meets a point without the sample (or interval) it needs; `inconsistent_inputs` when consecutive samples are of different models.
 * @example
 * ```ts
 * import { evaluateAlerts } from "kinerja";
 *
 * const alerts = evaluateAlerts(
 *   [
 *     { id: "win-rate-low", kind: "threshold", metric: "win_rate", below: "0.25" },
 *     { id: "win-rate-miss", kind: "missed_target_streak", metric: "win_rate", periods: 2 },
 *   ],
 *   [
 *     {
 *       metric: "win_rate",
 *       group: "Jakarta",
 *       points: [
 *         { period: "2025-01", value: "0.31", target: "0.3" },
 *         { period: "2025-02", value: "0.27", target: "0.3" },
 *         { period: "2025-03", value: "0.22", target: "0.3" },
 *       ],
 *     },
 *   ],
 * );
 * for (const alert of alerts) console.log(alert.rule, alert.period, "|", alert.message.id, "|", alert.message.en);
 * // win-rate-low 2025-03 | win_rate (Jakarta) 2025-03: 0,22 di bawah 0,25 | win_rate (Jakarta) 2025-03: 0.22 is below 0.25
 * // win-rate-miss 2025-03 | win_rate (Jakarta) 2025-03: 0,22 tidak mencapai target 0,3 selama 2 periode berturut-turut | win_rate (Jakarta) 2025-03: 0.22 missed its target 0.3 for 2 periods in a row
 * ```
 * @category Review statistics
 */
export function evaluateAlerts(
  rules: readonly AlertRule[],
  series: readonly AlertSeries[],
): readonly Alert[] {
  const checked = validateAlertRules(rules);
  const read = readSeries(series);
  const alerts: Alert[] = [];
  for (const one of read) {
    const streaks = new Map<string, number>();
    one.points.forEach((point, index) => {
      for (const rule of checked) {
        if (!matches(rule, one)) continue;
        const alert = check(rule, one, point, index, streaks);
        if (alert !== null) alerts.push(alert);
      }
    });
  }
  return alerts;
}

function check(
  rule: AlertRule,
  series: Series,
  point: Point,
  index: number,
  streaks: Map<string, number>,
): Alert | null {
  const value = point.value;
  const significant = rule.onlyIfSignificant === true;
  const make = (
    threshold: Decimal,
    previous: Decimal | null,
    words: (locale: ReviewLocale) => string,
  ): Alert => ({
    rule: rule.id,
    kind: rule.kind,
    metric: series.metric,
    group: series.group,
    period: point.period,
    value: new KDecimal(value as Decimal),
    threshold: new KDecimal(threshold),
    previous: previous === null ? null : new KDecimal(previous),
    message: { id: sentence("id", words), en: sentence("en", words) },
  });
  const sentence = (locale: ReviewLocale, words: (locale: ReviewLocale) => string): string => {
    const suffix = significant
      ? ALERT_WORDS[locale].significant(shown(confidenceOf(rule).times(100), locale, 2))
      : "";
    return `${ALERT_WORDS[locale].subject(series.metric, series.group, point.period)}: ${words(locale)}${suffix}`;
  };
  if (rule.kind === "missed_target_streak") {
    const missed =
      value !== null && point.target !== null && missedTarget(rule, point, value, point.target);
    const streak = missed ? (streaks.get(rule.id) ?? 0) + 1 : 0;
    streaks.set(rule.id, streak);
    if (streak < rule.periods || value === null || point.target === null) return null;
    const target = point.target;
    return make(target, null, (l) =>
      ALERT_WORDS[l].streak(shown(value, l), shown(target, l), rule.periods),
    );
  }
  if (value === null) return null;
  switch (rule.kind) {
    case "threshold": {
      const above = rule.above === undefined ? null : new KDecimal(rule.above);
      const below = rule.below === undefined ? null : new KDecimal(rule.below);
      if (
        above !== null &&
        value.gt(above) &&
        (!significant || levelBeyond(rule, point, above, "above"))
      ) {
        return make(above, null, (l) => ALERT_WORDS[l].above(shown(value, l), shown(above, l)));
      }
      if (
        below !== null &&
        value.lt(below) &&
        (!significant || levelBeyond(rule, point, below, "below"))
      ) {
        return make(below, null, (l) => ALERT_WORDS[l].below(shown(value, l), shown(below, l)));
      }
      return null;
    }
    case "outside_band": {
      const min = new KDecimal(rule.min);
      const max = new KDecimal(rule.max);
      const low = value.lt(min) && (!significant || levelBeyond(rule, point, min, "below"));
      const high = value.gt(max) && (!significant || levelBeyond(rule, point, max, "above"));
      if (!low && !high) return null;
      return make(low ? min : max, null, (l) =>
        ALERT_WORDS[l].outside(shown(value, l), shown(min, l), shown(max, l)),
      );
    }
    case "change":
    case "change_percent": {
      const before = series.points[index - 1];
      if (before === undefined || before.value === null) return null;
      const previous = before.value;
      if (rule.kind === "change_percent" && !previous.gt(0)) return null;
      const difference = value.minus(previous);
      const size = rule.kind === "change" ? difference : difference.div(previous).times(100);
      const threshold = new KDecimal(rule.kind === "change" ? rule.by : rule.percent);
      const direction = rule.direction ?? "either";
      const up = size.gte(threshold) && direction !== "down";
      const down = size.neg().gte(threshold) && direction !== "up";
      if (!up && !down) return null;
      if (significant && !changeSignificant(before, point, rule.confidence)) return null;
      const amount = size.abs();
      return make(threshold, previous, (l) => {
        const words = ALERT_WORDS[l];
        const text =
          rule.kind === "change"
            ? up
              ? words.rose
              : words.fell
            : up
              ? words.rosePercent
              : words.fellPercent;
        return text(
          shown(amount, l, rule.kind === "change" ? 4 : 1),
          shown(previous, l),
          shown(value, l),
          shown(threshold, l),
        );
      });
    }
    default:
      return unreachable(rule, "alert rule kind");
  }
}

function confidenceOf(rule: AlertRule): Decimal {
  return new KDecimal(rule.confidence ?? "0.95");
}

function levelBeyond(
  rule: AlertRule,
  point: Point,
  threshold: Decimal,
  side: "above" | "below",
): boolean {
  const interval = levelInterval(point, rule.confidence);
  if (interval === null) return false;
  return side === "above" ? interval.lower.gt(threshold) : interval.upper.lt(threshold);
}

function missedTarget(
  rule: Extract<AlertRule, { kind: "missed_target_streak" }>,
  point: Point,
  value: Decimal,
  target: Decimal,
): boolean {
  const lowerIsBetter = rule.metricDirection === "lower_is_better";
  const missed = lowerIsBetter ? value.gt(target) : value.lt(target);
  if (!missed || rule.onlyIfSignificant !== true) return missed;
  return levelBeyond(rule, point, target, lowerIsBetter ? "above" : "below");
}
