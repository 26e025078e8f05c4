import { raise } from "../core/errors.js";
import { labelLanguage } from "../model/labelLanguage.js";
import type { TargetStatus } from "../target/types.js";
import * as FORMAT_EXPECTED from "./messages.js";

const STATUS_LABELS: Readonly<Record<TargetStatus, { readonly en: string; readonly id: string }>> =
  {
    on_track: { en: "On track", id: "Sesuai target" },
    at_risk: { en: "At risk", id: "Berisiko" },
    off_track: { en: "Off track", id: "Tidak sesuai target" },
    no_data: { en: "No data", id: "Tidak ada data" },
  };

/**
 * The name of a target status in the language of a locale.
 *
 * | status | en | id |
 * | --- | --- | --- |
 * | `on_track` | On track | Sesuai target |
 * | `at_risk` | At risk | Berisiko |
 * | `off_track` | Off track | Tidak sesuai target |
 * | `no_data` | No data | Tidak ada data |
 *
 * @param status - A status from `evaluate`, `pace` or `scorecard`.
 * @param locale - A BCP 47 locale such as `"id-ID"` (default) or `"en-US"`.
 * @returns The label.
 * @throws {KpiError} `invalid_argument` for a value that is not one of the four statuses.
 * @example
 * ```ts
 * import { statusLabel } from "kinerja";
 *
 * console.log(statusLabel("on_track"), "/", statusLabel("at_risk", "en-US"));
 * // Sesuai target / At risk
 * ```
 * @category Formatting
 */
export function statusLabel(status: TargetStatus, locale = "id-ID"): string {
  if (typeof status !== "string" || !Object.hasOwn(STATUS_LABELS, status)) {
    raise("invalid_argument", "statusLabel", ["status"], FORMAT_EXPECTED.status, status);
  }
  return STATUS_LABELS[status][labelLanguage(locale)];
}
