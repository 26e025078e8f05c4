import { metricUnits } from "../model/units.js";

/**
 * The words of the format layer (src/format): what formatting functions expected. Shared phrases
 * stay in core/messages.ts.
 *
 * @internal
 */

/** What the format layer expected, keyed by a stable name. @internal */
export const FORMAT_EXPECTED = {
  locale: 'a BCP 47 locale tag Intl supports, such as "id-ID" or "en-US"',
  currency: 'an ISO 4217 currency code such as "IDR" or "USD" (required for currency units)',
  fractionDigits: "an integer number of fraction digits from 0 to 20",
  roundingMode:
    'one of "ceil", "floor", "expand", "trunc", "halfCeil", "halfFloor", "halfExpand", "halfTrunc", "halfEven"',
  notation: 'one of "standard", "compact"',
  signDisplay: 'one of "auto", "exceptZero"',
  placeholder: "a string to show for a null value",
  status: 'one of "on_track", "at_risk", "off_track", "no_data"',
  evaluationTarget:
    "a target: a Decimal (or a number or plain decimal string), a { min, max } range of them, or null",
  evaluationValue: "a Decimal (or a number or plain decimal string), or null",
  unitFor: "a unit (the evaluation carries none: pass options.unit or options.metric)",
  knownOption: (names: readonly string[]): string =>
    `one of the options ${names.map((name) => JSON.stringify(name)).join(", ")}`,
  fixedDigits: "a boolean",
  unit: `one of the metric units (${metricUnits.join(", ")})`,
  options: "an options object or undefined",
  evaluation: "an evaluation returned by evaluate, evaluateSeries, pace or scorecard",
  metric: "a metric, or an object with a unit and a label { en, id }",
  localized: (field: string): string => `a metric, or an object with a ${field} { en, id }`,
  formattable:
    "a value below 1e+308 in magnitude (Intl.NumberFormat shows larger values as ∞; round or scale it first)",
} as const;

/** Words the format layer shows in formatted text, by label language. @internal */
export const FORMAT_WORDS = {
  percentagePoints: { en: " pp", id: " poin persentase" },
  perDay: { en: "/day", id: "/hari" },
} as const;
