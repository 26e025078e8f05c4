// Re-exports of the built-in catalog: one line per metric file. A test checks that every file under
// src/metrics is exported here and listed in `catalog`.

// Identities: defineIdentity (src/model) and the built-in ones.
export {
  defineIdentity,
  type IdentitySpec,
  type IdentityTerm,
  type MetricIdentity,
} from "../model/defineIdentity.js";
// The sampling models of the metric model (src/model), re-exported through this barrel.
export {
  type MeanSampleSpec,
  type MetricSample,
  type NpsSampleSpec,
  type SampleCount,
  type SampleModel,
  type ShareSampleSpec,
  sampleModels,
} from "../model/sampleModels.js";
export {
  type CatalogMetric,
  type CheckedMetricId,
  catalog,
  getMetric,
  hasMetric,
  type MetricId,
  metricsByCategory,
} from "./catalog.js";
export { ces } from "./customer/ces.js";
export { cesEffort } from "./customer/cesEffort.js";
export {
  type CesFromScoresOptions,
  type CesScale,
  type CesSums,
  cesFromScores,
} from "./customer/cesFromScores.js";
export { churnRate } from "./customer/churnRate.js";
export { csat } from "./customer/csat.js";
export {
  type CsatCounts,
  type CsatFromScoresOptions,
  csatFromScores,
} from "./customer/csatFromScores.js";
export { csatMean } from "./customer/csatMean.js";
export { customerLifetimeValue } from "./customer/customerLifetimeValue.js";
export { customerLifetimeValueMargin } from "./customer/customerLifetimeValueMargin.js";
export { customerRetentionRate } from "./customer/customerRetentionRate.js";
export { grossRevenueRetention } from "./customer/grossRevenueRetention.js";
export { netRevenueRetention } from "./customer/netRevenueRetention.js";
export { nps } from "./customer/nps.js";
export { type NpsCounts, npsFromScores } from "./customer/npsFromScores.js";
export { repeatPurchaseRate } from "./customer/repeatPurchaseRate.js";
export { revenueChurnRate } from "./customer/revenueChurnRate.js";
export { dealsFromLeads } from "./identities/dealsFromLeads.js";
export { revenueFromLeads } from "./identities/revenueFromLeads.js";
export { revenueFromOrders } from "./identities/revenueFromOrders.js";
export { wonDealsFromClosedDeals } from "./identities/wonDealsFromClosedDeals.js";
export { identities } from "./identities.js";
export { brandAwareness } from "./marketing/brandAwareness.js";
export { brandAwarenessAided } from "./marketing/brandAwarenessAided.js";
export { brandAwarenessUnaided } from "./marketing/brandAwarenessUnaided.js";
export { cacPaybackMonths } from "./marketing/cacPaybackMonths.js";
export { campaignRoi } from "./marketing/campaignRoi.js";
export { costPerLead } from "./marketing/costPerLead.js";
export { customerAcquisitionCost } from "./marketing/customerAcquisitionCost.js";
export { databaseGrowthRate } from "./marketing/databaseGrowthRate.js";
export { funnelConversionRate } from "./marketing/funnelConversionRate.js";
export {
  type FunnelConversionRates,
  type FunnelStep,
  funnelConversionRates,
} from "./marketing/funnelConversionRates.js";
export { leadConversionRate } from "./marketing/leadConversionRate.js";
export { marketingConversionRate } from "./marketing/marketingConversionRate.js";
export { marketShare } from "./marketing/marketShare.js";
export { roas } from "./marketing/roas.js";
export { romi } from "./marketing/romi.js";
export { unitMarketShare } from "./marketing/unitMarketShare.js";
export { websiteVisitors } from "./marketing/websiteVisitors.js";
export { averageDealSize } from "./sales/averageDealSize.js";
export { averageOrderValue } from "./sales/averageOrderValue.js";
export { compoundGrowthRate } from "./sales/compoundGrowthRate.js";
export { newProspects } from "./sales/newProspects.js";
export { pipelineVelocity } from "./sales/pipelineVelocity.js";
export { quotaAttainment } from "./sales/quotaAttainment.js";
export { salesCycleLength } from "./sales/salesCycleLength.js";
export { salesCycleLengthClosed } from "./sales/salesCycleLengthClosed.js";
export { salesGrowth } from "./sales/salesGrowth.js";
export { salesRevenue } from "./sales/salesRevenue.js";
export { unitsSold } from "./sales/unitsSold.js";
export { winRate } from "./sales/winRate.js";
export { winRateAllOpportunities } from "./sales/winRateAllOpportunities.js";
