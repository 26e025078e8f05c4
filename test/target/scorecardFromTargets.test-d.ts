import { describe, expectTypeOf, it } from "vitest";
import type { Decimal } from "../../src/core/decimal.js";
import { createFormatter } from "../../src/format/createFormatter.js";
import { salesRevenue } from "../../src/metrics/sales/salesRevenue.js";
import { winRate } from "../../src/metrics/sales/winRate.js";
import type { TargetSpec } from "../../src/target/parseTargets.js";
import type { Scorecard } from "../../src/target/scorecard.js";
import {
  type ScorecardActual,
  scorecardFromTargets,
} from "../../src/target/scorecardFromTargets.js";
import { targetFor } from "../../src/target/targetFor.js";

declare const targets: readonly TargetSpec[];
declare const series: { period: { key: string }; value: Decimal | null }[];

describe("scorecardFromTargets types", () => {
  it("an actual is a value or a series, not both and not neither", () => {
    expectTypeOf<{ metric: typeof winRate; actual: "0.3" }>().toMatchTypeOf<ScorecardActual>();
    expectTypeOf<{ metric: "win_rate"; series: typeof series }>().toMatchTypeOf<ScorecardActual>();
    expectTypeOf<{ metric: typeof winRate }>().not.toMatchTypeOf<ScorecardActual>();
    expectTypeOf<{
      metric: typeof winRate;
      actual: 1;
      series: typeof series;
    }>().not.toMatchTypeOf<ScorecardActual>();
    const card = scorecardFromTargets(
      targets,
      [
        { metric: winRate, actual: null },
        { metric: salesRevenue, series },
      ],
      { period: "2025-03", group: "Bali" },
    );
    expectTypeOf(card).toEqualTypeOf<Scorecard>();
    // @ts-expect-error the period is required
    scorecardFromTargets(targets, [], {});
  });

  it("targetFor answers a target or null; a formatter's functions keep their signatures", () => {
    expectTypeOf(targetFor(targets, winRate, "2025-03")).toEqualTypeOf<TargetSpec | null>();
    const { formatValue, statusLabel } = createFormatter({ locale: "en-US" });
    expectTypeOf(formatValue("1", "ratio")).toEqualTypeOf<string>();
    // @ts-expect-error not a status
    statusLabel("done");
    // @ts-expect-error digits are per call, not bound
    createFormatter({ fractionDigits: 2 });
  });
});
