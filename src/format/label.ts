import type { Localized } from "../metric/types.js";
import { labelLanguage } from "./locale.js";

/**
 * A metric's name in the language of a locale: Indonesian for `id`/`id-ID`, English otherwise.
 *
 * @param metric - Anything with bilingual `label`s: a metric, built-in or your own.
 * @param locale - A BCP 47 locale such as `"id-ID"` (default) or `"en-US"`.
 * @returns The label.
 * @example
 * ```ts
 * import { label, winRate } from "kinerja";
 *
 * console.log(label(winRate), "/", label(winRate, "en-US"));
 * // Rasio kemenangan / Win rate
 * ```
 */
export function label(metric: { readonly label: Localized }, locale = "id-ID"): string {
  return metric.label[labelLanguage(locale)];
}

/**
 * A metric's description in the language of a locale.
 *
 * @param metric - Anything with bilingual `description`s.
 * @param locale - A BCP 47 locale such as `"id-ID"` (default) or `"en-US"`.
 * @returns The description.
 * @example
 * ```ts
 * import { describeMetric, winRate } from "kinerja";
 *
 * console.log(describeMetric(winRate, "en"));
 * // Share of closed deals that were won; open deals are excluded.
 * ```
 */
export function describeMetric(
  metric: { readonly description: Localized },
  locale = "id-ID",
): string {
  return metric.description[labelLanguage(locale)];
}
