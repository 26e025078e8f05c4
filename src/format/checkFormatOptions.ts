import { raise } from "../core/errors.js";
import { decimalRounding } from "../core/round.js";
import type { FormatValueOptions } from "./formatValue.js";
import * as FORMAT_EXPECTED from "./messages.js";

/**
 * Checks the options that `formatValue` and `createFormatter` share, in this order, and raises a
 * KpiError naming `subject` at the first problem: an options object whose every key is one of
 * `names` (a typo is not silently ignored), then a string `locale` and `placeholder`, a rounding
 * mode, 0 to 20 `fractionDigits`, a boolean `fixedDigits` and a known `notation`, each when given.
 * Whether Intl knows the locale and currency is checked where the formatter is built.
 *
 * @internal
 */
export function checkFormatOptions(
  subject: string,
  options: unknown,
  names: readonly string[],
): asserts options is FormatValueOptions {
  if (typeof options !== "object" || options === null) {
    raise("invalid_argument", subject, ["options"], FORMAT_EXPECTED.options, options);
  }
  for (const name in options) {
    if (!names.includes(name)) {
      raise("invalid_option", subject, ["options", name], FORMAT_EXPECTED.knownOption(names), name);
    }
  }
  // `null` stands for the default where formatValue always read it so (`?? default`).
  const given = options as Record<keyof FormatValueOptions, unknown>;
  const locale = given.locale ?? "id-ID";
  const placeholder = given.placeholder;
  const roundingMode = given.roundingMode ?? "halfExpand";
  const fractionDigits = given.fractionDigits;
  const fixedDigits = given.fixedDigits ?? false;
  const notation = given.notation ?? "standard";
  if (typeof locale !== "string") {
    raise("invalid_option", subject, ["options", "locale"], FORMAT_EXPECTED.locale, locale);
  }
  if (placeholder !== undefined && typeof placeholder !== "string") {
    raise(
      "invalid_option",
      subject,
      ["options", "placeholder"],
      FORMAT_EXPECTED.placeholder,
      placeholder,
    );
  }
  if (decimalRounding(roundingMode) === undefined) {
    raise(
      "invalid_option",
      subject,
      ["options", "roundingMode"],
      FORMAT_EXPECTED.roundingMode,
      roundingMode,
    );
  }
  if (
    fractionDigits !== undefined &&
    (!Number.isInteger(fractionDigits) ||
      (fractionDigits as number) < 0 ||
      (fractionDigits as number) > 20)
  ) {
    raise(
      "invalid_option",
      subject,
      ["options", "fractionDigits"],
      FORMAT_EXPECTED.fractionDigits,
      fractionDigits,
    );
  }
  if (typeof fixedDigits !== "boolean") {
    raise(
      "invalid_option",
      subject,
      ["options", "fixedDigits"],
      FORMAT_EXPECTED.fixedDigits,
      fixedDigits,
    );
  }
  if (notation !== "standard" && notation !== "compact") {
    raise("invalid_option", subject, ["options", "notation"], FORMAT_EXPECTED.notation, notation);
  }
}
