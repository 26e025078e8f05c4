import { KDecimal } from "../core/decimal.js";
import { raise } from "../core/errors.js";
import type { Numeric } from "../core/numeric.js";
import { readLocale } from "./_locale.js";
import { plainNumber } from "./_plainNumber.js";
import { readObject, readOptions, readValue } from "./_read.js";
import { REVIEW_EXPECTED } from "./messages.js";
import type { ReviewLocale } from "./verdicts.js";

/**
 * Options of {@link formatDifference}.
 *
 * @category Review statistics
 */
export interface FormatDifferenceOptions {
  /** `"id"` (default: "+7 ± 9" with a decimal comma) or `"en"`. */
  readonly locale?: ReviewLocale;
  /** Decimal places, 0 to 20 (default 0). */
  readonly places?: number;
  /** A factor to multiply by first, for example 100 to show a share's change in percentage points (default 1). */
  readonly scale?: Numeric;
}

/**
 * A change and its uncertainty as text: "+7 ± 9". The estimate is rounded half away from zero;
 * the ± is the larger of the distances from the estimate to the interval's ends, rounded up, so
 * it never understates an asymmetric interval (Newcombe's, a clamped one).
 *
 * @param difference - A {@link Difference} (or any `{ estimate, lower, upper }` of decimals).
 * @param options - Locale, places and scale.
 * @returns The text, or `null` when the difference is `null`.
 * @throws {KpiError} `invalid_argument` for something that is not a difference; `invalid_option` for bad places, scale or locale.
 * @example
 * ```ts
 * import { compareNps, compareShares, formatDifference } from "kinerja";
 *
 * const nps = compareNps({
 *   from: { promoters: 40, passives: 40, detractors: 20 },
 *   to: { promoters: 47, passives: 40, detractors: 13 },
 * });
 * console.log(formatDifference(nps));
 * // +14 ± 21
 * const winRate = compareShares({ from: { successes: 48, n: 80 }, to: { successes: 56, n: 70 } });
 * console.log(formatDifference(winRate, { scale: 100, places: 1, locale: "en" }));
 * // +20.0 ± 14.8
 * ```
 * @category Review statistics
 */
export function formatDifference(
  difference: {
    readonly estimate: Numeric | null;
    readonly lower: Numeric | null;
    readonly upper: Numeric | null;
  },
  options?: FormatDifferenceOptions,
): string | null {
  const subject = "formatDifference";
  const read = readObject(difference, subject, ["difference"]);
  const settings = readOptions(options, subject);
  const locale = readLocale(settings.locale, subject, ["options", "locale"]);
  const places = settings.places ?? 0;
  if (typeof places !== "number" || !Number.isInteger(places) || places < 0 || places > 20) {
    raise("invalid_option", subject, ["options", "places"], REVIEW_EXPECTED.places, places);
  }
  const scale =
    settings.scale === undefined
      ? new KDecimal(1)
      : readValue(settings.scale, subject, ["options", "scale"]);
  if (!scale.gt(0))
    raise("invalid_option", subject, ["options", "scale"], REVIEW_EXPECTED.scale, settings.scale);
  if (read.estimate === null || read.lower === null || read.upper === null) return null;
  const estimate = readValue(read.estimate, subject, ["difference", "estimate"]).times(scale);
  const lower = readValue(read.lower, subject, ["difference", "lower"]).times(scale);
  const upper = readValue(read.upper, subject, ["difference", "upper"]).times(scale);
  const spread = estimate.minus(lower).gte(upper.minus(estimate))
    ? estimate.minus(lower)
    : upper.minus(estimate);
  const shown = estimate.toDecimalPlaces(places, KDecimal.ROUND_HALF_UP);
  const margin = spread.abs().toDecimalPlaces(places, KDecimal.ROUND_CEIL);
  const sign = shown.isZero() ? "" : shown.isPositive() ? "+" : "";
  return `${sign}${plainNumber(shown, places, locale)} ± ${plainNumber(margin, places, locale)}`;
}
