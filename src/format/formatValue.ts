import type { Decimal } from "../core/decimal.js";
import { fail } from "../core/errors.js";
import { describe, FORMAT_EXPECTED } from "../core/messages.js";
import type { Numeric } from "../core/numeric.js";
import { readDecimal } from "../core/numeric.js";
import { decimalRounding, type RoundingMode } from "../core/round.js";
import type { MetricUnit } from "../model/types.js";
import { labelLanguage } from "./locale.js";

/**
 * Options of {@link formatValue}.
 *
 * @category Formatting
 */
export interface FormatValueOptions {
  /** BCP 47 locale, for example `"id-ID"` (default) or `"en-US"`. */
  readonly locale?: string;
  /** ISO 4217 currency code; required for the `currency` and `currency_per_day` units. */
  readonly currency?: string;
  /** Fraction digits to show (default: the currency's digits, 1 for percentages, 2 for multiples and scores, 0 for counts and net scores, 1 for days and months). */
  readonly fractionDigits?: number;
  /** How to round to those digits (default `"halfExpand"`: ties away from zero). */
  readonly roundingMode?: RoundingMode;
  /** `"compact"` for short forms such as `Rp 1,2 M` / `$1.2M`. Default `"standard"`. */
  readonly notation?: "standard" | "compact";
  /** What to show for a `null` value. Default an em dash, `"—"`. */
  readonly placeholder?: string;
  /** `"exceptZero"` to show a `+` on positive values (variances); default `"auto"` (net scores always sign). */
  readonly signDisplay?: "auto" | "exceptZero";
}

const DEFAULT_LOCALE = "id-ID";

function invalid(where: string, expected: string, received: unknown): never {
  return fail({
    code: "invalid_option",
    subject: "formatValue",
    path: [where],
    where: `option ${where}`,
    expected,
    received: describe(received),
  });
}

function numberFormat(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  try {
    return new Intl.NumberFormat(locale, options);
  } catch {
    if (options.currency !== undefined && !/^[A-Za-z]{3}$/.test(options.currency)) {
      return invalid("currency", FORMAT_EXPECTED.currency, options.currency);
    }
    return invalid("locale", FORMAT_EXPECTED.locale, locale);
  }
}

/**
 * Formats a metric value for people, with `Intl.NumberFormat` and exact rounding: the Decimal is
 * handed to Intl as decimal text, never as a float, so `1161401.345` rounds to `…401,35`.
 *
 * | unit | `id-ID` | `en-US` |
 * | --- | --- | --- |
 * | `currency` (IDR / USD) | `Rp 1.234.568` | `$1,234.57` |
 * | `ratio` 0.123 | `12,3%` | `12.3%` |
 * | `multiple` 4.2 | `4,2×` | `4.2×` |
 * | `days` 12.5 | `12,5 hari` | `12.5 days` |
 * | `net_score` 42 | `+42` | `+42` |
 *
 * @param value - The value (a Decimal from a metric, any Numeric, or `null`).
 * @param unit - The metric's unit, which decides the style.
 * @param options - Locale (default `id-ID`), currency, digits, rounding, notation and the placeholder for `null`.
 * @returns The formatted text.
 * @throws {KpiError} `invalid_option` for a missing currency on a currency unit, an unknown locale or currency, bad digits, or a placeholder that is not a string; `invalid_number` for a value that is not a Numeric or is 1e+308 or more in magnitude; `invalid_argument` when `options` is not an object.
 * @example
 * ```ts
 * import { formatValue } from "kinerja";
 *
 * console.log(formatValue("1234567.5", "currency", { currency: "IDR" }));
 * // Rp 1.234.568
 * console.log(formatValue("1234.565", "currency", { locale: "en-US", currency: "USD" }));
 * // $1,234.57
 * console.log(formatValue("0.123", "ratio"), formatValue("0.123", "ratio", { locale: "en-US" }));
 * // 12,3% 12.3%
 * console.log(formatValue(null, "ratio"));
 * // —
 * ```
 * @category Formatting
 */
export function formatValue(
  value: Decimal | Numeric | null,
  unit: MetricUnit,
  options: FormatValueOptions = {},
): string {
  if (typeof options !== "object" || options === null) {
    fail({
      code: "invalid_argument",
      subject: "formatValue",
      path: ["options"],
      where: "options",
      expected: FORMAT_EXPECTED.options,
      received: describe(options),
    });
  }
  const locale = options.locale ?? DEFAULT_LOCALE;
  if (typeof locale !== "string") invalid("locale", FORMAT_EXPECTED.locale, locale);
  const placeholder = options.placeholder === undefined ? "—" : options.placeholder;
  if (typeof placeholder !== "string") {
    invalid("placeholder", FORMAT_EXPECTED.placeholder, placeholder);
  }
  const roundingMode = options.roundingMode ?? "halfExpand";
  if (decimalRounding(roundingMode) === undefined) {
    invalid("roundingMode", FORMAT_EXPECTED.roundingMode, roundingMode);
  }
  const digits = options.fractionDigits;
  if (digits !== undefined && (!Number.isInteger(digits) || digits < 0 || digits > 20)) {
    invalid("fractionDigits", FORMAT_EXPECTED.fractionDigits, digits);
  }
  const notation = options.notation ?? "standard";
  if (notation !== "standard" && notation !== "compact")
    invalid("notation", FORMAT_EXPECTED.notation, notation);
  const isCurrency = unit === "currency" || unit === "currency_per_day";
  if (isCurrency && (typeof options.currency !== "string" || options.currency === "")) {
    invalid("currency", FORMAT_EXPECTED.currency, options.currency);
  }
  const signDisplay = options.signDisplay ?? "auto";
  if (signDisplay !== "auto" && signDisplay !== "exceptZero") {
    invalid("signDisplay", FORMAT_EXPECTED.signDisplay, signDisplay);
  }
  // "negative" (not "auto") so that a negative value rounding to zero never prints as "-0",
  // in compact notation too, where the digits shown depend on the scale.
  const base: Intl.NumberFormatOptions = {
    roundingMode,
    notation,
    signDisplay: signDisplay === "auto" ? "negative" : signDisplay,
  };
  // Compact notation rounds to significant digits by itself unless digits are asked for.
  const fixed = (fallback: number): Intl.NumberFormatOptions =>
    notation === "compact" && digits === undefined
      ? {}
      : { minimumFractionDigits: digits ?? 0, maximumFractionDigits: digits ?? fallback };
  let style: Intl.NumberFormatOptions;
  let suffix = "";
  const language = labelLanguage(locale);
  switch (unit) {
    case "currency":
    case "currency_per_day":
      style = {
        style: "currency",
        currency: options.currency as string,
        ...(digits === undefined
          ? {}
          : { minimumFractionDigits: digits, maximumFractionDigits: digits }),
      };
      if (unit === "currency_per_day") suffix = language === "id" ? "/hari" : "/day";
      break;
    case "ratio":
      style = { style: "percent", ...fixed(1) };
      break;
    case "multiple":
      style = fixed(2);
      suffix = "×";
      break;
    case "count":
      style = fixed(0);
      break;
    case "days":
      style = { style: "unit", unit: "day", unitDisplay: "long", ...fixed(1) };
      break;
    case "months":
      style = { style: "unit", unit: "month", unitDisplay: "long", ...fixed(1) };
      break;
    case "score":
      style = fixed(2);
      break;
    case "net_score":
      style = { signDisplay: "exceptZero", ...fixed(0) };
      break;
    default:
      return invalid("unit", FORMAT_EXPECTED.unit, unit);
  }
  const format = numberFormat(locale, { ...base, ...style });
  if (value === null) return placeholder;
  const decimal = readDecimal(value as Numeric, {
    subject: "formatValue",
    path: ["value"],
    where: "value",
  });
  if (!decimal.isZero() && decimal.e >= 308) {
    fail({
      code: "invalid_number",
      subject: "formatValue",
      path: ["value"],
      where: "value",
      expected: FORMAT_EXPECTED.formattable,
      received: describe(value),
    });
  }
  // Intl.NumberFormat reads decimal strings exactly (no float conversion).
  const text = format.format(decimal.toFixed() as unknown as number);
  return `${text}${suffix}`;
}
