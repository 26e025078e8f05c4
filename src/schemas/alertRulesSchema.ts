import * as z from "zod/mini";
import type { Decimal } from "../core/decimal.js";
import { type Numeric, numericOrUndefined } from "../core/numeric.js";
import { numericJsonSchema } from "../core/numericJsonSchema.js";
import { withJsonSchema } from "../core/withJsonSchema.js";
import {
  type AlertRule,
  alertRuleKinds,
  CHANGE_DIRECTIONS,
  STREAK_DIRECTIONS,
} from "../review/alertRules.js";
import { REVIEW_EXPECTED } from "../review/messages.js";

/**
 * A file of alert rules, as written in JSON: `{ "rules": [ ... ] }`.
 *
 * @category Review statistics
 */
export interface AlertRulesFile {
  readonly rules: readonly AlertRule[];
}

const MAX_CONFIDENCE = "0.999999999";

function numeric(expected: string, holds: (value: Decimal) => boolean = () => true) {
  return withJsonSchema(
    z.custom<Numeric>(
      (value) => {
        const read = numericOrUndefined(value);
        return read !== undefined && holds(read);
      },
      { error: `Expected ${expected}` },
    ),
    numericJsonSchema(),
  );
}

function base() {
  return {
    id: z
      .string({ error: `Expected ${REVIEW_EXPECTED.ruleId}` })
      .check(z.minLength(1, { error: `Expected ${REVIEW_EXPECTED.ruleId}` })),
    metric: z
      .string({ error: `Expected ${REVIEW_EXPECTED.metricId}` })
      .check(z.minLength(1, { error: `Expected ${REVIEW_EXPECTED.metricId}` })),
    group: z.optional(z.nullable(z.string({ error: `Expected ${REVIEW_EXPECTED.group}` }))),
    onlyIfSignificant: z.optional(z.boolean({ error: `Expected ${REVIEW_EXPECTED.boolean}` })),
    confidence: z.optional(
      numeric(REVIEW_EXPECTED.confidence, (value) => value.gt(0) && value.lte(MAX_CONFIDENCE)),
    ),
  };
}

const [THRESHOLD, CHANGE, CHANGE_PERCENT, OUTSIDE_BAND, STREAK] = alertRuleKinds;

/**
 * A zod (v4, `zod/mini`) schema for one alert rule: `kind` is the discriminator and each kind has
 * its own strict set of fields; it accepts exactly the rules `validateAlertRules` (from "kinerja") accepts one
 * by one (a threshold needs `above` or `below`, a band's `max` is at least its `min`, `by` and
 * `percent` are positive, a streak is 1 to 1000 periods). It validates; it does not convert.
 *
 * @returns The schema.
 * @example
 * ```ts
 * import { alertRuleSchema } from "kinerja/schemas";
 *
 * const schema = alertRuleSchema();
 * console.log(schema.safeParse({ id: "nps-drop", kind: "change", metric: "nps", by: 10, direction: "down" }).success);
 * // true
 * console.log(schema.safeParse({ id: "nps-drop", kind: "change", metric: "nps", by: 10, above: 3 }).success);
 * // false
 * ```
 * @category Review statistics
 */
export function alertRuleSchema(): z.ZodMiniType<AlertRule> {
  const direction = z.optional(
    z.enum(CHANGE_DIRECTIONS, { error: `Expected ${REVIEW_EXPECTED.changeDirection}` }),
  );
  const positive = numeric(REVIEW_EXPECTED.positive, (value) => value.gt(0));
  const threshold = z
    .strictObject({
      ...base(),
      kind: z.literal(THRESHOLD),
      above: z.optional(numeric(REVIEW_EXPECTED.valueOrNull)),
      below: z.optional(numeric(REVIEW_EXPECTED.valueOrNull)),
    })
    .check(
      z.refine((rule) => rule.above !== undefined || rule.below !== undefined, {
        error: `Expected ${REVIEW_EXPECTED.aboveOrBelow}`,
        path: ["above"],
      }),
    );
  const change = z.strictObject({
    ...base(),
    kind: z.literal(CHANGE),
    by: positive,
    direction,
  });
  const changePercent = z.strictObject({
    ...base(),
    kind: z.literal(CHANGE_PERCENT),
    percent: positive,
    direction,
  });
  const band = z
    .strictObject({
      ...base(),
      kind: z.literal(OUTSIDE_BAND),
      min: numeric(REVIEW_EXPECTED.valueOrNull),
      max: numeric(REVIEW_EXPECTED.valueOrNull),
    })
    .check(
      z.refine(
        (rule) => {
          const min = numericOrUndefined(rule.min);
          const max = numericOrUndefined(rule.max);
          return min === undefined || max === undefined || max.gte(min);
        },
        { error: `Expected ${REVIEW_EXPECTED.bandOrder}`, path: ["max"] },
      ),
    );
  const streak = z.strictObject({
    ...base(),
    kind: z.literal(STREAK),
    periods: z.int({ error: `Expected ${REVIEW_EXPECTED.streak}` }).check(z.gte(1), z.lte(1000)),
    metricDirection: z.optional(
      z.enum(STREAK_DIRECTIONS, { error: `Expected ${REVIEW_EXPECTED.metricDirection}` }),
    ),
  });
  return z.discriminatedUnion("kind", [threshold, change, changePercent, band, streak], {
    error: `Expected ${REVIEW_EXPECTED.ruleKind}`,
  }) as unknown as z.ZodMiniType<AlertRule>;
}

/**
 * A zod (v4, `zod/mini`) schema for a file of alert rules, `{ "rules": [ ... ] }`: each rule as
 * {@link alertRuleSchema} checks it, and the ids unique. `alert-rules.schema.json`, shipped with
 * the package, is its JSON Schema, for editors.
 *
 * @returns The schema.
 * @example
 * ```ts
 * import { alertRulesFileSchema } from "kinerja/schemas";
 *
 * const rule = { id: "win-rate-miss", kind: "missed_target_streak", metric: "win_rate", periods: 2 };
 * console.log(alertRulesFileSchema().safeParse({ rules: [rule] }).success);
 * // true
 * console.log(alertRulesFileSchema().safeParse({ rules: [rule, rule] }).success);
 * // false
 * ```
 * @category Review statistics
 */
export function alertRulesFileSchema(): z.ZodMiniType<AlertRulesFile> {
  const rules = z.array(alertRuleSchema(), { error: `Expected ${REVIEW_EXPECTED.rules}` }).check(
    z.superRefine((list, context) => {
      const seen = new Set<string>();
      list.forEach((rule, index) => {
        if (seen.has(rule.id)) {
          context.addIssue({
            code: "custom",
            message: `Expected ${REVIEW_EXPECTED.ruleId}`,
            path: [index, "id"],
            input: rule.id,
          });
        }
        seen.add(rule.id);
      });
    }),
  );
  return z.strictObject(
    { rules },
    { error: `Expected ${REVIEW_EXPECTED.rulesFile}` },
  ) as unknown as z.ZodMiniType<AlertRulesFile>;
}
