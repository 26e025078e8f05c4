import { type Decimal, isDecimalInstance, KDecimal } from "../core/decimal.js";
import { raise } from "../core/errors.js";
import type { Numeric } from "../core/numeric.js";
import { readObject, readValue } from "./_read.js";
import { REVIEW_EXPECTED } from "./messages.js";
import type { TargetPosition } from "./verdicts.js";

/**
 * Where an interval lies against a target.
 *
 * @category Review statistics
 */
export interface TargetComparison {
  readonly target: Decimal;
  /** `above` / `below` when the whole interval is on that side, `within_noise` when it contains the target; `null` when the interval is. */
  readonly position: TargetPosition | null;
}

function bound(value: unknown, subject: string, field: "lower" | "upper"): Decimal | null {
  if (value === null) return null;
  if (!isDecimalInstance(value) && typeof value !== "number" && typeof value !== "string") {
    raise("invalid_argument", subject, ["interval", field], REVIEW_EXPECTED.interval, value);
  }
  return readValue(value, subject, ["interval", field]);
}

/**
 * Whether a target lies outside an interval: is a miss (or a beat) real, or within the noise of
 * the sample? The status bands of `evaluate` stay as they are; this is the additional statement
 * ("off track, but within noise").
 *
 * @param interval - Any interval result of this layer ({@link shareInterval}, {@link npsInterval}, {@link meanInterval}), or `{ lower, upper }`.
 * @param target - The target, on the same scale as the interval.
 * @returns The {@link TargetComparison}.
 * @throws {KpiError} `invalid_argument` for an interval without decimal or null bounds; `invalid_number` for a target that is not a number.
 * @example
 * ```ts
 * import { compareWithTarget, shareInterval } from "kinerja";
 *
 * // A win rate of 18/60 = 30 % against a 35 % target: off track, but within noise
 * const winRate = shareInterval({ successes: 18, n: 60 });
 * console.log(compareWithTarget(winRate, "0.35").position);
 * // within_noise
 * console.log(compareWithTarget(shareInterval({ successes: 180, n: 600 }), "0.35").position);
 * // below
 * ```
 * @category Review statistics
 */
export function compareWithTarget(
  interval: { readonly lower: Decimal | Numeric | null; readonly upper: Decimal | Numeric | null },
  target: Numeric,
): TargetComparison {
  const subject = "compareWithTarget";
  const read = readObject(interval, subject, ["interval"]);
  const lower = bound(read.lower, subject, "lower");
  const upper = bound(read.upper, subject, "upper");
  const goal = new KDecimal(readValue(target, subject, ["target"]));
  if (lower === null || upper === null) return { target: goal, position: null };
  if (upper.lt(lower)) {
    raise(
      "invalid_argument",
      subject,
      ["interval", "upper"],
      REVIEW_EXPECTED.pointInterval,
      read.upper,
    );
  }
  if (lower.gt(goal)) return { target: goal, position: "above" };
  if (upper.lt(goal)) return { target: goal, position: "below" };
  return { target: goal, position: "within_noise" };
}
