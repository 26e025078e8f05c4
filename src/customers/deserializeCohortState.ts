import { type GroupKey, keyFromJson } from "../aggregate/internal.js";
import { type Decimal, KDecimal } from "../core/decimal.js";
import { isKpiError, raise } from "../core/errors.js";
import { numericOrUndefined } from "../core/numeric.js";
import { createBucketer } from "../period/bucketer.js";
import { isGranularity } from "../period/granularity.js";
import { parsePeriod } from "../period/parsePeriod.js";
import { resolveCalendarFor } from "../period/resolveCalendar.js";
import type { CohortState, CustomerHistory } from "./_cohort.js";
import { isInstant, isJsonObject, isReadReport, isStateEnvelope } from "./_json.js";
import { CUSTOMERS_EXPECTED } from "./messages.js";

const SUBJECT = "deserializeCohortState";

/**
 * Reads a cohort state back from its JSON form ({@link serializeCohortState}), checking everything:
 * format and version, granularity and calendar, keys, period keys of the state's granularity and
 * calendar (unique per customer), exact revenues (0 when the state has no revenue), first
 * activities (without first-activity dates, in the customer's earliest period) and the report.
 *
 * @param json - The parsed JSON.
 * @returns The state.
 * @throws {KpiError} `invalid_argument` naming the place (`json.groups.0.customers.3`) of the first problem.
 * @example
 * ```ts
 * import { cohortState, deserializeCohortState, serializeCohortState } from "kinerja";
 *
 * const state = cohortState([{ at: "2025-01-05T00:00:00Z", customer: "A" }], {
 *   date: "at", customer: "customer", granularity: "month",
 * });
 * const back = deserializeCohortState(JSON.parse(JSON.stringify(serializeCohortState(state))));
 * console.log(back.groups.get(null)?.size, back.report.records);
 * // 1 1
 * ```
 * @category Customers
 */
export function deserializeCohortState(json: unknown): CohortState {
  const at = (path: readonly (string | number)[], received: unknown): never =>
    raise(
      "invalid_argument",
      SUBJECT,
      ["json", ...path],
      CUSTOMERS_EXPECTED.serializedCohortState,
      received,
    );
  if (!isStateEnvelope(json, "kinerja.cohort_state")) {
    return at([], json);
  }
  if (!isGranularity(json.granularity)) at(["granularity"], json.granularity);
  const granularity = json.granularity as CohortState["granularity"];
  const calendar = resolveCalendarFor(json.calendar, SUBJECT, ["json", "calendar"]);
  for (const flag of ["revenue", "firstActivity", "grouped"] as const) {
    if (typeof json[flag] !== "boolean") at([flag], json[flag]);
  }
  const report = json.report;
  if (!isReadReport(report)) at(["report"], report);
  const bucketer = createBucketer(granularity, calendar);
  const groups = new Map<GroupKey | null, Map<GroupKey, CustomerHistory>>();
  if (!Array.isArray(json.groups)) at(["groups"], json.groups);
  const zero = new KDecimal(0);
  for (const [g, entry] of (json.groups as unknown[]).entries()) {
    if (!isJsonObject(entry) || !Array.isArray(entry.customers)) return at(["groups", g], entry);
    const group =
      json.grouped === true ? keyFromJson(entry.group) : entry.group === null ? null : undefined;
    if (group === undefined || groups.has(group)) return at(["groups", g, "group"], entry.group);
    const customers = new Map<GroupKey, CustomerHistory>();
    groups.set(group, customers);
    for (const [c, row] of (entry.customers as unknown[]).entries()) {
      const place = ["groups", g, "customers", c];
      if (
        !Array.isArray(row) ||
        row.length !== 3 ||
        !Array.isArray(row[2]) ||
        row[2].length === 0
      ) {
        return at(place, row);
      }
      const customer = keyFromJson(row[0]);
      const first = row[1];
      if (customer === undefined || customers.has(customer)) return at([...place, 0], row[0]);
      if (!isInstant(first)) {
        return at([...place, 1], first);
      }
      const periods = new Map<number, Decimal>();
      for (const [p, cell] of (row[2] as unknown[]).entries()) {
        const cellPlace = [...place, 2, p];
        if (!Array.isArray(cell) || cell.length !== 2 || typeof cell[0] !== "string") {
          return at(cellPlace, cell);
        }
        let ordinal: number;
        try {
          const period = parsePeriod(cell[0], calendar);
          if (period.granularity !== granularity) return at(cellPlace, cell[0]);
          ordinal = bucketer.ordinalOfPeriod(period, SUBJECT);
        } catch (error) {
          if (isKpiError(error)) return at(cellPlace, cell[0]);
          throw error;
        }
        if (periods.has(ordinal)) return at(cellPlace, cell[0]);
        const revenue = numericOrUndefined(cell[1]);
        if (revenue === undefined || (json.revenue !== true && !revenue.isZero())) {
          return at([...cellPlace, 1], cell[1]);
        }
        periods.set(ordinal, revenue.isZero() ? zero : revenue);
      }
      let earliest = Number.POSITIVE_INFINITY;
      for (const ordinal of periods.keys()) if (ordinal < earliest) earliest = ordinal;
      if (json.firstActivity !== true && bucketer.ordinalOf(first) !== earliest) {
        return at([...place, 1], first);
      }
      customers.set(customer, { first, periods });
    }
  }
  if (json.grouped !== true && groups.size > 1) at(["groups"], json.groups);
  return {
    type: "cohort_state",
    granularity,
    calendar,
    revenue: json.revenue as boolean,
    firstActivity: json.firstActivity as boolean,
    grouped: json.grouped as boolean,
    groups,
    report: {
      records: (report as { records: number }).records,
      accepted: (report as { accepted: number }).accepted,
      rejected: (report as { rejected: number }).rejected,
    },
  };
}
