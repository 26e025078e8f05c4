import { divide } from "../../core/result.js";
import { buildMetric } from "../../model/buildMetric.js";

/**
 * Customer churn rate: customers lost in the period over the customers at its start,
 * `churnedCustomers / customersAtStart`. Lower is better. ChartMogul's B2B variant leaves out
 * customers who joined and churned within the same period — count `churnedCustomers` that way for it.
 * Rolling months up keeps the first month's start and sums the churned customers, so a quarter also
 * counts customers won in January who left in March; the value can then exceed 1 for a tiny base, and
 * it is computed. Do not mix monthly and annual plans. `null` when there were no customers at the
 * start.
 *
 * @param inputs - `churnedCustomers` and `customersAtStart`.
 * @returns The churn as a fraction, or `null` when `customersAtStart` is 0.
 * @throws {KpiError} when a count is negative, fractional or not a number.
 * @example
 * ```ts
 * import { churnRate } from "kinerja";
 *
 * // 10 of the 100 customers at the start of the month cancelled
 * console.log(churnRate({ churnedCustomers: 10, customersAtStart: 100 })?.toString());
 * // 0.1
 * ```
 * @category Customer metrics
 */
export const churnRate = /* @__PURE__ */ buildMetric({
  id: "churn_rate",
  label: { en: "Customer churn rate", id: "Tingkat churn pelanggan" },
  description: {
    en: "Customers lost in the period as a share of the customers at its start.",
    id: "Pelanggan yang berhenti dalam periode sebagai porsi pelanggan di awal periode.",
  },
  formula: "churnedCustomers / customersAtStart",
  category: "customer",
  unit: "ratio",
  direction: "lower_is_better",
  inputs: {
    churnedCustomers: {
      domain: "count",
      rollup: "sum",
      label: { en: "Customers lost", id: "Pelanggan yang berhenti" },
    },
    customersAtStart: {
      domain: "count",
      rollup: "first",
      label: { en: "Customers at the start", id: "Pelanggan di awal periode" },
    },
  },
  sample: { model: "share", successes: "churnedCustomers", trials: "customersAtStart" },
  references: ["https://help.chartmogul.com/hc/en-us/articles/203359321"],
  compute: ({ churnedCustomers, customersAtStart }) => divide(churnedCustomers, customersAtStart),
});
