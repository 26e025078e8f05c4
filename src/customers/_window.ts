import { raise } from "../core/errors.js";
import { DAY_MS } from "../period/civil.js";
import { zoneNamed } from "../period/registry.js";
import type { Calendar } from "../period/types.js";
import { CUSTOMERS_EXPECTED } from "./messages.js";

/**
 * A conversion window: calendar days in the calendar's time zone (the same wall-clock time N days
 * later, so a window across a DST change is 23 or 25 hours longer or shorter), or elapsed hours or
 * minutes; or `"period_end"`: by the end of the base event's period.
 *
 * @category Customers
 */
export type ConversionWindow =
  | { readonly days: number }
  | { readonly hours: number }
  | { readonly minutes: number }
  | "period_end";

/** A window read: a function from an instant to the last instant it allows (inclusive). @internal */
export type WindowEnd = (time: number) => number;

/** Reads a duration window (not "period_end"). @internal */
export function windowEnd(
  subject: string,
  window: unknown,
  calendar: Calendar,
  path: readonly (string | number)[],
): WindowEnd {
  if (typeof window === "object" && window !== null && !Array.isArray(window)) {
    const keys = Object.keys(window);
    const amount = (window as Record<string, unknown>)[keys[0] as string];
    if (keys.length === 1 && Number.isSafeInteger(amount) && (amount as number) > 0) {
      const n = amount as number;
      switch (keys[0]) {
        case "days": {
          const zone = zoneNamed(calendar.timeZone);
          return (time) => zone.instantOfWallTime(time + zone.offsetAt(time) + n * DAY_MS);
        }
        case "hours":
          return (time) => time + n * 3_600_000;
        case "minutes":
          return (time) => time + n * 60_000;
        default:
          break;
      }
    }
  }
  return raise("invalid_option", subject, path, CUSTOMERS_EXPECTED.window, window);
}
