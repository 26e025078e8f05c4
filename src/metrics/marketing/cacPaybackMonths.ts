import { defined, undefinedBecause } from "../../core/result.js";
import { buildMetric } from "../../model/buildMetric.js";

/**
 * CAC payback period in months: sales and marketing spend over the monthly gross profit of the new
 * recurring revenue it bought, `salesAndMarketingSpend / (newMrr × grossMargin)`. The input is that
 * gross profit itself (new MRR × gross margin %), an amount, so months roll up by summing both sides
 * (a margin percentage cannot be summed). Because it is monthly recurring revenue, the result is in
 * months at any grain. Lower is better. `null` with reason `non_positive_base` when the gross profit
 * is 0 or negative (the spend never pays back).
 *
 * @param inputs - `salesAndMarketingSpend` and `newMonthlyGrossProfit` (new MRR × gross margin).
 * @returns The months to pay back, or `null` when `newMonthlyGrossProfit` ≤ 0.
 * @throws {KpiError} when the spend is negative or a value is not a number.
 * @example
 * ```ts
 * import { cacPaybackMonths } from "kinerja";
 *
 * // new MRR 10 000 000 at an 80 % gross margin
 * const value = cacPaybackMonths({ salesAndMarketingSpend: 96_000_000, newMonthlyGrossProfit: 8_000_000 });
 * console.log(value?.toString());
 * // 12
 * console.log(cacPaybackMonths.evaluate({ salesAndMarketingSpend: 1, newMonthlyGrossProfit: 0 }));
 * // { value: null, reason: 'non_positive_base' }
 * ```
 * @category Marketing metrics
 */
export const cacPaybackMonths = /* @__PURE__ */ buildMetric({
  id: "cac_payback_months",
  label: { en: "CAC payback period", id: "Periode pengembalian CAC" },
  description: {
    en: "Months of gross profit from new recurring revenue needed to recover the sales and marketing spend.",
    id: "Jumlah bulan laba kotor dari pendapatan berulang baru yang dibutuhkan untuk menutup belanja penjualan dan pemasaran.",
  },
  formula: "salesAndMarketingSpend / newMonthlyGrossProfit (= new MRR × gross margin)",
  category: "marketing",
  unit: "months",
  direction: "lower_is_better",
  inputs: {
    salesAndMarketingSpend: {
      domain: "non_negative_amount",
      rollup: "sum",
      label: { en: "Sales and marketing spend", id: "Belanja penjualan dan pemasaran" },
    },
    newMonthlyGrossProfit: {
      domain: "amount",
      rollup: "sum",
      label: {
        en: "Monthly gross profit of new MRR (new MRR × gross margin)",
        id: "Laba kotor bulanan dari MRR baru (MRR baru × margin kotor)",
      },
    },
  },
  references: [
    "https://wallstreetprep.com/knowledge/cac-payback-period/",
    "https://saasgrid.com/docs/cac-payback-period",
  ],
  compute: ({ salesAndMarketingSpend, newMonthlyGrossProfit }) =>
    newMonthlyGrossProfit.isZero() || newMonthlyGrossProfit.isNegative()
      ? undefinedBecause("non_positive_base")
      : defined(salesAndMarketingSpend.div(newMonthlyGrossProfit)),
});
