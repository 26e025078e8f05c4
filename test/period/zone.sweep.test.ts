// Sweeps every time zone the runtime knows, minute by minute around every offset change from 2000
// to 2030, comparing the day and month periodOf gives with the local date Intl shows (issue 12,
// defect 2: repeated midnights put an hour in the wrong day).
import { describe, expect, it } from "vitest";
import { periodOf } from "../../src/period/periodOf.js";
import { resolveCalendar } from "../../src/period/resolveCalendar.js";

const FROM = Date.UTC(2000, 0, 1);
const TO = Date.UTC(2031, 0, 1);
/** Offset changes are looked for with this step, then bisected to the millisecond. */
const STEP = 7 * 86_400_000;
const MINUTE = 60_000;
/** Minutes swept on each side of an offset change. */
const HALF_WINDOW = 120;

/** The UTC offset Intl shows at an instant, as text ("GMT-03:30"): enough to see it change. */
function offsetReader(timeZone: string): (epochMs: number) => string {
  const format = new Intl.DateTimeFormat("en-US", { timeZone, timeZoneName: "longOffset" });
  return (epochMs) => {
    const text = format.format(epochMs); // "11/1/2026, GMT-04:00"
    return text.slice(text.lastIndexOf(" ") + 1);
  };
}

/** Every instant at which the offset changes in [FROM, TO) (to the millisecond). */
function transitions(offsetAt: (epochMs: number) => string): number[] {
  const found: number[] = [];
  let previous = offsetAt(FROM);
  for (let low = FROM; low < TO; low += STEP) {
    const high = Math.min(low + STEP, TO);
    const next = offsetAt(high);
    if (next === previous) continue;
    // Invariant: the offset at `a` differs from the one at `b`; the first change lies in (a, b].
    let a = low;
    let b = high;
    const before = offsetAt(a);
    while (b - a > 1) {
      const middle = Math.floor((a + b) / 2);
      if (offsetAt(middle) === before) a = middle;
      else b = middle;
    }
    found.push(b);
    previous = next;
  }
  return found;
}

describe("periodOf agrees with Intl around every offset change of every zone, 2000-2030", () => {
  it("gives each minute the day and month of its local date (the later day when a fall-back crosses midnight)", () => {
    const zones = Intl.supportedValuesOf("timeZone");
    let compared = 0;
    let transitionCount = 0;
    let crossing = 0;
    let monthCalls = 0;
    const crossingZones = new Set<string>();
    const mismatches: string[] = [];
    for (const timeZone of zones) {
      const calendar = resolveCalendar({ timeZone });
      const dateFormat = new Intl.DateTimeFormat("en-CA", {
        timeZone,
        year: "numeric",
        month: "2-digit",
        day: "2-digit",
      });
      for (const change of transitions(offsetReader(timeZone))) {
        transitionCount += 1;
        const first = Math.floor(change / MINUTE) * MINUTE - HALF_WINDOW * MINUTE;
        const minutes: number[] = [];
        for (let index = 0; index <= 2 * HALF_WINDOW; index += 1)
          minutes.push(first + index * MINUTE);
        const dates = minutes.map((minute) => dateFormat.format(minute));
        // The day of an instant is the earliest local date shown at or after it: its local date,
        // except in the minutes lived after midnight before a fall-back returns to the day before.
        const expected: string[] = [];
        let earliest = dates[dates.length - 1] as string;
        for (let index = minutes.length - 1; index >= 0; index -= 1) {
          const date = dates[index] as string;
          if (date < earliest) earliest = date;
          if (earliest !== date) {
            crossing += 1;
            crossingZones.add(timeZone);
          }
          expected[index] = earliest;
        }
        // periodOf for the day of every minute; for the month, again whenever the minute leaves
        // the month periodOf gave last (its start and end are checked by the other suites).
        let month = periodOf(first, "month", calendar);
        minutes.forEach((minute, index) => {
          const day = periodOf(minute, "day", calendar).key;
          if (minute < month.start.getTime() || minute >= month.end.getTime()) {
            month = periodOf(minute, "month", calendar);
            monthCalls += 1;
          }
          const wanted = expected[index] as string;
          compared += 1;
          if ((day !== wanted || month.key !== wanted.slice(0, 7)) && mismatches.length < 20) {
            mismatches.push(
              `${timeZone} ${new Date(minute).toISOString()}: ${day} ${month.key}, expected ${wanted}`,
            );
          }
        });
      }
    }
    console.info(
      `zone sweep: ${zones.length} zones, ${transitionCount} offset changes, ${compared} minutes compared (day and month, ${monthCalls} more month periods), ${crossing} minutes before a fall-back across midnight (${[...crossingZones].join(", ")})`,
    );
    expect(mismatches).toEqual([]);
    expect(transitionCount).toBeGreaterThan(5000);
  }, 300_000);
});
