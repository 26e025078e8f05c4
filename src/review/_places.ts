import { raise } from "../core/errors.js";
import { REVIEW_EXPECTED } from "./messages.js";

/** Reads the decimal places of a decomposition (0 to 100), with its default. @internal */
export function readPlaces(value: unknown, subject: string, fallback: number): number {
  if (value === undefined) return fallback;
  if (typeof value !== "number" || !Number.isInteger(value) || value < 0 || value > 100) {
    raise(
      "invalid_option",
      subject,
      ["options", "places"],
      REVIEW_EXPECTED.decompositionPlaces,
      value,
    );
  }
  return value;
}
