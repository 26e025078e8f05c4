import type { MetricIdentity } from "../model/defineIdentity.js";
import { dealsFromLeads } from "./identities/dealsFromLeads.js";
import { revenueFromLeads } from "./identities/revenueFromLeads.js";
import { revenueFromOrders } from "./identities/revenueFromOrders.js";
import { wonDealsFromClosedDeals } from "./identities/wonDealsFromClosedDeals.js";

/**
 * Every built-in identity between the catalog's metrics and inputs.
 *
 * @example
 * ```ts
 * import { identities } from "kinerja";
 *
 * console.log(identities.map((identity) => identity.id).join(" "));
 * // revenue_from_orders won_deals_from_closed_deals deals_from_leads revenue_from_leads
 * ```
 * @category Identities
 */
export const identities: readonly MetricIdentity[] = [
  revenueFromOrders,
  wonDealsFromClosedDeals,
  dealsFromLeads,
  revenueFromLeads,
];
