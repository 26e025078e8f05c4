import { type Decimal, KDecimal } from "../core/decimal.js";
import { raise } from "../core/errors.js";
import type { Numeric } from "../core/numeric.js";
import { unreachable } from "../core/unreachable.js";
import { halfAlpha, twoSidedZ } from "./_quantiles.js";
import { readConfidence, readCount, readMinimum, readObject, readOptions } from "./_read.js";
import { REVIEW_EXPECTED } from "./messages.js";
import { clamp, high, lowerBound, resultValue, upperBound } from "./precision.js";
import { flagged, notFlagged, SHARE_MINIMUM, type SmallSample } from "./smallSample.js";
import { betaInverse } from "./special/_beta.js";
import { MAX_SHAPE } from "./special/_limits.js";

/**
 * The interval methods for a share:
 *
 * - `wilson` (default): the Wilson (1927) score interval, centred at (x + z²/2)/(n + z²).
 * - `jeffreys`: the α/2 and 1 − α/2 quantiles of Beta(x + ½, n − x + ½), with the lower bound 0
 *   when x = 0 and the upper bound 1 when x = n (Brown, Cai & DasGupta 2001, section 4.1.2).
 * - `clopper_pearson`: the "exact" interval from Beta(x, n − x + 1) and Beta(x + 1, n − x)
 *   quantiles (Clopper & Pearson 1934); conservative, never below the nominal coverage.
 *
 * @example
 * ```ts
 * import { shareIntervalMethods } from "kinerja";
 *
 * console.log(shareIntervalMethods.join(" "));
 * // wilson jeffreys clopper_pearson
 * ```
 * @category Review statistics
 */
export const shareIntervalMethods = ["wilson", "jeffreys", "clopper_pearson"] as const;

/**
 * One of the {@link shareIntervalMethods}.
 *
 * @category Review statistics
 */
export type ShareIntervalMethod = (typeof shareIntervalMethods)[number];

/**
 * The counts of a share: `successes` out of `n` (won deals out of closed deals, converted leads
 * out of leads, satisfied answers out of answers).
 *
 * @category Review statistics
 */
export interface ShareCounts {
  /** The successes x, a non-negative integer at most n. */
  readonly successes: Numeric;
  /** The number of trials n, a non-negative integer. */
  readonly n: Numeric;
}

/**
 * Options of {@link shareInterval}.
 *
 * @category Review statistics
 */
export interface ShareIntervalOptions {
  /** The confidence level, 0 < c ≤ 0.999999999 (default 0.95). */
  readonly confidence?: Numeric;
  /** The method (default `"wilson"`). */
  readonly method?: ShareIntervalMethod;
  /** The least number of successes and of failures not flagged as a small sample (default 5). */
  readonly minimum?: number;
}

/**
 * An interval for a share. Bounds are exact decimals rounded outward to 20 decimal places
 * (lower toward −∞, upper toward +∞) and clamped to [0, 1]; the estimate x/n is rounded half
 * away from zero to 20 places. With n = 0 the estimate and bounds are `null` and `reason` is
 * `"no_data"`.
 *
 * @category Review statistics
 */
export interface ShareInterval {
  readonly model: "share";
  readonly method: ShareIntervalMethod;
  readonly confidence: Decimal;
  readonly successes: number;
  readonly n: number;
  readonly estimate: Decimal | null;
  readonly lower: Decimal | null;
  readonly upper: Decimal | null;
  readonly smallSample: SmallSample;
  readonly reason: "no_data" | null;
}

/** The validated counts of a share, at working precision. @internal */
export interface ReadShare {
  readonly successes: Decimal;
  readonly n: Decimal;
}

/** Reads share counts (successes ≤ n). @internal */
export function readShare(
  value: unknown,
  subject: string,
  path: readonly (string | number)[],
): ReadShare {
  const counts = readObject(value, subject, path);
  const successes = readCount(counts.successes, subject, [...path, "successes"]);
  const n = readCount(counts.n, subject, [...path, "n"]);
  if (successes.gt(n)) {
    raise(
      "inconsistent_inputs",
      subject,
      [...path, "successes"],
      REVIEW_EXPECTED.atMostN(n.toString()),
      counts.successes,
    );
  }
  return { successes, n };
}

/** The Wilson bounds at working precision (not rounded, not clamped). @internal */
export function wilsonBounds(share: ReadShare, z: Decimal): { lower: Decimal; upper: Decimal } {
  const { successes: x, n } = share;
  const square = z.times(z);
  const denominator = n.plus(square);
  const centre = x.plus(square.div(2)).div(denominator);
  const spread = z.times(x.times(n.minus(x)).div(n).plus(square.div(4)).sqrt()).div(denominator);
  return { lower: centre.minus(spread), upper: centre.plus(spread) };
}

/** The small-sample check of a share. @internal */
export function shareSmallSample(share: ReadShare, minimum: number): SmallSample {
  if (share.n.isZero()) return flagged("no_data", minimum);
  if (share.successes.lt(minimum)) return flagged("few_successes", minimum);
  if (share.n.minus(share.successes).lt(minimum)) return flagged("few_failures", minimum);
  return notFlagged(minimum);
}

function readMethod(value: unknown, subject: string): ShareIntervalMethod {
  if (value === undefined) return "wilson";
  if (!(shareIntervalMethods as readonly unknown[]).includes(value)) {
    raise("invalid_option", subject, ["options", "method"], REVIEW_EXPECTED.shareMethod, value);
  }
  return value as ShareIntervalMethod;
}

function bounds(
  share: ReadShare,
  method: ShareIntervalMethod,
  confidence: Decimal,
): { lower: Decimal; upper: Decimal } {
  const { successes: x, n } = share;
  const tail = halfAlpha(confidence);
  const upperTail = high(1).minus(tail);
  switch (method) {
    case "wilson":
      return wilsonBounds(share, twoSidedZ(confidence));
    case "jeffreys": {
      const a = x.plus("0.5");
      const b = n.minus(x).plus("0.5");
      return {
        lower: x.isZero() ? high(0) : betaInverse(tail, a, b),
        upper: x.eq(n) ? high(1) : betaInverse(upperTail, a, b),
      };
    }
    case "clopper_pearson":
      return {
        lower: x.isZero() ? high(0) : betaInverse(tail, x, n.minus(x).plus(1)),
        upper: x.eq(n) ? high(1) : betaInverse(upperTail, x.plus(1), n.minus(x)),
      };
    default:
      return unreachable(method, "share interval method");
  }
}

/**
 * A confidence interval for a share (win rate, conversion, churn, CSAT top-box, awareness) from
 * its counts, with a small-sample flag.
 *
 * Wilson's score interval by default; Jeffreys and Clopper–Pearson on request (see
 * {@link shareIntervalMethods}). Everything is computed in decimal arithmetic at 60 significant
 * digits. The small-sample flag follows the classic rule n·p̂ ≥ 5 and n·(1 − p̂) ≥ 5
 * (configurable with `minimum`).
 *
 * @param counts - The successes and n.
 * @param options - Confidence, method and small-sample minimum.
 * @returns The {@link ShareInterval}.
 * @throws {KpiError} `invalid_number` / `out_of_domain` for counts that are not non-negative integers; `inconsistent_inputs` when successes exceed n; `invalid_option` for a confidence outside (0, 0.999999999], an unknown method or a bad minimum; `out_of_domain` for n above 10 000 000 with the Jeffreys or Clopper–Pearson method.
 * @example
 * ```ts
 * import { shareInterval } from "kinerja";
 *
 * // 81 successes out of 263 (Newcombe 1998, example (a)): Wilson 0.2553 to 0.3662
 * const interval = shareInterval({ successes: 81, n: 263 });
 * console.log(interval.lower?.toFixed(4), interval.upper?.toFixed(4), interval.smallSample.flag);
 * // 0.2553 0.3662 false
 * const exact = shareInterval({ successes: 81, n: 263 }, { method: "clopper_pearson" });
 * console.log(exact.lower?.toFixed(4), exact.upper?.toFixed(4));
 * // 0.2527 0.3676
 * console.log(shareInterval({ successes: 1, n: 29 }).smallSample);
 * // { flag: true, reason: 'few_successes', minimum: 5 }
 * ```
 * @category Review statistics
 */
export function shareInterval(counts: ShareCounts, options?: ShareIntervalOptions): ShareInterval {
  const subject = "shareInterval";
  const share = readShare(counts, subject, ["counts"]);
  const read = readOptions(options, subject);
  const confidence = readConfidence(read.confidence, subject, ["options", "confidence"]);
  const method = readMethod(read.method, subject);
  const minimum = readMinimum(read.minimum, subject, SHARE_MINIMUM);
  if (method !== "wilson" && share.n.gt(MAX_SHAPE)) {
    raise(
      "out_of_domain",
      subject,
      ["counts", "n"],
      REVIEW_EXPECTED.beta(String(MAX_SHAPE)),
      counts.n,
    );
  }
  const base = {
    model: "share" as const,
    method,
    confidence: new KDecimal(confidence),
    successes: share.successes.toNumber(),
    n: share.n.toNumber(),
    smallSample: shareSmallSample(share, minimum),
  };
  if (share.n.isZero()) {
    return { ...base, estimate: null, lower: null, upper: null, reason: "no_data" };
  }
  const { lower, upper } = bounds(share, method, confidence);
  const zero = high(0);
  const one = high(1);
  return {
    ...base,
    estimate: resultValue(share.successes.div(share.n)),
    lower: lowerBound(clamp(lower, zero, one)),
    upper: upperBound(clamp(upper, zero, one)),
    reason: null,
  };
}
