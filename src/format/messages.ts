import { metricUnits } from "../model/units.js";

/**
 * The words of the format layer (src/format): what formatting functions expected, and the words
 * formatted text shows. Shared phrases stay in core/messages.ts. One export per phrase, imported
 * as a namespace (`import * as FORMAT_EXPECTED`), so that a bundler keeps only the phrases used.
 *
 * @internal
 */

export const locale = 'a BCP 47 locale tag Intl supports, such as "id-ID" or "en-US"';
export const currency =
  'an ISO 4217 currency code such as "IDR" or "USD" (required for currency units)';
export const fractionDigits = "an integer number of fraction digits from 0 to 20";
export const roundingMode =
  'one of "ceil", "floor", "expand", "trunc", "halfCeil", "halfFloor", "halfExpand", "halfTrunc", "halfEven"';
export const notation = 'one of "standard", "compact"';
export const signDisplay = 'one of "auto", "exceptZero"';
export const placeholder = "a string to show for a null value";
export const status = 'one of "on_track", "at_risk", "off_track", "no_data"';
export const evaluationTarget =
  "a target: a Decimal (or a number or plain decimal string), a { min, max } range of them, or null";
export const evaluationValue = "a Decimal (or a number or plain decimal string), or null";
export const unitFor = "a unit (the evaluation carries none: pass options.unit or options.metric)";
export const knownOption = (names: readonly string[]): string =>
  `one of the options ${names.map((name) => JSON.stringify(name)).join(", ")}`;
export const fixedDigits = "a boolean";
export const unit = `one of the metric units (${metricUnits.join(", ")})`;
export const options = "an options object or undefined";
export const evaluation = "an evaluation returned by evaluate, evaluateSeries, pace or scorecard";
export const metric = "a metric, or an object with a unit and a label { en, id }";
export const significance =
  'the significance of an evaluation: { lower, upper } (decimals or null) and a position "above", "below", "within_noise" or null';
export const localized = (field: string): string =>
  `a metric, or an object with a ${field} { en, id }`;
export const formattable =
  "a value below 1e+308 in magnitude (Intl.NumberFormat shows larger values as ∞; round or scale it first)";

/** Words the format layer shows in formatted text, by label language. @internal */
export const FORMAT_WORDS = {
  percentagePoints: { en: " pp", id: " poin persentase" },
  perDay: { en: "/day", id: "/hari" },
  smallSample: { en: "small sample", id: "sampel kecil" },
} as const;

/** Where an actual's interval lies against its target, by label language. @internal */
export const POSITION_WORDS = {
  above: { en: "significantly above target", id: "nyata di atas target" },
  below: { en: "significantly below target", id: "nyata di bawah target" },
  within_noise: { en: "not significant", id: "tidak berbeda nyata" },
} as const;
