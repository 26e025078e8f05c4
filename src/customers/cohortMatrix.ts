import { type GroupKey, sortedKeys } from "../aggregate/internal.js";
import { type Decimal, KDecimal } from "../core/decimal.js";
import { raise } from "../core/errors.js";
import { divide, type KpiResult } from "../core/result.js";
import { exact } from "../model/exact.js";
import { instantArgument } from "../period/instant.js";
import type { Calendar, Granularity, InstantInput, Period } from "../period/types.js";
import {
  type CohortState,
  type CustomerHistory,
  checkCohortState,
  cohortBucketer,
} from "./_cohort.js";
import type { RecordsReport } from "./_records.js";
import { CUSTOMERS_EXPECTED } from "./messages.js";

const SUBJECT = "cohortMatrix";
/** At most this many cells (groups × cohorts × ages). */
const MAX_CELLS = 1_000_000;

/**
 * Options of {@link cohortMatrix}.
 *
 * @category Customers
 */
export interface CohortMatrixOptions {
  /**
   * The instant the data is as of (default: now): its period is the current, incomplete one, and
   * the matrix reaches at least to it.
   */
  readonly asOf?: InstantInput;
}

/**
 * One cell of a cohort matrix: a cohort at an age.
 *
 * @category Customers
 */
export interface CohortCell {
  /** Periods since the cohort's period (0 is the cohort's own period). */
  readonly age: number;
  /** The period of the cell (the cohort's period shifted by `age`). */
  readonly period: Period;
  /** Customers of the cohort with at least one record in the period. */
  readonly activeCustomers: Decimal;
  /** activeCustomers / cohort size (`null`, `zero_denominator`, for an empty cohort). */
  readonly retention: KpiResult;
  /** The cohort's revenue in the period (`null` when the records carry no revenue). */
  readonly revenue: Decimal | null;
  /** revenue / revenue at age 0 (`zero_denominator` when that is 0; `null` without revenue). */
  readonly revenueRetention: KpiResult | null;
  /** Whether the period had ended as of `asOf` (false for the current period and later). */
  readonly complete: boolean;
}

/**
 * One cohort: the customers whose first activity falls in one period (of one group).
 *
 * @category Customers
 */
export interface CohortRow {
  /** The group (`null` when not grouped). */
  readonly group: GroupKey | null;
  /** The cohort's period. */
  readonly cohort: Period;
  /** The cohort size: customers whose first activity is in the cohort's period. */
  readonly size: Decimal;
  /** Ages 0, 1, … up to the matrix's last period. */
  readonly cells: readonly CohortCell[];
}

/**
 * A cohort matrix: cohorts by period of first activity × age in periods.
 *
 * @category Customers
 */
export interface CohortMatrix {
  readonly granularity: Granularity;
  readonly calendar: Calendar;
  /** The instant the matrix is as of. */
  readonly asOf: Date;
  /** The period containing `asOf`: the current, incomplete one. */
  readonly current: Period;
  /** The groups, sorted (`[null]` when not grouped). */
  readonly groups: readonly (GroupKey | null)[];
  /** Per group (in order), every cohort from the first to the last period. */
  readonly rows: readonly CohortRow[];
  /**
   * Customer-periods before the customer's given first activity (only with `firstActivity`): left
   * out of the cells.
   */
  readonly beforeFirstActivity: number;
  readonly report: RecordsReport;
}

/**
 * The cohort matrix of a cohort state: for each cohort (the customers whose first activity falls in
 * a period) and each age (periods since), the active customers, the retention share, the revenue,
 * the revenue retention against age 0, and whether the cell's period is complete as of `asOf`.
 * Every period from the first cohort to the last period with activity (or to `asOf`'s period, when
 * later) has a row; a cohort's cells run to that last period.
 *
 * @param state - A cohort state ({@link cohortState}, merged or deserialized).
 * @param options - Optional `asOf` (default now).
 * @returns The matrix.
 * @throws {KpiError} `invalid_argument` when the state is not a cohort state or the matrix would
 * exceed 1,000,000 cells; `invalid_date` for a bad `asOf`.
 * @example
 * ```ts
 * import { cohortMatrix, cohortState } from "kinerja";
 *
 * const orders = [
 *   { at: "2025-01-05T00:00:00Z", customer: "A", amount: "100" },
 *   { at: "2025-01-09T00:00:00Z", customer: "B", amount: "50" },
 *   { at: "2025-02-11T00:00:00Z", customer: "A", amount: "120" },
 *   { at: "2025-02-12T00:00:00Z", customer: "C", amount: "80" },
 *   { at: "2025-03-02T00:00:00Z", customer: "C", amount: "40" },
 * ];
 * const state = cohortState(orders, { date: "at", customer: "customer", revenue: "amount", granularity: "month" });
 * const matrix = cohortMatrix(state, { asOf: "2025-03-15T00:00:00Z" });
 * for (const row of matrix.rows) {
 *   console.log(row.cohort.key, row.size.toString(), row.cells.map((c) => `${c.retention.value}/${c.revenueRetention?.value}${c.complete ? "" : "*"}`).join(" "));
 *   // 2025-01 2 1/1 0.5/0.8 0/0*
 *   // 2025-02 1 1/1 1/0.5*
 *   // 2025-03 0 null/null*
 * }
 * ```
 * @category Customers
 */
export function cohortMatrix(state: CohortState, options: CohortMatrixOptions = {}): CohortMatrix {
  const checked = checkCohortState(SUBJECT, state, "state");
  if (typeof options !== "object" || options === null) {
    raise("invalid_argument", SUBJECT, ["options"], CUSTOMERS_EXPECTED.options, options);
  }
  const asOf =
    options.asOf === undefined
      ? Date.now()
      : instantArgument(options.asOf, checked.calendar, {
          subject: SUBJECT,
          path: ["options", "asOf"],
        });
  const bucketer = cohortBucketer(checked);
  const currentOrdinal = bucketer.ordinalOf(asOf);
  const groupKeys = [...checked.groups.keys()];
  const groups: (GroupKey | null)[] = checked.grouped
    ? sortedKeys(groupKeys as GroupKey[])
    : groupKeys;
  if (groups.length === 0) groups.push(null);
  let low = Number.POSITIVE_INFINITY;
  let high = currentOrdinal;
  const cohortOf = new Map<CustomerHistory, number>();
  for (const customers of checked.groups.values()) {
    for (const history of customers.values()) {
      const cohort = bucketer.ordinalOf(history.first);
      cohortOf.set(history, cohort);
      if (cohort < low) low = cohort;
      if (cohort > high) high = cohort;
      for (const ordinal of history.periods.keys()) if (ordinal > high) high = ordinal;
    }
  }
  if (low === Number.POSITIVE_INFINITY) low = currentOrdinal;
  const span = high - low + 1;
  if (((span * (span + 1)) / 2) * groups.length > MAX_CELLS) {
    raise(
      "invalid_argument",
      SUBJECT,
      ["state"],
      CUSTOMERS_EXPECTED.periodLimit,
      `${span} periods`,
    );
  }
  const periods: Period[] = [];
  for (let ordinal = low; ordinal <= high; ordinal++) periods.push(bucketer.period(ordinal));
  const rows: CohortRow[] = [];
  let beforeFirstActivity = 0;
  for (const group of groups) {
    // active[cohort][age], revenue[cohort][age], size[cohort]
    const active = periods.map((_, c) => new Array<number>(span - c).fill(0));
    const revenue = periods.map((_, c) =>
      new Array<Decimal[]>(span - c).fill([]).map(() => [] as Decimal[]),
    );
    const size = new Array<number>(span).fill(0);
    for (const history of checked.groups.get(group)?.values() ?? []) {
      const cohort = (cohortOf.get(history) as number) - low;
      size[cohort] = (size[cohort] as number) + 1;
      for (const [ordinal, amount] of history.periods) {
        const age = ordinal - low - cohort;
        if (age < 0) {
          beforeFirstActivity++;
          continue;
        }
        const counts = active[cohort] as number[];
        counts[age] = (counts[age] as number) + 1;
        ((revenue[cohort] as Decimal[][])[age] as Decimal[]).push(amount);
      }
    }
    for (let c = 0; c < span; c++) {
      const cohortSize = new KDecimal(size[c] as number);
      const totals = (revenue[c] as Decimal[][]).map((amounts) => exact.sum(amounts));
      const base = totals[0] as Decimal;
      const cells: CohortCell[] = [];
      for (let age = 0; age < span - c; age++) {
        const ordinal = low + c + age;
        const activeCustomers = new KDecimal((active[c] as number[])[age] as number);
        const total = totals[age] as Decimal;
        cells.push({
          age,
          period: periods[c + age] as Period,
          activeCustomers,
          retention: divide(activeCustomers, cohortSize),
          revenue: checked.revenue ? total : null,
          revenueRetention: checked.revenue ? divide(total, base) : null,
          complete: ordinal < currentOrdinal,
        });
      }
      rows.push({ group, cohort: periods[c] as Period, size: cohortSize, cells });
    }
  }
  return {
    granularity: checked.granularity,
    calendar: checked.calendar,
    asOf: new Date(asOf),
    current: bucketer.period(currentOrdinal),
    groups,
    rows,
    beforeFirstActivity,
    report: checked.report,
  };
}
