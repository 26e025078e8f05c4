#!/usr/bin/env node
// Generates the demo's sample data: PT Kopi Nusantara, a fictional Indonesian B2B seller of
// coffee equipment, January 2025 – October 2026. Deterministic (seeded), so the files committed
// under examples/data are reproducible:  node examples/generate-data.mjs
// Timestamps are UTC (`Z`); many fall in the evening, so bucketing them by month in
// Asia/Jakarta (UTC+7) differs from bucketing in UTC at month ends.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const out = join(import.meta.dirname, "data");
mkdirSync(out, { recursive: true });

let state = 0x4b494e45; // "KINE"
function random() {
  // mulberry32
  state = (state + 0x6d2b79f5) | 0;
  let t = state;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const pick = (list) => list[Math.floor(random() * list.length)];
const between = (min, max) => min + Math.floor(random() * (max - min + 1));

const regions = ["Jakarta", "Surabaya", "Bandung", "Medan", "Makassar"];
const owners = ["Ayu", "Budi", "Citra", "Dimas", "Eka", "Fajar"];
const campaigns = [
  { id: "ramadan-promo", channel: "instagram" },
  { id: "google-search", channel: "search" },
  { id: "tokopedia-ads", channel: "marketplace" },
  { id: "expo-jakarta", channel: "event" },
  { id: "email-nurture", channel: "email" },
];
const start = Date.UTC(2025, 0, 1);
const end = Date.UTC(2026, 10, 1);
const day = 86_400_000;
// Instants in the Jakarta working day and evening (08:00–23:59 WIB = 01:00–16:59 UTC), plus a
// share of late evenings that are already the next day in Jakarta but not in UTC.
function instantOn(dayStart) {
  const late = random() < 0.15;
  const hourUtc = late ? between(17, 23) : between(1, 16);
  return new Date(dayStart + hourUtc * 3_600_000 + between(0, 59) * 60_000 + between(0, 59) * 1000);
}
const iso = (date) => date.toISOString().replace(".000Z", "Z");
const seasonality = (date) => {
  const month = date.getUTCMonth();
  return month === 2 || month === 3 ? 1.35 : month === 11 ? 1.25 : month === 6 ? 0.85 : 1; // Ramadan, year end, mid-year
};

const leads = [];
const deals = [];
const orders = [];
const surveys = [];
const spend = [];
let customerCount = 0;
const customers = [];
let dealId = 0;
let leadId = 0;
let orderId = 0;

for (let t = start; t < end; t += day) {
  const date = new Date(t);
  const weekday = date.getUTCDay();
  const factor = seasonality(date) * (weekday === 0 || weekday === 6 ? 0.4 : 1);
  // Leads by campaign
  const leadsToday = Math.round(between(6, 14) * factor);
  for (let i = 0; i < leadsToday; i++) {
    const campaign = pick(campaigns);
    const created = instantOn(t);
    const converts = random() < 0.12;
    leadId++;
    leads.push({
      id: `L${String(leadId).padStart(5, "0")}`,
      created_at: iso(created),
      campaign: campaign.id,
      converted_at: converts ? iso(new Date(created.getTime() + between(3, 40) * day)) : "",
    });
    if (converts) {
      // A converted lead becomes a deal
      const createdDeal = new Date(created.getTime() + between(1, 5) * day);
      const cycle = between(7, 60);
      const closed = new Date(createdDeal.getTime() + cycle * day);
      const outcome = closed.getTime() >= end ? "open" : random() < 0.32 ? "won" : "lost";
      let customer = "";
      if (outcome === "won") {
        customerCount++;
        customer = `C${String(customerCount).padStart(4, "0")}`;
        customers.push({ id: customer, since: closed.getTime(), region: pick(regions) });
      }
      dealId++;
      deals.push({
        id: `D${String(dealId).padStart(5, "0")}`,
        created_at: iso(createdDeal),
        closed_at: outcome === "open" ? "" : iso(closed),
        stage: outcome,
        amount_idr: String(between(15, 400) * 250_000),
        region: pick(regions),
        owner: pick(owners),
        campaign: campaign.id,
        customer_id: customer,
      });
    }
  }
  // Repeat orders from existing customers (consumables: beans, filters, service)
  for (const customer of customers) {
    if (customer.since > t) continue;
    const age = (t - customer.since) / day;
    const churned = age > 200 && (customer.id.charCodeAt(4) + Math.floor(age / 90)) % 7 === 0;
    if (churned) continue;
    if (random() < 0.045 * seasonality(date)) {
      orderId++;
      const cents = between(0, 3) === 0 ? `.${String(between(0, 99)).padStart(2, "0")}` : "";
      orders.push({
        id: `O${String(orderId).padStart(6, "0")}`,
        customer_id: customer.id,
        ordered_at: iso(instantOn(t)),
        amount_idr: `${between(4, 120) * 50_000}${cents}`,
        region: customer.region,
      });
    }
  }
  // Survey responses
  const responses = between(0, 4);
  for (let i = 0; i < responses; i++) {
    const kind = random() < 0.5 ? "csat" : "nps";
    const score =
      kind === "csat"
        ? pick([5, 5, 4, 4, 4, 4, 3, 3, 2, 1])
        : pick([10, 10, 9, 9, 9, 8, 8, 7, 7, 6, 5, 3, 0]);
    surveys.push({ responded_at: iso(instantOn(t)), survey: kind, score: String(score) });
  }
}
// Marketing spend: one row per campaign per week (Monday), IDR
for (let t = start; t < end; t += 7 * day) {
  for (const campaign of campaigns) {
    const base = {
      "ramadan-promo": 9,
      "google-search": 14,
      "tokopedia-ads": 11,
      "expo-jakarta": 6,
      "email-nurture": 2,
    }[campaign.id];
    const amount = Math.round(base * seasonality(new Date(t)) * between(80, 120)) * 10_000;
    spend.push({
      date: new Date(t).toISOString().slice(0, 10),
      campaign: campaign.id,
      channel: campaign.channel,
      spend_idr: String(amount),
    });
  }
}

// The USD part of marketing spend: social ads billed by card in US dollars, one row per week
// (the same Wednesdays as the IDR rows). A second seeded generator, started after everything above,
// so the files above stay byte-for-byte what they were before this part existed. The demo converts
// these amounts into IDR with the fictional rates of examples/data/rates-example.json.
state = 0x55534421; // "USD!"
const spendUsd = [];
for (let t = start; t < end; t += 7 * day) {
  const dollars = Math.round(between(60, 160) * seasonality(new Date(t)));
  spendUsd.push({
    date: new Date(t).toISOString().slice(0, 10),
    campaign: "meta-ads",
    channel: "social",
    currency: "USD",
    amount: `${dollars}.${String(between(0, 99)).padStart(2, "0")}`,
  });
}

function csv(rows) {
  const columns = Object.keys(rows[0]);
  const quote = (value) => (/[",\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value);
  return `${columns.join(",")}\n${rows.map((row) => columns.map((c) => quote(String(row[c]))).join(",")).join("\n")}\n`;
}
writeFileSync(join(out, "leads.csv"), csv(leads));
writeFileSync(join(out, "deals.csv"), csv(deals));
writeFileSync(join(out, "orders.csv"), csv(orders));
writeFileSync(join(out, "surveys.csv"), csv(surveys));
writeFileSync(join(out, "marketing-spend.csv"), csv(spend));
writeFileSync(join(out, "marketing-spend-usd.csv"), csv(spendUsd));
console.log(
  `leads ${leads.length}, deals ${deals.length}, customers ${customers.length}, orders ${orders.length}, surveys ${surveys.length}, spend rows ${spend.length} + ${spendUsd.length} in USD`,
);
