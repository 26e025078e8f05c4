import type { GroupKey } from "../aggregate/internal.js";
import type { Decimal } from "../core/decimal.js";
import { raise } from "../core/errors.js";
import { exact } from "../model/exact.js";
import {
  type CohortState,
  type CustomerHistory,
  checkCohortState,
  sameCohortSettings,
} from "./_cohort.js";
import { addReports } from "./_records.js";
import { CUSTOMERS_EXPECTED } from "./messages.js";

const SUBJECT = "mergeCohortStates";

/**
 * Merges two cohort states into the state of all their records: per customer the earlier first
 * activity and, per period, the sum of revenues. Commutative and associative; the arguments are left
 * alone. States built from chunks split any way (by record) merge into the state of the whole.
 *
 * @param a - A cohort state.
 * @param b - A cohort state of the same granularity, calendar and settings.
 * @returns A new state.
 * @throws {KpiError} `invalid_argument` when an argument is not a cohort state or the settings differ.
 * @example
 * ```ts
 * import { cohortMatrix, cohortState, mergeCohortStates } from "kinerja";
 *
 * const options = { date: "at", customer: "customer", granularity: "month" } as const;
 * const a = cohortState([{ at: "2025-02-03T00:00:00Z", customer: "A" }], options);
 * const b = cohortState([{ at: "2025-01-03T00:00:00Z", customer: "A" }], { ...options, indexOffset: 1 });
 * const matrix = cohortMatrix(mergeCohortStates(a, b), { asOf: "2025-02-15T00:00:00Z" });
 * console.log(matrix.rows.map((row) => `${row.cohort.key} ${row.size} ${row.cells.map((cell) => cell.activeCustomers).join(" ")}`));
 * // [ '2025-01 1 1 1', '2025-02 0 0' ]
 * ```
 * @category Customers
 */
export function mergeCohortStates(a: CohortState, b: CohortState): CohortState {
  const left = checkCohortState(SUBJECT, a, "a");
  const right = checkCohortState(SUBJECT, b, "b");
  if (!sameCohortSettings(left, right)) {
    raise("invalid_argument", SUBJECT, ["b"], CUSTOMERS_EXPECTED.sameCohortSettings, b);
  }
  const groups = new Map<GroupKey | null, Map<GroupKey, CustomerHistory>>();
  for (const state of [left, right]) {
    for (const [group, customers] of state.groups) {
      let merged = groups.get(group);
      if (merged === undefined) {
        merged = new Map();
        groups.set(group, merged);
      }
      for (const [customer, history] of customers) {
        const kept = merged.get(customer);
        if (kept === undefined) {
          merged.set(customer, { first: history.first, periods: new Map(history.periods) });
          continue;
        }
        if (history.first < kept.first) kept.first = history.first;
        for (const [ordinal, revenue] of history.periods) {
          const before: Decimal | undefined = kept.periods.get(ordinal);
          kept.periods.set(ordinal, before === undefined ? revenue : exact.plus(before, revenue));
        }
      }
    }
  }
  return { ...left, groups, report: addReports(left.report, right.report) };
}
