import { defined } from "../../core/result.js";
import { buildMetric } from "../../model/buildMetric.js";
import { exact } from "../../model/exact.js";

/**
 * Sales revenue: the amount of orders or won deals in the period, net of returns,
 * `revenue - returns`. Returns default to 0 (gross revenue). The result can be negative when the
 * returns booked in a period (of goods sold earlier) exceed its sales; that is computed, not rejected.
 * Mixed currencies are not converted: pass amounts in one currency.
 *
 * @param inputs - `revenue` (gross order or deal amounts) and optional `returns` (refunded amounts).
 * @returns The net revenue, exact.
 * @throws {KpiError} when an amount is negative or not a number.
 * @example
 * ```ts
 * import { salesRevenue } from "kinerja";
 *
 * console.log(salesRevenue({ revenue: "125000000.50", returns: "2500000.25" })?.toString());
 * // 122500000.25
 * console.log(salesRevenue({ revenue: 0.3, returns: 0.1 })?.toString());
 * // 0.2
 * console.log(salesRevenue({ revenue: 100, returns: 150 })?.toString());
 * // -50
 * ```
 * @category Sales metrics
 */
export const salesRevenue = /* @__PURE__ */ buildMetric({
  id: "sales_revenue",
  label: { en: "Sales revenue", id: "Pendapatan penjualan" },
  description: {
    en: "Amount of orders or won deals in the period, net of returns; negative when returns exceed sales.",
    id: "Nilai pesanan atau kesepakatan yang dimenangkan dalam periode, dikurangi retur; negatif bila retur melebihi penjualan.",
  },
  formula: "revenue - returns",
  category: "sales",
  unit: "currency",
  direction: "higher_is_better",
  inputs: {
    revenue: {
      domain: "non_negative_amount",
      rollup: "sum",
      label: { en: "Gross sales amount", id: "Nilai penjualan kotor" },
    },
    returns: {
      domain: "non_negative_amount",
      rollup: "sum",
      label: { en: "Returns (refunded amount)", id: "Retur (nilai yang dikembalikan)" },
      default: 0,
    },
  },
  references: ["https://loyaltylion.com/blog/shopify-average-order-value"],
  compute: ({ revenue, returns }) => defined(exact.minus(revenue, returns)),
});
