import type { KpiIssue } from "../core/errors.js";
import { KpiError, makeIssue } from "../core/errors.js";
import { describe } from "../core/messages.js";
import type { Numeric } from "../core/numeric.js";
import { isIssue, readNumeric } from "../core/numeric.js";
import { unreachable } from "../core/unreachable.js";
import { REVIEW_EXPECTED } from "./messages.js";

/**
 * The kinds of alert rule:
 *
 * - `threshold`: the value is above `above` or below `below` (strictly).
 * - `change`: the value moved by at least `by` since the previous period (`direction` up, down or either).
 * - `change_percent`: the value moved by at least `percent` % of the previous value (a previous value of 0 or less never fires: growth from it is undefined).
 * - `outside_band`: the value is below `min` or above `max`.
 * - `missed_target_streak`: the target was missed `periods` periods in a row (below it for
 *   `higher_is_better`, the default; above it for `lower_is_better`).
 *
 * Any rule can say `onlyIfSignificant: true`: a level rule then fires only when the point's
 * interval lies wholly beyond the threshold, a change rule only when the change is significant
 * (see {@link compareShares}, {@link compareNps}, {@link compareMeans}) at `confidence`
 * (default 0.95).
 *
 * @example
 * ```ts
 * import { alertRuleKinds } from "kinerja";
 *
 * console.log(alertRuleKinds.join(" "));
 * // threshold change change_percent outside_band missed_target_streak
 * ```
 * @category Review statistics
 */
export const alertRuleKinds = [
  "threshold",
  "change",
  "change_percent",
  "outside_band",
  "missed_target_streak",
] as const;

/**
 * One of the {@link alertRuleKinds}.
 *
 * @category Review statistics
 */
export type AlertRuleKind = (typeof alertRuleKinds)[number];

/**
 * The fields every alert rule has.
 *
 * @category Review statistics
 */
export interface AlertRuleBase {
  /** A unique id, reported with each alert. */
  readonly id: string;
  /** The metric id of the series the rule watches. */
  readonly metric: string;
  /** Only the series of this group (`null`: only the series without a group); absent: every group. */
  readonly group?: string | null;
  /** Fire only when the breach is distinguishable from sampling noise. */
  readonly onlyIfSignificant?: boolean;
  /** The confidence of that test, 0 < c ≤ 0.999999999 (default 0.95). */
  readonly confidence?: Numeric;
}

/**
 * An alert rule as plain data (validated by {@link validateAlertRules}).
 *
 * @category Review statistics
 */
export type AlertRule =
  | (AlertRuleBase & {
      readonly kind: "threshold";
      readonly above?: Numeric;
      readonly below?: Numeric;
    })
  | (AlertRuleBase & {
      readonly kind: "change";
      readonly by: Numeric;
      readonly direction?: (typeof CHANGE_DIRECTIONS)[number];
    })
  | (AlertRuleBase & {
      readonly kind: "change_percent";
      readonly percent: Numeric;
      readonly direction?: (typeof CHANGE_DIRECTIONS)[number];
    })
  | (AlertRuleBase & {
      readonly kind: "outside_band";
      readonly min: Numeric;
      readonly max: Numeric;
    })
  | (AlertRuleBase & {
      readonly kind: "missed_target_streak";
      readonly periods: number;
      readonly metricDirection?: (typeof STREAK_DIRECTIONS)[number];
    });

/** The directions of a change rule. @internal */
export const CHANGE_DIRECTIONS = ["up", "down", "either"] as const;

/** The metric directions of a missed-target streak. @internal */
export const STREAK_DIRECTIONS = ["higher_is_better", "lower_is_better"] as const;

/** The fields of each kind of rule. @internal */
export const COMMON = ["id", "kind", "metric", "group", "onlyIfSignificant", "confidence"] as const;

export const FIELDS: Record<AlertRuleKind, readonly string[]> = {
  threshold: [...COMMON, "above", "below"],
  change: [...COMMON, "by", "direction"],
  change_percent: [...COMMON, "percent", "direction"],
  outside_band: [...COMMON, "min", "max"],
  missed_target_streak: [...COMMON, "periods", "metricDirection"],
};

const SUBJECT = "validateAlertRules";

/**
 * Checks alert rules given as plain data (from JSON, a settings screen) and returns them typed.
 * Every problem is reported at once, each with its path (`rules[2].by`): an unknown kind or field,
 * a missing or duplicate id, a threshold that is not a number, a band whose max is below its min.
 *
 * @param rules - An array of rules.
 * @returns The same rules, typed as {@link AlertRule}.
 * @throws {KpiError} listing every problem (`invalid_argument`, `invalid_number`, `out_of_domain`, `invalid_option`, `inconsistent_inputs`).
 * @example
 * ```ts
 * import { isKpiError, validateAlertRules } from "kinerja";
 *
 * try {
 *   validateAlertRules([{ id: "a", kind: "change", metric: "nps", by: -5 }, { id: "a", kind: "band" }]);
 * } catch (error) {
 *   if (isKpiError(error)) for (const issue of error.issues) console.log(issue.path.join("."), issue.code);
 *   // rules.0.by out_of_domain
 *   // rules.1.id invalid_argument
 *   // rules.1.metric invalid_argument
 *   // rules.1.kind invalid_argument
 * }
 * ```
 * @category Review statistics
 */
export function validateAlertRules(rules: unknown): readonly AlertRule[] {
  if (!Array.isArray(rules)) {
    throw new KpiError([issue("invalid_argument", ["rules"], REVIEW_EXPECTED.rules, rules)]);
  }
  const issues: KpiIssue[] = [];
  const ids = new Set<string>();
  rules.forEach((rule: unknown, index: number) => {
    checkRule(rule, ["rules", index], ids, issues);
  });
  if (issues.length > 0) throw new KpiError(issues);
  return rules as readonly AlertRule[];
}

function issue(
  code: KpiIssue["code"],
  path: readonly (string | number)[],
  expected: string,
  received: unknown,
): KpiIssue {
  return makeIssue({ code, subject: SUBJECT, path, expected, received: describe(received) });
}

function checkRule(
  value: unknown,
  path: (string | number)[],
  ids: Set<string>,
  issues: KpiIssue[],
): void {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    issues.push(issue("invalid_argument", path, REVIEW_EXPECTED.rule, value));
    return;
  }
  const rule = value as Record<string, unknown>;
  if (typeof rule.id !== "string" || rule.id === "" || ids.has(rule.id)) {
    issues.push(issue("invalid_argument", [...path, "id"], REVIEW_EXPECTED.ruleId, rule.id));
  } else ids.add(rule.id);
  if (typeof rule.metric !== "string" || rule.metric === "") {
    issues.push(
      issue("invalid_argument", [...path, "metric"], REVIEW_EXPECTED.metricId, rule.metric),
    );
  }
  if (rule.group !== undefined && rule.group !== null && typeof rule.group !== "string") {
    issues.push(issue("invalid_argument", [...path, "group"], REVIEW_EXPECTED.group, rule.group));
  }
  if (rule.onlyIfSignificant !== undefined && typeof rule.onlyIfSignificant !== "boolean") {
    issues.push(
      issue(
        "invalid_argument",
        [...path, "onlyIfSignificant"],
        REVIEW_EXPECTED.boolean,
        rule.onlyIfSignificant,
      ),
    );
  }
  if (rule.confidence !== undefined) {
    const confidence = number(rule.confidence, [...path, "confidence"], issues);
    if (confidence !== null && (!confidence.gt(0) || confidence.gt("0.999999999"))) {
      issues.push(
        issue(
          "invalid_option",
          [...path, "confidence"],
          REVIEW_EXPECTED.confidence,
          rule.confidence,
        ),
      );
    }
  }
  if (!(alertRuleKinds as readonly unknown[]).includes(rule.kind)) {
    issues.push(issue("invalid_argument", [...path, "kind"], REVIEW_EXPECTED.ruleKind, rule.kind));
    return;
  }
  const kind = rule.kind as AlertRuleKind;
  const allowed = FIELDS[kind];
  for (const key of Object.keys(rule)) {
    if (!allowed.includes(key)) {
      issues.push(
        issue("invalid_argument", [...path, key], REVIEW_EXPECTED.knownField(allowed), rule[key]),
      );
    }
  }
  checkKind(kind, rule, path, issues);
}

function checkKind(
  kind: AlertRuleKind,
  rule: Record<string, unknown>,
  path: (string | number)[],
  issues: KpiIssue[],
): void {
  switch (kind) {
    case "threshold": {
      if (rule.above === undefined && rule.below === undefined) {
        issues.push(
          issue("invalid_argument", [...path, "above"], REVIEW_EXPECTED.aboveOrBelow, rule.above),
        );
      }
      if (rule.above !== undefined) number(rule.above, [...path, "above"], issues);
      if (rule.below !== undefined) number(rule.below, [...path, "below"], issues);
      return;
    }
    case "change":
    case "change_percent": {
      const field = kind === "change" ? "by" : "percent";
      const amount = number(rule[field], [...path, field], issues);
      if (amount !== null && !amount.gt(0)) {
        issues.push(
          issue("out_of_domain", [...path, field], REVIEW_EXPECTED.positive, rule[field]),
        );
      }
      if (
        rule.direction !== undefined &&
        !(CHANGE_DIRECTIONS as readonly unknown[]).includes(rule.direction)
      ) {
        issues.push(
          issue(
            "invalid_argument",
            [...path, "direction"],
            REVIEW_EXPECTED.changeDirection,
            rule.direction,
          ),
        );
      }
      return;
    }
    case "outside_band": {
      const min = number(rule.min, [...path, "min"], issues);
      const max = number(rule.max, [...path, "max"], issues);
      if (min !== null && max?.lt(min)) {
        issues.push(
          issue("inconsistent_inputs", [...path, "max"], REVIEW_EXPECTED.bandOrder, rule.max),
        );
      }
      return;
    }
    case "missed_target_streak": {
      const periods = rule.periods;
      if (
        typeof periods !== "number" ||
        !Number.isInteger(periods) ||
        periods < 1 ||
        periods > 1000
      ) {
        issues.push(issue("out_of_domain", [...path, "periods"], REVIEW_EXPECTED.streak, periods));
      }
      if (
        rule.metricDirection !== undefined &&
        !(STREAK_DIRECTIONS as readonly unknown[]).includes(rule.metricDirection)
      ) {
        issues.push(
          issue(
            "invalid_argument",
            [...path, "metricDirection"],
            REVIEW_EXPECTED.metricDirection,
            rule.metricDirection,
          ),
        );
      }
      return;
    }
    default:
      unreachable(kind, "alert rule kind");
  }
}

function number(value: unknown, path: (string | number)[], issues: KpiIssue[]) {
  const read = readNumeric(value, { subject: SUBJECT, path });
  if (isIssue(read)) {
    issues.push(read);
    return null;
  }
  return read;
}
