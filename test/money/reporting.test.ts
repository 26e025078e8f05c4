// The money layer with the rest of the library: campaign ROI from spend in USD and revenue in IDR
// (aggregate → metricSeries → campaignRoi), a target in the reporting currency, and formatting with
// each currency's symbol and digits.
import { describe, expect, it } from "vitest";
import { sum } from "../../src/aggregate/measures/sum.js";
import { aggregate } from "../../src/aggregate/series/aggregate.js";
import { metricSeries } from "../../src/aggregate/series/metricSeries.js";
import { toDecimal } from "../../src/core/numeric.js";
import { formatEvaluation } from "../../src/format/formatEvaluation.js";
import { formatValue } from "../../src/format/formatValue.js";
import { campaignRoi } from "../../src/metrics/marketing/campaignRoi.js";
import { convertedSum } from "../../src/money/convertedSum/convertedSum.js";
import { finalizeConvertedSum } from "../../src/money/convertedSum/finalizeConvertedSum.js";
import { evaluate } from "../../src/target/evaluate.js";
import { exampleRates } from "./fixtures.js";

const rates = exampleRates();

// Daily campaign rows: ad spend billed in USD, attributed revenue in IDR.
//   1,000 USD on 13 March at 16,300 = 16,300,000 IDR
//     500 USD on 14 March at 16,350 =  8,175,000 IDR      spend 24,475,000 IDR
//   revenue 30,000,000 + 31,187,500                        = 61,187,500 IDR
//   ROI = (61,187,500 − 24,475,000) / 24,475,000 = 36,712,500 / 24,475,000 = 1.5
const rows = [
  { date: "2025-03-13", campaign: "ramadan", spendUsd: "1000", revenueIdr: "30000000" },
  { date: "2025-03-14", campaign: "ramadan", spendUsd: "500", revenueIdr: "31187500" },
];

describe("money in metrics, targets and formatting", () => {
  const series = aggregate(rows, {
    date: "date",
    granularity: "month",
    measures: {
      cost: convertedSum({ amount: "spendUsd", currency: "USD", date: "date", rates, to: "IDR" }),
      revenue: sum("revenueIdr"),
    },
  });

  it("campaign ROI with spend in USD and revenue in IDR, converted to IDR (hand-computed)", () => {
    const cell = series.cells[0];
    expect(cell?.values.cost.toString()).toBe("24475000");
    const points = metricSeries(series, campaignRoi, { return: "revenue", cost: "cost" });
    expect(points.map((point) => `${point.period.key} ${point.value}`)).toEqual(["2025-03 1.5"]);
    // Directly, with the same converted cost.
    expect(
      campaignRoi({
        return: cell?.values.revenue as never,
        cost: cell?.values.cost as never,
      })?.toString(),
    ).toBe("1.5");
  });

  it("a target in the reporting currency, formatted in IDR", () => {
    const cost = series.cells[0]?.values.cost;
    const budget = evaluate({
      direction: "lower_is_better",
      actual: cost as never,
      target: 25_000_000,
    });
    expect(budget.variance?.toString()).toBe("-525000");
    expect(budget.status).toBe("on_track");
    const shown = formatEvaluation(budget, { unit: "currency", currency: "IDR", locale: "id-ID" });
    expect(shown.actual.replace(/\s/g, " ")).toBe("Rp 24.475.000");
    expect(shown.target.replace(/\s/g, " ")).toBe("Rp 25.000.000");
  });

  it("shows each currency's symbol and digits (IDR 0, USD 2, JPY 0, KWD 3)", () => {
    const amount = toDecimal("1234567.891");
    const shown = (currency: string, locale: string) =>
      formatValue(amount, "currency", { currency, locale }).replace(/\s/g, " ");
    expect(shown("IDR", "id-ID")).toBe("Rp 1.234.568");
    expect(shown("IDR", "en-US")).toBe("IDR 1,234,568");
    expect(shown("USD", "en-US")).toBe("$1,234,567.89");
    expect(shown("USD", "id-ID")).toBe("US$1.234.567,89");
    expect(shown("JPY", "ja-JP")).toBe("￥1,234,568");
    expect(shown("JPY", "en-US")).toBe("¥1,234,568");
    expect(shown("KWD", "en-US")).toBe("KWD 1,234,567.891");
    expect(shown("EUR", "de-DE")).toBe("1.234.567,89 €");
    expect(shown("SGD", "en-SG")).toBe("$1,234,567.89");
  });

  it("the rates used travel with the total, for the report", () => {
    const total = finalizeConvertedSum(series.cells[0]?.states.cost as never);
    expect(
      total.rates.map((rate) => (rate.kind === "day" ? `${rate.date} ${rate.rate}` : "")),
    ).toEqual(["2025-03-13 16300", "2025-03-14 16350"]);
  });
});
