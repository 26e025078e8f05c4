import * as z from "zod/mini";
import { type Numeric, numericOrUndefined } from "../core/numeric.js";
import { nonNegativeNumericJsonSchema, numericJsonSchema } from "../core/numericJsonSchema.js";
import { withJsonSchema } from "../core/withJsonSchema.js";
import * as TARGET_EXPECTED from "./messages.js";
import type { StatusBands, TargetRange } from "./types.js";

/**
 * One entry of a targets file, as written in JSON.
 *
 * @category Targets
 */
export interface TargetsFileEntry {
  /** The metric id, for example `"sales_revenue"`. */
  readonly metric: string;
  /** The period key, for example `"2025-03"` or `"FY2025-Q1"`. */
  readonly period: string;
  /** The target: a number, a plain decimal string (`"1500000000.50"`, exact), or a `{ min, max }` range. */
  readonly target: Numeric | TargetRange;
  /** Status bands for this target (default: those of `evaluate`). */
  readonly bands?: StatusBands;
  /** The weight of this target in a scorecard (default 1). */
  readonly weight?: Numeric;
  /** The group the target is for (a team, a region), matched against a series point's `group`. */
  readonly group?: string | number | boolean;
  /** A name for people, for example `"Revenue — Jawa Barat"`. */
  readonly label?: string;
}

/**
 * A targets file: `{ "targets": [ ... ] }`.
 *
 * @category Targets
 */
export interface TargetsFile {
  readonly targets: readonly TargetsFileEntry[];
}

function decimalOf(value: unknown) {
  return numericOrUndefined(value);
}

function numeric(error: string): z.ZodMiniType<Numeric> {
  return withJsonSchema(
    z.custom<Numeric>((value) => decimalOf(value) !== undefined, { error }),
    numericJsonSchema(),
  );
}

function range(error: string): z.ZodMiniType<TargetRange> {
  return z
    .strictObject(
      { min: numeric(TARGET_EXPECTED.targetField), max: numeric(TARGET_EXPECTED.targetField) },
      { error },
    )
    .check(
      z.refine(
        (value) => {
          const min = decimalOf(value.min);
          const max = decimalOf(value.max);
          return min === undefined || max === undefined || min.lte(max);
        },
        { error: TARGET_EXPECTED.rangeOrder },
      ),
    );
}

/**
 * A zod (v4, `zod/mini`) schema for status bands: `{ onTrack, atRisk }` thresholds (at-risk at most
 * on-track) or `{ onTrack: { min, max }, atRisk: { min, max } }` tolerance ranges (at-risk containing
 * on-track). It validates; it does not convert.
 *
 * @returns The schema.
 * @example
 * ```ts
 * import { statusBandsSchema } from "kinerja/schemas";
 *
 * const schema = statusBandsSchema();
 * console.log(schema.safeParse({ onTrack: 1, atRisk: 0.9 }).success);
 * // true
 * console.log(schema.safeParse({ onTrack: 0.9, atRisk: 1 }).success);
 * // false
 * ```
 * @category Targets
 */
export function statusBandsSchema(): z.ZodMiniType<StatusBands> {
  const thresholds = z
    .strictObject({
      onTrack: numeric(TARGET_EXPECTED.bands),
      atRisk: numeric(TARGET_EXPECTED.bands),
    })
    .check(
      z.refine(
        (value) => {
          const onTrack = decimalOf(value.onTrack);
          const atRisk = decimalOf(value.atRisk);
          return onTrack === undefined || atRisk === undefined || atRisk.lte(onTrack);
        },
        { error: TARGET_EXPECTED.bandsOrder },
      ),
    );
  const tolerance = z
    .strictObject({ onTrack: range(TARGET_EXPECTED.bands), atRisk: range(TARGET_EXPECTED.bands) })
    .check(
      z.refine(
        (value) => {
          const onMin = decimalOf(value.onTrack.min);
          const onMax = decimalOf(value.onTrack.max);
          const riskMin = decimalOf(value.atRisk.min);
          const riskMax = decimalOf(value.atRisk.max);
          if (!onMin || !onMax || !riskMin || !riskMax) return true;
          return riskMin.lte(onMin) && riskMax.gte(onMax);
        },
        { error: TARGET_EXPECTED.bandsNesting },
      ),
    );
  return z.union([thresholds, tolerance], {
    error: TARGET_EXPECTED.bands,
  }) as z.ZodMiniType<StatusBands>;
}

/**
 * A zod (v4, `zod/mini`) schema for a targets file, so BI teams can keep targets in JSON and
 * validate them anywhere: `{ "targets": [{ "metric", "period", "target", "bands"?, "weight"?,
 * "group"?, "label"? }] }`. Targets are numbers, plain decimal strings (exact, for money) or
 * `{ "min", "max" }` ranges. It checks shapes only; `parseTargets` also checks that each metric id
 * exists and each period key is valid in your calendar.
 *
 * @returns The schema.
 * @example
 * ```ts
 * import { targetsFileSchema } from "kinerja/schemas";
 *
 * const result = targetsFileSchema().safeParse({
 *   targets: [{ metric: "sales_revenue", period: "2025-03", target: "1500000000" }],
 * });
 * console.log(result.success);
 * // true
 * ```
 * @category Targets
 */
export function targetsFileSchema(): z.ZodMiniType<TargetsFile> {
  const entry = z.strictObject(
    {
      metric: z.string({ error: TARGET_EXPECTED.metricIdString }),
      period: z.string({ error: TARGET_EXPECTED.periodKey }),
      target: z.union([numeric(TARGET_EXPECTED.targetField), range(TARGET_EXPECTED.targetField)], {
        error: TARGET_EXPECTED.targetField,
      }),
      bands: z.optional(statusBandsSchema()),
      weight: z.optional(
        withJsonSchema(
          z.custom<Numeric>(
            (value) => {
              const read = decimalOf(value);
              return read !== undefined && !read.isNegative();
            },
            { error: TARGET_EXPECTED.weight },
          ),
          nonNegativeNumericJsonSchema(),
        ),
      ),
      group: z.optional(
        z.union([z.string(), z.number(), z.boolean()], { error: TARGET_EXPECTED.group }),
      ),
      label: z.optional(z.string({ error: TARGET_EXPECTED.label })),
    },
    { error: TARGET_EXPECTED.targetEntry },
  );
  return z.strictObject(
    { targets: z.array(entry, { error: TARGET_EXPECTED.targetsFile }) },
    { error: TARGET_EXPECTED.targetsFile },
  ) as z.ZodMiniType<TargetsFile>;
}
