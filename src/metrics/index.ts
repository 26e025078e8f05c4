// Re-exports of the built-in catalog: one line per metric file. A test checks that every file under
// src/metrics is exported here and listed in `catalog`.
export { catalog, getMetric, hasMetric, metricsByCategory } from "./catalog.js";
export { campaignRoi } from "./marketing/campaignRoi.js";
export { leadConversionRate } from "./marketing/leadConversionRate.js";
export { winRate } from "./sales/winRate.js";
