import { readFileSync } from "node:fs";
import { basename, resolve } from "node:path";
import { isKpiError } from "../core/errors.js";
import { catalog, identities } from "../metrics/index.js";
import { defineIdentity, type MetricIdentity } from "../model/defineIdentity.js";
import type { AnyMetric } from "../model/types.js";
import { parsePeriod } from "../period/index.js";
import { type AlertRule, indonesiaHolidaysExample, validateAlertRules } from "../review/index.js";
import { alertRulesFileSchema } from "../schemas/index.js";
import { isIsoInstant } from "./dateFormat.js";
import { measureShape } from "./measures.js";
import * as REPORT_EXPECTED from "./messages.js";
import {
  type Add,
  checkValueOf,
  described,
  type Path,
  pathText,
  type Skipped,
} from "./specChecks.js";
import type {
  ReportSpec,
  SpecComparison,
  SpecIntervals,
  SpecMeasure,
  SpecProjection,
  SpecValueOf,
} from "./types.js";

/** Where a quantity of an identity comes from. @internal */
export type ResolvedQuantity =
  | { readonly kind: "kpi"; readonly index: number }
  | { readonly kind: "value"; readonly value: SpecValueOf }
  | {
      readonly kind: "metric";
      readonly metric: AnyMetric;
      readonly inputs: Readonly<Record<string, SpecValueOf>>;
    };

/** A decomposition of the spec, resolved. @internal */
export interface ResolvedDecomposition {
  readonly identity: MetricIdentity;
  /** Each quantity of the identity (the result and every factor), by name. */
  readonly quantities: ReadonlyMap<string, ResolvedQuantity>;
  readonly against: SpecComparison;
  readonly places: number | undefined;
}

/** The projection of the spec, resolved. @internal */
export interface ResolvedProjection {
  /** The index of the KPI projected. */
  readonly index: number;
  /** Its input and the measure the input is mapped to (a sum or a count). */
  readonly input: string;
  readonly measure: string;
  readonly asOf: string | number | undefined;
  readonly confidence: number | string | undefined;
  readonly band: SpecProjection["band"];
  /** Business days only, with these holidays and weekend (undefined: pace's default weekend). */
  readonly businessDays: {
    readonly holidays: readonly string[];
    readonly weekend: readonly number[] | undefined;
  } | null;
}

/** The review features of a spec, resolved. @internal */
export interface ResolvedReview {
  readonly intervals: SpecIntervals | null;
  readonly decompositions: readonly ResolvedDecomposition[];
  readonly projection: ResolvedProjection | null;
  readonly alerts: readonly AlertRule[];
}

/** No review feature. @internal */
export const emptyReview = (): ResolvedReview => ({
  intervals: null,
  decompositions: [],
  projection: null,
  alerts: [],
});

/** The measure kinds a projection adds up day by day (a literal lookup: nothing runs on import). */
const FLOW_KINDS: Readonly<Record<string, true>> = { sum: true, count: true, convertedSum: true };

function isConfidence(value: number | string): boolean {
  const number = Number(value);
  return (
    (typeof value === "number" || /^0?\.\d+$/.test(value)) &&
    Number.isFinite(number) &&
    number > 0 &&
    number < 1
  );
}

/**
 * Resolves and checks the review features of a spec: interval options, the identities of the
 * decompositions (catalog ids or inline, through `defineIdentity`) and where each of their
 * quantities comes from, the projected KPI and its measure, the alert rules (inline, or a file
 * checked with the alert-rules schema) and that each names a KPI of the report.
 *
 * @param spec - The spec (the parts whose shape is right).
 * @param dir - The spec's directory.
 * @param resolved - The metrics of the spec, its measures and the parts skipped.
 * @param add - Adds a problem.
 * @returns The review features.
 * @internal
 */
export function resolveReview(
  spec: ReportSpec,
  dir: string,
  resolved: {
    readonly metrics: readonly AnyMetric[];
    readonly measureSource: ReadonlyMap<string, string>;
    readonly skipped: Skipped;
  },
  add: Add,
): ResolvedReview {
  const review = spec.review;
  if (review === undefined) return emptyReview();
  const { measureSource } = resolved;
  const kpiIds = spec.metrics.map((entry) => entry?.metric);
  const known = [...catalog, ...resolved.metrics];

  let intervals: SpecIntervals | null = null;
  if (review.intervals !== undefined && review.intervals !== false) {
    intervals = review.intervals === true ? {} : review.intervals;
    const { confidence, minimum } = intervals;
    if (confidence !== undefined && !isConfidence(confidence))
      add(
        "invalid_option",
        ["review", "intervals", "confidence"],
        REPORT_EXPECTED.confidence,
        confidence,
      );
    if (minimum !== undefined && !(Number.isInteger(minimum) && minimum >= 1))
      add("invalid_option", ["review", "intervals", "minimum"], REPORT_EXPECTED.minimum, minimum);
  }

  const decompositions: ResolvedDecomposition[] = [];
  for (const [index, entry] of (review.decompositions ?? []).entries()) {
    const path: Path = ["review", "decompositions", index];
    let identity: MetricIdentity | undefined;
    if (typeof entry.identity === "string") {
      identity = identities.find((candidate) => candidate.id === entry.identity);
      if (identity === undefined)
        add(
          "invalid_option",
          [...path, "identity"],
          REPORT_EXPECTED.identityId(identities.map((candidate) => candidate.id)),
          entry.identity,
        );
    } else {
      try {
        identity = defineIdentity(entry.identity);
      } catch (error) {
        if (!isKpiError(error)) throw error;
        for (const issue of error.issues)
          add(
            "invalid_option",
            [...path, "identity", ...issue.path],
            issue.expected,
            described(issue.received),
          );
      }
    }
    if (identity === undefined) continue;
    const terms = [identity.result, ...identity.factors];
    const values = entry.values ?? {};
    for (const name of Object.keys(values)) {
      if (!terms.some((term) => term.name === name))
        add(
          "invalid_option",
          [...path, "values", name],
          REPORT_EXPECTED.quantityName(
            identity.id,
            terms.map((term) => term.name),
          ),
          name,
        );
    }
    const quantities = new Map<string, ResolvedQuantity>();
    for (const term of terms) {
      const given = values[term.name];
      const at: Path = [...path, "values", term.name];
      if (given === undefined) {
        const kpi = term.metric === undefined ? -1 : kpiIds.indexOf(term.metric);
        if (kpi >= 0) quantities.set(term.name, { kind: "kpi", index: kpi });
        else add("invalid_option", at, REPORT_EXPECTED.quantity(term.name), undefined);
      } else if (typeof given === "object" && !Array.isArray(given)) {
        const metric = known.find(
          (candidate) => candidate.id === (given as { metric: string }).metric,
        );
        const { inputs } = given as {
          metric: string;
          inputs: Readonly<Record<string, SpecValueOf>>;
        };
        if (metric === undefined) {
          add(
            "unknown_metric",
            [...at, "metric"],
            REPORT_EXPECTED.metricId(catalog.map((m) => m.id)),
            (given as { metric: string }).metric,
          );
          continue;
        }
        const specs = metric.inputs as Readonly<Record<string, { readonly default?: unknown }>>;
        for (const [input, value] of Object.entries(inputs)) {
          if (!Object.hasOwn(specs, input))
            add(
              "unknown_input",
              [...at, "inputs", input],
              REPORT_EXPECTED.inputName(metric.id, Object.keys(specs)),
              input,
            );
          else checkValueOf(value, [...at, "inputs", input], measureSource, add);
        }
        for (const [input, inputSpec] of Object.entries(specs)) {
          if (!Object.hasOwn(inputs, input) && inputSpec.default === undefined)
            add(
              "missing_input",
              [...at, "inputs", input],
              REPORT_EXPECTED.inputMapped(metric.id),
              undefined,
            );
        }
        quantities.set(term.name, { kind: "metric", metric, inputs });
      } else {
        checkValueOf(given as SpecValueOf, at, measureSource, add);
        quantities.set(term.name, { kind: "value", value: given as SpecValueOf });
      }
    }
    if (
      entry.places !== undefined &&
      !(Number.isInteger(entry.places) && entry.places >= 0 && entry.places <= 20)
    )
      add("invalid_option", [...path, "places"], REPORT_EXPECTED.places, entry.places);
    decompositions.push({
      identity,
      quantities,
      against: entry.against ?? "previous_period",
      places: entry.places,
    });
  }

  let projection: ResolvedProjection | null = null;
  if (review.projection !== undefined) {
    const path: Path = ["review", "projection"];
    const { metric, asOf, confidence, band, businessDays } = review.projection;
    let business: ResolvedProjection["businessDays"] = null;
    if (businessDays !== undefined && businessDays !== false) {
      const given = businessDays === true ? {} : businessDays;
      const holidays =
        given.holidays === "indonesia_example"
          ? indonesiaHolidaysExample
              .filter((day) => day.kind === "national_holiday")
              .map((day) => day.date)
          : (given.holidays ?? []);
      for (const [i, day] of (Array.isArray(given.holidays) ? given.holidays : []).entries()) {
        if (!/^\d{4}-\d{2}-\d{2}$/.test(day) || !isIsoInstant(day))
          add(
            "invalid_option",
            [...path, "businessDays", "holidays", i],
            REPORT_EXPECTED.holiday,
            day,
          );
      }
      for (const [i, day] of (given.weekend ?? []).entries()) {
        if (!(Number.isInteger(day) && day >= 0 && day <= 6))
          add(
            "invalid_option",
            [...path, "businessDays", "weekend", i],
            REPORT_EXPECTED.weekday,
            day,
          );
      }
      business = { holidays, weekend: given.weekend };
    }
    const index = kpiIds.indexOf(metric);
    const entry = spec.metrics[index];
    const mapped = entry === undefined ? [] : Object.entries(entry.inputs);
    const [input, measure] = mapped[0] ?? [];
    const source = typeof measure === "string" ? measureSource.get(measure) : undefined;
    const shape =
      source === undefined
        ? undefined
        : measureShape(spec.sources[source]?.measures[measure as string] as SpecMeasure);
    if (
      index < 0 ||
      mapped.length !== 1 ||
      shape === undefined ||
      !Object.hasOwn(FLOW_KINDS, shape.kind)
    ) {
      if (!resolved.skipped.metrics.has(index))
        add(
          "invalid_option",
          [...path, "metric"],
          REPORT_EXPECTED.projectedMetric(
            kpiIds.filter((id): id is string => typeof id === "string"),
          ),
          metric,
        );
    } else {
      projection = {
        index,
        input: input as string,
        measure: measure as string,
        asOf,
        confidence,
        band,
        businessDays: business,
      };
    }
    if (typeof asOf === "number" && !(Number.isInteger(asOf) && asOf >= 1 && asOf <= 366))
      add("invalid_option", [...path, "asOf"], REPORT_EXPECTED.asOf, asOf);
    if (typeof asOf === "string") {
      let day = false;
      try {
        day = parsePeriod(asOf, spec.calendar).granularity === "day";
      } catch {
        day = false;
      }
      if (!day) add("invalid_option", [...path, "asOf"], REPORT_EXPECTED.asOf, asOf);
    }
    if (confidence !== undefined && !isConfidence(confidence))
      add("invalid_option", [...path, "confidence"], REPORT_EXPECTED.confidence, confidence);
  }

  let alerts: readonly AlertRule[] = [];
  if (review.alerts !== undefined) {
    const inline = typeof review.alerts !== "string";
    const file = typeof review.alerts === "string" ? review.alerts : "";
    const placeOfRule = (rest: readonly (string | number)[]): { path: Path; where?: string } =>
      inline
        ? { path: ["review", "alerts", ...rest] }
        : {
            path: ["review", "alerts"],
            where: REPORT_EXPECTED.alertsFilePlace(basename(file), pathText(rest)),
          };
    let rules: unknown = review.alerts;
    if (!inline) {
      rules = undefined;
      try {
        const parsed = alertRulesFileSchema().safeParse(
          JSON.parse(readFileSync(resolve(dir, file), "utf8")),
        );
        if (parsed.success) rules = parsed.data.rules;
        else {
          for (const issue of parsed.error.issues) {
            const at = placeOfRule(
              issue.path.map((key) => (typeof key === "symbol" ? String(key) : key)),
            );
            add(
              "invalid_option",
              at.path,
              issue.message.replace(/^(Invalid input: )?[Ee]xpected /, ""),
              described(
                issue.code === "unrecognized_keys"
                  ? REPORT_EXPECTED.keysReceived(issue.keys)
                  : issue.code,
              ),
              at.where,
            );
          }
        }
      } catch (error) {
        add(
          "invalid_option",
          ["review", "alerts"],
          REPORT_EXPECTED.alertsFile,
          (error as Error).message,
        );
      }
    }
    if (rules !== undefined) {
      try {
        alerts = validateAlertRules(rules);
      } catch (error) {
        if (!isKpiError(error)) throw error;
        for (const issue of error.issues) {
          const at = placeOfRule(inline ? issue.path : ["rules", ...issue.path]);
          add("invalid_option", at.path, issue.expected, described(issue.received), at.where);
        }
      }
      for (const [i, rule] of alerts.entries()) {
        const at = placeOfRule(inline ? [i, "metric"] : ["rules", i, "metric"]);
        if (!kpiIds.includes(rule.metric))
          add(
            "invalid_option",
            at.path,
            REPORT_EXPECTED.alertMetric(
              kpiIds.filter((id): id is string => typeof id === "string"),
            ),
            rule.metric,
            at.where,
          );
        if (rule.group != null && spec.groupBy === undefined) {
          const group = placeOfRule(inline ? [i, "group"] : ["rules", i, "group"]);
          add("invalid_option", group.path, REPORT_EXPECTED.alertGroup, rule.group, group.where);
        }
      }
    }
  }
  return { intervals, decompositions, projection, alerts };
}
