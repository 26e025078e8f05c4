import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "csv-parse/sync";
import { beforeAll, describe, expect, it } from "vitest";
import { repoRoot } from "../support/examples.js";

// `npm run demo` runs exactly this command: the demo bundled from the sources, no build step.
function demo(...args: string[]): string {
  return execFileSync(
    "node",
    [join(repoRoot, "scripts", "run-ts.mjs"), "examples/demo.ts", ...args],
    {
      cwd: repoRoot,
      encoding: "utf8",
    },
  ).replace(/[\u00a0\u202f]/g, " ");
}

describe("npm run demo", () => {
  it("prints the latest month's report in Indonesian with IDR and id-ID numbers", () => {
    const lines = demo().split("\n");
    expect(lines[0]).toBe("Laporan KPI bulanan — PT Kopi Nusantara — 2026-10 (Asia/Jakarta)");
    const row = (label: string) =>
      lines.find((line) => line.startsWith(label))?.replace(/ {2,}/g, " | ");
    expect(row("Pendapatan penjualan")).toBe(
      "Pendapatan penjualan | Rp 487.250.000 | Rp 500.000.000 | 97,5% | Berisiko",
    );
    expect(row("Rasio kemenangan")).toBe("Rasio kemenangan | 31,8% | 30% | 106,1% | Sesuai target");
    // Marketing spend now includes the USD-billed social ads (marketing-spend-usd.csv), converted
    // into IDR: (165,900,000 + 7,686,505.29) / 7 won deals = 24,798,072.18 (recomputed from the
    // CSVs below). Before the USD part it was 165,900,000 / 7 = 23,700,000.
    expect(row("Biaya akuisisi pelanggan")).toBe(
      "Biaya akuisisi pelanggan | Rp 24.798.072 | Rp 20.000.000 | 80,7% | Tidak sesuai target",
    );
    expect(row("Net Promoter Score (NPS)")).toBe(
      "Net Promoter Score (NPS) | +7 | +20 | 35,7% | Tidak sesuai target",
    );
    expect(lines).toContain("Pertumbuhan penjualan (vs 2026-09): -7,1%");
    // Weights 3, 2, 1, 1, 1, 2, 1, 1; attainments 0.9745, 1.0606, 1.0802, ROI 1.2046 capped at 1.2,
    // CAC 0.8065, 1.0095, 0.8791, 0.3571: 11.3866 / 12 = 0.9489 (95.2 % before the USD spend).
    expect(lines).toContain("Skor kartu kinerja: 94,9% — Berisiko");
    // 11,302 rows and the 96 rows of USD spend
    expect(lines).toContain("Kualitas data: 11.398 baris dibaca, 0 masalah");
  });

  it("prints English with --en and another month with --month", () => {
    const lines = demo("--en", "--month", "2026-03").split("\n");
    expect(lines[0]).toBe("Monthly KPI report — PT Kopi Nusantara — 2026-03 (Asia/Jakarta)");
    expect(lines.find((line) => line.startsWith("Sales revenue"))?.replace(/ {2,}/g, " | ")).toBe(
      "Sales revenue | IDR 805,000,000 | IDR 650,000,000 | 123.8% | On track",
    );
    // (3·1.2 + 2·1.2 + 0.978 + 1.2 + 1.173 + 2·1.064 + 1.092 + 1.2) / 12 ≈ 1.147 (attainments capped
    // at 1.2; CAC's attainment fell from above 1.2 to 1.173 with the USD spend)
    expect(lines).toContain("Scorecard: 114.7% — On track");
  });

  it("prints the same report as JSON with --json, exact decimals as strings", () => {
    const report = JSON.parse(demo("--json"));
    expect(report.month).toBe("2026-10");
    expect(report.kpis.map((kpi: { id: string }) => kpi.id)).toEqual([
      "sales_revenue",
      "win_rate",
      "lead_conversion_rate",
      "campaign_roi",
      "customer_acquisition_cost",
      "customer_retention_rate",
      "csat",
      "nps",
    ]);
    expect(report.kpis[0]).toMatchObject({
      actual: "487250000",
      target: "500000000",
      variance: "-12750000",
      attainment: "0.9745",
      status: "at_risk",
    });
    expect(report.salesGrowth.previousMonth).toBe("2026-09");
    expect(report.dataQuality).toEqual({ records: 11398, problems: 0 });
  });

  it("refuses a month outside the data instead of printing zeros", () => {
    let failure: { status?: number; stderr?: string } = {};
    try {
      demo("--month", "2027-01", "--en");
    } catch (error) {
      failure = error as { status?: number; stderr?: string };
    }
    expect(failure.status).toBe(1);
    expect(failure.stderr?.trim()).toBe(
      "No report for 2027-01: the data gives reports from 2025-02 to 2026-10.",
    );
  });
});

// ── The review sections, each checked against figures recomputed here from the CSV files with
// plain JavaScript (csv-parse, Date arithmetic, BigInt and floats), not with kinerja. ──────────────

type Row = Record<string, string>;
const read = (file: string): Row[] =>
  parse(readFileSync(join(repoRoot, "examples", "data", file)), { columns: true });
const JAKARTA = 7 * 3_600_000; // UTC+7, no daylight saving time
const dayMs = 86_400_000;
/** The Jakarta calendar date (YYYY-MM-DD) of an instant or a date. */
const jakartaDay = (text: string) =>
  text.length === 10 ? text : new Date(Date.parse(text) + JAKARTA).toISOString().slice(0, 10);
const jakartaMonth = (text: string) => jakartaDay(text).slice(0, 7);
/** "31,8%": a ratio as the demo prints it in id-ID with one decimal. */
const idPercent = (ratio: number) => `${(ratio * 100).toFixed(1).replace(".", ",")}%`;

const deals = read("deals.csv");
const wonIn = (month: string) =>
  deals.filter((d) => d.stage === "won" && jakartaMonth(d.closed_at as string) === month);
const lostIn = (month: string) =>
  deals.filter((d) => d.stage === "lost" && jakartaMonth(d.closed_at as string) === month);
const revenueIn = (month: string) =>
  wonIn(month).reduce((total, d) => total + Number(d.amount_idr), 0);

/** Wilson's score interval at 95 % (z = 1.959963984540054), in floats. */
function wilson(successes: number, n: number): [number, number] {
  const z = 1.959963984540054;
  const p = successes / n;
  const centre = p + (z * z) / (2 * n);
  const spread = z * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n));
  const scale = 1 + (z * z) / n;
  return [(centre - spread) / scale, (centre + spread) / scale];
}

function npsCounts(month: string) {
  const scores = read("surveys.csv")
    .filter((r) => r.survey === "nps" && jakartaMonth(r.responded_at as string) === month)
    .map((r) => Number(r.score));
  const promoters = scores.filter((s) => s >= 9).length;
  const detractors = scores.filter((s) => s <= 6).length;
  return { promoters, detractors, passives: scores.length - promoters - detractors };
}

describe("npm run demo: the review sections (October 2026)", () => {
  let text: string[];
  // biome-ignore lint/suspicious/noExplicitAny: the demo's JSON output, checked field by field below
  let report: Record<string, any>;
  beforeAll(() => {
    text = demo().split("\n");
    report = JSON.parse(demo("--json"));
  });
  const section = (title: string) => {
    const start = text.findIndex((line) => line.startsWith(title));
    expect(start).toBeGreaterThan(0);
    const end = text.findIndex((line, i) => i > start + 1 && line === "");
    return text.slice(start, end < 0 ? undefined : end);
  };
  const cells = (line: string | undefined) => line?.trim().split(/ {2,}/);

  it("gives each sample-based KPI its Wilson 95 % interval and marks the small NPS sample", () => {
    const won = wonIn("2026-10").length;
    const closed = won + lostIn("2026-10").length;
    expect([won, closed]).toEqual([7, 22]);
    const [lower, upper] = wilson(won, closed);
    const winRate = report.intervals.find((i: { id: string }) => i.id === "win_rate");
    expect(winRate).toMatchObject({ model: "share", method: "wilson", n: 22, confidence: "0.95" });
    expect(Number(winRate.lower)).toBeCloseTo(lower, 12);
    expect(Number(winRate.upper)).toBeCloseTo(upper, 12);
    expect(winRate.smallSample.flag).toBe(false);
    const lines = section("Seberapa yakin?");
    // vs target: 7/22 − 30 % = +1.8 points, ± the larger distance from 7/22 to the interval's ends
    // (here the upper one), in points rounded up; the interval holds 30 %, so not significant.
    const rate = won / closed;
    const margin = Math.ceil(Math.max(rate - lower, upper - rate) * 1000) / 10;
    expect(lower < 0.3 && upper > 0.3).toBe(true);
    // vs September: Newcombe's hybrid score interval (method 10) from the two Wilson intervals
    const before = wonIn("2026-09").length;
    const beforeClosed = before + lostIn("2026-09").length;
    const [lower1, upper1] = wilson(before, beforeClosed);
    const p1 = before / beforeClosed;
    const change = rate - p1;
    const changeLower = change - Math.sqrt((rate - lower) ** 2 + (upper1 - p1) ** 2);
    const changeUpper = change + Math.sqrt((upper - rate) ** 2 + (p1 - lower1) ** 2);
    const changeMargin =
      Math.ceil(Math.max(change - changeLower, changeUpper - change) * 1000) / 10;
    expect(changeLower < 0 && changeUpper > 0).toBe(true);
    const points = (value: number) => value.toFixed(1).replace(".", ",");
    expect(cells(lines.find((l) => l.startsWith("Rasio kemenangan")))).toEqual([
      "Rasio kemenangan",
      idPercent(rate),
      `${idPercent(lower)} … ${idPercent(upper)}`,
      "22",
      `+${points((rate - 0.3) * 100)} ± ${points(margin)} poin persentase (tidak berbeda nyata)`,
      `+${points(change * 100)} ± ${points(changeMargin)} poin persentase (tidak berbeda nyata)`,
    ]);
    expect(winRate).toMatchObject({
      target: "0.3",
      status: "on_track",
      targetPosition: "within_noise",
      change: { method: "newcombe_hybrid_score", verdict: "within_noise" },
    });
    expect(Number(winRate.change.lower)).toBeCloseTo(changeLower, 12);
    expect(Number(winRate.change.upper)).toBeCloseTo(changeUpper, 12);

    // NPS: 100·(p − d) ± z·100·√((p + d − (p − d)²)/n); 28 answers is below the minimum of 30
    const { promoters, passives, detractors } = npsCounts("2026-10");
    const n = promoters + passives + detractors;
    const p = promoters / n;
    const d = detractors / n;
    const se = 100 * Math.sqrt((p + d - (p - d) ** 2) / n);
    const nps = report.intervals.find((i: { id: string }) => i.id === "nps");
    expect(nps).toMatchObject({ model: "nps", n: 28 });
    expect(Number(nps.estimate)).toBeCloseTo(100 * (p - d), 12);
    expect(Number(nps.lower)).toBeCloseTo(100 * (p - d) - 1.959963984540054 * se, 10);
    expect(Number(nps.upper)).toBeCloseTo(100 * (p - d) + 1.959963984540054 * se, 10);
    expect(nps.smallSample).toEqual({ flag: true, reason: "n_below_minimum", minimum: 30 });
    expect(lines.find((l) => l.startsWith("Net Promoter Score"))).toMatch(
      /\+7 +-24 … \+38 +28 +-13 ± 32 \(tidak berbeda nyata\) +\+7 ± 47 \(tidak berbeda nyata\) +⚠ sampel kecil \(kurang dari 30 jawaban\)$/,
    );
    // −13 = round(100·(p − d)) − 20; ± the distance from the NPS to the interval's upper end, up
    expect(Math.ceil(1.959963984540054 * se)).toBe(32);
    // every interval shown is one of a share or NPS metric
    expect(report.intervals.map((i: { id: string }) => i.id)).toEqual([
      "win_rate",
      "lead_conversion_rate",
      "customer_retention_rate",
      "csat",
      "nps",
    ]);
  });

  it("splits revenue's change into deals closed, win rate and deal size, summing exactly", () => {
    const before = { won: wonIn("2026-09").length, lost: lostIn("2026-09").length };
    const after = { won: wonIn("2026-10").length, lost: lostIn("2026-10").length };
    const x = [
      before.won + before.lost,
      before.won / (before.won + before.lost),
      revenueIn("2026-09") / before.won,
    ];
    const y = [
      after.won + after.lost,
      after.won / (after.won + after.lost),
      revenueIn("2026-10") / after.won,
    ];
    expect([revenueIn("2026-09"), revenueIn("2026-10")]).toEqual([524_750_000, 487_250_000]);
    // Shapley value of a product of three factors: φ₁ = Δ₁·[(x₂x₃ + y₂y₃)/3 + (y₂x₃ + x₂y₃)/6]
    const shapley = (i: number) => {
      const [j, k] = [0, 1, 2].filter((m) => m !== i) as [number, number];
      const xi = x[i] as number;
      const yi = y[i] as number;
      const [xj, xk, yj, yk] = [x[j], x[k], y[j], y[k]] as [number, number, number, number];
      return (yi - xi) * ((xj * xk + yj * yk) / 3 + (yj * xk + xj * yk) / 6);
    };
    const change = report.revenueChange;
    expect(change.change).toBe("-37500000");
    const parts = change.contributions.map((c: { contribution: string }) => BigInt(c.contribution));
    expect(parts.reduce((a: bigint, b: bigint) => a + b, 0n)).toBe(-37_500_000n);
    change.contributions.forEach((c: { contribution: string }, i: number) => {
      expect(Math.abs(Number(c.contribution) - shapley(i))).toBeLessThanOrEqual(1);
    });
    expect(section("Mengapa pendapatan berubah").map((l) => cells(l)?.at(-1))).toEqual([
      "Mengapa pendapatan berubah, 2026-09 → 2026-10",
      "═════════════════════════════════════════════",
      "Kontribusi",
      "───────────────",
      "-Rp 240.208.615",
      "+Rp 55.880.218",
      "+Rp 146.828.397",
      "-Rp 37.500.000",
      "Pembagian Shapley atas perkalian; jumlah bagian tepat sama dengan perubahan.",
    ]);
  });

  it("projects the month from its first business days with a band, and the win rate from its projected deals", () => {
    // Business days: Monday to Friday; no national holiday of the example list falls in October
    // 2026 (the JSON lists none), so October has 22. Revenue of a weekend day is booked on the next
    // business day (Saturday 31st, with none after it, on Friday 30th).
    const octoberDays = Array.from(
      { length: 31 },
      (_, i) => `2026-10-${String(i + 1).padStart(2, "0")}`,
    );
    const business = octoberDays.filter(
      (day) => ![0, 6].includes(new Date(`${day}T00:00:00Z`).getUTCDay()),
    );
    expect(business.length).toBe(22);
    const bookedOn = (day: string) => business.find((b) => b >= day) ?? "2026-10-30";
    const booked = new Map(business.map((day) => [day, 0]));
    for (const d of wonIn("2026-10")) {
      const day = bookedOn(jakartaDay(d.closed_at as string));
      booked.set(day, (booked.get(day) as number) + Number(d.amount_idr));
    }
    const daily = business
      .filter((day) => day <= "2026-10-15")
      .map((day) => booked.get(day) as number);
    expect(daily.length).toBe(11);
    const soFar = daily.reduce((a, b) => a + b, 0);
    const m = daily.length;
    const mean = soFar / m;
    const variance = daily.reduce((a, v) => a + (v - mean) ** 2, 0) / (m - 1);
    const t = 2.228138851986275; // Student t, 10 degrees of freedom, 0.975 (NIST/SEMATECH table: 2.228)
    const remaining = 22 - m;
    const projected = soFar + remaining * mean;
    const half = t * Math.sqrt(variance) * Math.sqrt(remaining + remaining ** 2 / m);
    const p = report.projection;
    expect(p).toMatchObject({
      asOf: "2026-10-15",
      businessDays: { elapsed: 11, total: 22 },
      holidays: [],
      actualSoFar: "152000000",
      // half of the business days have ended: half of the Rp 500,000,000 target is expected
      expectedSoFar: "250000000",
    });
    expect(p.daily.map(Number)).toEqual(daily);
    expect(soFar).toBe(152_000_000);
    expect(Number(p.projected)).toBeCloseTo(projected, 4);
    expect(Number(p.upper)).toBeCloseTo(projected + half, 2);
    // no day is negative, so the lower bound stops at the revenue already booked
    expect(projected - half).toBeLessThan(soFar);
    expect(p.lower).toBe("152000000");
    // 304 M of a 500 M target is off track; the band's upper end, 619 M, would be on track
    expect(p).toMatchObject({
      status: "off_track",
      lowerStatus: "off_track",
      upperStatus: "on_track",
      finalActual: "487250000",
      withinBand: true,
    });
    // The win rate: the deals closed by the end of the 15th (Jakarta), doubled (11 of 22 business
    // days), and the win rate of the projections.
    const closedBy = (stage: string) =>
      deals.filter(
        (d) =>
          d.stage === stage &&
          jakartaMonth(d.closed_at as string) === "2026-10" &&
          jakartaDay(d.closed_at as string) <= "2026-10-15",
      ).length;
    const [won, lost] = [closedBy("won"), closedBy("lost")];
    expect([won, lost]).toEqual([3, 5]);
    expect(p.winRate).toMatchObject({
      soFar: { won: 3, lost: 5 },
      projectedInputs: { won: "6", lost: "10" },
      projected: "0.375",
      target: "0.3",
      status: "on_track",
    });
    const [rateLower, rateUpper] = wilson(won, won + lost);
    expect(Number(p.winRate.intervalSoFar.lower)).toBeCloseTo(rateLower, 12);
    expect(Number(p.winRate.intervalSoFar.upper)).toBeCloseTo(rateUpper, 12);
    expect(p.winRate.intervalSoFar.smallSample.reason).toBe("few_successes");
    expect(section("Proyeksi 2026-10 per 2026-10-15").slice(2)).toEqual([
      "Pendapatan sejauh ini: Rp 152.000.000 (11 dari 22 hari kerja)",
      "Proyeksi total bulan: Rp 304.000.000",
      `Rentang prediksi 95%: Rp 152.000.000 … Rp ${Math.round(projected + half).toLocaleString("id-ID")}`,
      "Status yang akan dicapai: Tidak sesuai target (Target Rp 500.000.000); di ujung rentang: Tidak sesuai target … Sesuai target",
      "Total aktual bulan: Rp 487.250.000 — di dalam rentang",
      `Rasio kemenangan di akhir bulan: 37,5% [${idPercent(rateLower)} … ${idPercent(rateUpper)}, ⚠ sampel kecil] (dari proyeksi 6,0 kesepakatan menang dan 10,0 kalah) — Sesuai target (Target 30%)`,
      "Hari kerja: Senin sampai Jumat tanpa libur nasional Indonesia (contoh daftar dari pustaka); kesepakatan yang ditutup pada akhir pekan atau hari libur dibukukan pada hari kerja berikutnya.",
    ]);
  });

  it("lists the alerts that fire: revenue down more than 5 %, NPS below target two months running", () => {
    // −37,500,000 / 524,750,000 = −7.1 %; NPS in September and October both below +20
    const nps = (month: string) => {
      const { promoters, passives, detractors } = npsCounts(month);
      return (100 * (promoters - detractors)) / (promoters + passives + detractors);
    };
    expect(nps("2026-09")).toBeLessThan(20);
    expect(nps("2026-10")).toBeLessThan(20);
    expect(report.alerts.map((a: { rule: string }) => a.rule)).toEqual([
      "revenue-fall",
      "nps-below-target",
    ]);
    expect(section("Peringatan").slice(2)).toEqual([
      "• sales_revenue 2026-10: turun 7,1% dari 524.750.000 menjadi 487.250.000 (ambang 5%)",
      "• nps 2026-10: 7,1429 tidak mencapai target 20 selama 2 periode berturut-turut",
    ]);
    // The win rate (7 of 22) is not below 25 % beyond noise: that rule stays quiet.
    expect(wilson(7, 22)[0]).toBeLessThan(0.25);
  });

  it("shows the retention of the last six cohorts of customers, ages 0 to 5", () => {
    const first = new Map<string, string>();
    const active = new Map<string, Set<string>>();
    for (const order of read("orders.csv")) {
      const month = jakartaMonth(order.ordered_at as string);
      const customer = order.customer_id as string;
      if (!first.has(customer) || month < (first.get(customer) as string))
        first.set(customer, month);
      active.set(customer, (active.get(customer) ?? new Set()).add(month));
    }
    const months = ["2026-05", "2026-06", "2026-07", "2026-08", "2026-09", "2026-10"];
    const expected = months.map((cohort, c) => {
      const members = [...first].filter(([, month]) => month === cohort).map(([id]) => id);
      const retention = months
        .slice(c)
        .map((month) => members.filter((id) => active.get(id)?.has(month)).length / members.length);
      return { cohort, size: members.length, retention };
    });
    expect(
      report.cohorts.map((row: { cohort: string; size: string }) => [row.cohort, Number(row.size)]),
    ).toEqual(expected.map((row) => [row.cohort, row.size]));
    report.cohorts.forEach((row: { retention: string[]; complete: boolean[] }, i: number) => {
      expect(row.retention.map(Number)).toEqual(
        (expected[i]?.retention ?? []).map((share) => expect.closeTo(share, 12)),
      );
      expect(row.complete.every(Boolean)).toBe(true);
    });
    expect(section("Retensi pelanggan per kohort").slice(2).map(cells)).toEqual([
      [
        "Kohort",
        "Pelanggan",
        "Periode 0",
        "Periode 1",
        "Periode 2",
        "Periode 3",
        "Periode 4",
        "Periode 5",
      ],
      [
        "───────",
        "─────────",
        "─────────",
        "─────────",
        "─────────",
        "─────────",
        "─────────",
        "─────────",
      ],
      ...expected.map((row) => [
        row.cohort,
        String(row.size),
        ...row.retention.map((share) => `${Math.round(share * 100)}%`),
      ]),
    ]);
  });

  it("shows lead conversion within 90 days with its median time, and which months are final", () => {
    const asOf = Date.parse("2026-10-31T17:00:00Z"); // 1 November 2026 00:00 in Jakarta
    const months = ["2026-05", "2026-06", "2026-07", "2026-08", "2026-09", "2026-10"];
    const expected = months.map((month) => {
      const base = read("leads.csv").filter((l) => jakartaMonth(l.created_at as string) === month);
      const known = base.filter(
        (l) =>
          l.converted_at !== "" &&
          Date.parse(l.converted_at as string) - Date.parse(l.created_at as string) <= 90 * dayMs &&
          Date.parse(l.converted_at as string) < asOf,
      );
      // whole days, sorted; the median by nearest rank is the ⌈n/2⌉-th smallest
      const days = known
        .map((l) =>
          Math.floor(
            (Date.parse(l.converted_at as string) - Date.parse(l.created_at as string)) / dayMs,
          ),
        )
        .sort((a, b) => a - b);
      const converted = known.length;
      // The month's last instant plus 90 days has passed by 1 November.
      const end = Date.parse(`${month}-01T00:00:00Z`) - JAKARTA;
      const next = new Date(end + 32 * dayMs);
      const monthEnd = Date.parse(`${next.toISOString().slice(0, 7)}-01T00:00:00Z`) - JAKARTA;
      return {
        month,
        leads: String(base.length),
        converted: String(converted),
        medianDays: converted === 0 ? null : String(days[Math.ceil(days.length / 2) - 1]),
        final: monthEnd + 90 * dayMs < asOf,
      };
    });
    expect(
      report.leadConversion.months.map(({ rate: _rate, ...rest }: Record<string, unknown>) => rest),
    ).toEqual(expected);
    expect(expected.map((row) => row.final)).toEqual([true, true, true, false, false, false]);
    expect(section("Prospek yang berkonversi dalam 90 hari").slice(4).map(cells)).toEqual(
      expected.map((row) => [
        row.month,
        row.leads,
        row.converted,
        idPercent(Number(row.converted) / Number(row.leads)),
        row.medianDays ?? "—",
        row.final ? "ya" : "belum",
      ]),
    );
  });

  it("converts the USD part of marketing spend at the fictional spot rate of each date", () => {
    const rates = JSON.parse(
      readFileSync(join(repoRoot, "examples", "data", "rates-example.json"), "utf8"),
    ) as { fictional: boolean; rates: { currency: string; date?: string; rate: string }[] };
    expect(rates.fictional).toBe(true);
    const idr = read("marketing-spend.csv")
      .filter((r) => (r.date as string).startsWith("2026-10"))
      .reduce((total, r) => total + BigInt(r.spend_idr as string), 0n);
    const usd = read("marketing-spend-usd.csv").filter((r) =>
      (r.date as string).startsWith("2026-10"),
    );
    // Every row is on a Wednesday with a day rate: rate × cents, exact in BigInt
    const used = usd.map((r) => {
      const quote = rates.rates.find((q) => q.currency === "IDR" && q.date === r.date);
      return {
        date: r.date as string,
        rate: quote?.rate as string,
        cents: BigInt((r.amount as string).replace(".", "")),
      };
    });
    const usdInIdrCents = used.reduce((total, u) => total + u.cents * BigInt(u.rate), 0n);
    const totalCents = idr * 100n + usdInIdrCents;
    const asDecimal = (cents: bigint) =>
      `${cents / 100n}${
        cents % 100n === 0n
          ? ""
          : `.${String(cents % 100n)
              .padStart(2, "0")
              .replace(/0$/, "")}`
      }`;
    const spend = report.marketingSpend;
    expect(spend.total).toBe(asDecimal(totalCents));
    expect(spend.usdInIdr).toBe(asDecimal(usdInIdrCents));
    expect(spend.amounts).toEqual([
      { currency: "IDR", amount: String(idr), records: 20 },
      {
        currency: "USD",
        amount: asDecimal(used.reduce((t, u) => t + u.cents, 0n)),
        records: used.length,
      },
    ]);
    expect(spend.rates).toEqual(used.map((u) => ({ currency: "IDR", date: u.date, rate: u.rate })));
    expect(spend.fictionalRates).toBe(true);
    // CAC in the KPI table: total / 7 won deals
    expect(Number(report.kpis[4].actual)).toBeCloseTo(Number(totalCents) / 100 / 7, 6);
    const lines = section("Belanja pemasaran 2026-10");
    expect(lines.slice(2)).toEqual([
      "IDR: Rp 165.900.000",
      "USD: US$482,83 (4 baris) = Rp 7.686.505",
      "Total dalam IDR: Rp 173.586.505",
      "Kurs spot USD → IDR yang dipakai (kurs tanggal tiap transaksi): 2026-10-07 15.946; 2026-10-14 15.895; 2026-10-21 15.878; 2026-10-28 15.941",
      "Kurs ini adalah contoh data FIKTIF, bukan kurs pasar. Sumber: kinerja example data (fictional).",
    ]);
  });

  it("keeps a weekend's deals in the projection when the as-of day is a Saturday", () => {
    // 2026-08-15 is a Saturday with won deals: the total so far is every deal won from the 1st to
    // the 15th (Jakarta days), none left out for lack of a business day after it.
    const monthToDate = read("deals.csv")
      .filter((d) => d.stage === "won")
      .map((d) => ({ day: jakartaDay(d.closed_at as string), amount: Number(d.amount_idr) }))
      .filter((d) => d.day >= "2026-08-01" && d.day <= "2026-08-15");
    expect(monthToDate.some((d) => new Date(`${d.day}T00:00:00Z`).getUTCDay() === 6)).toBe(true);
    const total = monthToDate.reduce((sum, d) => sum + d.amount, 0);
    const august = JSON.parse(demo("--json", "--month", "2026-08", "--as-of", "2026-08-15"));
    expect(august.projection.actualSoFar).toBe(String(total));
  });

  it("projects as of another day with --as-of, and refuses a day outside the month", () => {
    const lines = demo("--en", "--as-of", "2026-10-20").split("\n");
    expect(lines).toContain("Projection of 2026-10 as of 2026-10-20");
    let failure: { status?: number; stderr?: string } = {};
    try {
      demo("--as-of", "2026-11-02");
    } catch (error) {
      failure = error as { status?: number; stderr?: string };
    }
    expect(failure.status).toBe(1);
    expect(failure.stderr?.trim()).toBe(
      "--as-of harus berupa tanggal di bulan 2026-10 (YYYY-MM-DD), diterima 2026-11-02.",
    );
  });
});
