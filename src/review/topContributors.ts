import { type Decimal, KDecimal } from "../core/decimal.js";
import type { KpiIssue } from "../core/errors.js";
import { raise } from "../core/errors.js";
import type { Numeric } from "../core/numeric.js";
import { isIssue, readNumeric } from "../core/numeric.js";
import { readOptions } from "./_read.js";
import { REVIEW_EXPECTED } from "./messages.js";
import { ExactDecimal, resultValue } from "./precision.js";
import { readSegments } from "./priceVolumeMix.js";

/**
 * A group of a series in the two states compared; a missing side (`null`) counts as 0, for a
 * group that appeared or disappeared.
 *
 * @category Review statistics
 */
export interface ContributorSegment {
  readonly key: string;
  readonly from: Numeric | null;
  readonly to: Numeric | null;
}

/**
 * One segment's part of a change.
 *
 * @category Review statistics
 */
export interface Contributor {
  readonly key: string;
  readonly from: Decimal;
  readonly to: Decimal;
  /** to − from, exact. */
  readonly change: Decimal;
  /** change ÷ total change, to 20 decimal places; `null` when the total change is 0. */
  readonly shareOfChange: Decimal | null;
}

/**
 * Options of {@link topContributors}.
 *
 * @category Review statistics
 */
export interface TopContributorsOptions {
  /** How many segments to list in each direction (default 3). */
  readonly limit?: number;
}

/**
 * The segments that drove a change, in both directions.
 *
 * @category Review statistics
 */
export interface TopContributors {
  readonly from: Decimal;
  readonly to: Decimal;
  /** Σ to − Σ from, exact: the segments' changes sum to it. */
  readonly change: Decimal;
  /** The largest increases, largest first. */
  readonly increases: readonly Contributor[];
  /** The largest decreases, most negative first. */
  readonly decreases: readonly Contributor[];
}

/**
 * Drill-down: the segments (groups of a series: regions, reps, products) that contributed most
 * to a change of a total, in both directions. The segments' changes are exact and sum to the
 * total change; ties keep the input order.
 *
 * @param segments - `[{ key, from, to }, ...]` with unique keys; `null` for a missing side.
 * @param options - How many to list each way.
 * @returns The {@link TopContributors}.
 * @throws {KpiError} listing every malformed segment, duplicate key or value that is not a number; `invalid_option` for a bad limit.
 * @example
 * ```ts
 * import { topContributors } from "kinerja";
 *
 * const drivers = topContributors([
 *   { key: "Jakarta", from: 500, to: 420 },
 *   { key: "Surabaya", from: 300, to: 330 },
 *   { key: "Medan", from: 200, to: 180 },
 *   { key: "Bali", from: null, to: 40 },
 * ], { limit: 2 });
 * console.log(drivers.change.toString());
 * // -30
 * console.log(drivers.increases.map((c) => `${c.key} ${c.change}`).join(", "));
 * // Bali 40, Surabaya 30
 * console.log(drivers.decreases.map((c) => `${c.key} ${c.change}`).join(", "));
 * // Jakarta -80, Medan -20
 * ```
 * @category Review statistics
 */
export function topContributors(
  segments: readonly ContributorSegment[],
  options?: TopContributorsOptions,
): TopContributors {
  const subject = "topContributors";
  const settings = readOptions(options, subject);
  const limit = settings.limit ?? 3;
  if (typeof limit !== "number" || !Number.isSafeInteger(limit) || limit < 1) {
    raise("invalid_option", subject, ["options", "limit"], REVIEW_EXPECTED.limit, limit);
  }
  const read = readSegments(segments, subject, (entry, path, issues) => ({
    from: side(entry.from, subject, [...path, "from"], issues),
    to: side(entry.to, subject, [...path, "to"], issues),
  }));
  let from = new ExactDecimal(0);
  let to = new ExactDecimal(0);
  for (const segment of read) {
    from = from.plus(segment.from);
    to = to.plus(segment.to);
  }
  const change = to.minus(from);
  const all: Contributor[] = read.map((segment) => {
    const own = segment.to.minus(segment.from);
    return {
      key: segment.key,
      from: new KDecimal(segment.from),
      to: new KDecimal(segment.to),
      change: new KDecimal(own),
      shareOfChange: change.isZero() ? null : resultValue(own.div(change)),
    };
  });
  const increases = all.filter((c) => c.change.isPositive() && !c.change.isZero());
  const decreases = all.filter((c) => c.change.isNegative() && !c.change.isZero());
  return {
    from: new KDecimal(from),
    to: new KDecimal(to),
    change: new KDecimal(change),
    increases: stable(increases, (a, b) => b.change.comparedTo(a.change)).slice(0, limit),
    decreases: stable(decreases, (a, b) => a.change.comparedTo(b.change)).slice(0, limit),
  };
}

function stable(
  list: Contributor[],
  compare: (a: Contributor, b: Contributor) => number,
): Contributor[] {
  return list
    .map((item, index) => ({ item, index }))
    .sort((a, b) => compare(a.item, b.item) || a.index - b.index)
    .map(({ item }) => item);
}

function side(
  value: unknown,
  subject: string,
  path: (string | number)[],
  issues: KpiIssue[],
): Decimal {
  if (value === null) return new ExactDecimal(0);
  const read = readNumeric(value, { subject, path });
  if (isIssue(read)) {
    issues.push(read);
    return new ExactDecimal(0);
  }
  return new ExactDecimal(read);
}
