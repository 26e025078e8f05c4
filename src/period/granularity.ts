import { GRANULARITY_SPECS } from "./granularities.js";
import type { Granularity } from "./types.js";

/**
 * Every granularity, finest first within each family: `day`, `week`, `month`, `quarter`,
 * `half_year`, `year`, then `fiscal_month`, `fiscal_quarter`, `fiscal_half_year`, `fiscal_year`,
 * then `retail_week`, `retail_period`, `retail_quarter`, `retail_half_year`, `retail_year` (the
 * rows of {@link GRANULARITY_SPECS}, in order).
 *
 * @example
 * ```ts
 * import { GRANULARITIES, periodOf } from "kinerja";
 *
 * console.log(GRANULARITIES.map((granularity) => periodOf("2025-03-14", granularity).key).join(" "));
 * // 2025-03-14 2025-W11 2025-03 2025-Q1 2025-H1 2025 FY2025-M03 FY2025-Q1 FY2025-H1 FY2025 RY2025-W06 RY2025-P02 RY2025-Q1 RY2025-H1 RY2025
 * ```
 * @category Periods
 */
export const GRANULARITIES: readonly Granularity[] = /* @__PURE__ */ Object.freeze(
  /* @__PURE__ */ Object.keys(GRANULARITY_SPECS) as Granularity[],
);

/**
 * Whether a value is one of the {@link Granularity} names.
 *
 * @param value - Anything.
 * @returns `true` for `"day"`, `"week"`, `"month"`, `"quarter"`, `"half_year"`, `"year"`,
 *   `"fiscal_month"`, `"fiscal_quarter"`, `"fiscal_half_year"`, `"fiscal_year"`, `"retail_week"`,
 *   `"retail_period"`, `"retail_quarter"`, `"retail_half_year"` and `"retail_year"`.
 * @example
 * ```ts
 * import { isGranularity } from "kinerja";
 *
 * console.log(isGranularity("fiscal_quarter"), isGranularity("fortnight"));
 * // true false
 * ```
 * @category Periods
 */
export function isGranularity(value: unknown): value is Granularity {
  return typeof value === "string" && Object.hasOwn(GRANULARITY_SPECS, value);
}
