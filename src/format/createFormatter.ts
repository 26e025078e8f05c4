import type { Decimal } from "../core/decimal.js";
import { raise } from "../core/errors.js";
import type { Numeric } from "../core/numeric.js";
import type { Localized, MetricUnit } from "../model/types.js";
import type { Evaluation, TargetStatus } from "../target/types.js";
import { checkFormatOptions } from "./checkFormatOptions.js";
import {
  type FormatEvaluationOptions,
  type FormattedEvaluation,
  formatEvaluation,
} from "./formatEvaluation.js";
import { type FormatValueOptions, formatValue } from "./formatValue.js";
import { describeMetric, label } from "./label.js";
import * as FORMAT_EXPECTED from "./messages.js";
import { numberFormat } from "./numberFormat.js";
import { statusLabel } from "./statusLabel.js";

/**
 * Options of {@link createFormatter}: what every call of the formatter shares. Digits and sign are
 * left to each call, because they depend on the unit and the column.
 *
 * @category Formatting
 */
export interface CreateFormatterOptions {
  /** BCP 47 locale, for example `"en-US"`; default `"id-ID"`. It also picks the language of labels and statuses. */
  readonly locale?: string;
  /** ISO 4217 currency code for the `currency` and `currency_per_day` units, for example `"USD"`. */
  readonly currency?: string;
  /** How to round (default `"halfExpand"`: ties away from zero). */
  readonly roundingMode?: FormatValueOptions["roundingMode"];
  /** Always show each unit's default fraction digits, so report columns line up. */
  readonly fixedDigits?: boolean;
  /** `"compact"` for short forms such as `$1.2M`; default `"standard"`. */
  readonly notation?: "standard" | "compact";
  /** What to show for a `null` value; default an em dash, `"—"`. */
  readonly placeholder?: string;
}

/**
 * A formatter bound to a locale and currency: the format functions of kinerja with those options
 * given once. Each function takes the same per-call options as its free counterpart, which win over
 * the bound ones. The object is frozen and its functions do not use `this`, so they can be
 * destructured and passed around.
 *
 * @category Formatting
 */
export interface Formatter {
  /** The locale every call uses (`"id-ID"` when none was given). */
  readonly locale: string;
  /** The currency every call uses, `null` when none was given. */
  readonly currency: string | null;
  /** {@link formatValue} with the bound options. */
  readonly formatValue: (
    value: Decimal | Numeric | null,
    unit: MetricUnit,
    options?: FormatValueOptions,
  ) => string;
  /** {@link formatEvaluation} with the bound options. */
  readonly formatEvaluation: (
    evaluation: Evaluation,
    options?: FormatEvaluationOptions,
  ) => FormattedEvaluation;
  /** {@link label} in the bound locale's language. */
  readonly label: (metric: { readonly label: Localized }) => string;
  /** {@link describeMetric} in the bound locale's language. */
  readonly describeMetric: (metric: { readonly description: Localized }) => string;
  /** {@link statusLabel} in the bound locale's language. */
  readonly statusLabel: (status: TargetStatus) => string;
}

/** The options a formatter binds: any other key is refused. */
const OPTION_NAMES: readonly (keyof CreateFormatterOptions)[] = [
  "locale",
  "currency",
  "roundingMode",
  "fixedDigits",
  "notation",
  "placeholder",
];

/** The bound options with a call's own on top; a call's `undefined` leaves the bound value. */
function withBound<T extends object>(bound: CreateFormatterOptions, options: T | undefined): T {
  // Anything but an object is handed on as it is, so the function it is meant for refuses it.
  if (options === undefined) return bound as T;
  if (typeof options !== "object" || options === null) return options;
  const merged: Record<string, unknown> = { ...bound };
  for (const [name, value] of Object.entries(options)) {
    if (value !== undefined) merged[name] = value;
  }
  return merged as T;
}

/**
 * Binds the format functions to a locale and a currency once, for an app or a report that shows
 * everything in one language and one currency: no option repeated at every call, and no global
 * setting (two formatters, say English and Indonesian, live side by side). The options are checked
 * here, so a wrong locale or currency fails at start-up rather than at the first value shown.
 *
 * @param options - `locale` (default `"id-ID"`), `currency`, and optionally `roundingMode`,
 * `fixedDigits`, `notation` and `placeholder` for every call.
 * @returns A frozen {@link Formatter}: `formatValue`, `formatEvaluation`, `label`,
 * `describeMetric` and `statusLabel` bound to those options.
 * @throws {KpiError} `invalid_option` for an unknown option, a locale or currency Intl does not
 * know, or a bad rounding mode, notation, `fixedDigits` or placeholder; `invalid_argument` when
 * `options` is not an object.
 * @example
 * ```ts
 * import { createFormatter, evaluate, winRate } from "kinerja";
 *
 * const { formatValue, formatEvaluation, label, statusLabel } = createFormatter({
 *   locale: "en-US",
 *   currency: "USD",
 * });
 * console.log(formatValue("1234.565", "currency"), formatValue("0.123", "ratio"));
 * // $1,234.57 12.3%
 * console.log(formatEvaluation(evaluate({ metric: winRate, actual: "0.28", target: "0.3" })).text);
 * // Win rate: 28% (target 30%, 93.3%) — At risk
 * console.log(label(winRate), "/", statusLabel("on_track"));
 * // Win rate / On track
 * console.log(formatValue("1234567.5", "currency", { currency: "IDR", locale: "id-ID" }));
 * // Rp 1.234.568
 * ```
 * @category Formatting
 */
export function createFormatter(options: CreateFormatterOptions = {}): Formatter {
  checkFormatOptions("createFormatter", options, OPTION_NAMES);
  const locale = options.locale ?? "id-ID";
  // Built (and cached) now, so that a locale or currency Intl does not know fails here.
  numberFormat("createFormatter", "locale", locale, {});
  const currency = options.currency ?? null;
  if (currency !== null) {
    if (typeof currency !== "string" || currency === "") {
      raise(
        "invalid_option",
        "createFormatter",
        ["options", "currency"],
        FORMAT_EXPECTED.currency,
        currency,
      );
    }
    numberFormat("createFormatter", `currency-digits|${currency}`, locale, {
      style: "currency",
      currency,
    });
  }
  // A copy of the given options (null and undefined leave the default), so that changing the
  // caller's object later changes nothing.
  const given: Record<string, unknown> = {};
  for (const name of OPTION_NAMES) {
    const value = options[name];
    if (value !== undefined && value !== null) given[name] = value;
  }
  const bound: CreateFormatterOptions = Object.freeze({ ...given, locale });
  return Object.freeze({
    locale,
    currency,
    formatValue: (
      value: Decimal | Numeric | null,
      unit: MetricUnit,
      callOptions?: FormatValueOptions,
    ) => formatValue(value, unit, withBound(bound, callOptions)),
    formatEvaluation: (evaluation: Evaluation, callOptions?: FormatEvaluationOptions) =>
      formatEvaluation(evaluation, withBound(bound, callOptions)),
    label: (metric: { readonly label: Localized }) => label(metric, locale),
    describeMetric: (metric: { readonly description: Localized }) => describeMetric(metric, locale),
    statusLabel: (status: TargetStatus) => statusLabel(status, locale),
  });
}
