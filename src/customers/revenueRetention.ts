import type { GroupKey } from "../aggregate/internal.js";
import type { Decimal } from "../core/decimal.js";
import { KDecimal } from "../core/decimal.js";
import { raise } from "../core/errors.js";
import type { KpiResult } from "../core/result.js";
import { grossRevenueRetention } from "../metrics/customer/grossRevenueRetention.js";
import { netRevenueRetention } from "../metrics/customer/netRevenueRetention.js";
import { exact } from "../model/exact.js";
import { entityValuesOf } from "./_perEntitySnapshot.js";
import { CUSTOMERS_EXPECTED } from "./messages.js";

const SUBJECT = "revenueRetention";

/**
 * The revenue movements of the customers present at the start, and the retention they give.
 *
 * @category Customers
 */
export interface RevenueRetention {
  /** Customers with revenue above 0 at the start. */
  readonly customersAtStart: number;
  /** Their revenue at the start. */
  readonly recurringRevenueAtStart: Decimal;
  /** Σ (end − start) over those whose revenue grew. */
  readonly expansionRevenue: Decimal;
  /** Σ (start − end) over those whose revenue shrank but stayed above 0. */
  readonly contractionRevenue: Decimal;
  /** Σ start over those with no revenue (0 or no record) at the end. */
  readonly churnedRevenue: Decimal;
  /** Revenue at the end of customers without revenue at the start (excluded from NRR and GRR). */
  readonly newRevenue: Decimal;
  /** The catalog's `net_revenue_retention` on these inputs. */
  readonly netRevenueRetention: KpiResult;
  /** The catalog's `gross_revenue_retention` on these inputs. */
  readonly grossRevenueRetention: KpiResult;
}

/**
 * Net and gross revenue retention from per-customer revenue: the states of a
 * {@link sumOfLatestPerEntity} measure (entity = customer, value = MRR) of the start and end
 * periods. A customer is present at the start when its revenue there is above 0; its end revenue
 * (0 when it has no record at the end) splits into expansion, contraction or churn. Customers new
 * at the end count only in `newRevenue`. The rates are the catalog's `netRevenueRetention` and
 * `grossRevenueRetention` evaluated on these sums.
 *
 * @param start - The per-entity state at the start (for example `series.at("2025-01")?.states.mrr`).
 * @param end - The per-entity state at the end.
 * @returns The movements and both retention rates.
 * @throws {KpiError} `invalid_argument` when a state is not a per-entity state; `out_of_domain` when
 * a customer's revenue is negative.
 * @example
 * ```ts
 * import { aggregate, revenueRetention, sumOfLatestPerEntity } from "kinerja";
 *
 * const mrr = [
 *   { at: "2025-01-31T00:00:00Z", customer: "A", mrr: "100" },
 *   { at: "2025-01-31T00:00:00Z", customer: "B", mrr: "50" },
 *   { at: "2025-01-31T00:00:00Z", customer: "C", mrr: "30" },
 *   { at: "2025-02-28T00:00:00Z", customer: "A", mrr: "120" },
 *   { at: "2025-02-28T00:00:00Z", customer: "B", mrr: "40" },
 *   { at: "2025-02-28T00:00:00Z", customer: "D", mrr: "70" },
 * ];
 * const series = aggregate(mrr, {
 *   date: "at",
 *   granularity: "month",
 *   measures: { mrr: sumOfLatestPerEntity({ entity: "customer", value: "mrr" }) },
 * });
 * const r = revenueRetention(series.at("2025-01")?.states.mrr, series.at("2025-02")?.states.mrr);
 * console.log(r.recurringRevenueAtStart.toString(), r.expansionRevenue.toString(), r.contractionRevenue.toString(), r.churnedRevenue.toString(), r.newRevenue.toString());
 * // 180 20 10 30 70
 * console.log(r.netRevenueRetention.value?.toFixed(4), r.grossRevenueRetention.value?.toFixed(4));
 * // 0.8889 0.7778
 * ```
 * @category Customers
 */
export function revenueRetention(start: unknown, end: unknown): RevenueRetention {
  const atStart = entityValuesOf(SUBJECT, start);
  const atEnd = entityValuesOf(SUBJECT, end);
  const check = (values: Map<GroupKey, Decimal>, name: string) => {
    for (const [customer, value] of values) {
      if (value.isNegative() && !value.isZero()) {
        raise(
          "out_of_domain",
          SUBJECT,
          [name, typeof customer === "bigint" ? customer.toString() : String(customer)],
          CUSTOMERS_EXPECTED.nonNegativeRevenue,
          value.toString(),
        );
      }
    }
  };
  check(atStart, "start");
  check(atEnd, "end");
  const starting: Decimal[] = [];
  const expansion: Decimal[] = [];
  const contraction: Decimal[] = [];
  const churned: Decimal[] = [];
  const fresh: Decimal[] = [];
  let customers = 0;
  for (const [customer, before] of atStart) {
    if (!before.gt(0)) continue;
    customers++;
    starting.push(before);
    const after = atEnd.get(customer) ?? new KDecimal(0);
    if (after.gt(before)) expansion.push(exact.minus(after, before));
    else if (after.isZero()) churned.push(before);
    else if (after.lt(before)) contraction.push(exact.minus(before, after));
  }
  for (const [customer, after] of atEnd) {
    const before = atStart.get(customer);
    if ((before === undefined || !before.gt(0)) && after.gt(0)) fresh.push(after);
  }
  const inputs = {
    recurringRevenueAtStart: exact.sum(starting),
    expansionRevenue: exact.sum(expansion),
    contractionRevenue: exact.sum(contraction),
    churnedRevenue: exact.sum(churned),
  };
  return {
    customersAtStart: customers,
    ...inputs,
    newRevenue: exact.sum(fresh),
    netRevenueRetention: netRevenueRetention.evaluate(inputs),
    grossRevenueRetention: grossRevenueRetention.evaluate({
      recurringRevenueAtStart: inputs.recurringRevenueAtStart,
      contractionRevenue: inputs.contractionRevenue,
      churnedRevenue: inputs.churnedRevenue,
    }),
  };
}
