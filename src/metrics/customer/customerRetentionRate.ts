import { divide } from "../../core/result.js";
import { buildMetric } from "../../model/buildMetric.js";
import { exact } from "../../model/exact.js";
import { METRIC_EXPECTED } from "../messages.js";

/**
 * Customer retention rate (HubSpot): customers at the end minus the new customers acquired during the
 * period, over the customers at the start, `(customersAtEnd - newCustomers) / customersAtStart`.
 * When rolling months up, the start is the first month's (`first`), the end the last month's
 * (`last`) and new customers are summed. More new customers than customers at the end is impossible
 * and rejected. A rate above 1 happens when reactivated customers are not counted as new; it is
 * computed (count reactivations as new customers to avoid it). `null` when there were no customers
 * at the start.
 *
 * @param inputs - `customersAtStart`, `customersAtEnd` and `newCustomers`.
 * @returns The retention as a fraction, or `null` when `customersAtStart` is 0.
 * @throws {KpiError} when a count is negative, fractional or not a number, or `newCustomers` exceeds `customersAtEnd` (`inconsistent_inputs`).
 * @example
 * ```ts
 * import { customerRetentionRate } from "kinerja";
 *
 * // 200 customers at the start, 40 won during the quarter, 210 at the end: 170 of 200 retained
 * console.log(customerRetentionRate({ customersAtStart: 200, customersAtEnd: 210, newCustomers: 40 })?.toString());
 * // 0.85
 * ```
 * @category Customer metrics
 */
export const customerRetentionRate = /* @__PURE__ */ buildMetric({
  id: "customer_retention_rate",
  label: { en: "Customer retention rate", id: "Tingkat retensi pelanggan" },
  description: {
    en: "Share of the customers at the start of the period who are still customers at its end: (end − new) / start.",
    id: "Porsi pelanggan di awal periode yang masih menjadi pelanggan di akhir periode: (akhir − baru) / awal.",
  },
  formula: "(customersAtEnd - newCustomers) / customersAtStart",
  category: "customer",
  unit: "ratio",
  direction: "higher_is_better",
  inputs: {
    customersAtStart: {
      domain: "count",
      rollup: "first",
      label: { en: "Customers at the start", id: "Pelanggan di awal periode" },
    },
    customersAtEnd: {
      domain: "count",
      rollup: "last",
      label: { en: "Customers at the end", id: "Pelanggan di akhir periode" },
    },
    newCustomers: {
      domain: "count",
      rollup: "sum",
      label: { en: "New customers acquired", id: "Pelanggan baru yang diperoleh" },
    },
  },
  sample: {
    model: "share",
    successes: { add: ["customersAtEnd"], subtract: ["newCustomers"] },
    trials: "customersAtStart",
  },
  references: ["https://www.hubspot.com/glossary/retention-rate"],
  check: ({ customersAtEnd, newCustomers }) =>
    newCustomers.gt(customersAtEnd)
      ? [
          {
            input: "newCustomers",
            expected: METRIC_EXPECTED.atMostInput("customersAtEnd", customersAtEnd.toString()),
          },
        ]
      : [],
  compute: ({ customersAtStart, customersAtEnd, newCustomers }) =>
    divide(exact.minus(customersAtEnd, newCustomers), customersAtStart),
});
