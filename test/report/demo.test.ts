// The demo company's report spec (examples/report/spec.json) gives the figures of the code tour
// (examples/demo.ts, the library called directly): every KPI (CAC and ROI with the dollar spend
// converted, customer retention from customerActivity), the scorecard, the intervals, the split
// of the revenue change, the projection and the alerts.
import { execFileSync } from "node:child_process";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { buildReport } from "../../src/report/buildReport.js";
import { loadSpec } from "../../src/report/loadSpec.js";
import type { Report } from "../../src/report/report.js";
import { repoRoot } from "../support/examples.js";

interface Demo {
  month: string;
  kpis: { id: string; actual: string | null; target: string | null; status: string }[];
  scorecard: { score: string | null; status: string };
  intervals: {
    id: string;
    lower: string;
    upper: string;
    n: number;
    smallSample: { flag: boolean };
  }[];
  revenueChange: {
    from: string;
    to: string;
    change: string;
    contributions: { name: string; from: string; to: string; contribution: string }[];
  };
  projection: {
    asOf: string;
    businessDays: { elapsed: number; total: number };
    actualSoFar: string;
    expectedSoFar: string | null;
    projected: string;
    lower: string;
    upper: string;
    status: string;
    lowerStatus: string | null;
    upperStatus: string | null;
  };
  alerts: { rule: string; metric: string; message: { en: string } }[];
}

describe.each(["2026-10", "2026-03"])("the demo spec and the code tour, %s", (month) => {
  let demo: Demo;
  let report: Report;
  beforeAll(async () => {
    demo = JSON.parse(
      execFileSync(
        process.execPath,
        [
          join(repoRoot, "scripts", "run-ts.mjs"),
          join(repoRoot, "examples", "demo.ts"),
          "--json",
          "--en",
          "--month",
          month,
        ],
        { encoding: "utf8" },
      ),
    ) as Demo;
    report = await buildReport(await loadSpec(join(repoRoot, "examples", "report", "spec.json")), {
      period: month,
      locale: "en-US",
    });
  }, 60_000);

  it("has the same KPI values, targets and statuses (CAC and ROI with the converted dollar spend)", () => {
    for (const kpi of report.kpis) {
      const theirs = demo.kpis.find((k) => k.id === kpi.id);
      expect([kpi.id, kpi.value, kpi.target, kpi.status]).toEqual([
        kpi.id,
        theirs?.actual,
        theirs?.target,
        theirs?.status,
      ]);
    }
    expect(report.kpis.map((k) => k.id)).toEqual(demo.kpis.map((k) => k.id));
    expect(report.scorecard).toEqual({
      score: demo.scorecard.score,
      status: demo.scorecard.status,
    });
  });

  it("has the same intervals, split of the revenue change, projection and alerts", () => {
    for (const interval of demo.intervals) {
      const kpi = report.kpis.find((k) => k.id === interval.id);
      if (kpi === undefined) continue;
      expect([kpi.id, kpi.interval?.lower, kpi.interval?.upper, kpi.interval?.smallSample]).toEqual(
        [interval.id, interval.lower, interval.upper, interval.smallSample.flag],
      );
    }
    const [split] = report.review.decompositions;
    expect(split?.fromValue).toBe(demo.revenueChange.from);
    expect(split?.toValue).toBe(demo.revenueChange.to);
    expect(split?.change).toBe(demo.revenueChange.change);
    expect(split?.contributions.map((p) => [p.name, p.from, p.to, p.contribution])).toEqual(
      demo.revenueChange.contributions.map((p) => [p.name, p.from, p.to, p.contribution]),
    );
    const projection = report.review.projection;
    expect([
      projection?.asOf,
      projection?.days,
      projection?.elapsedDays,
      projection?.totalDays,
      projection?.actualSoFar,
      projection?.expectedSoFar,
      projection?.projected,
      projection?.lower,
      projection?.upper,
      projection?.status,
      projection?.lowerStatus,
      projection?.upperStatus,
    ]).toEqual([
      demo.projection.asOf,
      "business",
      demo.projection.businessDays.elapsed,
      demo.projection.businessDays.total,
      demo.projection.actualSoFar,
      demo.projection.expectedSoFar,
      demo.projection.projected,
      demo.projection.lower,
      demo.projection.upper,
      demo.projection.status,
      demo.projection.lowerStatus,
      demo.projection.upperStatus,
    ]);
    expect(report.review.alerts?.map((a) => [a.rule, a.metric, a.message])).toEqual(
      demo.alerts.map((a) => [a.rule, a.metric, a.message.en]),
    );
  });
});
