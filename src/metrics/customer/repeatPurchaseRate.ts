import { divide } from "../../core/result.js";
import { buildMetric } from "../../model/buildMetric.js";
import { METRIC_EXPECTED } from "../messages.js";

/**
 * Repeat purchase rate: customers who ordered at least twice in the window over the customers who
 * ordered in it, `repeatCustomers / customers`, both orders inside the window (Shopify's "returning
 * customer rate" lets the first order fall before it; that is a different metric). Both inputs are
 * distinct counts, so they do not add up across periods (rollup `none`): count them over the whole
 * window from the orders. `null` when no customer ordered.
 *
 * @param inputs - `repeatCustomers` (distinct customers with 2 or more orders) and `customers` (distinct customers with an order).
 * @returns The rate as a fraction, or `null` when `customers` is 0.
 * @throws {KpiError} when a count is negative, fractional or not a number, or `repeatCustomers` exceeds `customers` (`inconsistent_inputs`).
 * @example
 * ```ts
 * import { repeatPurchaseRate } from "kinerja";
 *
 * console.log(repeatPurchaseRate({ repeatCustomers: 270, customers: 1000 })?.toString());
 * // 0.27
 * ```
 * @category Customer metrics
 */
export const repeatPurchaseRate = /* @__PURE__ */ buildMetric({
  id: "repeat_purchase_rate",
  label: { en: "Repeat purchase rate", id: "Tingkat pembelian ulang" },
  description: {
    en: "Share of the customers who ordered in the window that ordered at least twice in it.",
    id: "Porsi pelanggan yang memesan dalam rentang waktu yang memesan setidaknya dua kali di dalamnya.",
  },
  formula: "repeatCustomers / customers",
  category: "customer",
  unit: "ratio",
  direction: "higher_is_better",
  inputs: {
    repeatCustomers: {
      domain: "count",
      rollup: "none",
      label: { en: "Customers with 2 or more orders", id: "Pelanggan dengan 2 pesanan atau lebih" },
    },
    customers: {
      domain: "count",
      rollup: "none",
      label: { en: "Customers with an order", id: "Pelanggan yang memesan" },
    },
  },
  sample: { model: "share", successes: "repeatCustomers", trials: "customers" },
  references: [
    "https://blog.hubspot.com/service/customer-retention-metrics",
    "https://littlestreamsoftware.com/glossary/returning-customer-rate",
  ],
  check: ({ repeatCustomers, customers }) =>
    repeatCustomers.gt(customers)
      ? [
          {
            input: "repeatCustomers",
            expected: METRIC_EXPECTED.atMostInput("customers", customers.toString()),
          },
        ]
      : [],
  compute: ({ repeatCustomers, customers }) => divide(repeatCustomers, customers),
});
