import { defineIdentity } from "../../model/defineIdentity.js";

/**
 * Won deals = closed deals × win rate: the identity behind {@link winRate}
 * (`won / (won + lost)`), closed deals being won + lost.
 *
 * @example
 * ```ts
 * import { wonDealsFromClosedDeals } from "kinerja";
 *
 * console.log(wonDealsFromClosedDeals.formula);
 * // won_deals = closed_deals × win_rate
 * ```
 * @category Identities
 */
export const wonDealsFromClosedDeals = /* @__PURE__ */ defineIdentity({
  id: "won_deals_from_closed_deals",
  label: {
    en: "Won deals from closed deals",
    id: "Kesepakatan dimenangkan dari kesepakatan ditutup",
  },
  result: { name: "won_deals", label: { en: "Deals won", id: "Kesepakatan dimenangkan" } },
  factors: [
    {
      name: "closed_deals",
      label: { en: "Deals closed (won + lost)", id: "Kesepakatan ditutup (menang + kalah)" },
    },
    { name: "win_rate", label: { en: "Win rate", id: "Rasio kemenangan" }, metric: "win_rate" },
  ],
});
