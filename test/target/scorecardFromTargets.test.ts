import { describe, expect, it } from "vitest";
import { aggregate, count, metricSeries } from "../../src/aggregate/index.js";
import { type Decimal, KDecimal } from "../../src/core/decimal.js";
import { customerAcquisitionCost } from "../../src/metrics/marketing/customerAcquisitionCost.js";
import { salesCycleLength } from "../../src/metrics/sales/salesCycleLength.js";
import { salesRevenue } from "../../src/metrics/sales/salesRevenue.js";
import { winRate } from "../../src/metrics/sales/winRate.js";
import { parsePeriod } from "../../src/period/parsePeriod.js";
import { parseTargets } from "../../src/target/parseTargets.js";
import { scorecard } from "../../src/target/scorecard.js";
import { scorecardFromTargets } from "../../src/target/scorecardFromTargets.js";
import { expectKpiError } from "../support/expectKpiError.js";

const d = (value: string | number) => new KDecimal(value);
const jakarta = { timeZone: "Asia/Jakarta" } as const;

// The March review of docs/targets.md, as a targets file: four targets for March, one for a
// group and one for February that a March scorecard of the whole team leaves out.
const targets = parseTargets(
  {
    targets: [
      { metric: "sales_revenue", period: "2025-03", target: "1250000000", weight: 3 },
      { metric: "win_rate", period: "2025-03", target: 0.3, weight: 2 },
      { metric: "customer_acquisition_cost", period: "2025-03", target: 2500000 },
      { metric: "sales_cycle_length", period: "2025-03", target: { min: 20, max: 30 } },
      { metric: "win_rate", period: "2025-03", target: 0.35, group: "Bali", label: "Bali" },
      { metric: "sales_revenue", period: "2025-02", target: "1000000000" },
    ],
  },
  { calendar: jakarta },
);

const winRateMarch = "0.4285714285714285714285714285714286";
const actuals = [
  { metric: salesRevenue, actual: "1122500000" },
  { metric: winRate, actual: winRateMarch },
  { metric: customerAcquisitionCost, actual: 2_750_000 },
  { metric: salesCycleLength, actual: 27 },
];

const show = (value: Decimal | null) => value?.toString() ?? null;

describe("scorecardFromTargets: the March review", () => {
  it("scores every target of the period with the file's weights", () => {
    const card = scorecardFromTargets(targets, actuals, { period: "2025-03", locale: "en-US" });
    expect(
      card.lines.map((line) => [
        line.label,
        line.weight.toString(),
        show(line.scoredAttainment),
        line.evaluation.status,
      ]),
    ).toEqual([
      ["Sales revenue", "3", "0.898", "off_track"],
      ["Win rate", "2", "1.2", "on_track"],
      ["Customer acquisition cost", "1", "0.9090909090909090909090909090909091", "at_risk"],
      ["Sales cycle length", "1", "1", "on_track"],
    ]);
    // (3 × 0.898 + 2 × 1.2 + 1 × 10/11 + 1 × 1) / 7 = (6.094 + 10/11) / 7 = 77.034 / 77
    expect(card.score).toEqual(d("77.034").div(77));
    expect(card.score?.toString()).toBe("1.000441558441558441558441558441558");
    expect(card.status).toBe("on_track");
    expect(card.scoredWeight.toString()).toBe("7");
    expect(card.excluded).toEqual([]);
  });

  it("is the scorecard of the same entries written by hand", () => {
    const byHand = scorecard(
      [
        { metric: salesRevenue, actual: "1122500000", target: "1250000000", weight: 3 },
        { metric: winRate, actual: winRateMarch, target: 0.3, weight: 2 },
        { metric: customerAcquisitionCost, actual: 2_750_000, target: 2_500_000 },
        { metric: salesCycleLength, actual: 27, target: { min: 20, max: 30 } },
      ],
      { cap: "1.5" },
    );
    const fromTargets = scorecardFromTargets(targets, actuals, { period: "2025-03", cap: "1.5" });
    expect(fromTargets).toEqual(byHand);
  });

  it("takes the point of the period from each metric's series (aggregate → metricSeries)", () => {
    type Deal = { closedAt: string; won: boolean };
    const deals: Deal[] = [
      { closedAt: "2025-02-10T10:00:00+07:00", won: true },
      { closedAt: "2025-03-03T10:00:00+07:00", won: true },
      { closedAt: "2025-03-04T10:00:00+07:00", won: false },
      { closedAt: "2025-03-05T10:00:00+07:00", won: false },
      // 1 March 01:00 in Jakarta: a March deal, although it is still February in UTC.
      { closedAt: "2025-02-28T18:00:00Z", won: false },
    ];
    const monthly = aggregate(deals, {
      date: "closedAt",
      granularity: "month",
      calendar: jakarta,
      measures: { won: count((deal: Deal) => deal.won), lost: count((deal: Deal) => !deal.won) },
    });
    const series = metricSeries(monthly, winRate, { won: "won", lost: "lost" });
    const card = scorecardFromTargets(targets, [{ metric: winRate, series }], {
      period: parsePeriod("2025-03", jakarta),
      locale: "en-US",
    });
    // 1 won of 4 closed in March: 0.25 against 0.3 is 0.8333…, off track; the other targets have
    // no actual and are excluded, not counted as zero.
    expect(card.lines.map((line) => [line.label, show(line.evaluation.actual)])).toEqual([
      ["Sales revenue", null],
      ["Win rate", "0.25"],
      ["Customer acquisition cost", null],
      ["Sales cycle length", null],
    ]);
    expect(card.score).toEqual(d("0.25").div("0.3"));
    expect(card.status).toBe("off_track");
    expect(card.excluded.map((line) => [line.label, line.excludedBecause])).toEqual([
      ["Sales revenue", "no_data"],
      ["Customer acquisition cost", "no_data"],
      ["Sales cycle length", "no_data"],
    ]);
    expect(card.scoredWeight.toString()).toBe("2");
  });

  it("a series with no point for the period gives no data for its line", () => {
    const card = scorecardFromTargets(
      targets,
      [
        { metric: winRate, series: [{ period: { key: "2025-02" }, value: d("0.5") }] },
        { metric: salesRevenue, actual: "1250000000" },
      ],
      { period: "2025-03" },
    );
    expect(card.lines.map((line) => line.evaluation.status)).toEqual([
      "on_track",
      "no_data",
      "no_data",
      "no_data",
    ]);
    expect(card.score?.toString()).toBe("1");
  });
});

describe("scorecardFromTargets: groups, extra actuals and weights", () => {
  it("scores one group's targets, with the point of that group in a grouped series", () => {
    const series = [
      { period: { key: "2025-03" }, group: "Jawa", value: d("0.5") },
      { period: { key: "2025-03" }, group: "Bali", value: d("0.28") },
      { period: { key: "2025-03" }, group: null, value: d("0.4") },
    ];
    const card = scorecardFromTargets(targets, [{ metric: winRate, series }], {
      period: "2025-03",
      group: "Bali",
    });
    // 0.28 / 0.35 = 0.8: off track; the line is labelled by the file's label.
    expect(card.lines.map((line) => [line.label, show(line.scoredAttainment)])).toEqual([
      ["Bali", "0.8"],
    ]);
    expect(card.score?.toString()).toBe("0.8");
    expect(card.status).toBe("off_track");
    // The ungrouped point is that of the team's target.
    const team = scorecardFromTargets(targets, [{ metric: winRate, series }], {
      period: "2025-03",
    });
    expect(show(team.lines[1]?.evaluation.actual ?? null)).toBe("0.4");
  });

  it("an actual without a target in the period is listed with no data, never dropped", () => {
    const card = scorecardFromTargets(
      targets,
      [
        { metric: salesRevenue, actual: "1000000000" },
        { metric: "win_rate", actual: "0.3" },
      ],
      { period: "2025-02" },
    );
    expect(
      card.lines.map((line) => [
        line.index,
        line.label,
        line.evaluation.target?.toString() ?? null,
        line.evaluation.status,
      ]),
    ).toEqual([
      [0, "Pendapatan penjualan", "1000000000", "on_track"],
      [1, "Rasio kemenangan", null, "no_data"],
    ]);
    expect(card.excluded.map((line) => line.label)).toEqual(["Rasio kemenangan"]);
    expect(card.score?.toString()).toBe("1");
  });

  it("options.weights, by metric id, weighs the targets without a weight of their own", () => {
    // (3 × 0.898 + 2 × 1.2 + 4 × 10/11 + 1 × 1) / 10 = (6.094 + 40/11) / 10 = 107.034 / 110
    const card = scorecardFromTargets(targets, actuals, {
      period: "2025-03",
      weights: new Map([["customer_acquisition_cost", 4]]),
    });
    expect(card.lines.map((line) => line.weight.toString())).toEqual(["3", "2", "4", "1"]);
    expect(card.score).toEqual(d("107.034").div(110));
    // Scaling the file's weights and the option's by the same factor changes no digit.
    const scaled = parseTargets(
      {
        targets: [
          { metric: "sales_revenue", period: "2025-03", target: "1250000000", weight: 30 },
          { metric: "win_rate", period: "2025-03", target: 0.3, weight: 20 },
          { metric: "customer_acquisition_cost", period: "2025-03", target: 2500000 },
          {
            metric: "sales_cycle_length",
            period: "2025-03",
            target: { min: 20, max: 30 },
            weight: 10,
          },
        ],
      },
      { calendar: jakarta },
    );
    const again = scorecardFromTargets(scaled, actuals, {
      period: "2025-03",
      weights: new Map([["customer_acquisition_cost", 40]]),
    });
    expect(again.score).toEqual(card.score);
  });

  it("refuses a weight given twice, a weight key that names no line, and all-zero weights", () => {
    const error = expectKpiError(
      () =>
        scorecardFromTargets(targets, actuals, {
          period: "2025-03",
          weights: new Map([
            ["win_rate", 1],
            ["win_rat", 1],
          ]),
        }),
      "invalid_option",
    );
    expect(error.issues.map((issue) => issue.message)).toEqual([
      'scorecardFromTargets: targets[1].weight must be a weight given in one place only (the target\'s weight in the targets file, or options.weights, not both), received weight Decimal 2 and options.weights entry "win_rate"',
      'scorecardFromTargets: options.weights.win_rat must be the id of a metric that has a target in the period, or an actual, received "win_rat"',
    ]);
    const zero = parseTargets({
      targets: [
        { metric: "win_rate", period: "2025-03", target: 0.3, weight: 0 },
        { metric: "sales_revenue", period: "2025-03", target: 100, weight: 0 },
      ],
    });
    expectKpiError(
      () => scorecardFromTargets(zero, [], { period: "2025-03" }),
      "invalid_option",
      "scorecardFromTargets: targets must be weights whose total is positive (a weight of 0 leaves one line out; give at least one line a positive weight), received 2 entries, every weight 0",
    );
  });
});

describe("scorecardFromTargets: targets made by hand", () => {
  it("resolves their metric ids through the metrics the actuals give", () => {
    const hand = [
      { metricId: "win_rate", period: { key: "2025-03" }, target: "0.3", weight: 2 },
      { metricId: "sales_revenue", period: { key: "2025-03" }, target: 100, label: "Revenue" },
    ];
    const card = scorecardFromTargets(
      hand as never,
      [
        { metric: winRate, actual: "0.27" },
        { metric: salesRevenue, actual: 110 },
      ],
      { period: "2025-03" },
    );
    // (2 × 0.9 + 1 × 1.1) / 3 = 2.9 / 3
    expect(card.lines.map((line) => [line.label, show(line.scoredAttainment)])).toEqual([
      ["Rasio kemenangan", "0.9"],
      ["Revenue", "1.1"],
    ]);
    expect(card.score).toEqual(d("2.9").div(3));
    expectKpiError(
      () =>
        scorecardFromTargets(hand as never, [{ metric: winRate, actual: "0.27" }], {
          period: "2025-03",
        }),
      "unknown_metric",
      'scorecardFromTargets: targets[1].metricId must be a target that carries its metric (as those from parseTargets do), or the id of a metric given in actuals, received "sales_revenue"',
    );
  });
});

describe("scorecardFromTargets: refusals", () => {
  it("a period (and group) without any target is refused: a wrong key, group or calendar", () => {
    expectKpiError(
      () => scorecardFromTargets(targets, actuals, { period: "2025-3" }),
      "invalid_target",
      'scorecardFromTargets: option "period" must be a period (and group) that has at least one target in targets, received "2025-3", for which targets has none',
    );
    expectKpiError(
      () => scorecardFromTargets(targets, actuals, { period: "2025-03", group: "Sumatra" }),
      "invalid_target",
      /received "2025-03" for group "Sumatra", for which targets has none$/,
    );
  });

  it("a period or a series point in another calendar than the targets is refused", () => {
    expectKpiError(
      () => scorecardFromTargets(targets, actuals, { period: parsePeriod("2025-03") }),
      "invalid_calendar",
      {
        path: ["options", "period", "calendar"],
        message:
          'scorecardFromTargets: options.period.calendar must be the calendar of the matching target\'s period (pass the series\' calendar to parseTargets), received timeZone "UTC", while targets[0].period.calendar has timeZone "Asia/Jakarta"',
      },
    );
    const utcSeries = [{ period: parsePeriod("2025-03"), value: d("0.3") }];
    expectKpiError(
      () =>
        scorecardFromTargets(targets, [{ metric: winRate, series: utcSeries }], {
          period: "2025-03",
        }),
      "invalid_calendar",
      { path: ["actuals", 0, "series", 0, "period", "calendar"] },
    );
  });

  it("lists every problem in the actuals", () => {
    const error = expectKpiError(
      () =>
        scorecardFromTargets(
          targets,
          [
            { metric: winRate, actual: "30%" },
            { metric: salesRevenue, actual: 1, series: [] },
            { metric: salesCycleLength },
            { metric: "win_rat", actual: 1 },
            7,
            { metric: customerAcquisitionCost, series: 5 },
            {
              metric: salesRevenue,
              series: [
                { period: "2025-03", value: 1 },
                { period: { key: "2025-03" }, value: d(1) },
                { period: { key: "2025-03" }, value: d(2) },
              ],
            },
          ] as never,
          { period: "2025-03" },
        ),
      "invalid_number",
    );
    expect(error.issues.map((issue) => [issue.code, issue.path.join(".")])).toEqual([
      ["invalid_number", "actuals.0.actual"],
      ["invalid_argument", "actuals.1"],
      ["invalid_argument", "actuals.2"],
      ["unknown_metric", "actuals.3.metric"],
      ["invalid_argument", "actuals.4"],
      ["invalid_argument", "actuals.5.series"],
      ["invalid_argument", "actuals.6.series.0"],
      ["invalid_argument", "actuals.6.series.2"],
    ]);
    expect(error.issues.map((issue) => issue.message).slice(1, 3)).toEqual([
      "scorecardFromTargets: actuals[1] must be either actual (the value in the period, or null) or series (the metric's series), not both, received both actual and series",
      "scorecardFromTargets: actuals[2] must be either actual (the value in the period, or null) or series (the metric's series), not both, received neither actual nor series",
    ]);
    expect(error.issues[7]?.message).toBe(
      "scorecardFromTargets: actuals[6].series[2] must be one point per period and group, received a second point for 2025-03",
    );
    expectKpiError(
      () =>
        scorecardFromTargets(
          targets,
          [
            { metric: winRate, actual: "0.3" },
            { metric: "win_rate", actual: "0.4" },
          ],
          { period: "2025-03" },
        ),
      "invalid_argument",
      "scorecardFromTargets: actuals[1].metric must be one actual per metric, received a second actual for win_rate",
    );
  });

  it("refuses malformed arguments and options", () => {
    expectKpiError(
      () => scorecardFromTargets(targets, actuals, undefined as never),
      "invalid_argument",
      {
        path: ["options"],
      },
    );
    expectKpiError(() => scorecardFromTargets(targets, actuals, {} as never), "invalid_argument", {
      path: ["options", "period"],
    });
    const error = expectKpiError(
      () =>
        scorecardFromTargets({} as never, {} as never, {
          period: "2025-03",
          group: [] as never,
          cap: 0,
        }),
      "invalid_option",
    );
    expect(error.issues.map((issue) => [issue.code, issue.path.join(".")])).toEqual([
      ["invalid_option", "options.cap"],
      ["invalid_option", "options.group"],
      ["invalid_argument", "targets"],
    ]);
    expectKpiError(
      () => scorecardFromTargets(targets, {} as never, { period: "2025-03" }),
      "invalid_argument",
      { path: ["actuals"] },
    );
  });
});
