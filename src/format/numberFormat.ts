import { raise } from "../core/errors.js";
import * as FORMAT_EXPECTED from "./messages.js";

/** The most formatters kept; the oldest is dropped beyond it. */
const CACHE_SIZE = 128;

/** Created on first use, so importing the module has no side effect. */
let cache: Map<string, Intl.NumberFormat> | undefined;

/**
 * An `Intl.NumberFormat` for a locale and options, cached by both (building one costs about 50
 * times a `format` call): a bounded map, created lazily, holding formatters only (no user state).
 * An unknown locale or currency is a KpiError naming the option.
 *
 * @internal
 */
export function numberFormat(
  subject: string,
  key: string,
  locale: string,
  options: Intl.NumberFormatOptions,
): Intl.NumberFormat {
  cache ??= new Map();
  const cacheKey = `${locale}\u0000${key}`;
  const found = cache.get(cacheKey);
  if (found !== undefined) return found;
  let format: Intl.NumberFormat;
  try {
    format = new Intl.NumberFormat(locale, options);
  } catch {
    if (options.currency !== undefined && !/^[A-Za-z]{3}$/.test(options.currency)) {
      return raise(
        "invalid_option",
        subject,
        ["options", "currency"],
        FORMAT_EXPECTED.currency,
        options.currency,
      );
    }
    return raise("invalid_option", subject, ["options", "locale"], FORMAT_EXPECTED.locale, locale);
  }
  if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value as string);
  cache.set(cacheKey, format);
  return format;
}
