// The kinerja demo: a monthly KPI report for PT Kopi Nusantara, a fictional Indonesian B2B seller
// of coffee equipment, from its CRM, marketing and survey exports (examples/data) and its targets
// (examples/targets.json). Periods are months in Asia/Jakarta.
//
//   npm run demo                       the latest month, in Indonesian
//   npm run demo -- --en               in English
//   npm run demo -- --month 2026-03    another month
//   npm run demo -- --json             the same report as JSON
import { readFileSync } from "node:fs";
import { join } from "node:path";
import {
  type AnyMetric,
  aggregate,
  campaignRoi,
  count,
  csat,
  customerAcquisitionCost,
  customerActivity,
  customerRetentionRate,
  type Decimal,
  type Evaluation,
  evaluate,
  formatEvaluation,
  formatValue,
  label,
  leadConversionRate,
  nps,
  parsePeriod,
  parseTargets,
  previousPeriod,
  salesGrowth,
  salesRevenue,
  scorecard,
  statusLabel,
  sum,
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
const spendMonths = aggregate(spend, {
  date: "date",
  granularity: "month",
  calendar,
  measures: { spend: sum("spend_idr") },
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
) => series.at(key)?.values[measure] ?? 0;
const deal = (key: string, measure: string) => value(dealMonths, key, measure);
// Growth is shown against the previous month, not against a target: an attainment of a growth rate
// (7 % of a 3 % target…) means little.
const growth = salesGrowth({
  current: deal(month.key, "revenue"),
  previous: deal(previous.key, "revenue"),
});
const customers = activity.periods.find((p) => p.period.key === month.key);

// Each KPI of the month: the metric and its inputs. (Every month from the first to the last has a
// cell in each series — aggregate fills gaps — so a 0 below is a real zero, not missing data.)
const kpis: { metric: AnyMetric; actual: Decimal | null }[] = [
  { metric: salesRevenue, actual: salesRevenue({ revenue: deal(month.key, "revenue") }) },
  {
    metric: winRate,
    actual: winRate({ won: deal(month.key, "won"), lost: deal(month.key, "lost") }),
  },
  {
    metric: leadConversionRate,
    actual: leadConversionRate({
      converted: value(leadMonths, month.key, "converted"),
      leads: value(leadMonths, month.key, "leads"),
    }),
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
    actual:
      customers === undefined
        ? null
        : customerRetentionRate({
            customersAtStart: customers.customersAtStart,
            customersAtEnd: customers.customersAtEnd,
            newCustomers: customers.newCustomers.plus(customers.reactivatedCustomers),
          }),
  },
  {
    metric: csat,
    actual: csat({
      satisfied: value(surveyMonths, month.key, "satisfied"),
      responses: value(surveyMonths, month.key, "csatResponses"),
    }),
  },
  {
    metric: nps,
    actual: nps({
      promoters: value(surveyMonths, month.key, "promoters"),
      passives: value(surveyMonths, month.key, "passives"),
      detractors: value(surveyMonths, month.key, "detractors"),
    }),
  },
];

// Targets kept by the BI team as JSON, validated as a whole.
const targets = parseTargets(readFileSync(join(import.meta.dirname, "targets.json"), "utf8"), {
  calendar,
});
const targetOf = (id: string) =>
  targets.find((t) => t.metricId === id && t.period.key === month.key);
const evaluations: { metric: AnyMetric; evaluation: Evaluation; weight: Decimal | undefined }[] =
  kpis.map(({ metric, actual }) => {
    const spec = targetOf(metric.id);
    return {
      metric,
      evaluation: evaluate({
        metric,
        actual,
        target: spec?.target ?? null,
        ...(spec?.bands == null ? {} : { bands: spec.bands }),
      }),
      weight: spec?.weight ?? undefined,
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
    };
const reports = [
  dealMonths.report,
  leadMonths.report,
  spendMonths.report,
  surveyMonths.report,
  activity.report,
];
const recordsRead = closed.length + leads.length + spend.length + surveys.length + orders.length;
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
        dataQuality: { records: recordsRead, problems },
      },
      null,
      2,
    ),
  );
} else {
  const rows = evaluations.map(({ metric, evaluation }) => {
    const text = formatEvaluation(evaluation, { locale, currency: "IDR" });
    return [label(metric, locale), text.actual, text.target, text.attainment, text.status];
  });
  const header = [words.kpi, words.actual, words.target, words.attainment, words.status];
  const widths = header.map((h, i) =>
    Math.max(h.length, ...rows.map((r) => (r[i] as string).length)),
  );
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (i === 0 ? c.padEnd(widths[i] as number) : c.padStart(widths[i] as number)))
      .join("  ");
  console.log(`${words.title} — ${words.company} — ${month.key} (${calendar.timeZone})`);
  console.log("");
  console.log(line(header));
  console.log(widths.map((w) => "─".repeat(w)).join("  "));
  for (const row of rows) console.log(line(row));
  console.log("");
  console.log(
    `${label(salesGrowth, locale)} (${words.versus} ${previous.key}): ${formatValue(growth, "ratio", { locale })}`,
  );
  console.log(
    `${words.score}: ${formatValue(card.score, "ratio", { locale })} — ${statusLabel(card.status, locale)}`,
  );
  console.log(
    `${words.data}: ${recordsRead.toLocaleString(locale)} ${words.records}, ${problems} ${words.problems}`,
  );
}
