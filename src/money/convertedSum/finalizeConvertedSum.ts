import type { Decimal } from "../../core/decimal.js";
import { KpiError, raise } from "../../core/errors.js";
import { closingDayOf } from "../conversion.js";
import { CONVERSION_METHODS, type ConversionMethod } from "../conversionMethods.js";
import type { CurrencyCode } from "../currencies.js";
import { textOfDay } from "../dates.js";
import {
  addExact,
  addFractions,
  type ExactDecimal,
  exactToDecimal,
  type Fraction,
  fractionOf,
  fractionToDecimal,
  multiplyFractions,
  ZERO_FRACTION,
} from "../exact.js";
import { findRate } from "../findRate.js";
import { MONEY_EXPECTED } from "../messages.js";
import { compareQuotes, quoteKey } from "../quoteKey.js";
import { isMoneyIssue } from "../readEntry.js";
import { rateTableArgument } from "../settings.js";
import type { RateQuote, RateTable } from "../types.js";
import { stateArgument } from "./addEntry.js";
import type { ConvertedSumState } from "./state.js";

/**
 * Options of {@link finalizeConvertedSum}, for the closing method only.
 *
 * @category Money
 */
export interface FinalizeConvertedSumOptions {
  /** The table the closing rates are taken from. */
  readonly rates: RateTable;
  /** The closing date (the end of the reporting period): `YYYY-MM-DD` or an instant in the state's time zone. */
  readonly at: string | number | Date;
}

/**
 * The amounts of one currency in a {@link ConvertedTotal}.
 *
 * @category Money
 */
export interface ConvertedAmount {
  readonly currency: CurrencyCode;
  /** The exact sum of the amounts, in `currency`. */
  readonly amount: Decimal;
  readonly records: number;
}

/**
 * The value of a converted sum, with its provenance.
 *
 * @category Money
 */
export interface ConvertedTotal {
  /** The total in `currency`: exact when `exact`, else rounded once to 34 significant digits. */
  readonly value: Decimal;
  /** The reporting currency. */
  readonly currency: CurrencyCode;
  /** Whether `value` is exact (it is unless a cross or inverse rate gave a quotient that does not terminate). */
  readonly exact: boolean;
  readonly method: ConversionMethod;
  /** How many amounts were added. */
  readonly records: number;
  /** The closing date (`YYYY-MM-DD`) for the closing method, else `null`. */
  readonly at: string | null;
  /** The original amounts by currency, in currency order. */
  readonly amounts: readonly ConvertedAmount[];
  /** Every rate used, once, ordered by currency and date. */
  readonly rates: readonly RateQuote[];
}

/**
 * The converted total of a converted sum: each part's exact amount times its exact rate, added as
 * exact fractions and written once as a Decimal (rounded to 34 significant digits only when the
 * total does not terminate), with the original amounts per currency and every rate used. A
 * closing-method state takes its one rate per currency here, at the closing date given.
 *
 * @param state - A converted-sum state.
 * @param options - For a closing-method state only: `{ rates, at }`.
 * @returns The {@link ConvertedTotal}; an empty state gives an exact 0 with no rates.
 * @throws {KpiError} `out_of_domain` when a closing rate is missing; `invalid_option` when closing
 * options are missing for a closing state or given for another; `invalid_argument` for a bad state.
 * @example
 * ```ts
 * import { addToConvertedSum, emptyConvertedSum, finalizeConvertedSum, parseRateTable } from "kinerja";
 *
 * const rates = parseRateTable({
 *   pivot: "USD",
 *   source: "fictional example rates",
 *   rates: [
 *     { currency: "IDR", date: "2025-03-31", rate: "16500" },
 *     { currency: "SGD", date: "2025-03-31", rate: "1.32" },
 *   ],
 * });
 * const balances = emptyConvertedSum({ to: "IDR", method: "closing" });
 * addToConvertedSum(balances, { amount: "250", currency: "USD" }, rates);
 * addToConvertedSum(balances, { amount: "132", currency: "SGD" }, rates);
 * const total = finalizeConvertedSum(balances, { rates, at: "2025-03-31" });
 * console.log(total.value.toString(), total.at, total.amounts.map((part) => `${part.amount} ${part.currency}`).join(" + "));
 * // 5775000 2025-03-31 132 SGD + 250 USD
 * ```
 * @category Money
 */
export function finalizeConvertedSum(
  state: ConvertedSumState,
  options?: FinalizeConvertedSumOptions,
): ConvertedTotal {
  const subject = "finalizeConvertedSum";
  const checked = stateArgument(state, subject, ["state"]);
  const closing = !CONVERSION_METHODS[checked.method].perRecord;
  if (
    (options !== undefined && (typeof options !== "object" || options === null)) ||
    (options !== undefined && !closing)
  ) {
    raise("invalid_option", subject, ["options"], MONEY_EXPECTED.finalizeOptions, options);
  }
  const closingDay = closingDayOf(options?.at, checked.settings, subject);
  const table = closing
    ? rateTableArgument(options?.rates, subject, ["options", "rates"])
    : undefined;
  let total: Fraction = ZERO_FRACTION;
  let records = 0;
  const amounts = new Map<CurrencyCode, { amount: ExactDecimal; records: number }>();
  const used = new Map<string, RateQuote>();
  for (const part of checked.parts.values()) {
    let factor = part.factor;
    let quotes = part.quotes;
    if (factor === null) {
      // Only a closing state has parts without rates, and it has its table and closing day.
      const found = findRate(
        table as RateTable,
        part.currency,
        checked.to,
        closingDay as number,
        checked.settings,
        subject,
      );
      if (isMoneyIssue(found)) throw new KpiError([found]);
      factor = found.factor;
      quotes = found.quotes;
    }
    total = addFractions(total, multiplyFractions(fractionOf(part.amount), factor));
    records += part.records;
    const kept = amounts.get(part.currency);
    amounts.set(part.currency, {
      amount: kept === undefined ? part.amount : addExact(kept.amount, part.amount),
      records: (kept?.records ?? 0) + part.records,
    });
    for (const quote of quotes) used.set(quoteKey(quote), quote);
  }
  const { value, exact } = fractionToDecimal(total);
  return Object.freeze({
    value,
    currency: checked.to,
    exact,
    method: checked.method,
    records,
    at: closingDay === null ? null : textOfDay(closingDay),
    amounts: Object.freeze(
      [...amounts.keys()].sort().map((currency) => {
        const { amount, records: count } = amounts.get(currency) as {
          amount: ExactDecimal;
          records: number;
        };
        return Object.freeze({ currency, amount: exactToDecimal(amount), records: count });
      }),
    ),
    rates: Object.freeze([...used.values()].sort(compareQuotes)),
  });
}
