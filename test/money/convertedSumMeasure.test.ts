import { describe, expect, it } from "vitest";
import { aggregate } from "../../src/aggregate/series/aggregate.js";
import { deserializeSeries } from "../../src/aggregate/series/deserializeSeries.js";
import { mergeSeries } from "../../src/aggregate/series/mergeSeries.js";
import { rollup } from "../../src/aggregate/series/rollup.js";
import { serializeSeries } from "../../src/aggregate/series/serializeSeries.js";
import { convertedSum } from "../../src/money/convertedSum/convertedSum.js";
import { deserializeConvertedSum } from "../../src/money/convertedSum/deserializeConvertedSum.js";
import { finalizeConvertedSum } from "../../src/money/convertedSum/finalizeConvertedSum.js";
import { mergeConvertedSums } from "../../src/money/convertedSum/mergeConvertedSums.js";
import { parseRateTable } from "../../src/money/parseRateTable.js";
import { expectKpiError } from "../support/expectKpiError.js";
import { exampleRates } from "./fixtures.js";

const rates = exampleRates();

// Hand-computed in IDR at the fixture's spot rates (pivot USD):
//   100 USD on 13 March at 16,300 = 1,630,000
//   50 USD on Saturday 15 March, at Friday 14 March's 16,350 = 817,500
//   92 EUR on 14 March = 100 USD = 1,635,000
//   250,000 IDR = 250,000
const rows = [
  { at: "2025-03-13T10:00:00Z", cost: "100", currency: "USD", region: "Jawa" },
  { at: "2025-03-15T10:00:00Z", cost: 50, currency: "USD", region: "Bali" },
  { at: "2025-03-14T10:00:00Z", cost: "92", currency: "EUR", region: "Jawa" },
  { at: "2025-03-12T10:00:00Z", cost: "250000", currency: "IDR", region: "Bali" },
];

const measure = () =>
  convertedSum({ amount: "cost", currency: "currency", date: "at", rates, to: "IDR" });

describe("convertedSum (measure)", () => {
  it("converts each record at its own date's rate, per period and group (hand-computed)", () => {
    const series = aggregate(rows, {
      date: "at",
      granularity: "day",
      groupBy: "region",
      measures: { spend: measure() },
      fill: false,
    });
    expect(
      series.cells.map((cell) => `${cell.period.key} ${cell.group} ${cell.values.spend}`),
    ).toEqual([
      "2025-03-12 Bali 250000",
      "2025-03-13 Jawa 1630000",
      "2025-03-14 Jawa 1635000",
      "2025-03-15 Bali 817500",
    ]);
    const month = rollup(series, "month");
    expect(month.cells.map((cell) => `${cell.group} ${cell.values.spend}`)).toEqual([
      "Bali 1067500",
      "Jawa 3265000",
    ]);
  });

  it("keeps the rates used in its state (provenance), which is a converted-sum state", () => {
    const series = aggregate(rows, {
      date: "at",
      granularity: "month",
      measures: { spend: measure() },
    });
    const total = finalizeConvertedSum(series.cells[0]?.states.spend as never);
    expect(total.value.toString()).toBe("4332500");
    expect(total.records).toBe(4);
    expect(total.amounts.map((part) => `${part.amount} ${part.currency}`)).toEqual([
      "92 EUR",
      "250000 IDR",
      "150 USD",
    ]);
    expect(
      total.rates.map((rate) => `${rate.currency} ${rate.kind === "day" ? rate.date : ""}`),
    ).toEqual(["EUR 2025-03-14", "IDR 2025-03-13", "IDR 2025-03-14"]);
  });

  it("a fixed currency code reads every record in that currency", () => {
    const series = aggregate(
      [
        { at: "2025-03-13", usd: "10" },
        { at: "2025-03-14", usd: "10" },
      ],
      {
        date: "at",
        granularity: "month",
        measures: {
          spend: convertedSum({ amount: "usd", currency: "USD", date: "at", rates, to: "IDR" }),
        },
      },
    );
    // 10 × 16,300 + 10 × 16,350
    expect(series.cells[0]?.values.spend.toString()).toBe("326500");
  });

  it("converts at the average rate of the period containing the date", () => {
    const series = aggregate(rows.slice(0, 2), {
      date: "at",
      granularity: "month",
      measures: {
        spend: convertedSum({
          amount: "cost",
          currency: "currency",
          date: "at",
          rates,
          to: "IDR",
          method: "average",
        }),
      },
    });
    // 150 USD × 16,400.5
    expect(series.cells[0]?.values.spend.toString()).toBe("2460075");
  });

  it("takes an instant's date in the given time zone", () => {
    const late = [{ at: "2025-03-13T20:00:00Z", cost: "10", currency: "USD" }];
    const options = { amount: "cost", currency: "currency", date: "at", rates, to: "IDR" } as const;
    const utc = aggregate(late, {
      date: "at",
      granularity: "month",
      measures: { spend: convertedSum(options) },
    });
    const jakarta = aggregate(late, {
      date: "at",
      granularity: "month",
      calendar: { timeZone: "Asia/Jakarta" },
      measures: { spend: convertedSum({ ...options, timeZone: "Asia/Jakarta" }) },
    });
    expect(utc.cells[0]?.values.spend.toString()).toBe("163000");
    expect(jakarta.cells[0]?.values.spend.toString()).toBe("163500");
  });

  it("a missing rate is an invalid record naming the currency and date, never a zero", () => {
    const noRate = [...rows, { at: "2025-02-03T10:00:00Z", cost: "5", currency: "USD" }];
    const options = { date: "at", granularity: "month", measures: { spend: measure() } } as const;
    expectKpiError(() => aggregate(noRate, options), "invalid_record", {
      message:
        'aggregate: record 4 field "spend" must be an amount with a rate in the table (the IDR spot rate for 2025-02-03 must be a day rate of IDR in the rate table dated 2025-01-27 to 2025-02-03 (on the date, or up to 7 days before it; raise lookbackDays to reach further back)), received none (the earliest IDR day rate is dated 2025-03-10)',
      path: [4, "spend"],
    });
    const skipped = aggregate(noRate, { ...options, onInvalid: "skip" });
    expect(skipped.report.rejected).toBe(1);
    expect(skipped.at("2025-03")?.values.spend.toString()).toBe("4332500");
    const collected = aggregate(noRate, { ...options, onInvalid: "collect" });
    expect(collected.report.issues.map((issue) => [issue.index, issue.field])).toEqual([
      [4, "spend"],
    ]);
    expect(collected.report.issues[0]?.message).toMatch(/IDR spot rate for 2025-02-03/);
  });

  it("names the field of an unreadable amount, currency or date", () => {
    const bad = [
      { at: "2025-03-13", cost: "12abc", currency: "USD" },
      { at: "2025-03-13", cost: "1", currency: "usd" },
      { at: "2025-02-30", cost: "1", currency: "USD" },
    ];
    const series = aggregate(bad, {
      date: () => "2025-03-13T00:00:00Z",
      granularity: "month",
      measures: { spend: measure() },
      onInvalid: "collect",
      allowAllRejected: true,
    });
    expect(series.report.issues.map((issue) => issue.message)).toEqual([
      'aggregate: record 0 field "spend" must be a record whose "cost" is a finite number, a plain decimal string such as "1234.56", a bigint or a Decimal, received "12abc"',
      'aggregate: record 1 field "spend" must be a record whose "currency" is a supported ISO 4217 currency code in upper case, such as "IDR", "USD" or "EUR" (see CURRENCY_CODES), received "usd"',
      'aggregate: record 2 field "spend" must be a record whose "at" is a date "YYYY-MM-DD", or an instant (a Date, epoch milliseconds or an ISO-8601 date-time), received "2025-02-30"',
    ]);
  });

  it("add on its own throws invalid_record with the measure's path", () => {
    const spend = measure();
    const state = spend.empty();
    spend.add(state, rows[0], 0);
    expectKpiError(() => spend.add(state, null, 1), "invalid_record", {
      message:
        'converted_sum: record 1 field "converted_sum" must be a record object, received null',
      path: [1, "converted_sum"],
    });
    expect(spend.finalize(state).toString()).toBe("1630000");
  });

  it("refuses the closing method, bad options and a bad table", () => {
    const base = { amount: "cost", currency: "currency", date: "at", rates, to: "IDR" } as const;
    expectKpiError(() => convertedSum({ ...base, method: "closing" as never }), "invalid_option", {
      message:
        'convertedSum: option "method" must be one of "spot", "average" (the closing method needs the period\'s end: apply it per cell with convert, see docs/currencies.md), received "closing"',
    });
    expectKpiError(() => convertedSum({ ...base, to: "XXX" as never }), "invalid_option", {
      path: ["options", "to"],
    });
    expectKpiError(() => convertedSum({ ...base, date: 3 as never }), "invalid_option", {
      path: ["options", "date"],
    });
    expectKpiError(() => convertedSum({ ...base, rates: {} as never }), "invalid_argument", {
      path: ["options", "rates"],
    });
    expectKpiError(() => convertedSum(null as never), "invalid_argument", { path: ["options"] });
  });

  it("serializes to the converted-sum JSON and back, through serializeSeries and mergeSeries", () => {
    const options = { date: "at", granularity: "month", measures: { spend: measure() } } as const;
    const a = aggregate(rows.slice(0, 2), options);
    const b = aggregate(rows.slice(2), { ...options, indexOffset: 2 });
    const whole = aggregate(rows, options);
    const text = JSON.stringify(serializeSeries(a));
    const back = deserializeSeries(JSON.parse(text), { spend: measure() });
    const merged = mergeSeries(back, b);
    expect(merged.cells[0]?.values.spend.toString()).toBe("4332500");
    expect(JSON.stringify(merged.cells[0]?.states.spend)).toBe(
      JSON.stringify(whole.cells[0]?.states.spend),
    );
    // The state's JSON is the money layer's, readable on its own.
    const state = deserializeConvertedSum(JSON.parse(JSON.stringify(a.cells[0]?.states.spend)));
    expect(finalizeConvertedSum(state).value.toString()).toBe("2447500");
    const both = mergeConvertedSums(state, b.cells[0]?.states.spend as never);
    expect(finalizeConvertedSum(both).value.toString()).toBe("4332500");
  });

  it("refuses a state serialized with other settings, or an inconsistent one", () => {
    const series = aggregate(rows, {
      date: "at",
      granularity: "month",
      measures: { spend: measure() },
    });
    const json = JSON.parse(JSON.stringify(serializeSeries(series)));
    const usd = convertedSum({
      amount: "cost",
      currency: "currency",
      date: "at",
      rates,
      to: "USD",
    });
    expectKpiError(() => deserializeSeries(json, { spend: usd }), "invalid_argument");
    json.cells[0].records = 3;
    json.report.accepted = 3;
    json.report.rejected = 1;
    expectKpiError(() => deserializeSeries(json, { spend: measure() }), "invalid_argument");
  });

  it("refuses to merge states built with different values for one rate", () => {
    const other = parseRateTable({
      pivot: "USD",
      source: "fictional test rates",
      rates: [{ currency: "IDR", date: "2025-03-13", rate: "16000" }],
    });
    const options = { date: "at", granularity: "month" } as const;
    const a = aggregate(rows.slice(0, 1), { ...options, measures: { spend: measure() } });
    const b = aggregate(rows.slice(0, 1), {
      ...options,
      measures: {
        spend: convertedSum({
          amount: "cost",
          currency: "currency",
          date: "at",
          rates: other,
          to: "IDR",
        }),
      },
    });
    expectKpiError(() => mergeSeries(a, b), "inconsistent_inputs");
  });
});
