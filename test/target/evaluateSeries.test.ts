import { describe, expect, it } from "vitest";
import { type Decimal, KDecimal } from "../../src/core/decimal.js";
import { salesCycleLength } from "../../src/metrics/sales/salesCycleLength.js";
import { winRate } from "../../src/metrics/sales/winRate.js";
import { parsePeriod } from "../../src/period/parsePeriod.js";
import { evaluateSeries } from "../../src/target/evaluateSeries.js";
import { parseTargets } from "../../src/target/parseTargets.js";
import { expectKpiError } from "../support/expectKpiError.js";

const d = (value: string | number) => new KDecimal(value);

const targets = parseTargets({
  targets: [
    { metric: "sales_revenue", period: "2025-01", target: 100 },
    { metric: "sales_revenue", period: "2025-02", target: 120, bands: { onTrack: 1, atRisk: 0.5 } },
    { metric: "sales_revenue", period: "2025-03", target: 150 },
    { metric: "sales_revenue", period: "2025-01", target: 40, group: "Bali" },
    { metric: "sales_revenue", period: "2025-01", target: 70, group: 7 },
    { metric: "win_rate", period: "2025-01", target: 0.3 },
    { metric: "sales_cycle_length", period: "2025-01", target: { min: 20, max: 30 } },
  ],
});

describe("evaluateSeries", () => {
  it("one evaluation per point, matched by period key, in series order", () => {
    type Point = { period: { key: string; note: string }; value: Decimal | null };
    const points: Point[] = [
      { period: { key: "2025-03", note: "c" }, value: d(150) },
      { period: { key: "2025-01", note: "a" }, value: d(95) },
      { period: { key: "2025-02", note: "b" }, value: d(70) },
      { period: { key: "2025-04", note: "d" }, value: d(10) },
      { period: { key: "2025-01", note: "e" }, value: null },
    ];
    const rows = evaluateSeries(points, targets, { metric: "sales_revenue" });
    expect(rows.map((row) => row.period.note)).toEqual(["c", "a", "b", "d", "e"]);
    expect(
      rows.map((row) => [
        row.evaluation.target?.toString() ?? null,
        row.evaluation.attainment?.toString() ?? null,
        row.evaluation.status,
      ]),
    ).toEqual([
      ["150", "1", "on_track"],
      ["100", "0.95", "at_risk"],
      // The February target has its own bands: 0.5833… is at risk, not off track.
      ["120", "0.5833333333333333333333333333333333", "at_risk"],
      // No target for April: kept, with a no_data evaluation.
      [null, null, "no_data"],
      ["100", null, "no_data"],
    ]);
    expect(rows[3]?.spec).toBeNull();
    expect(rows[1]?.spec?.index).toBe(0);
    expect(rows.every((row) => row.evaluation.metricId === "sales_revenue")).toBe(true);
  });

  it("groups: a string group matches targets with that group; ungrouped matches ungrouped", () => {
    const rows = evaluateSeries(
      [
        { period: { key: "2025-01" }, value: d(44), group: "Bali" },
        { period: { key: "2025-01" }, value: d(44), group: "Jawa" },
        { period: { key: "2025-01" }, value: d(44) },
        { period: { key: "2025-01" }, value: d(44), group: { region: "Bali" } },
        { period: { key: "2025-01" }, value: d(44), group: 7 },
        { period: { key: "2025-01" }, value: d(44), group: "7" },
        { period: { key: "2025-01" }, value: d(44), group: null },
      ],
      targets,
      { metric: "sales_revenue" },
    );
    expect(rows.map((row) => row.evaluation.target?.toString() ?? null)).toEqual([
      "40",
      null,
      "100",
      null,
      "70",
      null,
      "100",
    ]);
    expect(rows.map((row) => row.group)).toEqual([
      "Bali",
      "Jawa",
      undefined,
      { region: "Bali" },
      7,
      "7",
      null,
    ]);
  });

  it("range targets, options bands and the lower-is-better formula", () => {
    const rows = evaluateSeries([{ period: { key: "2025-01" }, value: d(33) }], targets, {
      metric: salesCycleLength,
      attainment: "linear",
    });
    expect(rows[0]?.evaluation.attainment?.toString()).toBe("0.9");
    expect(rows[0]?.evaluation.status).toBe("at_risk");
    const strict = evaluateSeries([{ period: { key: "2025-01" }, value: d("0.28") }], targets, {
      metric: "win_rate",
      bands: { onTrack: 1, atRisk: "0.95" },
    });
    expect(strict[0]?.evaluation.status).toBe("off_track");
  });

  it("accepts any iterable (a generator)", () => {
    function* points() {
      yield { period: { key: "2025-01" }, value: d(100) };
    }
    expect(
      evaluateSeries(points(), targets, { metric: "sales_revenue" })[0]?.evaluation.status,
    ).toBe("on_track");
  });

  it("rejects malformed points, targets and options, listing every problem", () => {
    const error = expectKpiError(
      () =>
        evaluateSeries(
          [
            { period: { key: "2025-01" }, value: Number.NaN },
            { period: "2025-02", value: 1 },
          ] as never,
          {} as never,
          { metric: "revenue", bands: { onTrack: 0.9, atRisk: 1 } } as never,
        ),
      "unknown_metric",
    );
    expect(error.issues.map((issue) => [issue.code, issue.path.join(".")])).toEqual([
      ["unknown_metric", "options.metric"],
      ["invalid_option", "options.bands"],
      ["invalid_argument", "targets"],
      ["invalid_number", "points.0.value"],
      ["invalid_argument", "points.1"],
    ]);
    expectKpiError(
      () => evaluateSeries(5 as never, targets, { metric: "win_rate" }),
      "invalid_argument",
      { path: ["points"] },
    );
    expectKpiError(() => evaluateSeries([], targets, {} as never), "invalid_argument", {
      path: ["options", "metric"],
    });
    expectKpiError(
      () => evaluateSeries([], targets, { metric: "win_rate", attainment: "linear" }),
      "invalid_option",
      { path: ["options", "attainment"] },
    );
  });
});

describe("evaluateSeries: calendars", () => {
  const jakarta = { timeZone: "Asia/Jakarta" } as const;
  const utcTargets = parseTargets({
    targets: [{ metric: "win_rate", period: "2025-01", target: 0.3 }],
  });
  const jakartaTargets = parseTargets(
    { targets: [{ metric: "win_rate", period: "2025-01", target: 0.3 }] },
    { calendar: jakarta },
  );

  it("rejects a point and a target cut in different calendars, naming both", () => {
    const point = { period: parsePeriod("2025-01", jakarta), value: d("0.31") };
    const error = expectKpiError(
      () => evaluateSeries([point], utcTargets, { metric: "win_rate" }),
      "invalid_calendar",
      {
        message: `evaluateSeries: points[0].period.calendar must be the calendar of the matching target's period (pass the series' calendar to parseTargets), received timeZone "Asia/Jakarta", while targets[0].period.calendar has timeZone "UTC"`,
        path: ["points", 0, "period", "calendar"],
      },
    );
    expect(error.issues).toHaveLength(1);
  });

  it("compares every field: week start, fiscal year start and naming", () => {
    const fiscal = { fiscalYearStartMonth: 4 } as const;
    const fiscalTargets = parseTargets(
      { targets: [{ metric: "win_rate", period: "FY2025-Q1", target: 0.3 }] },
      { calendar: fiscal },
    );
    const point = (calendar: object) => ({
      period: parsePeriod("FY2025-Q1", calendar),
      value: d("0.3"),
    });
    for (const calendar of [
      { ...fiscal, weekStartsOn: 0 },
      { ...fiscal, fiscalYearNaming: "start_year" },
      { fiscalYearStartMonth: 7 },
    ]) {
      expectKpiError(
        () => evaluateSeries([point(calendar)], fiscalTargets, { metric: "win_rate" }),
        "invalid_calendar",
      );
    }
    expect(
      evaluateSeries([point(fiscal)], fiscalTargets, { metric: "win_rate" })[0]?.evaluation.status,
    ).toBe("on_track");
  });

  it("the same calendar matches; a point or target without a calendar is matched by key", () => {
    const point = { period: parsePeriod("2025-01", jakarta), value: d("0.31") };
    expect(
      evaluateSeries([point], jakartaTargets, { metric: "win_rate" })[0]?.evaluation.status,
    ).toBe("on_track");
    expect(
      evaluateSeries([{ period: { key: "2025-01" }, value: d("0.31") }], jakartaTargets, {
        metric: "win_rate",
      })[0]?.evaluation.status,
    ).toBe("on_track");
    // A calendar given as input (not resolved) is resolved before comparing: UTC is the default.
    expect(
      evaluateSeries(
        [{ period: { key: "2025-01", calendar: { timeZone: "UTC" } }, value: d("0.31") }],
        utcTargets,
        { metric: "win_rate" },
      )[0]?.evaluation.status,
    ).toBe("on_track");
  });

  it("a mismatch is reported once per pair of calendars; unmatched points are not checked", () => {
    const points = ["2025-01", "2025-01", "2025-02"].map((key) => ({
      period: parsePeriod(key, jakarta),
      value: d("0.3"),
    }));
    const error = expectKpiError(
      () => evaluateSeries(points, utcTargets, { metric: "win_rate" }),
      "invalid_calendar",
    );
    expect(error.issues).toHaveLength(1);
    const onlyFebruary = [points[2] as (typeof points)[number]];
    expect(
      evaluateSeries(onlyFebruary, utcTargets, { metric: "win_rate" })[0]?.evaluation.status,
    ).toBe("no_data");
  });
});

describe("evaluateSeries: target entries", () => {
  const point = { period: { key: "2025-01" }, value: d("0.31") };

  it("rejects malformed target entries with invalid_argument at targets[i], not a TypeError", () => {
    const error = expectKpiError(
      () =>
        evaluateSeries(
          [point],
          [
            null,
            { metricId: "win_rate", period: "2025-01", target: 0.3 },
            { metricId: 5, period: { key: "2025-01" }, target: 0.3 },
            { metricId: "win_rate", period: { key: "2025-01" } },
            { metricId: "win_rate", period: { key: "2025-01" }, target: "30%" },
            { metricId: "win_rate", period: { key: "2025-01" }, target: { min: 2, max: 1 } },
            { metricId: "win_rate", period: { key: "2025-01" }, target: 0.3, group: {} },
            { metricId: "win_rate", period: { key: "2025-01" }, target: 0.3, bands: 5 },
            {
              metricId: "win_rate",
              period: { key: "2025-01", calendar: { timeZone: "Mars/Base" } },
              target: 0.3,
            },
          ] as never,
          { metric: winRate },
        ),
      "invalid_argument",
    );
    expect(error.issues.map((issue) => [issue.code, issue.path.join(".")])).toEqual([
      ["invalid_argument", "targets.0"],
      ["invalid_argument", "targets.1"],
      ["invalid_argument", "targets.2"],
      ["invalid_argument", "targets.3"],
      ["invalid_argument", "targets.4.target"],
      ["invalid_argument", "targets.5.target"],
      ["invalid_argument", "targets.6.group"],
      ["invalid_option", "targets.7.bands"],
      ["invalid_time_zone", "targets.8.period.calendar.timeZone"],
    ]);
    expect(error.issues[0]?.message).toBe(
      "evaluateSeries: targets[0] must be a target from parseTargets: { metricId: string, period: { key: string }, target: a number, a plain decimal string, a bigint, a Decimal or a { min, max } range }, received null",
    );
  });

  it("accepts hand-made targets with a plain number, a string or a range", () => {
    const rows = evaluateSeries(
      [point, { period: { key: "2025-02" }, value: d("0.31") }, { ...point, group: "Bali" }],
      [
        { metricId: "win_rate", period: { key: "2025-01" }, target: 0.3 },
        { metricId: "win_rate", period: { key: "2025-02" }, target: { min: "0.2", max: 0.25 } },
        { metricId: "win_rate", period: { key: "2025-01" }, target: "0.62", group: "Bali" },
      ] as never,
      { metric: winRate },
    );
    expect(
      rows.map((row) => [row.evaluation.attainment?.toString() ?? null, row.evaluation.status]),
    ).toEqual([
      ["1.033333333333333333333333333333333", "on_track"],
      ["0.8064516129032258064516129032258065", "off_track"],
      ["0.5", "off_track"],
    ]);
  });
});

describe("evaluateSeries: string ids", () => {
  it("resolve through the metrics the targets carry (no catalog), and are refused otherwise", () => {
    expectKpiError(
      () =>
        evaluateSeries([{ period: { key: "2025-01" }, value: d(1) }], [], { metric: "win_rate" }),
      "unknown_metric",
      'evaluateSeries: option "metric" must be the id of a metric that has a target in targets, or a metric made with defineMetric, received "win_rate"',
    );
  });
});
