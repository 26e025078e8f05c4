// Re-exports of the money layer (currencies, rate tables, conversion, converted sums). Named, so
// the layer's private helpers stay private.

export type { Conversion, ConvertOptions } from "./conversion.js";
export { CONVERSION_METHODS, type ConversionMethod } from "./conversionMethods.js";
export { convert } from "./convert.js";
export { addToConvertedSum } from "./convertedSum/addToConvertedSum.js";
export {
  type ConvertedSumMethod,
  type ConvertedSumOptions,
  convertedSum,
} from "./convertedSum/convertedSum.js";
export { deserializeConvertedSum } from "./convertedSum/deserializeConvertedSum.js";
export {
  type EmptyConvertedSumOptions,
  emptyConvertedSum,
} from "./convertedSum/emptyConvertedSum.js";
export {
  type ConvertedAmount,
  type ConvertedTotal,
  type FinalizeConvertedSumOptions,
  finalizeConvertedSum,
} from "./convertedSum/finalizeConvertedSum.js";
export { mergeConvertedSums } from "./convertedSum/mergeConvertedSums.js";
export { serializeConvertedSum } from "./convertedSum/serializeConvertedSum.js";
export type {
  ConvertedSumState,
  SerializedConvertedPart,
  SerializedConvertedSum,
  SerializedRateQuote,
} from "./convertedSum/state.js";
export { tryAddToConvertedSum } from "./convertedSum/tryAddToConvertedSum.js";
export { CURRENCIES, CURRENCY_CODES, type CurrencyCode, isCurrencyCode } from "./currencies.js";
export { parseRateTable } from "./parseRateTable.js";
export { roundToMinorUnit } from "./roundToMinorUnit.js";
export { type TryConvertResult, tryConvert } from "./tryConvert.js";
export type {
  ConversionSettings,
  DayRateQuote,
  MoneyEntry,
  PeriodRateQuote,
  RateQuote,
  RateTable,
} from "./types.js";
