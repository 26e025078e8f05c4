import { raise } from "../core/errors.js";
import { REVIEW_EXPECTED } from "./messages.js";
import { type ReviewLocale, reviewLocales } from "./verdicts.js";

/** Reads a review locale (default "id"). @internal */
export function readLocale(
  value: unknown,
  subject: string,
  path: readonly (string | number)[],
): ReviewLocale {
  if (value === undefined) return "id";
  if (!(reviewLocales as readonly unknown[]).includes(value)) {
    raise("invalid_option", subject, path, REVIEW_EXPECTED.locale, value);
  }
  return value as ReviewLocale;
}
