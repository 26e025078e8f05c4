import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
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
    expect(row("Biaya akuisisi pelanggan")).toBe(
      "Biaya akuisisi pelanggan | Rp 23.700.000 | Rp 20.000.000 | 84,4% | Tidak sesuai target",
    );
    expect(row("Net Promoter Score (NPS)")).toBe(
      "Net Promoter Score (NPS) | +7 | +20 | 35,7% | Tidak sesuai target",
    );
    expect(lines).toContain("Pertumbuhan penjualan (vs 2026-09): -7,1%");
    expect(lines).toContain("Skor kartu kinerja: 95,2% — Berisiko");
    expect(lines).toContain("Kualitas data: 11.302 baris dibaca, 0 masalah");
  });

  it("prints English with --en and another month with --month", () => {
    const lines = demo("--en", "--month", "2026-03").split("\n");
    expect(lines[0]).toBe("Monthly KPI report — PT Kopi Nusantara — 2026-03 (Asia/Jakarta)");
    expect(lines.find((line) => line.startsWith("Sales revenue"))?.replace(/ {2,}/g, " | ")).toBe(
      "Sales revenue | IDR 805,000,000 | IDR 650,000,000 | 123.8% | On track",
    );
    // (3·1.2 + 2·1.2 + 0.978 + 1.2 + 1.2 + 2·1.064 + 1.092 + 1.2) / 12 ≈ 1.15 (attainments capped at 1.2)
    expect(lines).toContain("Scorecard: 115% — On track");
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
    expect(report.dataQuality).toEqual({ records: 11302, problems: 0 });
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
