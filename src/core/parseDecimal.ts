import type { Decimal } from "./decimal.js";
import { KDecimal } from "./decimal.js";
import { fail } from "./errors.js";
import { describe, EXPECTED, PLACE } from "./messages.js";

/**
 * Options of {@link parseDecimal}.
 *
 * @category Numbers and errors
 */
export interface ParseDecimalOptions {
  /** The BCP 47 locale whose separators the text uses, for example `"id-ID"` or `"en-US"`. */
  readonly locale: string;
}

interface LocaleNumberShape {
  readonly group: string;
  readonly decimal: string;
  readonly primaryGroup: number;
  readonly secondaryGroup: number;
  readonly example: string;
}

const SPACES = /[\s\u00a0\u202f]/;
// A currency: a symbol (optionally after up to three letters: US$, R$, HK$), an ISO 4217 code, or a
// letter symbol some locales use (Rp, Rs, RM, kr, Kč, zł, Ft, lei). Anything else is not a number.
// Kč and zł are written as escapes (\u010d, \u0142) so that the built files stay ASCII: one non-ASCII
// character makes V8 read a whole bundle as two-byte text (0.6 ms more on a cold import).
const CURRENCY_BEFORE = /^(?:[A-Za-z]{0,3}\p{Sc}|[A-Z]{3}|Rp|Rs|RM|kr|K\u010d|z\u0142|Ft|lei)\.?/u;
const CURRENCY_AFTER =
  /[\s\u00a0\u202f]*(?:[A-Za-z]{0,3}\p{Sc}|[A-Z]{3}|Rp|Rs|RM|kr|K\u010d|z\u0142|Ft|lei)\.?$/u;
const TRAILING_MINUS = /[-\u2212]$/;
const MINUS = /^[-\u2212]/;

function localeShape(locale: unknown): LocaleNumberShape {
  let parts: Intl.NumberFormatPart[];
  try {
    if (typeof locale !== "string") throw new TypeError("not a string");
    parts = new Intl.NumberFormat(locale, { useGrouping: true }).formatToParts(1234567.89);
  } catch {
    return fail({
      code: "invalid_option",
      subject: "parseDecimal",
      path: ["locale"],
      where: PLACE.option("locale"),
      expected: EXPECTED.locale,
      received: describe(locale),
    });
  }
  const integers = parts.filter((p) => p.type === "integer").map((p) => p.value.length);
  const group = parts.find((p) => p.type === "group")?.value ?? "";
  const decimal = parts.find((p) => p.type === "decimal")?.value ?? ".";
  const primaryGroup = integers[integers.length - 1] ?? 3;
  const secondaryGroup = integers.length > 2 ? (integers[integers.length - 2] ?? 3) : primaryGroup;
  return {
    group,
    decimal,
    primaryGroup,
    secondaryGroup,
    example: parts.map((p) => p.value).join(""),
  };
}

function isDigits(text: string): boolean {
  if (text.length === 0) return false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 48 || code > 57) return false;
  }
  return true;
}

/**
 * Reads a number written for people in a given locale — `"1.234.567,89"` in `id-ID`,
 * `"1,234,567.89"` in `en-US`, `"Rp 1.500.000"` with a currency symbol — into an exact Decimal.
 *
 * The separators come from `Intl` for that locale. Grouping must be consistent (every group after
 * the first has the locale's group size; no grouping at all is fine too). Text that is malformed or
 * ambiguous under the locale (`"1.23.4"`, `"12,34,5"`, two decimal separators, letters, `%`) is
 * rejected, never guessed. A currency is a symbol (`$`, `US$`, `€`), an ISO code (`IDR`) or a letter
 * symbol (`Rp`, `Rs`, `RM`, `kr`…) before or after the number. A minus sign (`-` or `−`) may come
 * before or after a currency symbol, or at the end as accounting exports write it (`"1.500-"`).
 *
 * @param text - The text, as exported by a spreadsheet or CRM.
 * @param options - The locale the text is written in.
 * @returns The exact value.
 * @throws {KpiError} `invalid_number` for text that is not a number in that locale; `invalid_option` for an unknown locale.
 * @example
 * ```ts
 * import { parseDecimal } from "kinerja";
 *
 * console.log(parseDecimal("1.234.567,89", { locale: "id-ID" }).toString());
 * // 1234567.89
 * console.log(parseDecimal("Rp 1.500.000", { locale: "id-ID" }).toString());
 * // 1500000
 * console.log(parseDecimal("1,234,567.89", { locale: "en-US" }).toString());
 * // 1234567.89
 * ```
 * @category Numbers and errors
 */
export function parseDecimal(text: string, options: ParseDecimalOptions): Decimal {
  const locale = (options as ParseDecimalOptions | undefined)?.locale;
  const shape = localeShape(locale);
  const value = typeof text === "string" ? readLocalized(text, shape) : undefined;
  if (value === undefined) {
    return fail({
      code: "invalid_number",
      subject: "parseDecimal",
      path: [],
      where: PLACE.text,
      expected: `a number written for locale ${String(locale)}, like ${JSON.stringify(shape.example)}`,
      received: describe(text),
    });
  }
  return value;
}

function readLocalized(raw: string, shape: LocaleNumberShape): Decimal | undefined {
  let text = raw.trim();
  let negative = false;
  const takeSign = () => {
    if (MINUS.test(text)) {
      if (negative) return false;
      negative = true;
      text = text.slice(1).trimStart();
    }
    return true;
  };
  if (!takeSign()) return undefined;
  // A currency symbol or code before the number ("Rp", "IDR", "$", "US$").
  const prefix = CURRENCY_BEFORE.exec(text);
  if (prefix !== null) {
    text = text.slice(prefix[0].length).trimStart();
    if (!takeSign()) return undefined;
  }
  // A currency symbol or code after the number ("1.500 €", "1.500 IDR"), when none came before.
  const suffix = prefix === null ? CURRENCY_AFTER.exec(text) : null;
  if (suffix !== null) text = text.slice(0, -suffix[0].length).trimEnd();
  // A trailing minus, as accounting exports (SAP and others) write negatives: "1.500-".
  if (TRAILING_MINUS.test(text)) {
    if (negative) return undefined;
    negative = true;
    text = text.slice(0, -1).trimEnd();
  }
  if (text.length === 0) return undefined;

  const decimalAt = text.indexOf(shape.decimal);
  if (decimalAt !== text.lastIndexOf(shape.decimal)) return undefined;
  const integerPart = decimalAt === -1 ? text : text.slice(0, decimalAt);
  const fractionPart = decimalAt === -1 ? "" : text.slice(decimalAt + shape.decimal.length);
  if (decimalAt !== -1 && !isDigits(fractionPart)) return undefined;

  const groupIsSpace = SPACES.test(shape.group);
  const groups = groupIsSpace
    ? integerPart.split(/[ \u00a0\u202f]/)
    : integerPart.split(shape.group);
  if (!groups.every(isDigits)) return undefined;
  if (groups.length > 1) {
    const last = groups[groups.length - 1] as string;
    const first = groups[0] as string;
    if (last.length !== shape.primaryGroup) return undefined;
    for (let i = 1; i < groups.length - 1; i++) {
      if ((groups[i] as string).length !== shape.secondaryGroup) return undefined;
    }
    if (first.length > shape.secondaryGroup) return undefined;
  }
  const digits = groups.join("") + (fractionPart === "" ? "" : `.${fractionPart}`);
  const value = new KDecimal(negative ? `-${digits}` : digits);
  return value.isZero() ? new KDecimal(0) : value;
}
