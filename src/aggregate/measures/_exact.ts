import { type Decimal, isDecimalInstance, KDecimal } from "../../core/decimal.js";
import { numericOrUndefined } from "../../core/numeric.js";
import { AGGREGATE_EXPECTED } from "../messages.js";

// Exact numbers on the hot path, without a Decimal per record.
//
// A value is read into one of three forms ("modes"):
//   0: a safe integer mantissa `m` with a decimal scale `s` (value = m / 10^s), from a char-code parser;
//   1: a bigint mantissa `big` with a scale `s`, for plain decimals with more than 15 digits and bigints;
//   2: a Decimal, for what the fast parsers decline (exponent notation, Decimal instances).
// Sums stay in form 0 while they are safe integers, spill to bigint, and become a Decimal once, at the end.
// A Decimal added to a sum is turned into its exact bigint mantissa and scale first (never added as
// a Decimal, which would round to 34 digits and make merging depend on the order of the values).

const MAX = Number.MAX_SAFE_INTEGER;
const POW10 = [
  1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16,
];
const PLAIN = /^[+-]?\d+(?:\.\d+)?$/;
const MAX_BIG_SCALE = 60;
/**
 * Most decimal places of a value read (and of a serialized sum). Values readNumeric accepts have an
 * exponent within ±1000, so this only refuses plain strings of more than 10,000 decimal places.
 * @internal
 */
export const MAX_SCALE = 10_000;

/** An exact value in one of the three forms. @internal */
export interface ExactSlot {
  mode: 0 | 1 | 2;
  m: number;
  s: number;
  big: bigint;
  dec: Decimal | null;
}

/** An empty slot (holding zero). @internal */
export function emptySlot(): ExactSlot {
  return { mode: 0, m: 0, s: 0, big: 0n, dec: null };
}

/** Whether a value has the shape of a slot. @internal */
export function isSlot(value: unknown): value is ExactSlot {
  const slot = value as ExactSlot | null;
  return (
    typeof slot === "object" &&
    slot !== null &&
    (slot.mode === 0 || slot.mode === 1 || slot.mode === 2) &&
    typeof slot.m === "number" &&
    typeof slot.s === "number" &&
    typeof slot.big === "bigint" &&
    (slot.mode !== 2 || isDecimalInstance(slot.dec))
  );
}

/** Copies one slot into another. @internal */
export function copySlot(target: ExactSlot, source: ExactSlot): void {
  target.mode = source.mode;
  target.m = source.m;
  target.s = source.s;
  target.big = source.big;
  target.dec = source.dec;
}

/**
 * Reads a number into a slot: numbers by their shortest decimal text (`String(n)`), never by float
 * arithmetic; plain decimal strings with a char-code parser. Returns false for what is not a
 * {@link Numeric} (the same rules as `readNumeric`).
 *
 * @internal
 */
export function readExact(slot: ExactSlot, value: unknown): boolean {
  if (typeof value === "string") return readText(slot, value);
  if (typeof value === "number") {
    if (Number.isSafeInteger(value)) {
      slot.mode = 0;
      slot.m = value === 0 ? 0 : value;
      slot.s = 0;
      return true;
    }
    if (!Number.isFinite(value) || Math.abs(value) > MAX) return false;
    return readText(slot, String(value));
  }
  if (typeof value === "bigint") {
    slot.mode = 1;
    slot.big = value;
    slot.s = 0;
    return true;
  }
  if (typeof value === "object" && value !== null && isDecimalInstance(value)) {
    const read = numericOrUndefined(value);
    if (read === undefined || read.decimalPlaces() > MAX_SCALE) return false;
    slot.mode = 2;
    slot.dec = read;
    return true;
  }
  return false;
}

/** Reads text with the char-code parser, or the slow paths. @internal */
export function readText(slot: ExactSlot, text: string): boolean {
  const length = text.length;
  if (length === 0) return false;
  let index = 0;
  let negative = false;
  let code = text.charCodeAt(0);
  if (code === 45) {
    negative = true;
    index = 1;
  } else if (code === 43) {
    index = 1;
  }
  let mantissa = 0;
  let integerDigits = 0;
  let fractionDigits = 0;
  let point = false;
  for (; index < length; index++) {
    code = text.charCodeAt(index);
    if (code >= 48 && code <= 57) {
      mantissa = mantissa * 10 + (code - 48);
      if (point) fractionDigits++;
      else integerDigits++;
    } else if (code === 46 && !point) {
      point = true;
    } else {
      return readSlow(slot, text);
    }
  }
  if (integerDigits === 0 || (point && fractionDigits === 0)) return false;
  if (integerDigits + fractionDigits > 15) return readSlow(slot, text);
  slot.mode = 0;
  slot.m = negative && mantissa !== 0 ? -mantissa : mantissa;
  slot.s = fractionDigits;
  return true;
}

function readSlow(slot: ExactSlot, text: string): boolean {
  if (PLAIN.test(text)) {
    const point = text.indexOf(".");
    const scale = point === -1 ? 0 : text.length - point - 1;
    if (scale <= MAX_BIG_SCALE) {
      slot.mode = 1;
      slot.big = BigInt(point === -1 ? text : text.slice(0, point) + text.slice(point + 1));
      slot.s = scale;
      return true;
    }
  }
  // Not a plain decimal ("12,50") is refused without building an issue.
  const read = numericOrUndefined(text);
  if (read === undefined || read.decimalPlaces() > MAX_SCALE) return false;
  slot.mode = 2;
  slot.dec = read;
  return true;
}

/** Text of an integer (given as text, possibly signed) divided by 10^scale. @internal */
export function scaledText(integer: string, scale: number): string {
  if (scale === 0) return integer;
  const negative = integer.startsWith("-");
  let digits = negative ? integer.slice(1) : integer;
  if (digits.length <= scale) digits = "0".repeat(scale - digits.length + 1) + digits;
  const cut = digits.length - scale;
  return `${negative ? "-" : ""}${digits.slice(0, cut)}.${digits.slice(cut)}`;
}

/** The Decimal of a slot (exact). @internal */
export function slotToDecimal(slot: ExactSlot): Decimal {
  let value: Decimal;
  if (slot.mode === 2) value = slot.dec as Decimal;
  else if (slot.mode === 1) value = new KDecimal(scaledText(slot.big.toString(), slot.s));
  else value = new KDecimal(scaledText(String(slot.m), slot.s));
  return value.isZero() ? new KDecimal(0) : value;
}

/** The exact decimal text of a slot (for serialization). @internal */
export function slotText(slot: ExactSlot): string {
  return slotToDecimal(slot).toString();
}

function bigOf(slot: ExactSlot): bigint {
  return slot.mode === 1 ? slot.big : BigInt(slot.m);
}

/** Compares two slots exactly: negative, zero or positive. @internal */
export function compareSlots(a: ExactSlot, b: ExactSlot): number {
  if (a.mode === 0 && b.mode === 0) {
    if (a.s === b.s) return a.m - b.m;
    if (a.s < b.s) {
      const scaled = a.m * (POW10[b.s - a.s] as number);
      if (scaled <= MAX && scaled >= -MAX) return scaled - b.m;
    } else {
      const scaled = b.m * (POW10[a.s - b.s] as number);
      if (scaled <= MAX && scaled >= -MAX) return a.m - scaled;
    }
  }
  if (a.mode !== 2 && b.mode !== 2) {
    const scale = Math.max(a.s, b.s);
    const left = bigOf(a) * 10n ** BigInt(scale - a.s);
    const right = bigOf(b) * 10n ** BigInt(scale - b.s);
    return left < right ? -1 : left > right ? 1 : 0;
  }
  return slotToDecimal(a).comparedTo(slotToDecimal(b));
}

/**
 * An exact running sum: a safe-integer part at a common scale and a bigint part it spills into.
 * @internal
 */
export interface ExactSum {
  small: number;
  big: bigint;
  scale: number;
}

/** An empty sum. @internal */
export function emptySum(): ExactSum {
  return { small: 0, big: 0n, scale: 0 };
}

/** Whether a value has the shape of a sum. @internal */
export function isExactSum(value: unknown): value is ExactSum {
  const sum = value as ExactSum | null;
  return (
    typeof sum === "object" &&
    sum !== null &&
    typeof sum.small === "number" &&
    typeof sum.big === "bigint" &&
    typeof sum.scale === "number"
  );
}

function rescale(sum: ExactSum, scale: number): void {
  const factor = scale - sum.scale;
  const power = 10n ** BigInt(factor);
  const factorNumber = POW10[factor];
  const small = factorNumber === undefined ? Number.NaN : sum.small * factorNumber;
  if (small <= MAX && small >= -MAX) {
    if (sum.big !== 0n) sum.big *= power;
    sum.small = small;
  } else {
    sum.big = (sum.big + BigInt(sum.small)) * power;
    sum.small = 0;
  }
  sum.scale = scale;
}

/** Adds a safe integer mantissa at a scale. @internal */
export function addScaled(sum: ExactSum, mantissa: number, scale: number): void {
  let value = mantissa;
  if (scale !== sum.scale) {
    if (scale > sum.scale) {
      rescale(sum, scale);
    } else {
      const factor = POW10[sum.scale - scale];
      value = factor === undefined ? Number.NaN : mantissa * factor;
      if (!(value <= MAX && value >= -MAX)) {
        sum.big += BigInt(mantissa) * 10n ** BigInt(sum.scale - scale);
        return;
      }
    }
  }
  const next = sum.small + value;
  if (next > MAX || next < -MAX) {
    sum.big += BigInt(sum.small);
    sum.small = value;
  } else {
    sum.small = next;
  }
}

/** Adds a bigint mantissa at a scale. @internal */
export function addBig(sum: ExactSum, mantissa: bigint, scale: number): void {
  if (scale > sum.scale) rescale(sum, scale);
  sum.big += mantissa * 10n ** BigInt(sum.scale - scale);
}

/**
 * Adds a Decimal exactly, as its bigint mantissa and scale (its exponent is within ±1000 and its
 * decimal places at most {@link MAX_SCALE}, so the plain text is bounded). @internal
 */
export function addDecimal(sum: ExactSum, value: Decimal): void {
  const text = value.toFixed();
  const point = text.indexOf(".");
  if (point === -1) {
    addBig(sum, BigInt(text), 0);
  } else {
    addBig(sum, BigInt(text.slice(0, point) + text.slice(point + 1)), text.length - point - 1);
  }
}

/** Adds a slot. @internal */
export function addSlot(sum: ExactSum, slot: ExactSlot): void {
  if (slot.mode === 0) {
    // The common case inline: the sum's scale, no spill past 2^53.
    if (slot.s === sum.scale) {
      const next = sum.small + slot.m;
      if (next <= MAX && next >= -MAX) {
        sum.small = next;
        return;
      }
    }
    addScaled(sum, slot.m, slot.s);
  } else if (slot.mode === 1) addBig(sum, slot.big, slot.s);
  else addDecimal(sum, slot.dec as Decimal);
}

/** Adds one sum into another. @internal */
export function mergeSum(target: ExactSum, source: ExactSum): void {
  // The scale is the largest scale of every value added, whichever way the values arrived.
  if (source.scale > target.scale) rescale(target, source.scale);
  if (source.small !== 0) addScaled(target, source.small, source.scale);
  if (source.big !== 0n) addBig(target, source.big, source.scale);
}

/** A copy of a sum. @internal */
export function copySum(sum: ExactSum): ExactSum {
  return { small: sum.small, big: sum.big, scale: sum.scale };
}

/** The integer (at the sum's scale) of the exact part, as text. @internal */
export function sumIntegerText(sum: ExactSum): string {
  return sum.big === 0n ? String(sum.small) : (sum.big + BigInt(sum.small)).toString();
}

/** The value of a sum, built once. @internal */
export function sumToDecimal(sum: ExactSum): Decimal {
  const value: Decimal = new KDecimal(scaledText(sumIntegerText(sum), sum.scale));
  return value.isZero() ? new KDecimal(0) : value;
}

/** Whether a sum is zero. @internal */
export function isZeroSum(sum: ExactSum): boolean {
  return sum.big + BigInt(sum.small) === 0n;
}

/** The JSON fields of an exact sum: the integer at the sum's scale, and the scale. @internal */
export function exactSumJson(total: ExactSum): { integer: string; scale: number } {
  return { integer: sumIntegerText(total), scale: total.scale };
}

/** An exact sum from its JSON fields, or undefined when they are malformed. @internal */
export function exactSumFromJson(json: Readonly<Record<string, unknown>>): ExactSum | undefined {
  const { integer, scale } = json;
  if (typeof integer !== "string" || !/^-?\d+$/.test(integer)) return undefined;
  if (typeof scale !== "number" || !Number.isSafeInteger(scale) || scale < 0 || scale > MAX_SCALE)
    return undefined;
  const total = emptySum();
  total.scale = scale;
  const big = BigInt(integer);
  if (big >= BigInt(-MAX) && big <= BigInt(MAX)) total.small = Number(big);
  else total.big = big;
  return total;
}

/**
 * What an amount must be, worded for the value received: a number beyond ±(2^53 − 1) is told to
 * travel as a string or bigint. Only called on the slow path (messages). @internal
 */
export function amountExpected(value: unknown): string {
  return typeof value === "number" && Number.isFinite(value) && Math.abs(value) > MAX
    ? AGGREGATE_EXPECTED.safeAmount
    : AGGREGATE_EXPECTED.amount;
}
