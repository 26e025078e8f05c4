/**
 * What one granularity is, as data: everything the period layer (and the SQL layer) needs to cut
 * its periods and write their keys, so that no code switches on granularity names.
 *
 * A key is written `{prefix}{YYYY}`, then `-{part}{number}` when `partWidth` is above 0 (the
 * number zero-padded to `partWidth` digits), then `-{DD}` (the day of the month) when `unit` is
 * `"day"`: `2025-03-14`, `2025-W11`, `2025-03`, `2025-Q1`, `2025-H1`, `2025`, `FY2025-M01`,
 * `FY2025-Q1`, `FY2025-H1`, `FY2025`, and for the week-based retail year `RY2024-W05`,
 * `RY2024-P02`, `RY2024-Q1`, `RY2024-H1`, `RY2024`.
 *
 * @category Periods
 */
export interface GranularitySpec {
  /**
   * What the periods are counted in: `"day"` (one day each), `"week"` (seven days from the
   * calendar's `weekStartsOn`), `"month"` (`months` calendar months each), `"retail_week"` (one
   * week of the calendar's retail year, from its `retail.weekStartsOn`) or `"retail_period"`
   * (`months` periods of 4 or 5 weeks of the retail year each).
   */
  readonly unit: "day" | "week" | "month" | "retail_week" | "retail_period";
  /**
   * Twelfths of a year in one period when `unit` is `"month"` (calendar months) or
   * `"retail_period"` (retail periods): 1, 3, 6 or 12 (a divisor of 12); 0 otherwise.
   */
  readonly months: 0 | 1 | 3 | 6 | 12;
  /**
   * Whether the periods belong to fiscal years: the key's year is the fiscal year (named by the
   * calendar's `fiscalYearNaming`, or for retail rows its `retail.yearNaming`) and the part
   * number counts from the start of that year.
   */
  readonly fiscal: boolean;
  /**
   * Whether the periods start at the fiscal start month (fiscal quarters, halves and years), so
   * their ordinals are shifted by `fiscalYearStartMonth - 1` months; false for fiscal months,
   * which are calendar months whatever the fiscal start.
   */
  readonly shifted: boolean;
  /**
   * Written before the year: `"FY"` for fiscal granularities, `"RY"` for retail ones (a
   * week-based fiscal year), `""` otherwise.
   */
  readonly prefix: "" | "FY" | "RY";
  /**
   * The letter before the part number: `"W"` week of the week-year or retail year, `"Q"`
   * quarter, `"H"` half, `"M"` fiscal month, `"P"` retail period; `""` for the calendar month of
   * `month` and `day` keys and for years.
   */
  readonly part: "" | "W" | "Q" | "H" | "M" | "P";
  /** Digits of the part number: 2 (`W05`, `M03`, the month `03`), 1 (`Q1`, `H2`), 0 (no part). */
  readonly partWidth: 0 | 1 | 2;
  /** A key of this granularity, for messages and docs. */
  readonly example: string;
}

/**
 * The granularities, one row each, finest first within each family (calendar, fiscal, then
 * retail: the week-based fiscal year of the calendar's `retail` part). The
 * {@link Granularity} type, the `GRANULARITIES` list, `isGranularity`, the key shapes, the period
 * schemes, the periods per year, which granularity nests in which, the messages and the SQL keys
 * all derive from this table: adding a granularity is one row here (plus a scheme for a new unit),
 * and the compiler names every switch left to extend. Read it to build period keys elsewhere (in
 * SQL, say) without naming granularities.
 *
 * @example
 * ```ts
 * import { GRANULARITY_SPECS } from "kinerja";
 *
 * const { unit, months, fiscal, shifted, prefix, part, partWidth } = GRANULARITY_SPECS.fiscal_quarter;
 * console.log(unit, months, fiscal, shifted, `${prefix}2025-${part}${"1".padStart(partWidth, "0")}`);
 * // month 3 true true FY2025-Q1
 * ```
 * @category Periods
 */
export const GRANULARITY_SPECS = {
  day: {
    unit: "day",
    months: 0,
    fiscal: false,
    shifted: false,
    prefix: "",
    part: "",
    partWidth: 2,
    example: "2025-03-14",
  },
  week: {
    unit: "week",
    months: 0,
    fiscal: false,
    shifted: false,
    prefix: "",
    part: "W",
    partWidth: 2,
    example: "2025-W11",
  },
  month: {
    unit: "month",
    months: 1,
    fiscal: false,
    shifted: false,
    prefix: "",
    part: "",
    partWidth: 2,
    example: "2025-03",
  },
  quarter: {
    unit: "month",
    months: 3,
    fiscal: false,
    shifted: false,
    prefix: "",
    part: "Q",
    partWidth: 1,
    example: "2025-Q1",
  },
  half_year: {
    unit: "month",
    months: 6,
    fiscal: false,
    shifted: false,
    prefix: "",
    part: "H",
    partWidth: 1,
    example: "2025-H1",
  },
  year: {
    unit: "month",
    months: 12,
    fiscal: false,
    shifted: false,
    prefix: "",
    part: "",
    partWidth: 0,
    example: "2025",
  },
  fiscal_month: {
    unit: "month",
    months: 1,
    fiscal: true,
    shifted: false,
    prefix: "FY",
    part: "M",
    partWidth: 2,
    example: "FY2025-M01",
  },
  fiscal_quarter: {
    unit: "month",
    months: 3,
    fiscal: true,
    shifted: true,
    prefix: "FY",
    part: "Q",
    partWidth: 1,
    example: "FY2025-Q1",
  },
  fiscal_half_year: {
    unit: "month",
    months: 6,
    fiscal: true,
    shifted: true,
    prefix: "FY",
    part: "H",
    partWidth: 1,
    example: "FY2025-H1",
  },
  fiscal_year: {
    unit: "month",
    months: 12,
    fiscal: true,
    shifted: true,
    prefix: "FY",
    part: "",
    partWidth: 0,
    example: "FY2025",
  },
  retail_week: {
    unit: "retail_week",
    months: 0,
    fiscal: true,
    shifted: false,
    prefix: "RY",
    part: "W",
    partWidth: 2,
    example: "RY2024-W05",
  },
  retail_period: {
    unit: "retail_period",
    months: 1,
    fiscal: true,
    shifted: false,
    prefix: "RY",
    part: "P",
    partWidth: 2,
    example: "RY2024-P02",
  },
  retail_quarter: {
    unit: "retail_period",
    months: 3,
    fiscal: true,
    shifted: false,
    prefix: "RY",
    part: "Q",
    partWidth: 1,
    example: "RY2024-Q1",
  },
  retail_half_year: {
    unit: "retail_period",
    months: 6,
    fiscal: true,
    shifted: false,
    prefix: "RY",
    part: "H",
    partWidth: 1,
    example: "RY2024-H1",
  },
  retail_year: {
    unit: "retail_period",
    months: 12,
    fiscal: true,
    shifted: false,
    prefix: "RY",
    part: "",
    partWidth: 0,
    example: "RY2024",
  },
} as const satisfies Record<string, GranularitySpec>;

/**
 * The row of a granularity in {@link GRANULARITY_SPECS}, typed as the general {@link GranularitySpec}.
 *
 * @param granularity - A granularity.
 * @returns Its row.
 * @example
 * ```ts
 * import { granularitySpec } from "kinerja";
 *
 * console.log(granularitySpec("week").unit, granularitySpec("half_year").months);
 * // week 6
 * ```
 * @category Periods
 */
export function granularitySpec(granularity: keyof typeof GRANULARITY_SPECS): GranularitySpec {
  return GRANULARITY_SPECS[granularity];
}
