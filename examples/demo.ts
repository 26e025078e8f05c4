// The kinerja demo: a monthly KPI report for PT Kopi Nusantara, a fictional Indonesian B2B seller
// of coffee equipment, from its CRM, marketing and survey exports (examples/data) and its targets
// (examples/targets.json). Periods are months in Asia/Jakarta.
//
//   npm run demo                       the latest month, in Indonesian
//   npm run demo -- --en               in English
//   npm run demo -- --month 2026-03    another month
//   npm run demo -- --json             the same report as JSON
//   npm run demo -- --as-of 2026-10-20 the projection of the month as seen on another day
//
// Sections: the KPIs against their targets; how sure each sample-based KPI is (a Wilson 95 %
// interval, small samples marked, and whether a miss of the target is beyond noise); why revenue
// changed (an exact split into deals closed, win rate and deal size); the projection of the month
// from its first business days (revenue with a band, and the win rate from the projected won and
// lost deals); the alerts that fire; the
// retention of the last six cohorts of customers; lead conversion within 90 days with its median
// time; marketing spend with its USD part converted at fictional example rates.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import {
  type AlertRule,
  type AlertSeries,
  type AnyMetric,
  aggregate,
  averageDealSize,
  campaignRoi,
  cohortMatrix,
  cohortState,
  cohortTable,
  compareMetric,
  conversion,
  convertedSum,
  count,
  csat,
  customerAcquisitionCost,
  customerActivity,
  customerRetentionRate,
  type Decimal,
  defineIdentity,
  type Evaluation,
  evaluate,
  evaluateAlerts,
  explainChange,
  finalizeConvertedSum,
  formatDifference,
  formatEvaluation,
  formatValue,
  funnelState,
  indonesiaHolidaysExample,
  intervalOf,
  label,
  leadConversionRate,
  type MetricInterval,
  nps,
  pace,
  parsePeriod,
  parseRateTable,
  parseTargets,
  previousPeriod,
  salesGrowth,
  salesRevenue,
  scorecard,
  statusLabel,
  sum,
  toDecimal,
  winRate,
} from "kinerja";
import { readCsv } from "./csv.js";

const args = process.argv.slice(2);
const english =
  args.includes("--en") ||
  args.includes("--lang=en") ||
  (args.includes("--lang") && args[args.indexOf("--lang") + 1] === "en");
const json = args.includes("--json");
const locale = english ? "en-US" : "id-ID";
const calendar = { timeZone: "Asia/Jakarta" };
const data = join(import.meta.dirname, "data");

type Row = Record<string, string>;
const deals = readCsv(join(data, "deals.csv"));
const leads = readCsv(join(data, "leads.csv"));
const spend = readCsv(join(data, "marketing-spend.csv"));
// Social ads are billed by card in US dollars: the USD part of marketing spend.
const spendUsd = readCsv(join(data, "marketing-spend-usd.csv"));
// Fictional example rates (USD → IDR day rates), bundled with the demo: not market data.
const rates = parseRateTable(readFileSync(join(data, "rates-example.json"), "utf8"));
const orders = readCsv(join(data, "orders.csv"));
const surveys = readCsv(join(data, "surveys.csv"));
const closed = deals.filter((deal) => deal.stage !== "open");

// Monthly measures, bucketed in Asia/Jakarta: a deal closed at 2025-01-31T20:00Z is February.
const dealMonths = aggregate(closed, {
  date: "closed_at",
  granularity: "month",
  calendar,
  measures: {
    revenue: sum((deal: Row) => (deal.stage === "won" ? deal.amount_idr : "0")),
    won: count((deal: Row) => deal.stage === "won"),
    lost: count((deal: Row) => deal.stage === "lost"),
  },
});
const leadMonths = aggregate(leads, {
  date: "created_at",
  granularity: "month",
  calendar,
  measures: { leads: count(), converted: count((lead: Row) => lead.converted_at !== "") },
});
// Marketing spend in IDR: the rupiah rows as they are, the dollar rows converted at the spot rate
// of their date (in Asia/Jakarta; the latest rate on or before it). The converted sum keeps the
// original amounts per currency and the rates used, so the report can say which rates it took.
const spendRows = [
  ...spend.map((row) => ({ date: row.date ?? "", amount: row.spend_idr ?? "", currency: "IDR" })),
  ...spendUsd.map((row) => ({
    date: row.date ?? "",
    amount: row.amount ?? "",
    currency: row.currency ?? "",
  })),
];
const spendMonths = aggregate(spendRows, {
  date: "date",
  granularity: "month",
  calendar,
  measures: {
    spend: convertedSum({
      amount: "amount",
      currency: "currency",
      date: "date",
      rates,
      to: "IDR",
      method: "spot",
      timeZone: calendar.timeZone,
    }),
  },
});
const surveyMonths = aggregate(surveys, {
  date: "responded_at",
  granularity: "month",
  calendar,
  measures: {
    satisfied: count((r: Row) => r.survey === "csat" && Number(r.score) >= 4),
    csatResponses: count((r: Row) => r.survey === "csat"),
    promoters: count((r: Row) => r.survey === "nps" && Number(r.score) >= 9),
    passives: count((r: Row) => r.survey === "nps" && (r.score === "7" || r.score === "8")),
    detractors: count((r: Row) => r.survey === "nps" && Number(r.score) <= 6),
  },
});
const activity = customerActivity(orders, {
  date: "ordered_at",
  customer: "customer_id",
  order: "id",
  granularity: "month",
  calendar,
});

const lastMonth = dealMonths.periods[dealMonths.periods.length - 1];
const monthFlag = args.indexOf("--month");
const month = parsePeriod(
  monthFlag >= 0 ? (args[monthFlag + 1] ?? "") : (lastMonth?.key ?? ""),
  calendar,
);
const previous = previousPeriod(month);
// The data covers whole months from the first to the last deal; a month outside it has no data, and
// a report of zeros for it would be a quiet lie.
// The first month has no previous month to compare with, so reports start at the second.
const firstReport = dealMonths.periods[1];
const covered = (key: string) => dealMonths.periods.some((period) => period.key === key);
if (!covered(month.key) || !covered(previous.key)) {
  console.error(
    english
      ? `No report for ${month.key}: the data gives reports from ${firstReport?.key} to ${lastMonth?.key}.`
      : `Tidak ada laporan untuk ${month.key}: data tersedia untuk laporan ${firstReport?.key} sampai ${lastMonth?.key}.`,
  );
  process.exit(1);
}

const value = (
  series: { at(key: string): { values: Record<string, Decimal | null> } | undefined },
  key: string,
  measure: string,
) => series.at(key)?.values[measure] ?? toDecimal(0);
const deal = (key: string, measure: string) => value(dealMonths, key, measure);
// Growth is shown against the previous month, not against a target: an attainment of a growth rate
// (7 % of a 3 % target…) means little.
const growth = salesGrowth({
  current: deal(month.key, "revenue"),
  previous: deal(previous.key, "revenue"),
});
const customers = activity.periods.find((p) => p.period.key === month.key);

// The inputs of the sample-based KPIs of a month: counts, so each value has an interval.
const winInputs = (key: string) => ({ won: deal(key, "won"), lost: deal(key, "lost") });
const leadInputs = (key: string) => ({
  converted: value(leadMonths, key, "converted"),
  leads: value(leadMonths, key, "leads"),
});
const csatInputs = (key: string) => ({
  satisfied: value(surveyMonths, key, "satisfied"),
  responses: value(surveyMonths, key, "csatResponses"),
});
const npsInputs = (key: string) => ({
  promoters: value(surveyMonths, key, "promoters"),
  passives: value(surveyMonths, key, "passives"),
  detractors: value(surveyMonths, key, "detractors"),
});
const retentionInputs =
  customers === undefined
    ? null
    : {
        customersAtStart: customers.customersAtStart,
        customersAtEnd: customers.customersAtEnd,
        newCustomers: customers.newCustomers.plus(customers.reactivatedCustomers),
      };

// Each KPI of the month: the metric and its inputs. (Every month from the first to the last has a
// cell in each series — aggregate fills gaps — so a 0 below is a real zero, not missing data.)
// A KPI computed from a sample carries its 95 % interval: each of these metrics declares its
// sampling model, so intervalOf gives it from the same inputs (Wilson's score interval for shares,
// the normal interval of NPS), and the evaluation then says whether a miss is beyond noise.
const kpis: { metric: AnyMetric; actual: Decimal | null; interval?: MetricInterval }[] = [
  { metric: salesRevenue, actual: salesRevenue({ revenue: deal(month.key, "revenue") }) },
  {
    metric: winRate,
    actual: winRate(winInputs(month.key)),
    interval: intervalOf(winRate, winInputs(month.key)),
  },
  {
    metric: leadConversionRate,
    actual: leadConversionRate(leadInputs(month.key)),
    interval: intervalOf(leadConversionRate, leadInputs(month.key)),
  },
  {
    metric: campaignRoi,
    actual: campaignRoi({
      return: deal(month.key, "revenue"),
      cost: value(spendMonths, month.key, "spend"),
    }),
  },
  {
    metric: customerAcquisitionCost,
    actual: customerAcquisitionCost({
      salesSpend: 0,
      marketingSpend: value(spendMonths, month.key, "spend"),
      newCustomers: deal(month.key, "won"),
    }),
  },
  {
    metric: customerRetentionRate,
    actual: retentionInputs === null ? null : customerRetentionRate(retentionInputs),
    ...(retentionInputs === null
      ? {}
      : { interval: intervalOf(customerRetentionRate, retentionInputs) }),
  },
  {
    metric: csat,
    actual: csat(csatInputs(month.key)),
    interval: intervalOf(csat, csatInputs(month.key)),
  },
  {
    metric: nps,
    actual: nps(npsInputs(month.key)),
    interval: intervalOf(nps, npsInputs(month.key)),
  },
];

// Targets kept by the BI team as JSON, validated as a whole.
const targets = parseTargets(readFileSync(join(import.meta.dirname, "targets.json"), "utf8"), {
  calendar,
});
const targetOf = (id: string, key = month.key) =>
  targets.find((t) => t.metricId === id && t.period.key === key);
// The one-value target of a metric in a month (targets.json has no ranges), or null.
const targetValue = (id: string, key = month.key): Decimal | null => {
  const target = targetOf(id, key)?.target;
  return target === undefined || target === null || "min" in target ? null : target;
};
const evaluations: {
  metric: AnyMetric;
  evaluation: Evaluation;
  weight: Decimal | undefined;
  interval: MetricInterval | undefined;
}[] = kpis.map(({ metric, actual, interval }) => {
  const spec = targetOf(metric.id);
  return {
    metric,
    evaluation: evaluate({
      metric,
      actual,
      target: spec?.target ?? null,
      ...(spec?.bands == null ? {} : { bands: spec.bands }),
      ...(interval === undefined ? {} : { interval }),
    }),
    weight: spec?.weight ?? undefined,
    interval,
  };
});
const card = scorecard(
  evaluations.map(({ metric, evaluation, weight }) => ({
    metric,
    actual: evaluation.actual,
    target: evaluation.target,
    ...(weight === undefined ? {} : { weight }),
  })),
);

// ── How sure is each sample-based KPI? ─────────────────────────────────────────────────────────
// The intervals the KPIs were evaluated with. A small sample is flagged (fewer than 5 successes or
// failures for a share, fewer than 30 answers for NPS); a miss (or a beat) of the target is
// "significant" only when the whole interval is on one side of it. The status bands above are not
// changed by this: it is additional information.
const intervals = evaluations.flatMap(({ metric, evaluation, interval }) => {
  const result = interval?.interval;
  if (result === undefined || result === null || result.model === "mean") return [];
  return [{ metric, interval: result, evaluation }];
});
// The change since last month of the same KPIs, and whether it is beyond noise (Newcombe's
// interval for a share, the normal interval for NPS).
const changeOf = (metric: AnyMetric) => {
  switch (metric.id) {
    case winRate.id:
      return compareMetric(winRate, winInputs(previous.key), winInputs(month.key)).difference;
    case leadConversionRate.id:
      return compareMetric(leadConversionRate, leadInputs(previous.key), leadInputs(month.key))
        .difference;
    case csat.id:
      return compareMetric(csat, csatInputs(previous.key), csatInputs(month.key)).difference;
    case nps.id:
      return compareMetric(nps, npsInputs(previous.key), npsInputs(month.key)).difference;
    default:
      return null;
  }
};

// ── Why did revenue change? ────────────────────────────────────────────────────────────────────
// Revenue is the amount of the deals won, so revenue = deals closed × win rate × average deal size
// holds exactly. explainChange splits the change into the three drivers with the Shapley value of
// the product (independent of the order of the factors); the parts add up exactly to the change.
const revenueFromClosedDeals = defineIdentity({
  id: "revenue_from_closed_deals",
  label: { en: "Revenue from closed deals", id: "Pendapatan dari kesepakatan yang ditutup" },
  result: {
    name: "sales_revenue",
    label: { en: "Sales revenue", id: "Pendapatan penjualan" },
    metric: "sales_revenue",
  },
  factors: [
    {
      name: "closed_deals",
      label: { en: "Deals closed (won + lost)", id: "Kesepakatan ditutup (menang + kalah)" },
    },
    { name: "win_rate", label: { en: "Win rate", id: "Rasio kemenangan" }, metric: "win_rate" },
    {
      name: "average_deal_size",
      label: { en: "Average deal size", id: "Ukuran kesepakatan rata-rata" },
      metric: "average_deal_size",
    },
  ],
});
const driversOf = (key: string) => {
  const won = deal(key, "won");
  const lost = deal(key, "lost");
  const revenue = deal(key, "revenue");
  return {
    closed_deals: won.plus(lost),
    win_rate: winRate({ won, lost }) ?? 0,
    average_deal_size: averageDealSize({ wonAmount: revenue, wonDeals: won }) ?? 0,
    sales_revenue: revenue,
  };
};
const why = explainChange(revenueFromClosedDeals, driversOf(previous.key), driversOf(month.key), {
  places: 0,
});

// ── Where will the month land? ─────────────────────────────────────────────────────────────────
// The data is complete to the end of its last month, so the projection is the month as it looked on
// one of its days (the 15th unless --as-of says otherwise). The target accrues on business days:
// Monday to Friday except Indonesia's national holidays (from the library's example list — an
// example, not an authority). Deals close on any day in this data, so pace takes the revenue of
// each calendar day (dailyByCalendarDay) and books a weekend's or a holiday's on the next business
// day up to the as-of day (on the last one before it when none is left, so a Saturday as-of day
// keeps that weekend's deals, as the command's report does). It projects the month from the
// revenue of each business day so far: the total so far plus the remaining business days at the
// mean daily revenue, with a 95 % prediction band from the
// day-to-day variability, and the status the projection and each end of the band would reach. The
// win rate is projected the same way from its inputs: the won and lost deals are projected to
// month end and the win rate computed from them (a ratio of projected sums).
const dayMs = 86_400_000;
const asOfFlag = args.indexOf("--as-of");
const asOf = parsePeriod(asOfFlag >= 0 ? (args[asOfFlag + 1] ?? "") : `${month.key}-15`, calendar);
if (asOf.granularity !== "day" || asOf.start < month.start || asOf.end > month.end) {
  console.error(
    english
      ? `--as-of must be a day of ${month.key} (YYYY-MM-DD), received ${asOf.key}.`
      : `--as-of harus berupa tanggal di bulan ${month.key} (YYYY-MM-DD), diterima ${asOf.key}.`,
  );
  process.exit(1);
}
const holidays = indonesiaHolidaysExample.filter((day) => day.kind === "national_holiday");
const wonDays = aggregate(
  closed.filter((row) => row.stage === "won"),
  { date: "closed_at", granularity: "day", calendar, measures: { revenue: sum("amount_idr") } },
);
const monthDays = Math.round((month.end.getTime() - month.start.getTime()) / dayMs);
const dayKeys = Array.from(
  { length: monthDays },
  (_, index) => `${month.key}-${String(index + 1).padStart(2, "0")}`,
);
// The revenue of each day of the month up to the as-of day.
const revenueByDay = dayKeys
  .filter((key) => key <= asOf.key)
  .map((key) => value(wonDays, key, "revenue"));
const revenueTarget = targetValue(salesRevenue.id);
const revenuePace = pace({
  metric: salesRevenue,
  dailyByCalendarDay: revenueByDay,
  target: revenueTarget,
  period: month,
  asOf: asOf.end,
  businessDays: { holidays },
});
const revenueBand = revenuePace.projectionBand;
const finalRevenue = deal(month.key, "revenue");
const withinBand =
  revenueBand?.lower == null || revenueBand.upper === null
    ? null
    : finalRevenue.gte(revenueBand.lower) && finalRevenue.lte(revenueBand.upper);
// The deals closed by the end of the as-of day.
const closedBy = (stage: string) =>
  closed.filter(
    (row) =>
      row.stage === stage &&
      Date.parse(row.closed_at ?? "") >= month.start.getTime() &&
      Date.parse(row.closed_at ?? "") < asOf.end.getTime(),
  ).length;
const winsSoFar = { won: closedBy("won"), lost: closedBy("lost") };
// The interval of the win rate so far: the rate the month will end at, if the deals to come are like
// those so far, with the sampling noise of the deals so far.
const winRateSoFar = intervalOf(winRate, winsSoFar).interval;
const winRatePace = pace({
  metric: winRate,
  inputsToDate: winsSoFar,
  target: targetValue(winRate.id),
  period: month,
  asOf: asOf.end,
  businessDays: { holidays },
});

// ── Who must know? ─────────────────────────────────────────────────────────────────────────────
// Alert rules as plain data, evaluated over the monthly series up to the month reported; the
// alerts of that month are shown. The win-rate rule fires only when the whole interval is below.
const alertRules: AlertRule[] = [
  {
    id: "revenue-fall",
    kind: "change_percent",
    metric: "sales_revenue",
    percent: 5,
    direction: "down",
  },
  { id: "nps-below-target", kind: "missed_target_streak", metric: "nps", periods: 2 },
  {
    id: "win-rate-low",
    kind: "threshold",
    metric: "win_rate",
    below: "0.25",
    onlyIfSignificant: true,
  },
];
const monthsSoFar = dealMonths.periods
  .map((period) => period.key)
  .filter((key) => key <= month.key);
const alertSeries: AlertSeries[] = [
  {
    metric: "sales_revenue",
    points: monthsSoFar.map((key) => ({ period: key, value: deal(key, "revenue") })),
  },
  {
    metric: "nps",
    points: monthsSoFar.map((key) => ({
      period: key,
      value: nps(npsInputs(key)),
      target: targetValue("nps", key),
      sample: { model: "nps" as const, ...npsInputs(key) },
    })),
  },
  {
    metric: "win_rate",
    points: monthsSoFar.map((key) => {
      const { won, lost } = winInputs(key);
      return {
        period: key,
        value: winRate({ won, lost }),
        sample: { model: "share" as const, successes: won, n: won.plus(lost) },
      };
    }),
  },
];
const alerts = evaluateAlerts(alertRules, alertSeries).filter(
  (alert) => alert.period === month.key,
);

// ── Cohorts of customers ───────────────────────────────────────────────────────────────────────
// Each customer's cohort is the month of its first order; a cell is the share of the cohort that
// ordered again in the month `age` months later. Orders after the month reported are not known yet.
const knownOrders = orders.filter(
  (order) => Date.parse(order.ordered_at ?? "") < month.end.getTime(),
);
const cohorts = cohortMatrix(
  cohortState(knownOrders, {
    date: "ordered_at",
    customer: "customer_id",
    revenue: "amount_idr",
    granularity: "month",
    calendar,
  }),
  { asOf: month.end },
);
const cohortAges = 6;
const cohortTableAll = cohortTable(cohorts, {
  value: "retention",
  language: english ? "en" : "id",
  format: (share, unit) => formatValue(share, unit, { locale, fractionDigits: 0 }),
});
// The matrix runs to asOf's period (the month after the one reported): its cells are left out.
const cohortCells = (key: string) =>
  (cohorts.rows.find((row) => row.cohort.key === key)?.cells ?? [])
    .filter((cell) => cell.period.key <= month.key)
    .slice(0, cohortAges);
const cohortRows = cohortTableAll.rows
  .filter((row) => row.cohort.key <= month.key)
  .slice(-cohortAges)
  .map((row) => ({
    ...row,
    cells: row.cells.slice(0, cohortCells(row.cohort.key).length),
  }));

// ── Leads that convert within 90 days ──────────────────────────────────────────────────────────
// Counted in the month the lead was created; a month is final once 90 days have passed since its
// last instant, before that its rate can still rise. Time to convert in whole days.
const leadEvents = leads
  .filter((lead) => Date.parse(lead.created_at ?? "") < month.end.getTime())
  .flatMap((lead) => [
    { lead: lead.id, at: lead.created_at, step: "lead" },
    ...(lead.converted_at === "" || Date.parse(lead.converted_at ?? "") >= month.end.getTime()
      ? []
      : [{ lead: lead.id, at: lead.converted_at, step: "customer" }]),
  ]);
const leadConversion = conversion(
  funnelState(leadEvents, {
    entity: "lead",
    date: "at",
    step: "step",
    steps: ["lead", "customer"],
  }),
  { granularity: "month", calendar, window: { days: 90 }, resolution: "day", asOf: month.end },
);
const conversionMonths = leadConversion.periods
  .filter((period) => period.period.key <= month.key)
  .slice(-cohortAges);

// ── Marketing spend, IDR and USD ───────────────────────────────────────────────────────────────
const spendCell = spendMonths.at(month.key);
const spendTotal = spendCell === undefined ? null : finalizeConvertedSum(spendCell.states.spend);
const spendIdr = spendTotal?.amounts.find((part) => part.currency === "IDR")?.amount ?? null;
const spendUsdPart = spendTotal?.amounts.find((part) => part.currency === "USD") ?? null;
const spendUsdInIdr =
  spendTotal === null || spendIdr === null ? null : spendTotal.value.minus(spendIdr);
const ratesUsed = (spendTotal?.rates ?? []).flatMap((quote) =>
  quote.kind === "day" ? [{ currency: quote.currency, date: quote.date, rate: quote.rate }] : [],
);

const words = english
  ? {
      title: "Monthly KPI report",
      company: "PT Kopi Nusantara",
      kpi: "KPI",
      actual: "Actual",
      target: "Target",
      attainment: "Attainment",
      status: "Status",
      score: "Scorecard",
      data: "Data quality",
      records: "records read",
      problems: "problems",
      versus: "vs",
      kpis: "KPIs against targets",
      sureTitle: "How sure? 95% intervals (Wilson for shares, normal for NPS)",
      interval: "95% interval",
      n: "n",
      vsTarget: "vs target",
      vsPrevious: `vs ${previous.key}`,
      points: " pp",
      significant: "significant",
      notSignificant: "not significant",
      sureNote:
        "± the margin of the 95% interval; significant only when the interval excludes the target (or 0, for the change).",
      small: "small sample",
      smallNote: "⚠ small sample: read with care",
      whyTitle: `Why revenue changed, ${previous.key} → ${month.key}`,
      driver: "Driver",
      contribution: "Contribution",
      whyNote: "Shapley split of the product; the parts add up exactly to the change.",
      projectionTitle: `Projection of ${month.key} as of ${asOf.key}`,
      soFar: "Revenue so far",
      days: "business days",
      of: "of",
      projected: "Projected month total",
      band: "95% prediction band",
      wouldBe: "Status it would reach",
      ends: "at the ends of the band",
      winRateAtEnd: "Win rate at month end",
      fromProjected: (won: string, lost: string) =>
        `from ${won} won and ${lost} lost deals projected`,
      businessNote:
        "Business days: Monday to Friday without Indonesia's national holidays (the library's example list); a deal closed on a weekend or holiday is booked on the next business day.",
      finalActual: "Actual month total",
      inside: "inside the band",
      outside: "outside the band",
      alertsTitle: "Alerts",
      noAlerts: "No alert fires.",
      cohortTitle: "Customer retention by cohort (first order month)",
      provisional: "* period not over yet",
      conversionTitle: "Leads converted within 90 days (by month the lead was created)",
      month: "Month",
      leads: "Leads",
      converted: "Converted",
      rate: "Rate",
      median: "Median days",
      final: "Final",
      yes: "yes",
      no: "not yet",
      spendTitle: `Marketing spend ${month.key}`,
      totalIdr: "Total in IDR",
      rows: "rows",
      ratesUsed: "USD → IDR spot rates used (rate of each transaction date)",
      fictional: "These exchange rates are FICTIONAL example data, not market rates.",
      source: "Source",
      reasons: {
        few_successes: "fewer than 5 successes",
        few_failures: "fewer than 5 failures",
        n_below_minimum: "fewer than 30 answers",
        no_data: "no data",
        no_variation: "no variation",
      } as Record<string, string>,
    }
  : {
      title: "Laporan KPI bulanan",
      company: "PT Kopi Nusantara",
      kpi: "KPI",
      actual: "Aktual",
      target: "Target",
      attainment: "Capaian",
      status: "Status",
      score: "Skor kartu kinerja",
      data: "Kualitas data",
      records: "baris dibaca",
      problems: "masalah",
      versus: "vs",
      kpis: "KPI terhadap target",
      sureTitle: "Seberapa yakin? Interval 95% (Wilson untuk proporsi, normal untuk NPS)",
      interval: "Interval 95%",
      n: "n",
      vsTarget: "vs target",
      vsPrevious: `vs ${previous.key}`,
      points: " poin persentase",
      significant: "berbeda nyata",
      notSignificant: "tidak berbeda nyata",
      sureNote:
        "± batas interval 95%; berbeda nyata hanya bila interval tidak memuat target (atau 0, untuk perubahan).",
      small: "sampel kecil",
      smallNote: "⚠ sampel kecil: baca dengan hati-hati",
      whyTitle: `Mengapa pendapatan berubah, ${previous.key} → ${month.key}`,
      driver: "Pendorong",
      contribution: "Kontribusi",
      whyNote: "Pembagian Shapley atas perkalian; jumlah bagian tepat sama dengan perubahan.",
      projectionTitle: `Proyeksi ${month.key} per ${asOf.key}`,
      soFar: "Pendapatan sejauh ini",
      days: "hari kerja",
      of: "dari",
      projected: "Proyeksi total bulan",
      band: "Rentang prediksi 95%",
      wouldBe: "Status yang akan dicapai",
      ends: "di ujung rentang",
      winRateAtEnd: "Rasio kemenangan di akhir bulan",
      fromProjected: (won: string, lost: string) =>
        `dari proyeksi ${won} kesepakatan menang dan ${lost} kalah`,
      businessNote:
        "Hari kerja: Senin sampai Jumat tanpa libur nasional Indonesia (contoh daftar dari pustaka); kesepakatan yang ditutup pada akhir pekan atau hari libur dibukukan pada hari kerja berikutnya.",
      finalActual: "Total aktual bulan",
      inside: "di dalam rentang",
      outside: "di luar rentang",
      alertsTitle: "Peringatan",
      noAlerts: "Tidak ada peringatan.",
      cohortTitle: "Retensi pelanggan per kohort (bulan pesanan pertama)",
      provisional: "* periode belum selesai",
      conversionTitle: "Prospek yang berkonversi dalam 90 hari (per bulan prospek dibuat)",
      month: "Bulan",
      leads: "Prospek",
      converted: "Konversi",
      rate: "Rasio",
      median: "Median hari",
      final: "Final",
      yes: "ya",
      no: "belum",
      spendTitle: `Belanja pemasaran ${month.key}`,
      totalIdr: "Total dalam IDR",
      rows: "baris",
      ratesUsed: "Kurs spot USD → IDR yang dipakai (kurs tanggal tiap transaksi)",
      fictional: "Kurs ini adalah contoh data FIKTIF, bukan kurs pasar.",
      source: "Sumber",
      reasons: {
        few_successes: "kurang dari 5 keberhasilan",
        few_failures: "kurang dari 5 kegagalan",
        n_below_minimum: "kurang dari 30 jawaban",
        no_data: "tidak ada data",
        no_variation: "tidak ada variasi",
      } as Record<string, string>,
    };
const reports = [
  dealMonths.report,
  leadMonths.report,
  spendMonths.report,
  surveyMonths.report,
  activity.report,
];
const recordsRead =
  closed.length + leads.length + spendRows.length + surveys.length + orders.length;
const problems = reports.reduce((total, report) => total + report.issues.length, 0);

if (json) {
  console.log(
    JSON.stringify(
      {
        company: words.company,
        month: month.key,
        timeZone: calendar.timeZone,
        kpis: evaluations.map(({ metric, evaluation }) => ({
          id: metric.id,
          label: label(metric, locale),
          unit: metric.unit,
          actual: evaluation.actual,
          target: evaluation.target,
          variance: evaluation.variance,
          attainment: evaluation.attainment,
          status: evaluation.status,
        })),
        salesGrowth: { previousMonth: previous.key, value: growth },
        scorecard: {
          score: card.score,
          status: card.status,
          excluded: card.excluded.map((line) => line.evaluation.metricId),
        },
        intervals: intervals.map(({ metric, interval, evaluation }) => {
          const change = changeOf(metric);
          return {
            id: metric.id,
            model: interval.model,
            method: interval.method,
            confidence: interval.confidence,
            n: interval.n,
            estimate: interval.estimate,
            lower: interval.lower,
            upper: interval.upper,
            smallSample: interval.smallSample,
            target: evaluation.target,
            status: evaluation.status,
            targetPosition: evaluation.significance?.position ?? null,
            change:
              change === null
                ? null
                : {
                    from: change.from,
                    estimate: change.estimate,
                    lower: change.lower,
                    upper: change.upper,
                    method: change.method,
                    verdict: change.verdict,
                  },
          };
        }),
        revenueChange: {
          identity: revenueFromClosedDeals.formula,
          method: why.method,
          from: why.from,
          to: why.to,
          change: why.change,
          contributions: why.contributions.map((part) => ({
            name: part.name,
            from: part.from,
            to: part.to,
            contribution: part.contribution,
          })),
        },
        projection: {
          asOf: asOf.key,
          businessDays: revenuePace.days,
          holidays: holidays.filter((day) => day.date.startsWith(month.key)).map((day) => day.date),
          daily: revenuePace.daily,
          actualSoFar: revenuePace.actualToDate,
          expectedSoFar: revenuePace.expectedToDate,
          projected: revenuePace.projected,
          reason: revenuePace.projectedReason,
          lower: revenueBand?.lower ?? null,
          upper: revenueBand?.upper ?? null,
          band: revenueBand?.band ?? null,
          confidence: revenueBand?.confidence ?? null,
          status: revenuePace.status,
          lowerStatus: revenueBand?.lowerStatus ?? null,
          upperStatus: revenueBand?.upperStatus ?? null,
          finalActual: finalRevenue,
          withinBand,
          winRate: {
            soFar: winsSoFar,
            actualSoFar: winRatePace.actualToDate,
            projectedInputs: winRatePace.projectedInputs,
            projected: winRatePace.projected,
            intervalSoFar:
              winRateSoFar === null
                ? null
                : {
                    lower: winRateSoFar.lower,
                    upper: winRateSoFar.upper,
                    smallSample: winRateSoFar.smallSample,
                  },
            target: winRatePace.target,
            status: winRatePace.status,
          },
        },
        alerts: alerts.map((alert) => ({
          rule: alert.rule,
          kind: alert.kind,
          metric: alert.metric,
          period: alert.period,
          value: alert.value,
          threshold: alert.threshold,
          message: alert.message,
        })),
        cohorts: cohortRows.map((row) => ({
          cohort: row.cohort.key,
          size: cohorts.rows.find((r) => r.cohort.key === row.cohort.key)?.size ?? null,
          retention: cohortCells(row.cohort.key).map((cell) => cell.retention.value),
          complete: cohortCells(row.cohort.key).map((cell) => cell.complete),
        })),
        leadConversion: {
          window: { days: 90 },
          asOf: leadConversion.asOf,
          months: conversionMonths.map((period) => ({
            month: period.period.key,
            leads: period.base,
            converted: period.conversions,
            rate: period.rate.value,
            medianDays: period.timeToConvert.median,
            final: period.final,
          })),
        },
        marketingSpend: {
          currency: "IDR",
          total: spendTotal?.value ?? null,
          method: spendTotal?.method ?? null,
          amounts: spendTotal?.amounts ?? [],
          usdInIdr: spendUsdInIdr,
          rates: ratesUsed,
          rateSource: spendTotal?.rates[0]?.source ?? null,
          fictionalRates: rates.fictional,
        },
        dataQuality: { records: recordsRead, problems },
      },
      null,
      2,
    ),
  );
} else {
  const out: string[] = [];
  const heading = (text: string) => out.push("", text, "═".repeat(text.length));
  const table = (header: string[], rows: string[][], leftColumns = 1) => {
    const widths = header.map((h, i) =>
      Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)),
    );
    const line = (cells: string[]) =>
      cells
        .map((c, i) =>
          i < leftColumns ? c.padEnd(widths[i] as number) : c.padStart(widths[i] as number),
        )
        .join("  ")
        .trimEnd();
    out.push(line(header), widths.map((w) => "─".repeat(w)).join("  "));
    for (const row of rows) out.push(line(row));
  };
  const idr = (amount: Decimal | null) =>
    formatValue(amount, "currency", { locale, currency: "IDR" });
  const percent = (share: Decimal | null, digits = 1) =>
    formatValue(share, "ratio", { locale, fractionDigits: digits });

  out.push(`${words.title} — ${words.company} — ${month.key} (${calendar.timeZone})`);
  heading(words.kpis);
  table(
    [words.kpi, words.actual, words.target, words.attainment, words.status],
    evaluations.map(({ metric, evaluation }) => {
      const text = formatEvaluation(evaluation, { locale, currency: "IDR" });
      return [label(metric, locale), text.actual, text.target, text.attainment, text.status];
    }),
  );
  out.push("");
  out.push(
    `${label(salesGrowth, locale)} (${words.versus} ${previous.key}): ${formatValue(growth, "ratio", { locale })}`,
  );
  out.push(
    `${words.score}: ${formatValue(card.score, "ratio", { locale })} — ${statusLabel(card.status, locale)}`,
  );

  heading(words.sureTitle);
  table(
    [words.kpi, words.actual, words.interval, words.n, words.vsTarget, words.vsPrevious, ""],
    intervals.map(({ metric, interval, evaluation }) => {
      const share = interval.model !== "nps";
      const show = (bound: Decimal | null) =>
        share ? percent(bound) : formatValue(bound, "net_score", { locale, fractionDigits: 0 });
      const significance = formatEvaluation(evaluation, {
        locale,
        fractionDigits: share ? 1 : 0,
      }).significance;
      const change = changeOf(metric);
      const changeText =
        change === null
          ? null
          : formatDifference(change, {
              locale: english ? "en" : "id",
              places: share ? 1 : 0,
              ...(share ? { scale: 100 } : {}),
            });
      return [
        label(metric, locale),
        show(interval.estimate),
        `${show(interval.lower)} … ${show(interval.upper)}`,
        interval.n.toLocaleString(locale),
        significance === undefined
          ? ""
          : `${significance.variance}${significance.position === null ? "" : ` (${significance.position})`}`,
        change === null || changeText === null
          ? "—"
          : `${changeText}${share ? words.points : ""} (${change.verdict === "significant" ? words.significant : words.notSignificant})`,
        interval.smallSample.flag
          ? `⚠ ${words.small} (${words.reasons[interval.smallSample.reason ?? ""] ?? interval.smallSample.reason})`
          : "",
      ];
    }),
    1,
  );
  out.push(words.sureNote);

  heading(words.whyTitle);
  const driverText = (name: string, amount: Decimal) =>
    name === "win_rate"
      ? percent(amount)
      : name === "closed_deals"
        ? amount.toString()
        : idr(amount);
  const signed = (amount: Decimal) =>
    `${amount.isPositive() && !amount.isZero() ? "+" : ""}${idr(amount)}`;
  table(
    [words.driver, previous.key, month.key, words.contribution],
    [
      ...why.contributions.map((part) => [
        part.label[english ? "en" : "id"],
        driverText(part.name, part.from),
        driverText(part.name, part.to),
        signed(part.contribution),
      ]),
      [label(salesRevenue, locale), idr(why.from), idr(why.to), signed(why.change)],
    ],
  );
  out.push(words.whyNote);

  heading(words.projectionTitle);
  const days = revenuePace.days;
  out.push(
    `${words.soFar}: ${idr(revenuePace.actualToDate)} (${days?.elapsed ?? 0} ${words.of} ${days?.total ?? 0} ${words.days})`,
  );
  out.push(`${words.projected}: ${idr(revenuePace.projected)}`);
  out.push(
    `${words.band}: ${idr(revenueBand?.lower ?? null)} … ${idr(revenueBand?.upper ?? null)}`,
  );
  if (revenueTarget !== null) {
    out.push(
      `${words.wouldBe}: ${statusLabel(revenuePace.status, locale)} (${words.target} ${idr(revenueTarget)})${
        revenueBand === null
          ? ""
          : `; ${words.ends}: ${statusLabel(revenueBand.lowerStatus, locale)} … ${statusLabel(revenueBand.upperStatus, locale)}`
      }`,
    );
  }
  if (withinBand !== null && asOf.end.getTime() < month.end.getTime()) {
    out.push(
      `${words.finalActual}: ${idr(finalRevenue)} — ${withinBand ? words.inside : words.outside}`,
    );
  }
  const projectedWins = winRatePace.projectedInputs;
  const soFarBand =
    winRateSoFar === null || winRateSoFar.lower === null
      ? ""
      : ` [${percent(winRateSoFar.lower)} … ${percent(winRateSoFar.upper)}${winRateSoFar.smallSample.flag ? `, ⚠ ${words.small}` : ""}]`;
  out.push(
    `${words.winRateAtEnd}: ${percent(winRatePace.projected)}${soFarBand}${
      projectedWins === null
        ? ""
        : ` (${words.fromProjected(
            formatValue(projectedWins.won ?? null, "count", { locale, fractionDigits: 1 }),
            formatValue(projectedWins.lost ?? null, "count", { locale, fractionDigits: 1 }),
          )})`
    } — ${statusLabel(winRatePace.status, locale)}${
      winRatePace.target === null ? "" : ` (${words.target} ${percent(winRatePace.target, 0)})`
    }`,
  );
  out.push(words.businessNote);

  heading(words.alertsTitle);
  if (alerts.length === 0) out.push(words.noAlerts);
  for (const alert of alerts) out.push(`• ${english ? alert.message.en : alert.message.id}`);

  heading(words.cohortTitle);
  table(
    cohortTableAll.columns.slice(0, 2 + cohortAges),
    cohortRows.map((row) => [
      row.cohort.key,
      row.size,
      ...row.cells.map((cell) => (cell === null ? "" : `${cell.text}${cell.complete ? "" : "*"}`)),
    ]),
  );
  if (cohortRows.some((row) => row.cells.some((cell) => cell !== null && !cell.complete))) {
    out.push(words.provisional);
  }

  heading(words.conversionTitle);
  table(
    [words.month, words.leads, words.converted, words.rate, words.median, words.final],
    conversionMonths.map((period) => [
      period.period.key,
      period.base.toString(),
      period.conversions.toString(),
      percent(period.rate.value),
      period.timeToConvert.median?.toString() ?? "—",
      period.final ? words.yes : words.no,
    ]),
  );

  heading(words.spendTitle);
  if (spendTotal !== null) {
    out.push(`IDR: ${idr(spendIdr)}`);
    if (spendUsdPart !== null) {
      out.push(
        `USD: ${formatValue(spendUsdPart.amount, "currency", { locale, currency: "USD" })} (${spendUsdPart.records} ${words.rows}) = ${idr(spendUsdInIdr)}`,
      );
    }
    out.push(`${words.totalIdr}: ${idr(spendTotal.value)}`);
    out.push(
      `${words.ratesUsed}: ${ratesUsed.map((quote) => `${quote.date} ${formatValue(quote.rate, "count", { locale, fractionDigits: quote.rate.decimalPlaces() })}`).join("; ")}`,
    );
    out.push(`${words.fictional} ${words.source}: ${spendTotal.rates[0]?.source ?? ""}.`);
  }

  out.push("");
  out.push(
    `${words.data}: ${recordsRead.toLocaleString(locale)} ${words.records}, ${problems} ${words.problems}`,
  );
  console.log(out.join("\n"));
}
