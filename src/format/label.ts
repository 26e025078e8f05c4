import { raise } from "../core/errors.js";
import { labelLanguage } from "../model/labelLanguage.js";
import type { Localized } from "../model/types.js";
import * as FORMAT_EXPECTED from "./messages.js";

/** The text of a bilingual field of a metric, or a KpiError naming the function. */
function localized(
  subject: string,
  metric: unknown,
  field: "label" | "description",
  locale: unknown,
): string {
  const texts =
    (typeof metric === "object" || typeof metric === "function") && metric !== null
      ? (metric as Record<string, unknown>)[field]
      : undefined;
  const text =
    typeof texts === "object" && texts !== null
      ? (texts as Record<string, unknown>)[labelLanguage(locale as string | undefined)]
      : undefined;
  if (typeof text !== "string") {
    raise("invalid_argument", subject, ["metric"], FORMAT_EXPECTED.localized(field), metric);
  }
  return text;
}

/**
 * A metric's name in the language of a locale: Indonesian for `id`/`id-ID`, English otherwise.
 *
 * @param metric - Anything with bilingual `label`s: a metric, built-in or your own.
 * @param locale - A BCP 47 locale such as `"id-ID"` (default) or `"en-US"`.
 * @returns The label.
 * @throws {KpiError} `invalid_argument` when `metric` has no bilingual label.
 * @example
 * ```ts
 * import { label, winRate } from "kinerja";
 *
 * console.log(label(winRate), "/", label(winRate, "en-US"));
 * // Rasio kemenangan / Win rate
 * ```
 * @category Formatting
 */
export function label(metric: { readonly label: Localized }, locale = "id-ID"): string {
  return localized("label", metric, "label", locale);
}

/**
 * A metric's description in the language of a locale.
 *
 * @param metric - Anything with bilingual `description`s.
 * @param locale - A BCP 47 locale such as `"id-ID"` (default) or `"en-US"`.
 * @returns The description.
 * @throws {KpiError} `invalid_argument` when `metric` has no bilingual description.
 * @example
 * ```ts
 * import { describeMetric, winRate } from "kinerja";
 *
 * console.log(describeMetric(winRate, "en"));
 * // Share of closed deals that were won; open deals are excluded.
 * ```
 * @category Formatting
 */
export function describeMetric(
  metric: { readonly description: Localized },
  locale = "id-ID",
): string {
  return localized("describeMetric", metric, "description", locale);
}
