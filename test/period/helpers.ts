import { expect } from "vitest";
import { isKpiError, type KpiErrorCode } from "../../src/core/errors.js";
import type { Period } from "../../src/period/types.js";

/** A period as plain data for comparisons: key and ISO bounds. */
export function span(period: Period): [string, string, string] {
  return [period.key, period.start.toISOString(), period.end.toISOString()];
}

/** Hours between a period's start and end. */
export function hours(period: Period): number {
  return (period.end.getTime() - period.start.getTime()) / 3_600_000;
}

/** Runs `action`, expecting a KpiError with this code; returns it for more checks. */
export function expectKpiError(action: () => unknown, code: KpiErrorCode) {
  try {
    action();
  } catch (error) {
    expect(isKpiError(error)).toBe(true);
    if (isKpiError(error)) {
      expect(error.code).toBe(code);
      return error;
    }
  }
  throw new Error(`expected a KpiError ${code}, nothing was thrown`);
}
