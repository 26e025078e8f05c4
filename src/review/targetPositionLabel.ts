import { raise } from "../core/errors.js";
import { readLocale } from "./_locale.js";
import { POSITION_LABELS, REVIEW_EXPECTED } from "./messages.js";
import { type ReviewLocale, type TargetPosition, targetPositions } from "./verdicts.js";

/**
 * The label of an interval's position against its target, in Indonesian or English: "nyata di
 * bawah target" / "significantly below target", "tidak berbeda nyata dari target" / "within noise
 * of target".
 *
 * @param position - A {@link TargetPosition}.
 * @param locale - `"id"` (default) or `"en"`.
 * @returns The label.
 * @throws {KpiError} `invalid_argument` for an unknown position; `invalid_option` for an unknown locale.
 * @example
 * ```ts
 * import { targetPositionLabel } from "kinerja";
 *
 * console.log(targetPositionLabel("within_noise"));
 * // tidak berbeda nyata dari target
 * console.log(targetPositionLabel("below", "en"));
 * // significantly below target
 * ```
 * @category Review statistics
 */
export function targetPositionLabel(position: TargetPosition, locale?: ReviewLocale): string {
  const subject = "targetPositionLabel";
  const language = readLocale(locale, subject, ["locale"]);
  if (!(targetPositions as readonly unknown[]).includes(position)) {
    raise("invalid_argument", subject, ["position"], REVIEW_EXPECTED.position, position);
  }
  return POSITION_LABELS[position][language];
}
