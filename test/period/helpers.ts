import type { Period } from "../../src/period/types.js";

/** A period as plain data for comparisons: key and ISO bounds. */
export function span(period: Period): [string, string, string] {
  return [period.key, period.start.toISOString(), period.end.toISOString()];
}

/** Hours between a period's start and end. */
export function hours(period: Period): number {
  return (period.end.getTime() - period.start.getTime()) / 3_600_000;
}
