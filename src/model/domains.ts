import type { Decimal } from "../core/decimal.js";
import { EXPECTED } from "../core/messages.js";
import type { InputDomain } from "./types.js";

/** Whether a Decimal lies in an input domain. @internal */
export function inDomain(value: Decimal, domain: InputDomain): boolean {
  switch (domain) {
    case "count":
      return value.isInteger() && !value.isNegative();
    case "positive_count":
      return value.isInteger() && value.gte(1);
    case "amount":
    case "ratio":
      return true;
    case "non_negative_amount":
    case "non_negative_number":
      return !value.isNegative();
    case "fraction":
      return !value.isNegative() && value.lte(1);
  }
}

/** The words for what a domain accepts. @internal */
export function domainExpectation(domain: InputDomain): string {
  switch (domain) {
    case "count":
      return EXPECTED.count;
    case "positive_count":
      return EXPECTED.positiveCount;
    case "amount":
      return EXPECTED.amount;
    case "ratio":
      return EXPECTED.ratio;
    case "non_negative_amount":
      return EXPECTED.nonNegativeAmount;
    case "non_negative_number":
      return EXPECTED.nonNegativeNumber;
    case "fraction":
      return EXPECTED.fraction;
  }
}
