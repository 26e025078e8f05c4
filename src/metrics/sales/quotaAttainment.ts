import { divide } from "../../core/result.js";
import { buildMetric } from "../../model/buildMetric.js";

/**
 * Quota attainment: actual sales over quota, `actual / quota`. Above 1 (over 100 %) is normal for
 * over-achievers and is computed. Year to date is `Σ actual / Σ quota`, which is exactly how months
 * roll up. `null` when the quota is 0.
 *
 * @param inputs - `actual` (sales credited, may be negative after clawbacks) and `quota`.
 * @returns The attainment as a fraction (1.1 is 110 %), or `null` when `quota` is 0.
 * @throws {KpiError} when the quota is negative or a value is not a number.
 * @example
 * ```ts
 * import { quotaAttainment } from "kinerja";
 *
 * console.log(quotaAttainment({ actual: 550_000_000, quota: 500_000_000 })?.toString());
 * // 1.1
 * ```
 * @category Sales metrics
 */
export const quotaAttainment = /* @__PURE__ */ buildMetric({
  id: "quota_attainment",
  label: { en: "Quota attainment", id: "Pencapaian kuota" },
  description: {
    en: "Actual sales as a share of the sales quota; above 100 % is possible.",
    id: "Penjualan aktual sebagai porsi kuota penjualan; bisa melebihi 100 %.",
  },
  formula: "actual / quota",
  category: "sales",
  unit: "ratio",
  direction: "higher_is_better",
  inputs: {
    actual: {
      domain: "amount",
      rollup: "sum",
      label: { en: "Actual sales", id: "Penjualan aktual" },
    },
    quota: {
      domain: "non_negative_amount",
      rollup: "sum",
      label: { en: "Quota", id: "Kuota" },
    },
  },
  references: ["https://prowi.io/en/glossary/quota-attainment"],
  compute: ({ actual, quota }) => divide(actual, quota),
});
