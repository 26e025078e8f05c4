/**
 * Reading one amount to convert, without throwing, so that callers can throw or collect.
 *
 * @internal
 */

import type { Decimal } from "../core/decimal.js";
import { type KpiIssue, makeIssue } from "../core/errors.js";
import { describe } from "../core/messages.js";
import { numericOrUndefined } from "../core/numeric.js";
import { CONVERSION_METHODS } from "./conversionMethods.js";
import { type CurrencyCode, isCurrencyCode } from "./currencies.js";
import { dayOfTransaction } from "./dates.js";
import { MONEY_EXPECTED } from "./messages.js";
import type { ResolvedSettings } from "./settings.js";

/** An entry read: its amount, currency and day number (`null` when the method takes no date). @internal */
export interface ReadEntry {
  readonly amount: Decimal;
  readonly currency: CurrencyCode;
  readonly day: number | null;
}

/** Reads an entry `{ amount, currency, date }`, or returns the first issue. @internal */
export function readEntry(
  entry: unknown,
  settings: ResolvedSettings,
  subject: string,
  path: readonly (string | number)[],
): ReadEntry | KpiIssue {
  if (typeof entry !== "object" || entry === null || Array.isArray(entry)) {
    return makeIssue({
      code: "invalid_argument",
      subject,
      path,
      expected: MONEY_EXPECTED.entry,
      received: describe(entry),
    });
  }
  const { amount, currency, date } = entry as Record<string, unknown>;
  const read = numericOrUndefined(amount);
  if (read === undefined) {
    return makeIssue({
      code: "invalid_number",
      subject,
      path: [...path, "amount"],
      expected: MONEY_EXPECTED.amount,
      received: describe(amount),
    });
  }
  if (!isCurrencyCode(currency)) {
    return makeIssue({
      code: "invalid_argument",
      subject,
      path: [...path, "currency"],
      expected: MONEY_EXPECTED.currency,
      received: describe(currency),
    });
  }
  if (!CONVERSION_METHODS[settings.method].perRecord) return { amount: read, currency, day: null };
  const day = dayOfTransaction(date, settings.calendar);
  if (day === undefined) {
    return makeIssue({
      code: "invalid_date",
      subject,
      path: [...path, "date"],
      expected: MONEY_EXPECTED.date,
      received: describe(date),
    });
  }
  return { amount: read, currency, day };
}

/** Whether a result of the money layer's readers is an issue rather than a value. @internal */
export function isMoneyIssue<T>(value: T | KpiIssue): value is KpiIssue {
  return (
    typeof value === "object" &&
    value !== null &&
    typeof (value as { message?: unknown }).message === "string" &&
    typeof (value as { code?: unknown }).code === "string" &&
    Array.isArray((value as { path?: unknown }).path)
  );
}
