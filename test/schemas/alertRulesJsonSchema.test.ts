import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { validateAlertRules } from "../../src/review/alertRules.js";
import { alertRuleSchema, alertRulesFileSchema } from "../../src/schemas/index.js";
import { repoRoot } from "../support/examples.js";
import { generatedSchemaFile, type Json, valid } from "../support/jsonSchema.js";

// alert-rules.schema.json (for editors) is z.toJSONSchema(alertRulesFileSchema()), plus a title
// and a description. Regenerate it with `npm run schema:alerts`.

const file = join(repoRoot, "alert-rules.schema.json");

function generated(): Record<string, unknown> {
  return generatedSchemaFile(alertRulesFileSchema(), {
    comment:
      "Generated from alertRulesFileSchema() of kinerja/schemas (npm run schema:alerts); do not edit.",
    title: "kinerja alert rules file",
    description:
      'Alert rules for kinerja\'s evaluateAlerts: { "rules": [{ "id", "kind", "metric", ... }] }, kind one of threshold, change, change_percent, outside_band, missed_target_streak, each with its own fields. Numbers are JSON numbers or plain decimal strings. This schema checks shapes; validateAlertRules also checks that ids are unique, that a threshold has above or below, that by and percent are positive, that a band\'s max is at least its min and that a confidence is in (0, 0.999999999].',
  });
}

const text = `${JSON.stringify(generated(), null, 2)}\n`;
if (process.env.KINERJA_WRITE_SCHEMA === "1") writeFileSync(file, text);

const schema = generated();
const accepts = (value: Json) => valid(schema, value);
const validates = (rules: unknown): boolean => {
  try {
    validateAlertRules(rules);
    return true;
  } catch {
    return false;
  }
};

const good: Json[] = [
  { id: "a", kind: "threshold", metric: "win_rate", below: "0.25" },
  { id: "a", kind: "threshold", metric: "win_rate", above: 1, below: 0, group: null },
  { id: "a", kind: "change", metric: "nps", by: 10, direction: "down", onlyIfSignificant: true },
  { id: "a", kind: "change_percent", metric: "sales_revenue", percent: "7.5", confidence: "0.9" },
  { id: "a", kind: "outside_band", metric: "csat", min: "0.7", max: 0.9, group: "Jakarta" },
  { id: "a", kind: "outside_band", metric: "csat", min: 1, max: 1 },
  { id: "a", kind: "missed_target_streak", metric: "win_rate", periods: 3 },
  {
    id: "a",
    kind: "missed_target_streak",
    metric: "churn_rate",
    periods: 1,
    metricDirection: "lower_is_better",
  },
];

// Refused by both the zod schema and the JSON Schema (shapes).
const badShapes: Json[] = [
  { id: "a", kind: "band", metric: "x", min: 1, max: 2 },
  { id: "", kind: "change", metric: "nps", by: 1 },
  { id: "a", kind: "change", metric: "", by: 1 },
  { id: "a", kind: "change", metric: "nps" },
  { id: "a", kind: "change", metric: "nps", by: "1,5" },
  { id: "a", kind: "change", metric: "nps", by: 1, direction: "sideways" },
  { id: "a", kind: "change", metric: "nps", by: 1, above: 3 },
  { id: "a", kind: "threshold", metric: "nps", above: 1, group: 7 },
  { id: "a", kind: "threshold", metric: "nps", above: 1, onlyIfSignificant: "yes" },
  { id: "a", kind: "missed_target_streak", metric: "x", periods: 1.5 },
  { id: "a", kind: "missed_target_streak", metric: "x", periods: 0 },
  { id: "a", kind: "missed_target_streak", metric: "x", periods: 1001 },
  { id: "a", kind: "missed_target_streak", metric: "x", periods: 2, metricDirection: "neutral" },
  { kind: "threshold", metric: "x", above: 1 },
  "rule",
];

// Refused by the zod schema (and validateAlertRules) but of a valid shape for the JSON Schema.
const badValues: Json[] = [
  { id: "a", kind: "threshold", metric: "nps" },
  { id: "a", kind: "change", metric: "nps", by: 0 },
  { id: "a", kind: "change_percent", metric: "nps", percent: "-5" },
  { id: "a", kind: "outside_band", metric: "csat", min: 2, max: 1 },
  { id: "a", kind: "threshold", metric: "nps", above: 1, confidence: 1 },
];

describe("alertRuleSchema", () => {
  it("accepts the rules validateAlertRules accepts", () => {
    for (const rule of good) {
      expect(alertRuleSchema().safeParse(rule).success).toBe(true);
      expect(validates([rule])).toBe(true);
    }
  });

  it("refuses the rules validateAlertRules refuses", () => {
    for (const rule of [...badShapes, ...badValues]) {
      expect(alertRuleSchema().safeParse(rule).success, JSON.stringify(rule)).toBe(false);
      expect(validates([rule]), JSON.stringify(rule)).toBe(false);
    }
  });

  it("words its issues with the review layer's phrases, at the field", () => {
    const result = alertRuleSchema().safeParse({
      id: "a",
      kind: "outside_band",
      metric: "x",
      min: 2,
      max: 1,
    });
    expect(result.error?.issues.map((issue) => [issue.path.join("."), issue.message])).toEqual([
      ["max", "Expected max at least min"],
    ]);
  });
});

describe("alertRulesFileSchema", () => {
  it("refuses duplicate ids, as validateAlertRules does", () => {
    const rule = good[0] as Json;
    expect(alertRulesFileSchema().safeParse({ rules: [rule, rule] }).success).toBe(false);
    expect(validates([rule, rule])).toBe(false);
    expect(
      alertRulesFileSchema().safeParse({
        rules: good.map((r, i) => ({ ...(r as object), id: `r${i}` })),
      }).success,
    ).toBe(true);
  });
});

describe("alert-rules.schema.json", () => {
  it("is z.toJSONSchema(alertRulesFileSchema()): the committed file is up to date", () => {
    expect(readFileSync(file, "utf8")).toBe(text);
  });

  it("accepts every good rule file and refuses every bad shape", () => {
    expect(accepts({ rules: [] })).toBe(true);
    expect(accepts({ rules: good })).toBe(true);
    for (const rule of badShapes)
      expect(accepts({ rules: [rule] }), JSON.stringify(rule)).toBe(false);
    expect(accepts({ rules: [], extra: 1 })).toBe(false);
    expect(accepts({})).toBe(false);
  });

  it("checks shapes only: values the library refuses can pass it", () => {
    for (const rule of badValues) expect(accepts({ rules: [rule] })).toBe(true);
  });
});
