import { type Decimal, KDecimal } from "../core/decimal.js";
import { KpiError, type KpiIssue, makeIssue } from "../core/errors.js";
import { describe } from "../core/messages.js";
import type { Numeric } from "../core/numeric.js";
import { isIssue, readNumeric } from "../core/numeric.js";
import { largestRemainder } from "./_largestRemainder.js";
import { readPlaces } from "./_places.js";
import { readOptions } from "./_read.js";
import { REVIEW_EXPECTED } from "./messages.js";
import { ExactDecimal } from "./precision.js";

/**
 * One side of a segment: the quantity sold and the revenue it brought (the unit price is
 * revenue ÷ quantity).
 *
 * @category Review statistics
 */
export interface PvmSide {
  readonly quantity: Numeric;
  readonly revenue: Numeric;
}

/**
 * A segment (product, region, channel) in the two states compared.
 *
 * @category Review statistics
 */
export interface PvmSegment {
  readonly key: string;
  readonly from: PvmSide;
  readonly to: PvmSide;
}

/**
 * Options of {@link priceVolumeMix}.
 *
 * @category Review statistics
 */
export interface PriceVolumeMixOptions {
  /** Decimal places of the effects, 0 to 100 (default 10; raised to the places of the exact changes when they have more). */
  readonly places?: number;
}

/**
 * The price, volume and mix effects of one segment or of the total; price + volume + mix = change,
 * exactly.
 *
 * @category Review statistics
 */
export interface PvmEffects {
  readonly change: Decimal;
  readonly price: Decimal;
  readonly volume: Decimal;
  readonly mix: Decimal;
}

/**
 * A price / volume / mix decomposition. With no quantity at all in `from` the effects do not
 * exist (there is no base price or mix): `total` and the segments' effects are `null` and
 * `reason` is `"no_base_quantity"`.
 *
 * @category Review statistics
 */
export interface PriceVolumeMix {
  readonly convention: "mix_at_base_price";
  readonly from: Decimal;
  readonly to: Decimal;
  readonly places: number;
  readonly total: PvmEffects | null;
  readonly segments: readonly ({ readonly key: string } & (
    | PvmEffects
    | { readonly change: Decimal; readonly price: null; readonly volume: null; readonly mix: null }
  ))[];
  readonly reason: "no_base_quantity" | null;
}

interface ReadSide {
  quantity: Decimal;
  revenue: Decimal;
}

function readSide(
  value: unknown,
  subject: string,
  path: (string | number)[],
  issues: KpiIssue[],
): ReadSide {
  const zero = { quantity: new ExactDecimal(0), revenue: new ExactDecimal(0) };
  if (typeof value !== "object" || value === null) {
    issues.push(
      makeIssue({
        code: "invalid_argument",
        subject,
        path,
        expected: REVIEW_EXPECTED.pvmSide,
        received: describe(value),
      }),
    );
    return zero;
  }
  const side = value as Record<string, unknown>;
  const quantity = readExact(side.quantity, subject, [...path, "quantity"], issues);
  const revenue = readExact(side.revenue, subject, [...path, "revenue"], issues);
  if (quantity === null || revenue === null) return zero;
  if (quantity.isNegative()) {
    issues.push(
      makeIssue({
        code: "out_of_domain",
        subject,
        path: [...path, "quantity"],
        expected: REVIEW_EXPECTED.nonNegative,
        received: describe(side.quantity),
      }),
    );
  } else if (quantity.isZero() && !revenue.isZero()) {
    issues.push(
      makeIssue({
        code: "inconsistent_inputs",
        subject,
        path: [...path, "revenue"],
        expected: REVIEW_EXPECTED.revenueWithoutQuantity,
        received: describe(side.revenue),
      }),
    );
  }
  return { quantity, revenue };
}

function readExact(
  value: unknown,
  subject: string,
  path: (string | number)[],
  issues: KpiIssue[],
): Decimal | null {
  const read = readNumeric(value, { subject, path });
  if (isIssue(read)) {
    issues.push(read);
    return null;
  }
  if (read.sd() > 100) {
    issues.push(
      makeIssue({
        code: "out_of_domain",
        subject,
        path,
        expected: REVIEW_EXPECTED.exactDigits,
        received: describe(value),
      }),
    );
    return null;
  }
  return new ExactDecimal(read);
}

/** Reads a list of segments, collecting every problem. @internal */
export function readSegments<T>(
  value: unknown,
  subject: string,
  readEntry: (entry: Record<string, unknown>, path: (string | number)[], issues: KpiIssue[]) => T,
): (T & { key: string })[] {
  if (!Array.isArray(value)) {
    throw new KpiError([
      makeIssue({
        code: "invalid_argument",
        subject,
        path: ["segments"],
        expected: REVIEW_EXPECTED.segments,
        received: describe(value),
      }),
    ]);
  }
  const issues: KpiIssue[] = [];
  const keys = new Set<string>();
  const result = value.map((entry: unknown, index: number) => {
    const path = ["segments", index];
    if (typeof entry !== "object" || entry === null) {
      issues.push(
        makeIssue({
          code: "invalid_argument",
          subject,
          path,
          expected: REVIEW_EXPECTED.segments,
          received: describe(entry),
        }),
      );
      return { ...readEntry({}, path, []), key: "" };
    }
    const record = entry as Record<string, unknown>;
    const key = record.key;
    if (typeof key !== "string" || key === "" || keys.has(key)) {
      issues.push(
        makeIssue({
          code: "invalid_argument",
          subject,
          path: [...path, "key"],
          expected: REVIEW_EXPECTED.segmentKey,
          received: describe(key),
        }),
      );
    } else keys.add(key);
    return { ...readEntry(record, path, issues), key: typeof key === "string" ? key : "" };
  });
  if (issues.length > 0) throw new KpiError(issues);
  return result;
}

/**
 * Why revenue changed across segments: price, volume and mix effects that sum **exactly** to the
 * change, in total and for each segment.
 *
 * The convention is the sales quantity and mix variances of management accounting (CIMA; the
 * volume effect at the base mix, the mix effect from each segment's share, both at the segment's
 * base price), with the price effect at the new quantities. With Q the total quantity, sᵢ = qᵢ/Q
 * a segment's share, pᵢ = rᵢ/qᵢ its unit price and primes for `to`:
 *
 * - volume effect  Vᵢ = (Q' − Q) · sᵢ · pᵢ   (all segments grow with the total, at the old mix)
 * - mix effect     Mᵢ = (sᵢ' − sᵢ) · Q' · pᵢ  (the segment's share moved)
 * - price effect   Pᵢ = (pᵢ' − pᵢ) · qᵢ'
 *
 * Vᵢ + Mᵢ + Pᵢ = rᵢ' − rᵢ for each segment. In total, the mix effect equals Σ (sᵢ' − sᵢ)·Q'·(pᵢ − p̄)
 * with p̄ the old average price: it is positive when the mix moved to dearer segments. A new
 * segment (no `from` quantity) has no old price: its revenue is all mix. Divisions are rounded to
 * `places` by the largest-remainder method so the effects still add up exactly.
 *
 * @param segments - `[{ key, from: { quantity, revenue }, to: { quantity, revenue } }, ...]`: quantities non-negative, revenue 0 where the quantity is.
 * @param options - Decimal places.
 * @returns The {@link PriceVolumeMix}.
 * @throws {KpiError} listing every malformed segment, duplicate key, negative quantity or revenue without quantity, with its path.
 * @example
 * ```ts
 * import { priceVolumeMix } from "kinerja";
 *
 * // Two products, budget against actual (freemathhelp.com, "Price, volume and mix variance")
 * const pvm = priceVolumeMix([
 *   { key: "ABC", from: { quantity: 50, revenue: 60 }, to: { quantity: 60, revenue: 66 } },
 *   { key: "DEF", from: { quantity: 40, revenue: 32 }, to: { quantity: 50, revenue: 50 } },
 * ], { places: 2 });
 * const { change, price, volume, mix } = pvm.total ?? {};
 * console.log(change?.toString(), price?.toString(), volume?.toString(), mix?.toString());
 * // 24 4 20.44 -0.44
 * ```
 * @category Review statistics
 */
export function priceVolumeMix(
  segments: readonly PvmSegment[],
  options?: PriceVolumeMixOptions,
): PriceVolumeMix {
  const subject = "priceVolumeMix";
  const read = readSegments(segments, subject, (entry, path, issues) => ({
    from: readSide(entry.from, subject, [...path, "from"], issues),
    to: readSide(entry.to, subject, [...path, "to"], issues),
  }));
  const settings = readOptions(options, subject);
  let fromQuantity = new ExactDecimal(0);
  let toQuantity = new ExactDecimal(0);
  let fromRevenue = new ExactDecimal(0);
  let toRevenue = new ExactDecimal(0);
  for (const segment of read) {
    fromQuantity = fromQuantity.plus(segment.from.quantity);
    toQuantity = toQuantity.plus(segment.to.quantity);
    fromRevenue = fromRevenue.plus(segment.from.revenue);
    toRevenue = toRevenue.plus(segment.to.revenue);
  }
  const changes = read.map((segment) => segment.to.revenue.minus(segment.from.revenue));
  const change = toRevenue.minus(fromRevenue);
  const places = Math.max(
    readPlaces(settings.places, subject, 10),
    ...changes.map((value) => value.decimalPlaces()),
    change.decimalPlaces(),
  );
  const base = {
    convention: "mix_at_base_price" as const,
    from: new KDecimal(fromRevenue),
    to: new KDecimal(toRevenue),
    places,
  };
  if (fromQuantity.isZero()) {
    return {
      ...base,
      total: null,
      segments: read.map((segment, index) => ({
        key: segment.key,
        change: new KDecimal(changes[index] as Decimal),
        price: null,
        volume: null,
        mix: null,
      })),
      reason: "no_base_quantity",
    };
  }
  const growth = toQuantity.minus(fromQuantity).div(fromQuantity);
  const rawVolume = read.map((segment) => segment.from.revenue.times(growth));
  const rawPrice = read.map((segment) =>
    segment.from.quantity.isZero()
      ? new ExactDecimal(0)
      : segment.to.revenue.minus(
          segment.to.quantity.times(segment.from.revenue).div(segment.from.quantity),
        ),
  );
  const sum = (values: readonly Decimal[]): Decimal =>
    values.reduce((total, value) => total.plus(value), new ExactDecimal(0));
  const volumes = largestRemainder(
    rawVolume,
    sum(rawVolume).toDecimalPlaces(places, ExactDecimal.ROUND_HALF_UP),
    places,
  );
  const prices = largestRemainder(
    rawPrice,
    sum(rawPrice).toDecimalPlaces(places, ExactDecimal.ROUND_HALF_UP),
    places,
  );
  const mixes = changes.map((value, index) =>
    value.minus(prices[index] as Decimal).minus(volumes[index] as Decimal),
  );
  const out = (value: Decimal): Decimal => new KDecimal(value.isZero() ? 0 : value);
  return {
    ...base,
    total: {
      change: out(change),
      price: out(sum(prices)),
      volume: out(sum(volumes)),
      mix: out(sum(mixes)),
    },
    segments: read.map((segment, index) => ({
      key: segment.key,
      change: out(changes[index] as Decimal),
      price: out(prices[index] as Decimal),
      volume: out(volumes[index] as Decimal),
      mix: out(mixes[index] as Decimal),
    })),
    reason: null,
  };
}
