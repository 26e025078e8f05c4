import { unreachable } from "../core/unreachable.js";
import type { RateQuote } from "./types.js";

/** A stable key of a quote: its currency and date or period, such as `IDR@2025-03-14`. @internal */
export function quoteKey(quote: RateQuote): string {
  switch (quote.kind) {
    case "day":
      return `${quote.currency}@${quote.date}`;
    case "period":
      return `${quote.currency}@${quote.from}/${quote.to}`;
    default:
      return unreachable(quote, "rate kind");
  }
}

/** Orders quotes by currency, then date (or first date of the period). @internal */
export function compareQuotes(a: RateQuote, b: RateQuote): number {
  const left = quoteKey(a);
  const right = quoteKey(b);
  return left < right ? -1 : left > right ? 1 : 0;
}
