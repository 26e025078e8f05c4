import type { Decimal } from "../../core/decimal.js";
import { fail, KpiError, type KpiIssue, makeIssue } from "../../core/errors.js";
import { describe, EXPECTED } from "../../core/messages.js";
import { isIssue, type Numeric, readNumeric } from "../../core/numeric.js";
import { divide, type KpiResult } from "../../core/result.js";
import { METRIC_EXPECTED } from "../messages.js";

/**
 * The conversion from one funnel stage to a later one: the stage names and the rate (or `null` with the reason).
 *
 * @category Marketing metrics
 */
export type FunnelStep = { readonly from: string; readonly to: string } & KpiResult;

/**
 * What {@link funnelConversionRates} returns: every stage-to-stage step, in funnel order, and the end-to-end rate.
 *
 * @category Marketing metrics
 */
export interface FunnelConversionRates {
  /** One step per adjacent pair of stages: `stages[i] → stages[i + 1]`. */
  readonly steps: readonly FunnelStep[];
  /** From the first stage to the last. */
  readonly endToEnd: FunnelStep;
}

const SUBJECT = "funnelConversionRates";

/**
 * Conversion rates through a declared funnel (for example lead → MQL → SQL → opportunity →
 * customer): each stage to the next, and the first stage to the last, each `to / from` as in
 * `funnelConversionRate`. Count every stage over the same window. A step over a zero count is `null`
 * with reason `zero_denominator`; a step above 1 (records reaching a stage in this window that entered
 * the previous one earlier) is computed. To roll periods up, sum each stage's counts first.
 *
 * @param counts - The count of records at each stage, as a `Map` or an object keyed by stage name.
 * @param stages - The stage names in funnel order, at least two, each once.
 * @returns The stage-to-stage steps and the end-to-end step.
 * @throws {KpiError} `invalid_argument` for bad stages or counts; `missing_input`, `invalid_number` or `out_of_domain` for a stage count that is absent or not a non-negative integer (every problem is reported).
 * @example
 * ```ts
 * import { funnelConversionRates } from "kinerja";
 *
 * const funnel = funnelConversionRates(
 *   new Map([["lead", 2000], ["mql", 500], ["sql", 200], ["customer", 50]]),
 *   ["lead", "mql", "sql", "customer"],
 * );
 * console.log(funnel.steps.map((step) => `${step.from}->${step.to} ${step.value}`).join(", "));
 * // lead->mql 0.25, mql->sql 0.4, sql->customer 0.25
 * console.log(funnel.endToEnd.value?.toString());
 * // 0.025
 * ```
 * @category Marketing metrics
 */
export function funnelConversionRates(
  counts: ReadonlyMap<string, Numeric> | Readonly<Record<string, Numeric>>,
  stages: readonly string[],
): FunnelConversionRates {
  const names = readStages(stages);
  const lookup = countLookup(counts);
  const issues: KpiIssue[] = [];
  const values: Decimal[] = [];
  for (const name of names) {
    const path = ["counts", name];
    const where = `count of stage ${JSON.stringify(name)}`;
    const raw = lookup(name);
    if (raw === undefined) {
      issues.push(
        makeIssue({
          code: "missing_input",
          subject: SUBJECT,
          path,
          where,
          expected: EXPECTED.count,
          received: "undefined",
        }),
      );
      continue;
    }
    const read = readNumeric(raw, { subject: SUBJECT, path, where });
    if (isIssue(read)) {
      issues.push(read);
    } else if (!read.isInteger() || read.isNegative()) {
      issues.push(
        makeIssue({
          code: "out_of_domain",
          subject: SUBJECT,
          path,
          where,
          expected: EXPECTED.count,
          received: read.toString(),
        }),
      );
    } else {
      values.push(read);
    }
  }
  if (issues.length > 0) throw new KpiError(issues);
  const step = (from: number, to: number): FunnelStep => ({
    from: names[from] as string,
    to: names[to] as string,
    ...divide(values[to] as Decimal, values[from] as Decimal),
  });
  const steps: FunnelStep[] = [];
  for (let index = 0; index + 1 < names.length; index++) steps.push(step(index, index + 1));
  return { steps, endToEnd: step(0, names.length - 1) };
}

function readStages(stages: unknown): readonly string[] {
  if (!Array.isArray(stages) || stages.length < 2) {
    fail({
      code: "invalid_argument",
      subject: SUBJECT,
      path: ["stages"],
      expected: METRIC_EXPECTED.funnelStages,
      received: describe(stages),
    });
  }
  const seen = new Set<string>();
  const issues: KpiIssue[] = [];
  for (let index = 0; index < stages.length; index++) {
    const name: unknown = stages[index];
    if (typeof name !== "string" || name === "" || seen.has(name)) {
      issues.push(
        makeIssue({
          code: "invalid_argument",
          subject: SUBJECT,
          path: ["stages", index],
          expected: METRIC_EXPECTED.funnelStageName,
          received: describe(name),
        }),
      );
    } else {
      seen.add(name);
    }
  }
  if (issues.length > 0) throw new KpiError(issues);
  return stages as readonly string[];
}

function countLookup(counts: unknown): (name: string) => unknown {
  if (counts instanceof Map) return (name) => counts.get(name);
  if (typeof counts === "object" && counts !== null && !Array.isArray(counts)) {
    const record = counts as Record<string, unknown>;
    return (name) => (Object.hasOwn(record, name) ? record[name] : undefined);
  }
  return fail({
    code: "invalid_argument",
    subject: SUBJECT,
    path: ["counts"],
    expected: METRIC_EXPECTED.funnelCounts,
    received: describe(counts),
  });
}
