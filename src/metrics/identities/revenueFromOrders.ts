import { defineIdentity } from "../../model/defineIdentity.js";

/**
 * Revenue = orders × average order value: the identity behind {@link averageOrderValue}
 * (`revenue / orders`), for splitting a change of revenue into fewer (or more) orders and smaller
 * (or larger) ones with {@link explainChange}.
 *
 * @example
 * ```ts
 * import { revenueFromOrders } from "kinerja";
 *
 * console.log(revenueFromOrders.formula);
 * // sales_revenue = orders × average_order_value
 * ```
 * @category Identities
 */
export const revenueFromOrders = /* @__PURE__ */ defineIdentity({
  id: "revenue_from_orders",
  label: { en: "Revenue from orders", id: "Pendapatan dari pesanan" },
  result: {
    name: "sales_revenue",
    label: { en: "Sales revenue", id: "Pendapatan penjualan" },
    metric: "sales_revenue",
  },
  factors: [
    { name: "orders", label: { en: "Orders", id: "Pesanan" } },
    {
      name: "average_order_value",
      label: { en: "Average order value", id: "Nilai pesanan rata-rata" },
      metric: "average_order_value",
    },
  ],
});
