import { defined, undefinedBecause } from "../../core/result.js";
import { buildMetric } from "../../model/buildMetric.js";

/**
 * Customer lifetime value, simple (ChartMogul): average revenue per account over the churn rate,
 * `averageRevenuePerAccount / churnRate`, with both per the same period (monthly ARPA with a monthly
 * churn rate). ChartMogul smooths the churn rate over six trailing months; pass a smoothed rate if you
 * want that. Both inputs are ratios, so rolling up takes the last period's values (a snapshot), which
 * keeps ARPA and churn in the same time unit. `null` with reason `zero_churn` when the churn rate is 0
 * (the lifetime is unbounded; ChartMogul's chart shows 0 there, which would read as worthless). For the margin-based variant see `customerLifetimeValueMargin`.
 *
 * @param inputs - `averageRevenuePerAccount` (per period) and `churnRate` (a fraction per the same period).
 * @returns The lifetime value, or `null` when `churnRate` is 0.
 * @throws {KpiError} when the ARPA is negative, the churn rate is outside 0..1, or a value is not a number.
 * @example
 * ```ts
 * import { customerLifetimeValue } from "kinerja";
 *
 * console.log(customerLifetimeValue({ averageRevenuePerAccount: 500_000, churnRate: "0.05" })?.toString());
 * // 10000000
 * console.log(customerLifetimeValue.evaluate({ averageRevenuePerAccount: 500_000, churnRate: 0 }));
 * // { value: null, reason: 'zero_churn' }
 * ```
 * @category Customer metrics
 */
export const customerLifetimeValue = /* @__PURE__ */ buildMetric({
  id: "customer_lifetime_value",
  label: { en: "Customer lifetime value", id: "Nilai seumur hidup pelanggan" },
  description: {
    en: "Revenue a customer brings over their lifetime: average revenue per account divided by the churn rate; undefined when churn is zero.",
    id: "Pendapatan yang dihasilkan pelanggan sepanjang masa berlangganannya: rata-rata pendapatan per akun dibagi tingkat churn; tidak terdefinisi bila churn nol.",
  },
  formula: "averageRevenuePerAccount / churnRate",
  category: "customer",
  unit: "currency",
  direction: "higher_is_better",
  inputs: {
    averageRevenuePerAccount: {
      domain: "non_negative_amount",
      rollup: "last",
      label: {
        en: "Average revenue per account (ARPA)",
        id: "Rata-rata pendapatan per akun (ARPA)",
      },
    },
    churnRate: {
      domain: "fraction",
      rollup: "last",
      label: { en: "Customer churn rate", id: "Tingkat churn pelanggan" },
    },
  },
  references: ["https://help.chartmogul.com/hc/en-us/articles/203359061"],
  compute: ({ averageRevenuePerAccount, churnRate }) =>
    churnRate.isZero()
      ? undefinedBecause("zero_churn")
      : defined(averageRevenuePerAccount.div(churnRate)),
});
