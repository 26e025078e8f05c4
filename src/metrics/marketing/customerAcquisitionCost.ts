import { divide } from "../../core/result.js";
import { buildMetric } from "../../model/buildMetric.js";
import { exact } from "../../model/exact.js";

/**
 * Customer acquisition cost (CAC, blended): sales and marketing spend over the new customers won,
 * `(salesSpend + marketingSpend) / newCustomers`. Lower is better. Both spends are required so a
 * blended CAC is never silently a marketing-only one (pass `salesSpend: 0` for paid-only CAC). If you
 * lag spend by a month, lag it before passing it. `null` when there are no new customers.
 *
 * @param inputs - `salesSpend`, `marketingSpend` and `newCustomers` for the period.
 * @returns The cost per new customer, or `null` when `newCustomers` is 0.
 * @throws {KpiError} when a spend is negative, the count is negative or fractional, or a value is not a number.
 * @example
 * ```ts
 * import { customerAcquisitionCost } from "kinerja";
 *
 * const value = customerAcquisitionCost({ salesSpend: 60_000_000, marketingSpend: 40_000_000, newCustomers: 50 });
 * console.log(value?.toString());
 * // 2000000
 * ```
 * @category Marketing metrics
 */
export const customerAcquisitionCost = /* @__PURE__ */ buildMetric({
  id: "customer_acquisition_cost",
  label: { en: "Customer acquisition cost", id: "Biaya akuisisi pelanggan" },
  description: {
    en: "Sales and marketing spend per new customer acquired in the period.",
    id: "Belanja penjualan dan pemasaran per pelanggan baru yang diperoleh dalam periode.",
  },
  formula: "(salesSpend + marketingSpend) / newCustomers",
  category: "marketing",
  unit: "currency",
  direction: "lower_is_better",
  inputs: {
    salesSpend: {
      domain: "non_negative_amount",
      rollup: "sum",
      label: { en: "Sales spend", id: "Belanja penjualan" },
    },
    marketingSpend: {
      domain: "non_negative_amount",
      rollup: "sum",
      label: { en: "Marketing spend", id: "Belanja pemasaran" },
    },
    newCustomers: {
      domain: "count",
      rollup: "sum",
      label: { en: "New customers", id: "Pelanggan baru" },
    },
  },
  references: [
    "https://www.hubspot.com/glossary/customer-acquisition-cost",
    "https://saasgrid.com/docs/cac-payback-period",
  ],
  compute: ({ salesSpend, marketingSpend, newCustomers }) =>
    divide(exact.plus(salesSpend, marketingSpend), newCustomers),
});
