import { expect } from "vitest";
import { isKpiError, type KpiError, type KpiErrorCode } from "../../src/core/errors.js";

/** What a thrown KpiError is checked against, beyond its code. */
export interface ExpectedKpiError {
  /** The whole message, or a pattern it must match. */
  readonly message?: string | RegExp;
  /** The path of the first issue. */
  readonly path?: readonly (string | number)[];
}

/**
 * The one helper every suite uses: runs `run`, expects it to throw a KpiError with this code (and,
 * when given, this message or pattern and first-issue path), and returns the error for further
 * checks. Fails when nothing is thrown or when something else is.
 */
export function expectKpiError(
  run: () => unknown,
  code: KpiErrorCode,
  expected: string | RegExp | ExpectedKpiError = {},
): KpiError {
  const { message, path }: ExpectedKpiError =
    typeof expected === "string" || expected instanceof RegExp ? { message: expected } : expected;
  let caught: unknown;
  let threw = false;
  try {
    run();
  } catch (error) {
    threw = true;
    caught = error;
  }
  expect(threw, `expected a KpiError ${code}, nothing was thrown`).toBe(true);
  expect(isKpiError(caught), `expected a KpiError, got ${String(caught)}`).toBe(true);
  const error = caught as KpiError;
  expect(error.code).toBe(code);
  if (typeof message === "string") expect(error.message).toBe(message);
  else if (message !== undefined) expect(error.message).toMatch(message);
  if (path !== undefined) expect(error.issues[0]?.path).toEqual(path);
  return error;
}

/** The async form of {@link expectKpiError}, for functions that return a promise. */
export async function expectKpiErrorAsync(
  run: () => Promise<unknown>,
  code: KpiErrorCode,
  expected: string | RegExp | ExpectedKpiError = {},
): Promise<KpiError> {
  let caught: unknown;
  let threw = false;
  try {
    await run();
  } catch (error) {
    threw = true;
    caught = error;
  }
  return expectKpiError(
    () => {
      if (threw) throw caught;
    },
    code,
    expected,
  );
}
