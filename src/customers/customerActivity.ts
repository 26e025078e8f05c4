import {
  type Accessor,
  AGGREGATE_EXPECTED,
  aggregateAs,
  checkFillSize,
  checkOptionsObject,
  compileAccessor,
  type DataQualityReport,
  type FillSizeContext,
  type GroupKey,
  type OnInvalid,
  type RangeBound,
  resolveRange,
} from "../aggregate/internal.js";
import { count } from "../aggregate/measures/count.js";
import { countDistinct } from "../aggregate/measures/countDistinct.js";
import { type Decimal, KDecimal } from "../core/decimal.js";
import type { KpiResult } from "../core/result.js";
import { churnRate } from "../metrics/customer/churnRate.js";
import { customerRetentionRate } from "../metrics/customer/customerRetentionRate.js";
import { repeatPurchaseRate } from "../metrics/customer/repeatPurchaseRate.js";
import { createBucketer } from "../period/bucketer.js";
import type { CalendarInput, Granularity, Period } from "../period/types.js";

const SUBJECT = "customerActivity";

/** Every period from the first to the last is reported: at most 1,000,000 of them. */
/** The span limit's context (a function, so nothing is read from the message module on import). */
const spanLimit = (): FillSizeContext => ({
  name: "range",
  expected: AGGREGATE_EXPECTED.periodLimit,
});

/**
 * Options of {@link customerActivity}.
 *
 * @category Customers
 */
export interface CustomerActivityOptions<R> {
  /** The record's instant (an order, a payment, a login: whatever makes a customer active). */
  readonly date: Accessor<R>;
  /** The customer of a record (a string, finite number, bigint or boolean). */
  readonly customer: Accessor<R>;
  readonly granularity: Granularity;
  readonly calendar?: CalendarInput;
  /**
   * Optional: the order a record belongs to, so that several lines of one order count once for
   * repeat purchases. Without it every record is one order.
   */
  readonly order?: Accessor<R>;
  /**
   * Optional: the periods to report, inclusive. Records outside still count as history (whether a
   * customer is new, who was active in the period just before the range) but are not reported;
   * they are counted in `report.outsideRange`.
   */
  readonly range?: { readonly from: RangeBound; readonly to: RangeBound };
  readonly onInvalid?: OnInvalid;
  /** As in `aggregate`: accept an empty result when every record was rejected. */
  readonly allowAllRejected?: boolean;
  readonly indexOffset?: number;
}

/**
 * Customer counts of one period, and the retention, churn and repeat purchase rates they give.
 *
 * @category Customers
 */
export interface CustomerActivityPeriod {
  readonly period: Period;
  /**
   * S: customers active in the previous period (0 for the first period of the data; with `range`,
   * the first period reported takes the period before it from the records given).
   */
  readonly customersAtStart: Decimal;
  /** E: customers active in this period. */
  readonly customersAtEnd: Decimal;
  /** Customers whose first record in the data falls in this period. */
  readonly newCustomers: Decimal;
  /** Customers active now, not in the previous period, but seen before it. */
  readonly reactivatedCustomers: Decimal;
  /** Customers active in this period and the previous one. */
  readonly retainedCustomers: Decimal;
  /** Customers active in the previous period and not in this one. */
  readonly lostCustomers: Decimal;
  /** Customers with 2 or more distinct orders in this period. */
  readonly repeatCustomers: Decimal;
  /** `customerRetentionRate` with new = new + reactivated: retained / S. */
  readonly retentionRate: KpiResult;
  /** `churnRate`: lost / S. */
  readonly churnRate: KpiResult;
  /** `repeatPurchaseRate`: repeat / E. */
  readonly repeatPurchaseRate: KpiResult;
}

/**
 * The result of {@link customerActivity}.
 *
 * @category Customers
 */
export interface CustomerActivity {
  /** Every period from the first to the last (or across `range`), in order. */
  readonly periods: readonly CustomerActivityPeriod[];
  readonly report: DataQualityReport;
}

/**
 * Customer activity per period from dated records: who was active, new, retained, reactivated and
 * lost, and who bought twice. A customer is *active* in a period when it has at least one record in
 * it. With S = active in the previous period and E = active in this one:
 *
 * - retained = active in both; lost = S − retained; new = first record in the data is in this
 *   period; reactivated = E − retained − new.
 * - retention rate = `customerRetentionRate` with `newCustomers` = new + reactivated, which is
 *   retained / S; churn rate = lost / S; so retention + churn = 1 whenever S > 0.
 * - repeat purchase rate = customers with 2+ distinct orders in the period / E (both orders inside
 *   the period).
 *
 * "New" means first seen in the records given: pass the whole history, or the earliest periods
 * will count returning customers as new; `range` only narrows the periods reported, the history
 * before it still counts. The first period of the data has no previous period (S = 0), so its
 * rates are `null` (`zero_denominator`).
 *
 * @param records - Dated records with a customer (orders, invoices, sessions).
 * @param options - date and customer accessors, granularity, calendar, optional order, range, onInvalid.
 * @returns The activity of every period, and the data-quality report.
 * @throws {KpiError} as {@link aggregate} does.
 * @example
 * ```ts
 * import { customerActivity } from "kinerja";
 *
 * const orders = [
 *   { at: "2025-01-05T00:00:00Z", customer: "A", order: 1 },
 *   { at: "2025-01-20T00:00:00Z", customer: "A", order: 2 },
 *   { at: "2025-01-21T00:00:00Z", customer: "B", order: 3 },
 *   { at: "2025-02-02T00:00:00Z", customer: "A", order: 4 },
 *   { at: "2025-02-03T00:00:00Z", customer: "C", order: 5 },
 * ];
 * const { periods } = customerActivity(orders, { date: "at", customer: "customer", order: "order", granularity: "month" });
 * for (const p of periods) {
 *   console.log(p.period.key, p.customersAtEnd.toString(), p.newCustomers.toString(), p.lostCustomers.toString(), p.retentionRate.value?.toString() ?? null, p.repeatPurchaseRate.value?.toString());
 *   // 2025-01 2 2 0 null 0.5
 *   // 2025-02 2 1 1 0.5 0
 * }
 * ```
 * @category Customers
 */
export function customerActivity<R>(
  records: Iterable<R> | ArrayLike<R>,
  options: CustomerActivityOptions<R>,
): CustomerActivity {
  checkOptionsObject(SUBJECT, options);
  // Checked here so that errors name customerActivity and its own options.
  compileAccessor(options.customer, SUBJECT, ["customer"], "option customer");
  if (options.order !== undefined)
    compileAccessor(options.order, SUBJECT, ["order"], "option order");
  // Every record, whatever the range: who is new, and who was active just before the range, depend
  // on the history before it.
  // Without range, every period from the first to the last is reported, so their span is bounded
  // as the records arrive (not after a full pass).
  const series = aggregateAs(
    SUBJECT,
    records,
    {
      date: options.date,
      granularity: options.granularity,
      ...(options.calendar === undefined ? {} : { calendar: options.calendar }),
      groupBy: options.customer,
      measures: {
        orders: options.order === undefined ? count() : countDistinct(options.order as string),
      },
      ...(options.onInvalid === undefined ? {} : { onInvalid: options.onInvalid }),
      ...(options.allowAllRejected === undefined
        ? {}
        : { allowAllRejected: options.allowAllRejected }),
      ...(options.indexOffset === undefined ? {} : { indexOffset: options.indexOffset }),
      fill: false,
    },
    options.range === undefined ? spanLimit() : undefined,
  );
  const bucketer = createBucketer(series.granularity, series.calendar);
  const range =
    options.range === undefined
      ? undefined
      : resolveRange(options.range, series.calendar, bucketer, SUBJECT);
  const active = new Map<number, Set<GroupKey>>();
  const repeat = new Map<number, number>();
  const firstSeen = new Map<GroupKey, number>();
  const ordinalOfKey = new Map<string, number>();
  for (const period of series.periods)
    ordinalOfKey.set(period.key, bucketer.ordinalOfPeriod(period, SUBJECT));
  let outsideRange = 0;
  for (const cell of series.cells) {
    const ordinal = ordinalOfKey.get(cell.period.key) as number;
    const customer = cell.group as GroupKey;
    let set = active.get(ordinal);
    if (set === undefined) {
      set = new Set();
      active.set(ordinal, set);
    }
    set.add(customer);
    const seen = firstSeen.get(customer);
    if (seen === undefined || ordinal < seen) firstSeen.set(customer, ordinal);
    if (cell.values.orders.gte(2)) repeat.set(ordinal, (repeat.get(ordinal) ?? 0) + 1);
    if (range !== undefined && (ordinal < range[0] || ordinal > range[1])) {
      outsideRange += cell.records;
    }
  }
  const report: DataQualityReport = {
    ...series.report,
    accepted: series.report.accepted - outsideRange,
    outsideRange: series.report.outsideRange + outsideRange,
  };
  let low: number | undefined;
  let high: number | undefined;
  if (range !== undefined) {
    [low, high] = range;
  } else if (ordinalOfKey.size > 0) {
    // The series' periods are in order (and their span already bounded).
    low = ordinalOfKey.get(series.periods[0]?.key as string);
    high = ordinalOfKey.get(series.periods[series.periods.length - 1]?.key as string);
  }
  const periods: CustomerActivityPeriod[] = [];
  if (low === undefined || high === undefined) return { periods, report };
  checkFillSize(SUBJECT, bucketer, low, high, 1, spanLimit());
  const earliest = range === undefined ? low : Number.NEGATIVE_INFINITY;
  const none = new Set<GroupKey>();
  for (let ordinal = low; ordinal <= high; ordinal++) {
    const current = active.get(ordinal) ?? none;
    // The previous period counts even when it is before the range (it is only left out of the output).
    const previous = ordinal > earliest ? (active.get(ordinal - 1) ?? none) : none;
    let retained = 0;
    let fresh = 0;
    for (const customer of current) {
      if (previous.has(customer)) retained++;
      else if (firstSeen.get(customer) === ordinal) fresh++;
    }
    const start = previous.size;
    const end = current.size;
    const reactivated = end - retained - fresh;
    const lost = start - retained;
    const repeaters = repeat.get(ordinal) ?? 0;
    periods.push({
      period: bucketer.period(ordinal),
      customersAtStart: new KDecimal(start),
      customersAtEnd: new KDecimal(end),
      newCustomers: new KDecimal(fresh),
      reactivatedCustomers: new KDecimal(reactivated),
      retainedCustomers: new KDecimal(retained),
      lostCustomers: new KDecimal(lost),
      repeatCustomers: new KDecimal(repeaters),
      retentionRate: customerRetentionRate.evaluate({
        customersAtStart: start,
        customersAtEnd: end,
        newCustomers: fresh + reactivated,
      }),
      churnRate: churnRate.evaluate({ churnedCustomers: lost, customersAtStart: start }),
      repeatPurchaseRate: repeatPurchaseRate.evaluate({
        repeatCustomers: repeaters,
        customers: end,
      }),
    });
  }
  return { periods, report };
}
