import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect } from "vitest";
import { isKpiError, type KpiError, type KpiErrorCode } from "../../src/core/errors.js";

/** A temporary directory with these files (text, or JSON for objects). */
export function workspace(files: Record<string, string | object>): string {
  const dir = mkdtempSync(join(tmpdir(), "kinerja-report-"));
  for (const [name, content] of Object.entries(files)) {
    writeFileSync(
      join(dir, name),
      typeof content === "string" ? content : JSON.stringify(content, null, 2),
    );
  }
  return dir;
}

/** Awaits a promise that must reject with a KpiError of this code; returns the error. */
export async function rejectsWithKpiError(
  promise: Promise<unknown>,
  code: KpiErrorCode,
): Promise<KpiError> {
  try {
    await promise;
  } catch (error) {
    if (!isKpiError(error)) throw error;
    expect(error.code).toBe(code);
    return error;
  }
  throw new Error("expected a KpiError, nothing was thrown");
}
