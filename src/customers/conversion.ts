import type { Decimal } from "../core/decimal.js";
import { raise } from "../core/errors.js";
import type { KpiResult } from "../core/result.js";
import type { Period } from "../period/types.js";
import { checkFunnelState, type FunnelState } from "./_funnel.js";
import { type FunnelOptions, funnel, type TimeToConvert } from "./funnel.js";
import { CUSTOMERS_EXPECTED } from "./messages.js";

/**
 * Options of {@link conversion}: those of {@link funnel} without per-step windows.
 *
 * @category Customers
 */
export type ConversionOptions = Omit<FunnelOptions, "windows">;

/**
 * The conversion of one period's base events.
 *
 * @category Customers
 */
export interface ConversionPeriod {
  readonly period: Period;
  /** Base events in the period (with `repeated: "first"`, entities whose first base event is in it). */
  readonly base: Decimal;
  /** Those converted within the window. */
  readonly conversions: Decimal;
  /** conversions / base, exact (`zero_denominator` without base events). */
  readonly rate: KpiResult;
  /** Whether every base event of the period has had its whole window as of `asOf`. */
  readonly final: boolean;
  readonly timeToConvert: TimeToConvert;
}

/**
 * The result of {@link conversion}.
 *
 * @category Customers
 */
export interface ConversionResult {
  readonly periods: readonly ConversionPeriod[];
  readonly asOf: Date;
}

/**
 * Entity-linked conversion within a window (a lead created → a deal won within 90 days, or by the end
 * of the lead's month): for a funnel state of two steps, per period of the base event, the base
 * count, the conversions, the exact rate, whether the period is final (its windows have passed as
 * of `asOf`) and the time to convert as an exact histogram with its median and quantiles. A
 * conversion is the entity's first conversion event at or after the base event (same instant
 * included) and within the window; with `match` in the state, of the same properties.
 *
 * @param state - A funnel state of exactly two steps (base, conversion).
 * @param options - granularity, calendar, window, resolution, quantiles, asOf.
 * @returns The conversion of every period.
 * @throws {KpiError} `invalid_argument` when the state is not a two-step funnel state; as {@link funnel}.
 * @example
 * ```ts
 * import { conversion, funnelState } from "kinerja";
 *
 * const events = [
 *   { lead: "L1", at: "2025-01-02T00:00:00Z", event: "created" },
 *   { lead: "L1", at: "2025-02-15T00:00:00Z", event: "won" },
 *   { lead: "L2", at: "2025-01-20T00:00:00Z", event: "created" },
 *   { lead: "L2", at: "2025-06-01T00:00:00Z", event: "won" },
 *   { lead: "L3", at: "2025-02-03T00:00:00Z", event: "created" },
 * ];
 * const state = funnelState(events, { entity: "lead", date: "at", step: "event", steps: ["created", "won"] });
 * const result = conversion(state, { granularity: "month", window: { days: 90 }, resolution: "day", asOf: "2025-04-15T00:00:00Z" });
 * for (const p of result.periods) {
 *   console.log(p.period.key, p.conversions.toString(), p.base.toString(), p.rate.value?.toString(), p.final, p.timeToConvert.median?.toString() ?? null);
 *   // 2025-01 1 2 0.5 false 44
 *   // 2025-02 0 1 0 false null
 * }
 * ```
 * @category Customers
 */
export function conversion(state: FunnelState, options: ConversionOptions): ConversionResult {
  const checked = checkFunnelState("conversion", state, "state");
  if (checked.steps.length !== 2) {
    raise("invalid_argument", "conversion", ["state"], CUSTOMERS_EXPECTED.twoSteps, checked.steps);
  }
  if (typeof options === "object" && options !== null && "windows" in options) {
    raise(
      "invalid_option",
      "conversion",
      ["options", "windows"],
      CUSTOMERS_EXPECTED.noStepWindows,
      (options as { windows?: unknown }).windows,
    );
  }
  const result = funnel(checked, options);
  return {
    asOf: result.asOf,
    periods: result.periods.map((period) => {
      const [base, converted] = period.steps;
      return {
        period: period.period,
        base: base?.count as Decimal,
        conversions: converted?.count as Decimal,
        rate: converted?.overallRate as KpiResult,
        final: period.final,
        timeToConvert: period.timeToConvert,
      };
    }),
  };
}
