import { defineIdentity } from "../../model/defineIdentity.js";

/**
 * Converted leads = leads × lead conversion rate: the identity behind {@link leadConversionRate}
 * (`converted / leads`), the first step of leads → conversion → deals.
 *
 * @example
 * ```ts
 * import { dealsFromLeads } from "kinerja";
 *
 * console.log(dealsFromLeads.formula);
 * // converted_leads = leads × lead_conversion_rate
 * ```
 * @category Identities
 */
export const dealsFromLeads = /* @__PURE__ */ defineIdentity({
  id: "deals_from_leads",
  label: { en: "Deals from leads", id: "Kesepakatan dari prospek" },
  result: { name: "converted_leads", label: { en: "Converted leads", id: "Prospek terkonversi" } },
  factors: [
    { name: "leads", label: { en: "Leads", id: "Prospek" } },
    {
      name: "lead_conversion_rate",
      label: { en: "Lead conversion rate", id: "Tingkat konversi prospek" },
      metric: "lead_conversion_rate",
    },
  ],
});
