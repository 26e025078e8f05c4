import type { GroupKey } from "../aggregate/internal.js";
import type { Decimal } from "../core/decimal.js";
import { raise } from "../core/errors.js";
import { type Bucketer, createBucketer } from "../period/bucketer.js";
import { calendarKey } from "../period/registry.js";
import type { Calendar, Granularity } from "../period/types.js";
import type { RecordsReport } from "./_records.js";
import { CUSTOMERS_EXPECTED } from "./messages.js";

/** One customer's history in a cohort state. @internal */
export interface CustomerHistory {
  /** Epoch ms of its first activity: its earliest record, or the earliest first-activity date given. */
  first: number;
  /** Revenue by period ordinal, one entry per period with at least one record. */
  readonly periods: Map<number, Decimal>;
}

/**
 * The mergeable state behind a cohort matrix: for each group and customer, the instant of its first
 * activity and its revenue in each period it was active. Its size is one entry per customer and
 * group plus one per period each customer was active in; merging the states of any split of the
 * records (by record, not by customer) gives the state of all of them.
 *
 * @category Customers
 */
export interface CohortState {
  readonly type: "cohort_state";
  readonly granularity: Granularity;
  readonly calendar: Calendar;
  /** Whether records carry revenue. */
  readonly revenue: boolean;
  /** Whether the first activity is a date given per customer (rather than its earliest record). */
  readonly firstActivity: boolean;
  /** Whether the cohorts are split by a group (such as the acquisition channel). */
  readonly grouped: boolean;
  /** @internal Customers by group (the key is `null` when not grouped). */
  readonly groups: Map<GroupKey | null, Map<GroupKey, CustomerHistory>>;
  /** How many records were read, accepted and rejected. */
  readonly report: RecordsReport;
}

/** Checks that a value is a cohort state. @internal */
export function checkCohortState(subject: string, value: unknown, path: string): CohortState {
  if (
    typeof value !== "object" ||
    value === null ||
    (value as { type?: unknown }).type !== "cohort_state" ||
    !((value as { groups?: unknown }).groups instanceof Map)
  ) {
    return raise("invalid_argument", subject, [path], CUSTOMERS_EXPECTED.cohortState, value);
  }
  return value as CohortState;
}

/** Whether two states have the same granularity, calendar and settings. @internal */
export function sameCohortSettings(a: CohortState, b: CohortState): boolean {
  return (
    a.granularity === b.granularity &&
    calendarKey(a.calendar) === calendarKey(b.calendar) &&
    a.revenue === b.revenue &&
    a.firstActivity === b.firstActivity &&
    a.grouped === b.grouped
  );
}

/** The bucketer of a state. @internal */
export function cohortBucketer(state: CohortState): Bucketer {
  return createBucketer(state.granularity, state.calendar);
}
