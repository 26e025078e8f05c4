import { raise } from "../core/errors.js";
import { readLocale } from "./_locale.js";
import { REVIEW_EXPECTED, VERDICT_LABELS } from "./messages.js";
import { type ReviewLocale, type SignificanceVerdict, significanceVerdicts } from "./verdicts.js";

/**
 * The label of a significance verdict, in Indonesian or English: "berbeda nyata" / "significant",
 * "tidak berbeda nyata" / "within noise".
 *
 * @param verdict - A {@link SignificanceVerdict}.
 * @param locale - `"id"` (default) or `"en"`.
 * @returns The label.
 * @throws {KpiError} `invalid_argument` for an unknown verdict; `invalid_option` for an unknown locale.
 * @example
 * ```ts
 * import { significanceLabel } from "kinerja";
 *
 * console.log(significanceLabel("within_noise"), "/", significanceLabel("within_noise", "en"));
 * // tidak berbeda nyata / within noise
 * console.log(significanceLabel("significant"));
 * // berbeda nyata
 * ```
 * @category Review statistics
 */
export function significanceLabel(verdict: SignificanceVerdict, locale?: ReviewLocale): string {
  const subject = "significanceLabel";
  const language = readLocale(locale, subject, ["locale"]);
  if (!(significanceVerdicts as readonly unknown[]).includes(verdict)) {
    raise("invalid_argument", subject, ["verdict"], REVIEW_EXPECTED.verdict, verdict);
  }
  return VERDICT_LABELS[verdict][language];
}
