import { type Decimal, KDecimal } from "../core/decimal.js";
import type { Numeric } from "../core/numeric.js";
import { twoSidedZ } from "./_quantiles.js";
import { readConfidence, readCount, readMinimum, readObject, readOptions } from "./_read.js";
import { clamp, high, lowerBound, resultValue, upperBound } from "./precision.js";
import { ANSWERS_MINIMUM, flagged, notFlagged, type SmallSample } from "./smallSample.js";

/**
 * The answer counts of a Net Promoter Score survey (scores 9–10, 7–8 and 0–6).
 *
 * @category Review statistics
 */
export interface NpsSample {
  readonly promoters: Numeric;
  readonly passives: Numeric;
  readonly detractors: Numeric;
}

/**
 * Options of {@link npsInterval}.
 *
 * @category Review statistics
 */
export interface NpsIntervalOptions {
  /** The confidence level, 0 < c ≤ 0.999999999 (default 0.95). */
  readonly confidence?: Numeric;
  /** The least number of answers not flagged as a small sample (default 30). */
  readonly minimum?: number;
}

/**
 * An interval for an NPS, on its −100 to 100 scale. The estimate and standard error are rounded
 * half away from zero to 20 decimal places, the bounds outward and clamped to [−100, 100]. With
 * no answers every value is `null` and `reason` is `"no_data"`.
 *
 * @category Review statistics
 */
export interface NpsInterval {
  readonly model: "nps";
  readonly method: "normal";
  readonly confidence: Decimal;
  readonly n: number;
  readonly estimate: Decimal | null;
  readonly standardError: Decimal | null;
  readonly lower: Decimal | null;
  readonly upper: Decimal | null;
  readonly smallSample: SmallSample;
  readonly reason: "no_data" | null;
}

/** Validated NPS counts with the derived estimate and standard error, at working precision. @internal */
export interface ReadNps {
  readonly n: Decimal;
  /** 100·(p − d), or null with no answers. */
  readonly estimate: Decimal | null;
  /** 100·√((p + d − (p − d)²)/n), or null with no answers. */
  readonly standardError: Decimal | null;
}

/** Reads NPS counts and computes the estimate and its standard error. @internal */
export function readNps(
  value: unknown,
  subject: string,
  path: readonly (string | number)[],
): ReadNps {
  const counts = readObject(value, subject, path);
  const promoters = readCount(counts.promoters, subject, [...path, "promoters"]);
  const passives = readCount(counts.passives, subject, [...path, "passives"]);
  const detractors = readCount(counts.detractors, subject, [...path, "detractors"]);
  const n = promoters.plus(passives).plus(detractors);
  if (n.isZero()) return { n, estimate: null, standardError: null };
  const p = promoters.div(n);
  const d = detractors.div(n);
  const net = p.minus(d);
  const variance = p.plus(d).minus(net.times(net));
  return {
    n,
    estimate: net.times(100),
    standardError: variance.isNegative() ? high(0) : variance.div(n).sqrt().times(100),
  };
}

/** The small-sample check of an NPS. @internal */
export function npsSmallSample(read: ReadNps, minimum: number): SmallSample {
  if (read.n.isZero()) return flagged("no_data", minimum);
  if (read.standardError?.isZero()) return flagged("no_variation", minimum);
  if (read.n.lt(minimum)) return flagged("n_below_minimum", minimum);
  return notFlagged(minimum);
}

/**
 * A confidence interval for a Net Promoter Score from its promoter, passive and detractor counts.
 *
 * NPS = 100·(p − d) with p and d the promoter and detractor shares; its standard error is
 * 100·√((p + d − (p − d)²)/n), and the interval NPS ± z·SE (normal approximation, z = Φ⁻¹(1 − α/2))
 * is clamped to [−100, 100]. Flagged as a small sample under 30 answers (configurable) or when
 * every answer is in one category (the standard error is then 0).
 *
 * @param counts - Promoters, passives and detractors.
 * @param options - Confidence and small-sample minimum.
 * @returns The {@link NpsInterval}.
 * @throws {KpiError} `invalid_number` / `out_of_domain` for counts that are not non-negative integers; `invalid_option` for a bad confidence or minimum.
 * @example
 * ```ts
 * import { npsInterval } from "kinerja";
 *
 * // 42 answers: 15 promoters, 18 passives, 9 detractors: NPS 14.3, SE 11.5
 * const nps = npsInterval({ promoters: 15, passives: 18, detractors: 9 });
 * console.log(nps.estimate?.toFixed(1), nps.standardError?.toFixed(1));
 * // 14.3 11.5
 * console.log(nps.lower?.toFixed(1), nps.upper?.toFixed(1), nps.smallSample.flag);
 * // -8.2 36.7 false
 * ```
 * @category Review statistics
 */
export function npsInterval(counts: NpsSample, options?: NpsIntervalOptions): NpsInterval {
  const subject = "npsInterval";
  const read = readNps(counts, subject, ["counts"]);
  const settings = readOptions(options, subject);
  const confidence = readConfidence(settings.confidence, subject, ["options", "confidence"]);
  const minimum = readMinimum(settings.minimum, subject, ANSWERS_MINIMUM);
  const base = {
    model: "nps" as const,
    method: "normal" as const,
    confidence: new KDecimal(confidence),
    n: read.n.toNumber(),
    smallSample: npsSmallSample(read, minimum),
  };
  if (read.estimate === null || read.standardError === null) {
    return {
      ...base,
      estimate: null,
      standardError: null,
      lower: null,
      upper: null,
      reason: "no_data",
    };
  }
  const margin = twoSidedZ(confidence).times(read.standardError);
  const low = high(-100);
  const top = high(100);
  return {
    ...base,
    estimate: resultValue(read.estimate),
    standardError: resultValue(read.standardError),
    lower: lowerBound(clamp(read.estimate.minus(margin), low, top)),
    upper: upperBound(clamp(read.estimate.plus(margin), low, top)),
    reason: null,
  };
}
