import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type Decimal, KDecimal } from "../../src/core/decimal.js";
import { salesRevenue } from "../../src/metrics/sales/salesRevenue.js";
import { pace } from "../../src/target/pace.js";

// Properties of pace's dailyByCalendarDay with businessDays: the booked business days carry every
// calendar day so far, and the result is pace with daily given the values booked by hand.

const jakarta = { timeZone: "Asia/Jakarta" };
const twoDigits = (value: number) => String(value).padStart(2, "0");

/** Whether a day counts: a weekday (Monday to Friday) that is not a holiday. */
const isBusinessDay = (key: string, holidays: readonly string[]) =>
  ![0, 6].includes(new Date(`${key}T00:00:00Z`).getUTCDay()) && !holidays.includes(key);

/** A month of 2025, a day of it, whether asOf is that day's start or its noon, and holidays. */
const scenario = fc
  .integer({ min: 1, max: 12 })
  .chain((month) => {
    const length = new Date(Date.UTC(2025, month, 0)).getUTCDate();
    const keys = Array.from(
      { length },
      (_, index) => `2025-${twoDigits(month)}-${twoDigits(index + 1)}`,
    );
    return fc.record({
      month: fc.constant(`2025-${twoDigits(month)}`),
      keys: fc.constant(keys),
      day: fc.integer({ min: 0, max: length - 1 }),
      noon: fc.boolean(),
      // at noon, with the day in progress's value or without it
      inProgress: fc.boolean(),
      holidays: fc.subarray(keys),
      values: fc.array(
        fc.integer({ min: -50_000, max: 1_000_000 }).map((cents) => new KDecimal(cents).div(100)),
        { minLength: length, maxLength: length },
      ),
    });
  })
  // asOf after the period's start, and a period with a business day (pace refuses one without)
  .filter(
    ({ keys, day, noon, holidays }) =>
      (noon || day > 0) && keys.some((key) => isBusinessDay(key, holidays)),
  );

/**
 * The booking by hand: each calendar day's value on the next business day begun by asOf, or the
 * last one before it; the business days given, and the one in progress when it carries a value.
 */
function bookByHand(
  keys: readonly string[],
  values: readonly Decimal[],
  begun: number,
  holidays: readonly string[],
): Decimal[] {
  const targets = keys.slice(0, begun).filter((key) => isBusinessDay(key, holidays));
  const booked = new Map<string, Decimal>();
  values.forEach((value, index) => {
    const key = keys[index] as string;
    const on = targets.find((target) => target >= key) ?? targets[targets.length - 1];
    if (on !== undefined) booked.set(on, (booked.get(on) ?? new KDecimal(0)).plus(value));
  });
  return targets.filter((key) => booked.has(key)).map((key) => booked.get(key) as Decimal);
}

const total = (values: readonly Decimal[]) =>
  values.reduce((sum: Decimal, value) => sum.plus(value), new KDecimal(0));

describe("pace: dailyByCalendarDay, properties", () => {
  it("books every calendar day so far on the business days, as booked by hand", () => {
    fc.assert(
      fc.property(scenario, ({ month, keys, day, noon, inProgress, holidays, values }) => {
        const key = keys[day] as string;
        // at the start of `day`, the days before it have ended; at its noon it has begun
        const asOf = noon ? `${key}T12:00` : key;
        const begun = noon ? day + 1 : day;
        const given = values.slice(0, noon && inProgress ? day + 1 : day);
        const input = {
          metric: salesRevenue,
          target: 1000,
          period: month,
          asOf,
          calendar: jakarta,
          businessDays: { holidays },
        };
        const byHand = bookByHand(keys, given, begun, holidays);
        const paced = pace({ ...input, dailyByCalendarDay: given });
        expect(paced.daily).toEqual(byHand);
        expect(paced.actualToDate?.eq(total(given))).toBe(true);
        if (byHand.length > 0 || given.length === 0) {
          // the business days so far carry every calendar day so far
          expect(total(byHand).eq(total(given))).toBe(true);
          expect(paced).toEqual(pace({ ...input, daily: byHand }));
        } else {
          // values, but no business day begun to carry them: nothing expected, nothing projected
          expect(paced.elapsedShare.isZero()).toBe(true);
          expect(paced.projected).toBeNull();
        }
      }),
      { numRuns: 40 },
    );
  });
});
