import { MAX_INSTANT, MIN_INSTANT } from "../period/instant.js";

/** A plain JSON object (not null, not an array). @internal */
export const isJsonObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** A count: a non-negative safe integer. @internal */
export const isCount = (value: unknown): value is number =>
  Number.isSafeInteger(value) && (value as number) >= 0;

/** Epoch milliseconds in the supported range. @internal */
export const isInstant = (value: unknown): value is number =>
  Number.isSafeInteger(value) &&
  (value as number) >= MIN_INSTANT &&
  (value as number) < MAX_INSTANT;

/**
 * Whether `json` is the envelope of a serialized customers state: an object of the given format,
 * version 1. @internal
 */
export const isStateEnvelope = (json: unknown, format: string): json is Record<string, unknown> =>
  isJsonObject(json) && json.format === format && json.version === 1;

/** Whether `report` is a serialized read report: counts with accepted + rejected = records. @internal */
export const isReadReport = (report: unknown): boolean =>
  isJsonObject(report) &&
  isCount(report.records) &&
  isCount(report.accepted) &&
  isCount(report.rejected) &&
  report.accepted + report.rejected === report.records;
