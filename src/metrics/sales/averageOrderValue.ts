import { divide } from "../../core/result.js";
import { buildMetric } from "../../model/buildMetric.js";
import { METRIC_EXPECTED } from "../messages.js";

/**
 * Average order value (AOV): revenue over the number of orders, `revenue / orders`. Shopify uses
 * gross sales minus discounts as the revenue; pass whichever revenue you report, consistently.
 * Rolls up as a ratio of sums (never the mean of monthly AOVs). `null` when there are no orders.
 *
 * @param inputs - `revenue` (order revenue) and `orders` (the number of orders).
 * @returns The average revenue per order, or `null` when `orders` is 0.
 * @throws {KpiError} when the revenue is negative, the count is negative or fractional, a value is not a number, or `revenue` is not 0 while `orders` is 0 (`inconsistent_inputs`).
 * @example
 * ```ts
 * import { averageOrderValue } from "kinerja";
 *
 * console.log(averageOrderValue({ revenue: "31250000", orders: 125 })?.toString());
 * // 250000
 * console.log(averageOrderValue({ revenue: 10, orders: 3 })?.toString());
 * // 3.333333333333333333333333333333333
 * ```
 * @category Sales metrics
 */
export const averageOrderValue = /* @__PURE__ */ buildMetric({
  id: "average_order_value",
  label: { en: "Average order value", id: "Rata-rata nilai pesanan" },
  description: {
    en: "Average revenue per order in the period.",
    id: "Rata-rata pendapatan per pesanan dalam periode.",
  },
  formula: "revenue / orders",
  category: "sales",
  unit: "currency",
  direction: "higher_is_better",
  inputs: {
    revenue: {
      domain: "non_negative_amount",
      rollup: "sum",
      label: { en: "Order revenue", id: "Pendapatan pesanan" },
    },
    orders: { domain: "count", rollup: "sum", label: { en: "Orders", id: "Pesanan" } },
  },
  references: ["https://loyaltylion.com/blog/shopify-average-order-value"],
  check: ({ revenue, orders }) =>
    orders.isZero() && !revenue.isZero()
      ? [{ input: "revenue", expected: METRIC_EXPECTED.zeroWhenInputZero("orders") }]
      : [],
  compute: ({ revenue, orders }) => divide(revenue, orders),
});
