import { type GroupKey, type KeyJson, keyToJson, sortedKeys } from "../aggregate/internal.js";
import {
  type CohortState,
  type CustomerHistory,
  checkCohortState,
  cohortBucketer,
} from "./_cohort.js";

/**
 * The JSON form of a cohort state (version 1): customers sorted, periods by key, revenues as exact
 * decimal text.
 *
 * @category Customers
 */
export interface SerializedCohortState {
  readonly format: "kinerja.cohort_state";
  readonly version: 1;
  readonly granularity: string;
  readonly calendar: Readonly<Record<string, unknown>>;
  readonly revenue: boolean;
  readonly firstActivity: boolean;
  readonly grouped: boolean;
  readonly report: {
    readonly records: number;
    readonly accepted: number;
    readonly rejected: number;
  };
  /** Per group: `[customer, firstActivityEpochMs, [[periodKey, revenue], ...]]` per customer. */
  readonly groups: readonly {
    readonly group: KeyJson | null;
    readonly customers: readonly (readonly [
      KeyJson,
      number,
      readonly (readonly [string, string])[],
    ])[];
  }[];
}

/**
 * A cohort state as plain JSON, for moving partial states between workers; read it back with
 * {@link deserializeCohortState}.
 *
 * @param state - A cohort state.
 * @returns Its JSON form.
 * @throws {KpiError} `invalid_argument` when the argument is not a cohort state.
 * @example
 * ```ts
 * import { cohortState, serializeCohortState } from "kinerja";
 *
 * const state = cohortState([{ at: "2025-01-05T00:00:00Z", customer: 7, amount: "12.50" }], {
 *   date: "at", customer: "customer", revenue: "amount", granularity: "month",
 * });
 * console.log(JSON.stringify(serializeCohortState(state).groups));
 * // [{"group":null,"customers":[[7,1736035200000,[["2025-01","12.5"]]]]}]
 * ```
 * @category Customers
 */
export function serializeCohortState(state: CohortState): SerializedCohortState {
  const checked = checkCohortState("serializeCohortState", state, "state");
  const bucketer = cohortBucketer(checked);
  const groupKeys = [...checked.groups.keys()];
  const ordered: (GroupKey | null)[] = checked.grouped
    ? sortedKeys(groupKeys as GroupKey[])
    : groupKeys;
  return {
    format: "kinerja.cohort_state",
    version: 1,
    granularity: checked.granularity,
    calendar: { ...checked.calendar },
    revenue: checked.revenue,
    firstActivity: checked.firstActivity,
    grouped: checked.grouped,
    report: { ...checked.report },
    groups: ordered.map((group) => {
      const customers = checked.groups.get(group) as Map<GroupKey, CustomerHistory>;
      return {
        group: group === null ? null : keyToJson(group),
        customers: sortedKeys(customers.keys()).map((customer) => {
          const history = customers.get(customer) as CustomerHistory;
          const periods = [...history.periods.keys()]
            .sort((x, y) => x - y)
            .map(
              (ordinal) =>
                [
                  bucketer.period(ordinal).key,
                  history.periods.get(ordinal)?.toFixed() ?? "0",
                ] as const,
            );
          return [keyToJson(customer), history.first, periods] as const;
        }),
      };
    }),
  };
}
