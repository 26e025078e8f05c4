import { raise } from "../core/errors.js";
import { isMetricCategory, type MetricCategory, metricCategories } from "../model/categories.js";
import { oneOf } from "../model/messages.js";
import type { AnyMetric } from "../model/types.js";
import { ces } from "./customer/ces.js";
import { cesEffort } from "./customer/cesEffort.js";
import { churnRate } from "./customer/churnRate.js";
import { csat } from "./customer/csat.js";
import { csatMean } from "./customer/csatMean.js";
import { customerLifetimeValue } from "./customer/customerLifetimeValue.js";
import { customerLifetimeValueMargin } from "./customer/customerLifetimeValueMargin.js";
import { customerRetentionRate } from "./customer/customerRetentionRate.js";
import { grossRevenueRetention } from "./customer/grossRevenueRetention.js";
import { netRevenueRetention } from "./customer/netRevenueRetention.js";
import { nps } from "./customer/nps.js";
import { repeatPurchaseRate } from "./customer/repeatPurchaseRate.js";
import { revenueChurnRate } from "./customer/revenueChurnRate.js";
import { brandAwareness } from "./marketing/brandAwareness.js";
import { brandAwarenessAided } from "./marketing/brandAwarenessAided.js";
import { brandAwarenessUnaided } from "./marketing/brandAwarenessUnaided.js";
import { cacPaybackMonths } from "./marketing/cacPaybackMonths.js";
import { campaignRoi } from "./marketing/campaignRoi.js";
import { costPerLead } from "./marketing/costPerLead.js";
import { customerAcquisitionCost } from "./marketing/customerAcquisitionCost.js";
import { databaseGrowthRate } from "./marketing/databaseGrowthRate.js";
import { funnelConversionRate } from "./marketing/funnelConversionRate.js";
import { leadConversionRate } from "./marketing/leadConversionRate.js";
import { marketingConversionRate } from "./marketing/marketingConversionRate.js";
import { marketShare } from "./marketing/marketShare.js";
import { roas } from "./marketing/roas.js";
import { romi } from "./marketing/romi.js";
import { unitMarketShare } from "./marketing/unitMarketShare.js";
import { websiteVisitors } from "./marketing/websiteVisitors.js";
import { METRIC_EXPECTED } from "./messages.js";
import { averageDealSize } from "./sales/averageDealSize.js";
import { averageOrderValue } from "./sales/averageOrderValue.js";
import { compoundGrowthRate } from "./sales/compoundGrowthRate.js";
import { newProspects } from "./sales/newProspects.js";
import { pipelineVelocity } from "./sales/pipelineVelocity.js";
import { quotaAttainment } from "./sales/quotaAttainment.js";
import { salesCycleLength } from "./sales/salesCycleLength.js";
import { salesCycleLengthClosed } from "./sales/salesCycleLengthClosed.js";
import { salesGrowth } from "./sales/salesGrowth.js";
import { salesRevenue } from "./sales/salesRevenue.js";
import { unitsSold } from "./sales/unitsSold.js";
import { winRate } from "./sales/winRate.js";
import { winRateAllOpportunities } from "./sales/winRateAllOpportunities.js";

/** The built-in metrics with their precise types, from which {@link MetricId} derives. */
const BUILT_IN = [
  salesRevenue,
  unitsSold,
  salesGrowth,
  compoundGrowthRate,
  averageDealSize,
  averageOrderValue,
  winRate,
  winRateAllOpportunities,
  quotaAttainment,
  salesCycleLength,
  salesCycleLengthClosed,
  pipelineVelocity,
  newProspects,
  leadConversionRate,
  funnelConversionRate,
  marketingConversionRate,
  campaignRoi,
  roas,
  romi,
  costPerLead,
  customerAcquisitionCost,
  cacPaybackMonths,
  marketShare,
  unitMarketShare,
  databaseGrowthRate,
  brandAwareness,
  brandAwarenessAided,
  brandAwarenessUnaided,
  websiteVisitors,
  customerRetentionRate,
  churnRate,
  revenueChurnRate,
  netRevenueRetention,
  grossRevenueRetention,
  repeatPurchaseRate,
  customerLifetimeValue,
  customerLifetimeValueMargin,
  csat,
  csatMean,
  nps,
  ces,
  cesEffort,
] as const satisfies readonly AnyMetric[];

/**
 * Every built-in metric, grouped by family (sales, marketing, customer).
 *
 * @example
 * ```ts
 * import { catalog } from "kinerja";
 *
 * console.log(catalog.map((metric) => metric.id).includes("win_rate"));
 * // true
 * ```
 * @category Catalog
 */
export const catalog: readonly AnyMetric[] = BUILT_IN;

/**
 * The id of a built-in metric: the union of the catalog's ids (`"sales_revenue" | "win_rate" | …`).
 * Functions that look ids up in the catalog take it, so a misspelled literal id is a compile error;
 * an id only known at run time (a `string`) is still accepted and checked then.
 *
 * @category Catalog
 */
export type MetricId = (typeof BUILT_IN)[number]["id"];

/**
 * The built-in metric with a given id, with its precise inputs and options.
 *
 * @category Catalog
 */
export type CatalogMetric<Id extends MetricId> = Extract<
  (typeof BUILT_IN)[number],
  { readonly id: Id }
>;

/**
 * An id argument checked against the catalog when it is a literal: a literal that is not a
 * {@link MetricId} is a compile error, a `string` known only at run time passes to the run-time check.
 *
 * @category Catalog
 */
export type CheckedMetricId<Id extends string> = string extends Id
  ? string
  : Id extends MetricId
    ? Id
    : MetricId;

/**
 * Looks up a built-in metric by its id.
 *
 * @param id - The snake_case id, for example `"win_rate"`.
 * @returns The metric.
 * @throws {KpiError} `unknown_metric` when no built-in metric has that id.
 * @example
 * ```ts
 * import { getMetric } from "kinerja";
 *
 * console.log(getMetric("win_rate").label.id);
 * // Rasio kemenangan
 * ```
 * @category Catalog
 */
export function getMetric<const Id extends string>(
  id: Id & CheckedMetricId<Id>,
): Id extends MetricId ? CatalogMetric<Id> : AnyMetric {
  const found: AnyMetric | undefined =
    typeof id === "string" ? catalog.find((metric) => metric.id === id) : undefined;
  if (found === undefined) {
    raise("unknown_metric", "getMetric", ["id"], METRIC_EXPECTED.metricId, id);
  }
  return found as Id extends MetricId ? CatalogMetric<Id> : AnyMetric;
}

/**
 * Whether a built-in metric has that id.
 *
 * @param id - Any value.
 * @returns `true` when `getMetric(id)` would succeed.
 * @example
 * ```ts
 * import { hasMetric } from "kinerja";
 *
 * console.log(hasMetric("win_rate"), hasMetric("__proto__"));
 * // true false
 * ```
 * @category Catalog
 */
export function hasMetric(id: unknown): id is MetricId {
  return typeof id === "string" && catalog.some((metric) => metric.id === id);
}

/**
 * The built-in metrics of one family.
 *
 * @param category - `"sales"`, `"marketing"` or `"customer"`.
 * @returns The metrics of that family, in catalog order.
 * @throws {KpiError} `invalid_argument` for an unknown family.
 * @example
 * ```ts
 * import { metricsByCategory } from "kinerja";
 *
 * console.log(metricsByCategory("sales").some((metric) => metric.id === "win_rate"));
 * // true
 * ```
 * @category Catalog
 */
export function metricsByCategory(category: MetricCategory): readonly AnyMetric[] {
  if (!isMetricCategory(category)) {
    raise("invalid_argument", "metricsByCategory", ["category"], oneOf(metricCategories), category);
  }
  return catalog.filter((metric) => metric.category === category);
}
