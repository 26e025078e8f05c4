import { type Decimal, KDecimal } from "../core/decimal.js";
import { raise } from "../core/errors.js";
import type { Numeric } from "../core/numeric.js";
import { unreachable } from "../core/unreachable.js";
import { critical, moments } from "./_meanMath.js";
import { readConfidence, readObject, readOptions, readValue } from "./_read.js";
import { REVIEW_EXPECTED } from "./messages.js";
import { ExactDecimal, lowerBound, maxOf, resultValue, upperBound } from "./precision.js";

/**
 * The bands a projection can carry:
 *
 * - `prediction` (default): where the period's total will land. The remaining r days are r new
 *   days like the m so far, so the band is projected ± t·s·√(r + r²/m): the day-to-day noise of
 *   the days to come (r·s²) plus the uncertainty of the mean daily rate (r²·s²/m).
 * - `mean`: where the total would land at the true mean daily rate: projected ± r·t·s/√m, the
 *   t-interval of the mean daily rate times the remaining days. Narrower; it ignores the noise of
 *   the days to come.
 *
 * @example
 * ```ts
 * import { projectionBands } from "kinerja";
 *
 * console.log(projectionBands.join(" "));
 * // prediction mean
 * ```
 * @category Review statistics
 */
export const projectionBands = ["prediction", "mean"] as const;

/**
 * One of the {@link projectionBands}.
 *
 * @category Review statistics
 */
export type ProjectionBand = (typeof projectionBands)[number];

/**
 * What {@link projectTotal} projects from.
 *
 * @category Review statistics
 */
export interface ProjectTotalInput {
  /** The value of each elapsed business day so far, in order (0 for a day without sales). */
  readonly daily: readonly Numeric[];
  /** The number of elapsed business days (default: the length of `daily`, which it must equal). */
  readonly elapsedDays?: number;
  /** The number of business days in the whole period (see {@link countBusinessDays}). */
  readonly totalDays: number;
}

/**
 * Options of {@link projectTotal}.
 *
 * @category Review statistics
 */
export interface ProjectTotalOptions {
  /** The confidence level of the band, 0 < c ≤ 0.999999999 (default 0.95). */
  readonly confidence?: Numeric;
  /** The band (default `"prediction"`). */
  readonly band?: ProjectionBand;
  /** The least share of the period's business days that must have elapsed, 0 to 1 (default 0.2). */
  readonly minimumElapsedShare?: Numeric;
}

/**
 * A projection of a period's total with its band. `actual` is exact; the projection and the
 * daily mean are rounded half away from zero to 20 decimal places, the bounds outward. Without a
 * projection `projected`, `lower` and `upper` are `null` and `reason` says why: `too_early` (less
 * than the minimum share of the period has elapsed), `no_data` (no day yet); with a single day
 * the projection exists but the band does not (`single_day`).
 *
 * @category Review statistics
 */
export interface Projection {
  readonly band: ProjectionBand;
  readonly confidence: Decimal;
  readonly elapsedDays: number;
  readonly totalDays: number;
  readonly remainingDays: number;
  /** The total so far, exact. */
  readonly actual: Decimal;
  /** The mean daily value so far. */
  readonly dailyMean: Decimal | null;
  readonly projected: Decimal | null;
  readonly lower: Decimal | null;
  readonly upper: Decimal | null;
  /** m − 1, of the t quantile. */
  readonly degreesOfFreedom: number | null;
  readonly reason: "too_early" | "no_data" | "single_day" | null;
}

const MAX_DIGITS = 100;
const MAX_DAYS = 100000;

function readDays(value: unknown, subject: string, path: readonly (string | number)[]): number {
  if (typeof value !== "number" || !Number.isInteger(value) || value < 0 || value > MAX_DAYS) {
    raise("out_of_domain", subject, path, REVIEW_EXPECTED.days, value);
  }
  return value;
}

function readBand(value: unknown, subject: string): ProjectionBand {
  if (value === undefined) return "prediction";
  if (!(projectionBands as readonly unknown[]).includes(value)) {
    raise("invalid_option", subject, ["options", "band"], REVIEW_EXPECTED.projectionBand, value);
  }
  return value as ProjectionBand;
}

function margin(
  band: ProjectionBand,
  t: Decimal,
  deviation: Decimal,
  remaining: Decimal,
  m: Decimal,
): Decimal {
  switch (band) {
    case "prediction":
      return t.times(deviation).times(remaining.plus(remaining.times(remaining).div(m)).sqrt());
    case "mean":
      return remaining.times(t).times(deviation).div(m.sqrt());
    default:
      return unreachable(band, "projection band");
  }
}

/**
 * Projects a period's total from the business days elapsed so far, with a band from the
 * variability of the daily values: projected = actual + r·x̄ (x̄ the mean daily value of the m
 * elapsed days, r the remaining days), and a Student t band with m − 1 degrees of freedom (see
 * {@link projectionBands}). The daily variance is computed exactly from the sum and the sum of
 * squares (as in {@link meanInterval}). No projection before `minimumElapsedShare` of the period
 * has elapsed. When no daily value is negative the lower bound is at least the total so far.
 *
 * @param input - The daily values so far, the elapsed and the total business days.
 * @param options - Confidence, band and the early-period guard.
 * @returns The {@link Projection}.
 * @throws {KpiError} `invalid_argument` for a `daily` that is not an array; `invalid_number` / `out_of_domain` for a daily value that is not a number of at most 100 significant digits, or day counts that are not integers from 0 to 100000; `inconsistent_inputs` when `elapsedDays` is not the number of daily values or exceeds `totalDays`; `invalid_option` for a bad confidence, band or minimum share.
 * @example
 * ```ts
 * import { projectTotal } from "kinerja";
 *
 * // 10 of 20 business days: Rp 41.5 million so far (in millions per day)
 * const march = projectTotal({ daily: [4, 5, 3, "4.5", 6, 2, 4, 5, 3, 5], totalDays: 20 });
 * console.log(march.actual.toString(), march.projected?.toString());
 * // 41.5 83
 * console.log(march.lower?.toFixed(1), march.upper?.toFixed(1), march.band);
 * // 70.8 95.2 prediction
 * console.log(projectTotal({ daily: [4, 5], totalDays: 20 }).reason);
 * // too_early
 * ```
 * @category Review statistics
 */
export function projectTotal(input: ProjectTotalInput, options?: ProjectTotalOptions): Projection {
  const subject = "projectTotal";
  const read = readObject(input, subject, ["input"]);
  if (!Array.isArray(read.daily)) {
    raise("invalid_argument", subject, ["input", "daily"], REVIEW_EXPECTED.daily, read.daily);
  }
  const daily = (read.daily as unknown[]).map((value, index) => {
    const path = ["input", "daily", index];
    const decimal = readValue(value, subject, path);
    if (decimal.sd() > MAX_DIGITS)
      raise("out_of_domain", subject, path, REVIEW_EXPECTED.exactDigits, value);
    return new ExactDecimal(decimal);
  });
  const totalDays = readDays(read.totalDays, subject, ["input", "totalDays"]);
  const elapsedDays =
    read.elapsedDays === undefined
      ? daily.length
      : readDays(read.elapsedDays, subject, ["input", "elapsedDays"]);
  if (elapsedDays !== daily.length) {
    raise(
      "inconsistent_inputs",
      subject,
      ["input", "elapsedDays"],
      REVIEW_EXPECTED.elapsedDays(daily.length),
      read.elapsedDays,
    );
  }
  if (elapsedDays > totalDays) {
    raise(
      "inconsistent_inputs",
      subject,
      ["input", "elapsedDays"],
      REVIEW_EXPECTED.elapsedAtMostTotal(totalDays),
      elapsedDays,
    );
  }
  const settings = readOptions(options, subject);
  const confidence = readConfidence(settings.confidence, subject, ["options", "confidence"]);
  const band = readBand(settings.band, subject);
  const share =
    settings.minimumElapsedShare === undefined
      ? new ExactDecimal("0.2")
      : readValue(settings.minimumElapsedShare, subject, ["options", "minimumElapsedShare"]);
  if (share.isNegative() || share.gt(1)) {
    raise(
      "invalid_option",
      subject,
      ["options", "minimumElapsedShare"],
      REVIEW_EXPECTED.unitInterval,
      settings.minimumElapsedShare,
    );
  }
  let sum = new ExactDecimal(0);
  let sumOfSquares = new ExactDecimal(0);
  for (const value of daily) {
    sum = sum.plus(value);
    sumOfSquares = sumOfSquares.plus(value.times(value));
  }
  const m = new ExactDecimal(elapsedDays);
  const remaining = new ExactDecimal(totalDays - elapsedDays);
  const base = {
    band,
    confidence: new KDecimal(confidence),
    elapsedDays,
    totalDays,
    remainingDays: totalDays - elapsedDays,
    actual: new KDecimal(sum.isZero() ? 0 : sum),
  };
  const none = {
    dailyMean: null,
    projected: null,
    lower: null,
    upper: null,
    degreesOfFreedom: null,
  };
  if (totalDays > 0 && m.div(totalDays).lt(share)) return { ...base, ...none, reason: "too_early" };
  if (elapsedDays === 0) return { ...base, ...none, reason: "no_data" };
  const { mean, variance } = moments({ n: m, sum, sumOfSquares });
  const dailyMean = mean as Decimal;
  const projected = sum.plus(remaining.times(dailyMean));
  const result = { ...base, dailyMean: resultValue(dailyMean), projected: resultValue(projected) };
  if (remaining.isZero()) {
    return {
      ...result,
      lower: base.actual,
      upper: base.actual,
      degreesOfFreedom: null,
      reason: null,
    };
  }
  if (variance === null)
    return { ...result, lower: null, upper: null, degreesOfFreedom: null, reason: "single_day" };
  const degrees = m.minus(1);
  const { value: t } = critical(confidence, degrees);
  const width = margin(band, t, variance.sqrt(), remaining, m);
  let lower = projected.minus(width);
  if (daily.every((value) => !value.isNegative())) lower = maxOf(lower, sum);
  return {
    ...result,
    lower: lowerBound(lower),
    upper: upperBound(projected.plus(width)),
    degreesOfFreedom: degrees.toNumber(),
    reason: null,
  };
}
