// The hostile-input suite's rule (see docs/reliability.md) applied to what the review issue added
// to the target and format layers: every hostile value in each new argument ends in a clean value
// or a useful KpiError naming the function — never a TypeError, NaN or Infinity.
import { describe, it } from "vitest";
import { count } from "../../src/aggregate/measures/count.js";
import { aggregate } from "../../src/aggregate/series/aggregate.js";
import { compare } from "../../src/aggregate/series/compare.js";
import { formatEvaluation } from "../../src/format/formatEvaluation.js";
import { salesRevenue } from "../../src/metrics/sales/salesRevenue.js";
import { winRate } from "../../src/metrics/sales/winRate.js";
import { compareSeriesSignificance } from "../../src/review/compareSeriesSignificance.js";
import { intervalOf } from "../../src/review/intervalOf.js";
import { evaluate } from "../../src/target/evaluate.js";
import { pace } from "../../src/target/pace.js";
import { HOSTILE_VALUES, probe } from "../hostile/support.js";

// biome-ignore lint/suspicious/noExplicitAny: hostile inputs bypass the types on purpose
type Loose = any;

function eachHostile(
  subjects: readonly string[],
  name: string,
  run: (value: unknown) => unknown,
  text = false,
) {
  for (const [valueName, make] of HOSTILE_VALUES) {
    probe(subjects, () => run(make()), `${name} with ${valueName}`, { text });
  }
}

describe("review additions against hostile input", () => {
  it("evaluate's interval and formatEvaluation's significance", () => {
    const base = { metric: winRate, actual: "0.3", target: "0.35" };
    eachHostile(["evaluate"], "evaluate interval", (value) =>
      evaluate({ ...base, interval: value } as Loose),
    );
    for (const field of ["lower", "upper", "confidence", "smallSample"]) {
      eachHostile(["evaluate"], `evaluate interval.${field}`, (value) =>
        evaluate({ ...base, interval: { lower: "0.2", upper: "0.4", [field]: value } } as Loose),
      );
    }
    const evaluation = evaluate({ ...base, interval: intervalOf(winRate, { won: 18, lost: 42 }) });
    // as for its other fields, formatEvaluation hands the values it shows to formatValue
    const formatting = ["formatEvaluation", "formatValue"];
    eachHostile(
      formatting,
      "formatEvaluation significance",
      (value) => formatEvaluation({ ...evaluation, significance: value } as Loose),
      true,
    );
    for (const field of ["lower", "upper", "position", "smallSample"]) {
      eachHostile(
        formatting,
        `formatEvaluation significance.${field}`,
        (value) =>
          formatEvaluation({
            ...evaluation,
            significance: { ...evaluation.significance, [field]: value },
          } as Loose),
        true,
      );
    }
  });

  it("pace's business days, daily values, guard and inputs", () => {
    const base = {
      metric: salesRevenue,
      target: 1250,
      period: "2025-03",
      asOf: "2025-03-15",
      calendar: { timeZone: "Asia/Jakarta" },
    };
    const daily = [61, 58, 72, "49.5", 66, 70, 55, 63, 68, 59];
    for (const field of ["daily", "businessDays", "confidence", "band", "minimumElapsedShare"]) {
      eachHostile(["pace"], `pace ${field}`, (value) =>
        pace({ ...base, daily, [field]: value } as Loose),
      );
    }
    eachHostile(["pace"], "pace daily[3]", (value) =>
      pace({ ...base, daily: [1, 2, 3, value] } as Loose),
    );
    for (const field of ["holidays", "weekend"]) {
      eachHostile(["pace"], `pace businessDays.${field}`, (value) =>
        pace({ ...base, daily, businessDays: { [field]: value } } as Loose),
      );
    }
    eachHostile(["pace", "win_rate"], "pace inputsToDate", (value) =>
      pace({ ...base, metric: winRate, target: "0.3", inputsToDate: value } as Loose),
    );
    eachHostile(["pace", "win_rate"], "pace inputsToDate.won", (value) =>
      pace({
        ...base,
        metric: winRate,
        target: "0.3",
        inputsToDate: { won: value, lost: 4 },
      } as Loose),
    );
  });

  it("compareSeriesSignificance", () => {
    const series = aggregate(
      [
        { at: "2025-01-10", won: true },
        { at: "2025-02-10", won: false },
      ],
      {
        date: "at",
        granularity: "month",
        measures: { won: count("won"), lost: count((deal: { won: boolean }) => !deal.won) },
      },
    );
    const rows = compare(series, 1);
    const mapping = { won: "won", lost: "lost" } as const;
    const subjects = ["compareSeriesSignificance", "compareMetric", "win_rate", "compareShares"];
    eachHostile(subjects, "compareSeriesSignificance series", (value) =>
      compareSeriesSignificance(value as Loose, winRate, mapping, rows),
    );
    eachHostile(subjects, "compareSeriesSignificance metric", (value) =>
      compareSeriesSignificance(series, value as Loose, mapping, rows),
    );
    eachHostile(subjects, "compareSeriesSignificance mapping", (value) =>
      compareSeriesSignificance(series, winRate, value as Loose, rows),
    );
    eachHostile(subjects, "compareSeriesSignificance mapping.won", (value) =>
      compareSeriesSignificance(series, winRate, { won: value, lost: "lost" } as Loose, rows),
    );
    eachHostile(subjects, "compareSeriesSignificance rows", (value) =>
      compareSeriesSignificance(series, winRate, mapping, value as Loose),
    );
    eachHostile(subjects, "compareSeriesSignificance rows[0]", (value) =>
      compareSeriesSignificance(series, winRate, mapping, [value] as Loose),
    );
    for (const field of ["confidence", "minimum", "moments"]) {
      eachHostile(subjects, `compareSeriesSignificance options.${field}`, (value) =>
        compareSeriesSignificance(series, winRate, mapping, rows, { [field]: value } as Loose),
      );
    }
    eachHostile(subjects, "compareSeriesSignificance options", (value) =>
      compareSeriesSignificance(series, winRate, mapping, rows, value as Loose),
    );
  });
});
