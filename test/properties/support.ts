// Shared generators and reference helpers of the property suites.
import { Decimal } from "decimal.js";
import fc from "fast-check";
import type { CalendarInput } from "../../src/period/types.js";

/** Zones beyond the period layer's own property list: half-hour DST, date-line jumps, odd offsets. */
export const ZONES = [
  "UTC",
  "Asia/Jakarta",
  "Asia/Kathmandu",
  "Asia/Kolkata",
  "America/New_York",
  "Europe/Berlin",
  "Australia/Lord_Howe",
  "Pacific/Chatham",
  "Pacific/Apia",
  "America/St_Johns",
  "America/Santiago",
  "Asia/Tehran",
  "Africa/Casablanca",
  "Pacific/Kiritimati",
  "America/Havana",
  "Europe/Dublin",
] as const;

/** Every calendar: any zone, week start, fiscal start month and naming. */
export const calendarArbitrary: fc.Arbitrary<CalendarInput> = fc.record({
  timeZone: fc.constantFrom(...ZONES),
  weekStartsOn: fc.constantFrom(0, 1, 2, 3, 4, 5, 6),
  fiscalYearStartMonth: fc.integer({ min: 1, max: 12 }),
  fiscalYearNaming: fc.constantFrom("end_year", "start_year"),
}) as fc.Arbitrary<CalendarInput>;

/** Instants over about three years around 2024-2026, where the generated records live. */
export const recordInstant = fc.integer({ min: Date.UTC(2023, 11, 1), max: Date.UTC(2026, 1, 1) });

/** Text of `units / 10^scale`, exact. */
export function scaledText(units: bigint, scale: number): string {
  const negative = units < 0n;
  const digits = (negative ? -units : units).toString().padStart(scale + 1, "0");
  const body = scale === 0 ? digits : `${digits.slice(0, -scale)}.${digits.slice(-scale)}`;
  return negative ? `-${body}` : body;
}

const ForeignDecimal = Decimal.clone({ precision: 7, rounding: Decimal.ROUND_FLOOR });

/**
 * One amount `units / 10^scale` written in one of the forms a user may pass: a plain string, a JS
 * number (only when its shortest text is that decimal), a bigint (whole amounts), the user's global
 * decimal.js `Decimal`, or a Decimal of another clone with a 7-digit precision.
 */
export function amountIn(
  form: number,
  units: bigint,
  scale: number,
): string | number | bigint | Decimal {
  const text = scaledText(units, scale);
  switch (form % 5) {
    case 1: {
      const number = Number(text);
      return String(number) === text ? number : text;
    }
    case 2:
      return scale === 0 || units % 10n ** BigInt(scale) === 0n
        ? units / 10n ** BigInt(scale)
        : text;
    case 3:
      return new Decimal(text);
    case 4:
      return new ForeignDecimal(text);
    default:
      return text;
  }
}

/** An amount with 0-4 decimals, from cents of a coffee to amounts past 2^53 (bigint territory). */
export const amountArbitrary = fc.record({
  units: fc.oneof(
    fc.bigInt({ min: -100_000n, max: 100_000n }),
    fc.bigInt({ min: -(10n ** 12n), max: 10n ** 12n }),
    fc.bigInt({ min: -(10n ** 22n), max: 10n ** 22n }),
  ),
  scale: fc.integer({ min: 0, max: 4 }),
  form: fc.nat({ max: 4 }),
});

/** The amount as units of 10^-4, for BigInt reference sums. */
export function toUnits4(units: bigint, scale: number): bigint {
  return units * 10n ** BigInt(4 - scale);
}

/** Fisher-Yates with a fast-check-provided list of random keys: a permutation of `items`. */
export function permute<T>(items: readonly T[], keys: readonly number[]): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = (keys[i % Math.max(keys.length, 1)] ?? 0) % (i + 1);
    [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
  }
  return copy;
}
