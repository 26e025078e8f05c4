/**
 * The built-in measure kinds, one row each: the factory that makes it, what a period without
 * records shows when a series is filled, whether its value can be `null`, and the fields of its
 * serialized state (format version 1). `MeasureKind`, the kind list, the guard and the wording of
 * "a measure made with …" all derive from this table; a new built-in kind is a new row here plus
 * its file under `measures/`.
 *
 * @internal
 */
export const MEASURE_KINDS = {
  sum: { factory: "sum", fill: "zero", nullable: false, state: ["integer", "scale"] },
  count: { factory: "count", fill: "zero", nullable: false, state: ["count"] },
  count_distinct: {
    factory: "countDistinct",
    fill: "zero",
    nullable: false,
    state: ["strings", "numbers", "bigints"],
  },
  first: { factory: "first", fill: "null", nullable: true, state: ["value", "time", "index"] },
  last: {
    factory: "last",
    fill: "carry_forward",
    nullable: true,
    state: ["value", "time", "index"],
  },
  min: { factory: "min", fill: "null", nullable: true, state: ["value"] },
  max: { factory: "max", fill: "null", nullable: true, state: ["value"] },
  mean: { factory: "mean", fill: "null", nullable: true, state: ["integer", "scale", "count"] },
  moments: {
    factory: "moments",
    fill: "null",
    nullable: true,
    state: ["n", "sum", "sumOfSquares"],
  },
  sum_of_latest_per_entity: {
    factory: "sumOfLatestPerEntity",
    fill: "carry_forward",
    nullable: true,
    state: ["entities"],
  },
  sum_of_earliest_per_entity: {
    factory: "sumOfEarliestPerEntity",
    fill: "null",
    nullable: true,
    state: ["entities"],
  },
} as const satisfies Record<string, MeasureKindSpec>;

/** What the table says of each built-in kind. @internal */
export interface MeasureKindSpec {
  /** The exported function that makes a measure of this kind. */
  readonly factory: string;
  /** What a period without records shows when a series is filled. */
  readonly fill: MeasureFill;
  /** Whether the value can be `null` (a measure with no records). */
  readonly nullable: boolean;
  /** The fields of the serialized state, besides `kind`. */
  readonly state: readonly string[];
}

/**
 * What a period without records shows for a measure when a series is filled:
 * `zero` (sums and counts), `carry_forward` (`last`, `sumOfLatestPerEntity`: the closing value of
 * the latest earlier period), or `null` (`first`, `min`, `max`, `mean`, `moments`,
 * `sumOfEarliestPerEntity`: nothing is invented).
 * @category Aggregation
 */
export type MeasureFill = (typeof MEASURE_FILLS)[number];

/** The fill rules. @internal */
export const MEASURE_FILLS = ["zero", "carry_forward", "null"] as const;

/**
 * The kinds of built-in measure (a measure made with `defineMeasure` has a kind of its own).
 *
 * @category Aggregation
 */
export type MeasureKind = keyof typeof MEASURE_KINDS;

/** Every built-in kind, in the table's order. @internal */
export const MEASURE_KIND_LIST = /* @__PURE__ */ Object.keys(
  MEASURE_KINDS,
) as readonly MeasureKind[];

/** Whether a kind is a built-in one. @internal */
export function isMeasureKind(kind: unknown): kind is MeasureKind {
  return typeof kind === "string" && Object.hasOwn(MEASURE_KINDS, kind);
}

/** Whether a value is a fill rule. @internal */
export function isMeasureFill(fill: unknown): fill is MeasureFill {
  return (MEASURE_FILLS as readonly unknown[]).includes(fill);
}

/** The factories of the built-in kinds, for messages. @internal */
export const MEASURE_FACTORIES: readonly string[] = [
  ...new Set(MEASURE_KIND_LIST.map((kind) => MEASURE_KINDS[kind].factory)),
];
