/**
 * The currencies kinerja converts between: one table of ISO 4217 codes from which the
 * {@link CurrencyCode} type, the {@link CURRENCY_CODES} list and the {@link isCurrencyCode} guard
 * derive. Adding a currency is one row here.
 *
 * `minorUnit` is the ISO 4217 minor unit (the number of decimal places of the currency's
 * smallest unit) and is what {@link roundToMinorUnit} rounds to. `displayDigits` is how many
 * fraction digits `Intl.NumberFormat` shows for the currency (CLDR data): it differs from ISO 4217
 * for IDR (ISO 2, Intl 0), because rupiah amounts are written without sen in practice.
 *
 * @example
 * ```ts
 * import { CURRENCIES } from "kinerja";
 *
 * console.log(CURRENCIES.IDR.minorUnit, CURRENCIES.IDR.displayDigits, CURRENCIES.JPY.minorUnit);
 * // 2 0 0
 * ```
 * @category Money
 */
export const CURRENCIES = {
  AED: { name: "United Arab Emirates Dirham", minorUnit: 2, displayDigits: 2 },
  AUD: { name: "Australian Dollar", minorUnit: 2, displayDigits: 2 },
  BHD: { name: "Bahraini Dinar", minorUnit: 3, displayDigits: 3 },
  BND: { name: "Brunei Dollar", minorUnit: 2, displayDigits: 2 },
  CAD: { name: "Canadian Dollar", minorUnit: 2, displayDigits: 2 },
  CHF: { name: "Swiss Franc", minorUnit: 2, displayDigits: 2 },
  CNY: { name: "Chinese Yuan", minorUnit: 2, displayDigits: 2 },
  EUR: { name: "Euro", minorUnit: 2, displayDigits: 2 },
  GBP: { name: "British Pound", minorUnit: 2, displayDigits: 2 },
  HKD: { name: "Hong Kong Dollar", minorUnit: 2, displayDigits: 2 },
  IDR: { name: "Indonesian Rupiah", minorUnit: 2, displayDigits: 0 },
  INR: { name: "Indian Rupee", minorUnit: 2, displayDigits: 2 },
  JPY: { name: "Japanese Yen", minorUnit: 0, displayDigits: 0 },
  KRW: { name: "South Korean Won", minorUnit: 0, displayDigits: 0 },
  KWD: { name: "Kuwaiti Dinar", minorUnit: 3, displayDigits: 3 },
  MYR: { name: "Malaysian Ringgit", minorUnit: 2, displayDigits: 2 },
  NZD: { name: "New Zealand Dollar", minorUnit: 2, displayDigits: 2 },
  PHP: { name: "Philippine Peso", minorUnit: 2, displayDigits: 2 },
  SAR: { name: "Saudi Riyal", minorUnit: 2, displayDigits: 2 },
  SGD: { name: "Singapore Dollar", minorUnit: 2, displayDigits: 2 },
  THB: { name: "Thai Baht", minorUnit: 2, displayDigits: 2 },
  TWD: { name: "New Taiwan Dollar", minorUnit: 2, displayDigits: 2 },
  USD: { name: "US Dollar", minorUnit: 2, displayDigits: 2 },
  VND: { name: "Vietnamese Dong", minorUnit: 0, displayDigits: 0 },
} as const;

/**
 * An ISO 4217 code of a currency in {@link CURRENCIES}.
 *
 * @category Money
 */
export type CurrencyCode = keyof typeof CURRENCIES;

/**
 * Every supported currency code, in alphabetical order.
 *
 * @example
 * ```ts
 * import { CURRENCY_CODES } from "kinerja";
 *
 * console.log(CURRENCY_CODES.includes("IDR"), CURRENCY_CODES.length);
 * // true 24
 * ```
 * @category Money
 */
export const CURRENCY_CODES: readonly CurrencyCode[] = /* @__PURE__ */ Object.freeze(
  /* @__PURE__ */ /* @__PURE__ */ Object.keys(CURRENCIES).sort() as CurrencyCode[],
);

/**
 * Whether a value is a supported ISO 4217 currency code (upper case, as ISO writes them).
 *
 * @param value - Anything.
 * @returns `true` for a code in {@link CURRENCIES}.
 * @example
 * ```ts
 * import { isCurrencyCode } from "kinerja";
 *
 * console.log(isCurrencyCode("IDR"), isCurrencyCode("idr"), isCurrencyCode("XYZ"));
 * // true false false
 * ```
 * @category Money
 */
export function isCurrencyCode(value: unknown): value is CurrencyCode {
  return typeof value === "string" && Object.hasOwn(CURRENCIES, value);
}
