import { parseDecimal } from "../core/parseDecimal.js";

/** A reader of amounts and an example of the text it reads. @internal */
export interface NumberReader {
  /** The plain decimal text of an amount, or undefined when the text is not one. */
  readonly read: (text: string) => string | undefined;
  /** How an amount is written, such as `1.234,50`. */
  readonly example: string;
}

const PLAIN = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * A reader of the amounts of a source: plain decimals (`1234.50`) without a locale; with one, the
 * locale's grouping and decimal separators (`1.234,50` in id-ID, `1,234.50` in en-US), read by a
 * fast pattern and, for any other shape (a currency sign, Indian grouping), by `parseDecimal`.
 *
 * @param locale - The locale the amounts are written in, or undefined for plain decimals.
 * @returns The reader.
 * @internal
 */
export function numberReader(locale: string | undefined): NumberReader {
  if (locale === undefined) {
    return { read: (text) => (PLAIN.test(text) ? text : undefined), example: "1234.50" };
  }
  const parts = new Intl.NumberFormat(locale, { useGrouping: true }).formatToParts(1234.5);
  const group = parts.find((p) => p.type === "group")?.value ?? ",";
  const decimal = parts.find((p) => p.type === "decimal")?.value ?? ".";
  const example = new Intl.NumberFormat(locale, { minimumFractionDigits: 2 }).format(1234.5);
  const g = escapeRegExp(group);
  const d = escapeRegExp(decimal);
  const fast = new RegExp(`^(-?)(\\d{1,3}(?:${g}\\d{3})+|\\d+)(?:${d}(\\d+))?$`);
  const groups = new RegExp(g, "g");
  return {
    read: (text) => {
      const match = fast.exec(text);
      if (match !== null) {
        const integer = (match[2] as string).replace(groups, "");
        return `${match[1]}${integer}${match[3] === undefined ? "" : `.${match[3]}`}`;
      }
      try {
        return parseDecimal(text, { locale }).toString();
      } catch {
        return undefined;
      }
    },
    example,
  };
}
