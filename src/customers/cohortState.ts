import { type Accessor, type GroupKey, isGroupKey, normalKey } from "../aggregate/internal.js";
import { type Decimal, KDecimal } from "../core/decimal.js";
import { raise } from "../core/errors.js";
import { numericOrUndefined } from "../core/numeric.js";
import { exact } from "../model/exact.js";
import { createBucketer } from "../period/bucketer.js";
import { isGranularity } from "../period/granularity.js";
import { readInstant } from "../period/instant.js";
import { PERIOD_EXPECTED } from "../period/messages.js";
import { resolveCalendarFor } from "../period/resolveCalendar.js";
import type { CalendarInput, Granularity } from "../period/types.js";
import type { CohortState, CustomerHistory } from "./_cohort.js";
import {
  type CustomerOnInvalid,
  checkOptions,
  type FieldReader,
  fieldReader,
  INVALID,
  indexOffsetOption,
  onInvalidOption,
  readRecords,
} from "./_records.js";
import { CUSTOMERS_EXPECTED } from "./messages.js";

const SUBJECT = "cohortState";

/**
 * Options of {@link cohortState}.
 *
 * @category Customers
 */
export interface CohortStateOptions<R> {
  /** The record's instant (an order, a payment: whatever makes a customer active). */
  readonly date: Accessor<R>;
  /** The customer (a string, finite number, bigint or boolean). */
  readonly customer: Accessor<R>;
  readonly granularity: Granularity;
  readonly calendar?: CalendarInput;
  /** Optional: the record's revenue, for the revenue cells. */
  readonly revenue?: Accessor<R>;
  /**
   * Optional: the customer's first-activity date (its sign-up), read from its records; the earliest
   * one given wins. Without it, a customer's cohort is the period of its earliest record.
   */
  readonly firstActivity?: Accessor<R>;
  /** Optional: a group (such as the acquisition channel), read per record: a customer is in the cohorts of each group its records carry. */
  readonly groupBy?: Accessor<R>;
  /** `"throw"` (default) or `"skip"` (counted in `report.rejected`). */
  readonly onInvalid?: CustomerOnInvalid;
  /** Added to record indexes in messages, for chunks of a larger data set. */
  readonly indexOffset?: number;
}

/**
 * The mergeable state of a cohort matrix from dated records (orders, payments): per customer, its
 * first activity and its revenue in each period it was active. Build one per chunk of records (split
 * any way, by record), merge with {@link mergeCohortStates}, move with
 * {@link serializeCohortState}, and read with {@link cohortMatrix}.
 *
 * @param records - Dated records with a customer.
 * @param options - date and customer accessors, granularity, calendar, optional revenue, firstActivity, groupBy.
 * @returns The state.
 * @throws {KpiError} `invalid_option` / `invalid_argument` for bad options; `invalid_record` for a
 * record that cannot be read (with `onInvalid: "throw"`).
 * @example
 * ```ts
 * import { cohortState } from "kinerja";
 *
 * const state = cohortState(
 *   [{ at: "2025-01-05T00:00:00Z", customer: "A" }, { at: "2025-02-05T00:00:00Z", customer: "A" }],
 *   { date: "at", customer: "customer", granularity: "month" },
 * );
 * console.log(state.report.accepted, state.groups.get(null)?.get("A")?.periods.size);
 * // 2 2
 * ```
 * @category Customers
 */
export function cohortState<R>(
  records: Iterable<R> | ArrayLike<R>,
  options: CohortStateOptions<R>,
): CohortState {
  checkOptions(SUBJECT, options);
  if (!isGranularity(options.granularity)) {
    raise(
      "invalid_option",
      SUBJECT,
      ["options", "granularity"],
      PERIOD_EXPECTED.granularity,
      options.granularity,
    );
  }
  const calendar = resolveCalendarFor(options.calendar, SUBJECT, ["options", "calendar"]);
  const bucketer = createBucketer(options.granularity, calendar);
  const onInvalid = onInvalidOption(SUBJECT, options.onInvalid);
  const indexOffset = indexOffsetOption(SUBJECT, options.indexOffset);
  const instant = (value: unknown) => readInstant(value, calendar) ?? INVALID;
  const key = (value: unknown) => (isGroupKey(value) ? normalKey(value) : INVALID);
  const amount = (value: unknown) => {
    const read = numericOrUndefined(value);
    return read === undefined ? INVALID : read;
  };
  const fields: FieldReader[] = [
    fieldReader(SUBJECT, "date", options.date, instant, CUSTOMERS_EXPECTED.instant),
    fieldReader(SUBJECT, "customer", options.customer, key, CUSTOMERS_EXPECTED.entityKey),
  ];
  const hasRevenue = options.revenue !== undefined;
  const hasFirst = options.firstActivity !== undefined;
  const grouped = options.groupBy !== undefined;
  if (hasRevenue)
    fields.push(
      fieldReader(SUBJECT, "revenue", options.revenue, amount, CUSTOMERS_EXPECTED.amount),
    );
  if (hasFirst)
    fields.push(
      fieldReader(
        SUBJECT,
        "firstActivity",
        options.firstActivity,
        instant,
        CUSTOMERS_EXPECTED.instant,
      ),
    );
  if (grouped)
    fields.push(
      fieldReader(SUBJECT, "groupBy", options.groupBy, key, CUSTOMERS_EXPECTED.entityKey),
    );
  const revenueAt = 2;
  const firstAt = hasRevenue ? 3 : 2;
  const groupAt = firstAt + (hasFirst ? 1 : 0);
  const groups = new Map<GroupKey | null, Map<GroupKey, CustomerHistory>>();
  const zero = new KDecimal(0);
  const report = readRecords(SUBJECT, records, fields, onInvalid, indexOffset, (values) => {
    const time = values[0] as number;
    const customer = values[1] as GroupKey;
    const revenue = hasRevenue ? (values[revenueAt] as Decimal) : zero;
    const first = hasFirst ? (values[firstAt] as number) : time;
    const group = grouped ? (values[groupAt] as GroupKey) : null;
    const ordinal = bucketer.ordinalOf(time);
    let customers = groups.get(group);
    if (customers === undefined) {
      customers = new Map();
      groups.set(group, customers);
    }
    const history = customers.get(customer);
    if (history === undefined) {
      customers.set(customer, { first, periods: new Map([[ordinal, revenue]]) });
      return;
    }
    if (first < history.first) history.first = first;
    const before = history.periods.get(ordinal);
    history.periods.set(ordinal, before === undefined ? revenue : exact.plus(before, revenue));
  });
  return {
    type: "cohort_state",
    granularity: options.granularity,
    calendar,
    revenue: hasRevenue,
    firstActivity: hasFirst,
    grouped,
    groups,
    report,
  };
}
