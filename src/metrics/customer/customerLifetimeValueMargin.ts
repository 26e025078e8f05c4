import { defined, undefinedBecause } from "../../core/result.js";
import { buildMetric } from "../../model/buildMetric.js";
import { exact } from "../../model/exact.js";

/**
 * Customer lifetime value, margin-based: the gross profit a customer brings over their lifetime,
 * `averageRevenuePerAccount × grossMargin / churnRate`, all per the same period. Inputs are ratios,
 * so rolling up takes the last period's values (a snapshot). `null` with reason `zero_churn` when the
 * churn rate is 0. For the revenue-based variant see `customerLifetimeValue`.
 *
 * @param inputs - `averageRevenuePerAccount`, `grossMargin` (a fraction) and `churnRate` (a fraction per period).
 * @returns The lifetime gross profit, or `null` when `churnRate` is 0.
 * @throws {KpiError} when the ARPA is negative, a fraction is outside 0..1, or a value is not a number.
 * @example
 * ```ts
 * import { customerLifetimeValueMargin } from "kinerja";
 *
 * const value = customerLifetimeValueMargin({ averageRevenuePerAccount: 500_000, grossMargin: "0.8", churnRate: "0.05" });
 * console.log(value?.toString());
 * // 8000000
 * ```
 * @category Customer metrics
 */
export const customerLifetimeValueMargin = /* @__PURE__ */ buildMetric({
  id: "customer_lifetime_value_margin",
  label: {
    en: "Customer lifetime value (gross margin)",
    id: "Nilai seumur hidup pelanggan (margin kotor)",
  },
  description: {
    en: "Gross profit a customer brings over their lifetime: average revenue per account × gross margin ÷ churn rate; undefined when churn is zero.",
    id: "Laba kotor yang dihasilkan pelanggan sepanjang masa berlangganannya: rata-rata pendapatan per akun × margin kotor ÷ tingkat churn; tidak terdefinisi bila churn nol.",
  },
  formula: "averageRevenuePerAccount × grossMargin / churnRate",
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
    grossMargin: {
      domain: "fraction",
      rollup: "last",
      label: { en: "Gross margin", id: "Margin kotor" },
    },
    churnRate: {
      domain: "fraction",
      rollup: "last",
      label: { en: "Customer churn rate", id: "Tingkat churn pelanggan" },
    },
  },
  references: [
    "https://tools.lishuyu.app/saasmetrics.html",
    "https://help.chartmogul.com/hc/en-us/articles/203359061",
  ],
  compute: ({ averageRevenuePerAccount, grossMargin, churnRate }) =>
    churnRate.isZero()
      ? undefinedBecause("zero_churn")
      : defined(exact.times(averageRevenuePerAccount, grossMargin).div(churnRate)),
});
