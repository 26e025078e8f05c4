import { expect } from "vitest";
import { KpiError, type KpiErrorCode } from "../../src/core/errors.js";

/** Runs `run`, expects a KpiError with that code and message, and returns it for further checks. */
export function expectKpiError(run: () => unknown, code: KpiErrorCode, message: string): KpiError {
  let caught: unknown;
  try {
    run();
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(KpiError);
  const error = caught as KpiError;
  expect(error.code).toBe(code);
  expect(error.message).toBe(message);
  return error;
}
