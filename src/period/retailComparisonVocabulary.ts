/**
 * The rules by which `retailComparisonPeriod` finds a retail period's counterpart a year earlier:
 *
 * - `"non_restated"`: the same number in the previous retail year (week n against week n, period
 *   n against period n); week 53 has no counterpart.
 * - `"restated"`: as NRF restates a year that follows a 53-week year: the previous year's weeks
 *   are shifted by one (its first week dropped), so every week compares with the week 364 days
 *   earlier; week 53 has no counterpart and is left out of the periods that contain it.
 * - `"364_days"`: every week against the week 52 weeks (364 days) earlier, even week 53 (against
 *   the first week of its own year).
 *
 * @internal
 */
export const RETAIL_COMPARISON_RULES = ["non_restated", "restated", "364_days"] as const;

/**
 * Why a retail comparison has no single `previous` period:
 *
 * - `"no_counterpart"`: the period is week 53 of a 53-week year, and the rule gives it no
 *   counterpart (the previous year has no week 53);
 * - `"not_one_period"`: the counterpart weeks (in `previousWeeks`) are not one period of the
 *   granularity (a restated or 364-day comparison with a 53-week year: they start a week later).
 *
 * @internal
 */
export const RETAIL_COMPARISON_REASONS = ["no_counterpart", "not_one_period"] as const;
