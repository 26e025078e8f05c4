import { defineIdentity } from "../../model/defineIdentity.js";

/**
 * Revenue = leads × lead conversion rate × average deal size: leads → conversion → deals → revenue,
 * where the converted leads are the won deals (the conversion counts leads that became a won deal)
 * and {@link averageDealSize} is the won amount per won deal.
 *
 * @example
 * ```ts
 * import { revenueFromLeads } from "kinerja";
 *
 * console.log(revenueFromLeads.formula);
 * // sales_revenue = leads × lead_conversion_rate × average_deal_size
 * ```
 * @category Identities
 */
export const revenueFromLeads = /* @__PURE__ */ defineIdentity({
  id: "revenue_from_leads",
  label: { en: "Revenue from leads", id: "Pendapatan dari prospek" },
  result: {
    name: "sales_revenue",
    label: { en: "Sales revenue (won amount)", id: "Pendapatan penjualan (nilai kesepakatan)" },
    metric: "sales_revenue",
  },
  factors: [
    { name: "leads", label: { en: "Leads", id: "Prospek" } },
    {
      name: "lead_conversion_rate",
      label: {
        en: "Lead conversion rate (to a won deal)",
        id: "Tingkat konversi prospek (menjadi kesepakatan)",
      },
      metric: "lead_conversion_rate",
    },
    {
      name: "average_deal_size",
      label: { en: "Average deal size", id: "Ukuran kesepakatan rata-rata" },
      metric: "average_deal_size",
    },
  ],
});
