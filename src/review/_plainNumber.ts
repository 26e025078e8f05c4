import type { Decimal } from "../core/decimal.js";
import type { ReviewLocale } from "./verdicts.js";

/**
 * A decimal already rounded to `places`, written with the locale's separators: "1,234.5" in en,
 * "1.234,5" in id; a minus sign for negatives. Exact (no floating point). @internal
 */
export function plainNumber(value: Decimal, places: number, locale: ReviewLocale): string {
  const fixed = value.abs().toFixed(places);
  const [whole = "0", fraction] = fixed.split(".");
  const group = locale === "id" ? "." : ",";
  const point = locale === "id" ? "," : ".";
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, group);
  const sign = value.isNegative() && !value.isZero() ? "-" : "";
  return `${sign}${grouped}${fraction === undefined ? "" : `${point}${fraction}`}`;
}
