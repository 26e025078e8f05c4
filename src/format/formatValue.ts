import type { Decimal } from "../core/decimal.js";
import { raise } from "../core/errors.js";
import type { Numeric } from "../core/numeric.js";
import { readDecimal } from "../core/numeric.js";
import type { RoundingMode } from "../core/round.js";
import { unreachable } from "../core/unreachable.js";
import { labelLanguage } from "../model/labelLanguage.js";
import type { MetricUnit } from "../model/types.js";
import { isMetricUnit } from "../model/units.js";
import { checkFormatOptions } from "./checkFormatOptions.js";
import * as FORMAT_EXPECTED from "./messages.js";
import { FORMAT_WORDS } from "./messages.js";
import { numberFormat } from "./numberFormat.js";

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
  /**
   * Always show the unit's default fraction digits, trailing zeros included (`28,0%` beside
   * `93,3%`), so that report columns line up. `fractionDigits` sets other digits, fixed as well.
   */
  readonly fixedDigits?: boolean;
  /** `"compact"` for short forms such as `Rp 1,2 M` / `$1.2M`. Default `"standard"`. */
  readonly notation?: "standard" | "compact";
  /** What to show for a `null` value. Default an em dash, `"—"`. */
  readonly placeholder?: string;
  /** `"exceptZero"` to show a `+` on positive values (variances); default `"auto"` (net scores always sign). */
  readonly signDisplay?: "auto" | "exceptZero";
}

const DEFAULT_LOCALE = "id-ID";

/** Every option formatValue reads: any other key is refused (a typo is not silently ignored). */
const OPTION_NAMES: readonly (keyof FormatValueOptions)[] = [
  "locale",
  "currency",
  "fractionDigits",
  "fixedDigits",
  "roundingMode",
  "notation",
  "placeholder",
  "signDisplay",
];

/** The fraction digits each unit shows by default (currencies: the currency's own). */
function defaultDigits(unit: Exclude<MetricUnit, "currency" | "currency_per_day">): number {
  switch (unit) {
    case "ratio":
    case "days":
    case "months":
      return 1;
    case "multiple":
    case "score":
      return 2;
    case "count":
    case "net_score":
      return 0;
    default:
      return unreachable(unit, "metric unit");
  }
}

/** The Intl options of a unit, before digits and notation. */
function unitStyle(unit: MetricUnit, currency: string | undefined): Intl.NumberFormatOptions {
  switch (unit) {
    case "currency":
    case "currency_per_day":
      return { style: "currency", currency: currency as string };
    case "ratio":
      return { style: "percent" };
    case "days":
      return { style: "unit", unit: "day", unitDisplay: "long" };
    case "months":
      return { style: "unit", unit: "month", unitDisplay: "long" };
    case "net_score":
      return { signDisplay: "exceptZero" };
    case "multiple":
    case "count":
    case "score":
      return {};
    default:
      return unreachable(unit, "metric unit");
  }
}

/** The text after the number: `×` for multiples, per day for currency per day. */
function suffixOf(unit: MetricUnit, locale: string): string {
  if (unit === "multiple") return "×";
  if (unit === "currency_per_day") return FORMAT_WORDS.perDay[labelLanguage(locale)];
  return "";
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
  checkFormatOptions("formatValue", options, OPTION_NAMES);
  const locale = options.locale ?? DEFAULT_LOCALE;
  const placeholder = options.placeholder ?? "—";
  const roundingMode = options.roundingMode ?? "halfExpand";
  const digits = options.fractionDigits;
  const fixedDigits = options.fixedDigits ?? false;
  const notation = options.notation ?? "standard";
  if (!isMetricUnit(unit)) {
    raise("invalid_option", "formatValue", ["unit"], FORMAT_EXPECTED.unit, unit);
  }
  const isCurrency = unit === "currency" || unit === "currency_per_day";
  if (isCurrency && (typeof options.currency !== "string" || options.currency === "")) {
    raise(
      "invalid_option",
      "formatValue",
      ["options", "currency"],
      FORMAT_EXPECTED.currency,
      options.currency,
    );
  }
  const signDisplay = options.signDisplay ?? "auto";
  if (signDisplay !== "auto" && signDisplay !== "exceptZero") {
    raise(
      "invalid_option",
      "formatValue",
      ["options", "signDisplay"],
      FORMAT_EXPECTED.signDisplay,
      signDisplay,
    );
  }
  const currency = isCurrency ? (options.currency as string) : undefined;
  const key = `${unit}|${currency ?? ""}|${digits ?? ""}|${fixedDigits}|${roundingMode}|${notation}|${signDisplay}`;
  // "negative" (not "auto") so that a negative value rounding to zero never prints as "-0",
  // in compact notation too, where the digits shown depend on the scale.
  const base: Intl.NumberFormatOptions = {
    roundingMode,
    notation,
    signDisplay: signDisplay === "auto" ? "negative" : signDisplay,
    ...unitStyle(unit, currency),
  };
  let intlOptions: Intl.NumberFormatOptions;
  if (digits !== undefined) {
    intlOptions = { ...base, minimumFractionDigits: digits, maximumFractionDigits: digits };
  } else if (isCurrency || notation === "compact") {
    // Currencies show their own digits (Rp none, $ two); compact notation rounds by itself.
    intlOptions = base;
  } else {
    const unitDigits = defaultDigits(unit as Exclude<MetricUnit, "currency" | "currency_per_day">);
    intlOptions = {
      ...base,
      minimumFractionDigits: fixedDigits ? unitDigits : 0,
      maximumFractionDigits: unitDigits,
    };
  }
  const format = numberFormat("formatValue", key, locale, intlOptions);
  if (value === null) return placeholder;
  // Intl.NumberFormat reads decimal strings exactly (no float conversion). A short plain decimal
  // string is handed over as it is (the common case of a report column); anything else is read
  // into a Decimal first, which checks it.
  const text = (typeof value === "string" && value.length <= 300 && PLAIN_DECIMAL.test(value)
    ? value
    : decimalText(value)) as unknown as number;
  let formatted = format.format(text);
  if (notation === "compact" && isCurrency && digits === undefined) {
    // Compact notation leaves small amounts unscaled and then shows digits the currency does not
    // have (Rp 0,5): such amounts are shown with the currency's own digits instead.
    const parts = format.formatToParts(text);
    if (!parts.some((part) => part.type === "compact")) {
      const { notation: _compact, ...standard } = intlOptions;
      formatted = numberFormat("formatValue", `${key}|small`, locale, {
        ...standard,
        notation: "compact",
        maximumSignificantDigits: 2,
        maximumFractionDigits: currencyDigits(locale, currency as string),
        roundingPriority: "lessPrecision",
      } as Intl.NumberFormatOptions).format(text);
    }
  }
  return `${formatted}${suffixOf(unit, locale)}`;
}

/** A plain decimal that Intl reads exactly and that is far below 1e308. */
const PLAIN_DECIMAL = /^-?\d{1,300}(?:\.\d{1,300})?$/;

/** A value as plain decimal text, checked: a Numeric, below 1e308 in magnitude. */
function decimalText(value: Decimal | Numeric): string {
  const decimal = readDecimal(value, { subject: "formatValue", path: ["value"] });
  if (!decimal.isZero() && decimal.e >= 308) {
    raise("invalid_number", "formatValue", ["value"], FORMAT_EXPECTED.formattable, value);
  }
  return decimal.toFixed();
}

/** The fraction digits a currency has (IDR 0, USD 2, KWD 3), as Intl knows them. */
function currencyDigits(locale: string, currency: string): number {
  return (
    numberFormat("formatValue", `currency-digits|${currency}`, locale, {
      style: "currency",
      currency,
    }).resolvedOptions().maximumFractionDigits ?? 2
  );
}
