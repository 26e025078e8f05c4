import { fail } from "../core/errors.js";
import { AGGREGATE_EXPECTED, describe } from "../core/messages.js";
import type { AnyMeasure, Measures } from "./measure.js";
import type { Series } from "./series.js";

/** Throws an `invalid_option` / `invalid_argument` error of a series function. @internal */
export function badOption(
  subject: string,
  name: string,
  expected: string,
  received: unknown,
  code: "invalid_option" | "invalid_argument" = "invalid_option",
): never {
  return fail({
    code,
    subject,
    path: [name],
    where: code === "invalid_option" ? `option ${name}` : name,
    expected,
    received: describe(received),
  });
}

/** Checks a measures object and returns its entries in order. @internal */
export function checkMeasures(subject: string, measures: unknown): [string, AnyMeasure][] {
  if (typeof measures !== "object" || measures === null || Array.isArray(measures)) {
    badOption(subject, "measures", AGGREGATE_EXPECTED.measures, measures);
  }
  const entries = Object.entries(measures as Measures);
  if (entries.length === 0) badOption(subject, "measures", AGGREGATE_EXPECTED.measures, measures);
  for (const [name, measure] of entries) {
    if (
      typeof measure !== "object" ||
      measure === null ||
      (measure as { type?: unknown }).type !== "measure"
    ) {
      fail({
        code: "invalid_option",
        subject,
        path: ["measures", name],
        where: `measure ${JSON.stringify(name)}`,
        expected: AGGREGATE_EXPECTED.measure,
        received: describe(measure),
      });
    }
  }
  return entries;
}

/** Checks that a value is a series. @internal */
export function checkSeries(subject: string, series: unknown): asserts series is Series {
  if (
    typeof series !== "object" ||
    series === null ||
    (series as { type?: unknown }).type !== "series"
  ) {
    badOption(subject, "series", AGGREGATE_EXPECTED.series, series, "invalid_argument");
  }
}

/** Checks a positive integer option. @internal */
export function checkPositiveInteger(subject: string, name: string, value: unknown): number {
  if (typeof value !== "number" || !Number.isSafeInteger(value) || value < 1) {
    badOption(subject, name, AGGREGATE_EXPECTED.windowSize, value, "invalid_argument");
  }
  return value;
}
