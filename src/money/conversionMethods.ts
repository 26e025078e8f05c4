/**
 * How an amount is translated into the reporting currency, named as IAS 21 names the rates
 * ("The Effects of Changes in Foreign Exchange Rates"):
 *
 * | method | rate used | IAS 21 |
 * | --- | --- | --- |
 * | `spot` | the day rate of the transaction date (the latest published on or before it, within `lookbackDays`) | §21–22: "the spot exchange rate … at the date of the transaction" |
 * | `average` | the period rate (a rate with `from` / `to`) whose period contains the transaction date | §22 and §40: "an average rate for a week or a month … for all transactions in each foreign currency occurring during that period" (income and expenses) |
 * | `closing` | the day rate at a closing date you give (the latest on or before it, within `lookbackDays`), one rate for the whole amount | §8, §23, §39: "the spot exchange rate at the end of the reporting period" (monetary items, balances) |
 *
 * @example
 * ```ts
 * import { CONVERSION_METHODS } from "kinerja";
 *
 * console.log(Object.keys(CONVERSION_METHODS).join(", "));
 * // spot, average, closing
 * ```
 * @category Money
 */
export const CONVERSION_METHODS = {
  spot: { rate: "day", perRecord: true },
  average: { rate: "period", perRecord: true },
  closing: { rate: "day", perRecord: false },
} as const;

/**
 * A conversion method: `"spot"`, `"average"` or `"closing"` (see {@link CONVERSION_METHODS}).
 *
 * @category Money
 */
export type ConversionMethod = keyof typeof CONVERSION_METHODS;

/** The method names, in table order. @internal */
export const CONVERSION_METHOD_NAMES: readonly ConversionMethod[] = /* @__PURE__ */ Object.freeze(
  /* @__PURE__ */ Object.keys(CONVERSION_METHODS) as ConversionMethod[],
);

/** Whether a value is a conversion method. @internal */
export function isConversionMethod(value: unknown): value is ConversionMethod {
  return typeof value === "string" && Object.hasOwn(CONVERSION_METHODS, value);
}
