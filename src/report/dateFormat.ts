/**
 * Dates written in a pattern (`dd/MM/yyyy`, `MM/dd/yyyy HH:mm`, `yyyyMMdd`…) turned into the ISO
 * wall-time text `aggregate` reads in the calendar's time zone, and ISO-8601 text checked in the
 * shapes `aggregate` accepts. No Date and no regular expression per value on the pattern path.
 *
 * @internal
 */

type Token = { readonly field: "y" | "M" | "d" | "H" | "m" | "s"; readonly width: number } | string;

const FIELDS: Readonly<
  Record<string, { readonly field: "y" | "M" | "d" | "H" | "m" | "s"; readonly width: number }>
> = {
  yyyy: { field: "y", width: 4 },
  MM: { field: "M", width: 2 },
  dd: { field: "d", width: 2 },
  HH: { field: "H", width: 2 },
  mm: { field: "m", width: 2 },
  ss: { field: "s", width: 2 },
};

function tokenize(format: string): Token[] | undefined {
  const tokens: Token[] = [];
  let i = 0;
  while (i < format.length) {
    const four = format.slice(i, i + 4);
    const two = format.slice(i, i + 2);
    if (four === "yyyy") {
      tokens.push(FIELDS.yyyy as Token);
      i += 4;
    } else if (two in FIELDS && two !== "yy") {
      tokens.push(FIELDS[two] as Token);
      i += 2;
    } else {
      const ch = format[i] as string;
      if (/[A-Za-z0-9]/.test(ch)) return undefined;
      tokens.push(ch);
      i += 1;
    }
  }
  const fields = tokens
    .filter((t) => typeof t !== "string")
    .map((t) => (t as { field: string }).field);
  const unique = new Set(fields);
  if (unique.size !== fields.length || !unique.has("y") || !unique.has("M") || !unique.has("d"))
    return undefined;
  if (unique.has("m") && !unique.has("H")) return undefined;
  if (unique.has("s") && !unique.has("m")) return undefined;
  return tokens;
}

/**
 * Whether a date pattern is one this reader understands.
 *
 * @param format - The pattern.
 * @returns `true` when it has yyyy, MM and dd (and optionally HH, mm, ss) and literal separators.
 * @internal
 */
export function checkDateFormat(format: string): boolean {
  return tokenize(format) !== undefined;
}

const daysIn = (year: number, month: number): number =>
  month === 2
    ? year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)
      ? 29
      : 28
    : [4, 6, 9, 11].includes(month)
      ? 30
      : 31;

function digits(text: string, at: number, width: number): number {
  let value = 0;
  for (let i = at; i < at + width; i++) {
    // Past the end, charCodeAt is NaN: not a digit.
    const code = text.charCodeAt(i) - 48;
    if (!(code >= 0 && code <= 9)) return -1;
    value = value * 10 + code;
  }
  return value;
}

const pad = (value: number, width: number): string => String(value).padStart(width, "0");

/**
 * A reader of dates written in a pattern: it returns the ISO wall-time text (`2026-10-31` or
 * `2026-10-31T14:30:00`), or undefined when the text does not follow the pattern or is not a real
 * date and time.
 *
 * @param format - A pattern accepted by {@link checkDateFormat}.
 * @returns The reader.
 * @internal
 */
export function dateReader(format: string): (text: string) => string | undefined {
  const tokens = tokenize(format) ?? [];
  const length = tokens.reduce((total, t) => total + (typeof t === "string" ? 1 : t.width), 0);
  const hasTime = tokens.some((t) => typeof t !== "string" && t.field === "H");
  return (text) => {
    if (text.length !== length) return undefined;
    const parts = { y: 0, M: 0, d: 0, H: 0, m: 0, s: 0 };
    let at = 0;
    for (const token of tokens) {
      if (typeof token === "string") {
        if (text[at] !== token) return undefined;
        at += 1;
      } else {
        const value = digits(text, at, token.width);
        if (value < 0) return undefined;
        parts[token.field] = value;
        at += token.width;
      }
    }
    const { y, M, d, H, m, s } = parts;
    if (y < 1 || M < 1 || M > 12 || d < 1 || d > daysIn(y, M) || H > 23 || m > 59 || s > 59)
      return undefined;
    const date = `${pad(y, 4)}-${pad(M, 2)}-${pad(d, 2)}`;
    return hasTime ? `${date}T${pad(H, 2)}:${pad(m, 2)}:${pad(s, 2)}` : date;
  };
}

/**
 * Whether a text is an ISO-8601 date or date-time in the shapes `aggregate` reads, and a real one:
 * `yyyy-MM-dd`, optionally followed by `T` (or `t`, or a space) `HH:mm`, optional `:ss` with an
 * optional fraction of 1 to 9 digits, and an optional `Z` or offset `±HH`, `±HHmm`, `±HH:mm`.
 * Read character by character (no regular expression, no allocation): it runs once per row.
 *
 * @param text - The text.
 * @returns `true` when it is.
 * @internal
 */
export function isIsoInstant(text: string): boolean {
  const length = text.length;
  if (length < 10 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return false;
  const y = digits(text, 0, 4);
  const M = digits(text, 5, 2);
  const d = digits(text, 8, 2);
  if (y < 1 || M < 1 || M > 12 || d < 1 || d > daysIn(y, M)) return false;
  if (length === 10) return true;
  const separator = text.charCodeAt(10);
  // T, t or a space, then HH:mm.
  if ((separator !== 84 && separator !== 116 && separator !== 32) || length < 16) return false;
  const H = digits(text, 11, 2);
  const m = digits(text, 14, 2);
  if (text.charCodeAt(13) !== 58 || H < 0 || H > 23 || m < 0 || m > 59) return false;
  let at = 16;
  if (text.charCodeAt(at) === 58) {
    const s = digits(text, at + 1, 2);
    if (at + 3 > length || s < 0 || s > 59) return false;
    at += 3;
    if (text.charCodeAt(at) === 46) {
      let count = 0;
      at += 1;
      while (at < length && digits(text, at, 1) >= 0) {
        at += 1;
        count += 1;
      }
      if (count < 1 || count > 9) return false;
    }
  }
  if (at === length) return true;
  const zone = text.charCodeAt(at);
  if (zone === 90 || zone === 122) return at + 1 === length;
  if (zone !== 43 && zone !== 45) return false;
  const offsetHours = digits(text, at + 1, 2);
  if (at + 3 > length || offsetHours < 0 || offsetHours > 23) return false;
  at += 3;
  if (at === length) return true;
  if (text.charCodeAt(at) === 58) at += 1;
  const offsetMinutes = digits(text, at, 2);
  return at + 2 === length && offsetMinutes >= 0 && offsetMinutes <= 59;
}
