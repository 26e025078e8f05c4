import type { KpiIssue } from "../core/errors.js";
import * as REPORT_EXPECTED from "./messages.js";
import type { SpecValueOf } from "./types.js";

/** A JSON path in the spec. @internal */
export type Path = (string | number)[];

/** Adds a problem of the spec: its code, JSON path, what was expected and what was received. @internal */
export type Add = (
  code: KpiIssue["code"],
  path: Path,
  expected: string,
  received: unknown,
  where?: string,
) => void;

/**
 * The parts of a spec left out of the checks of meaning because their shape is wrong (already
 * listed): top-level keys, sources by name, metric entries by index, and the measure names of the
 * sources left out (known, so that a metric naming one is not reported twice).
 *
 * @internal
 */
export interface Skipped {
  readonly top: ReadonlySet<string>;
  readonly sources: ReadonlySet<string>;
  readonly metrics: ReadonlySet<number>;
  readonly measures: ReadonlyMap<string, string>;
}

/** A received value already described (an issue of another function), passed on as it is. @internal */
export interface Described {
  readonly described: true;
  readonly text: string;
}

/** Marks a text as already described. @internal */
export const described = (text: string): Described => ({ described: true, text });

/** Whether a received value is already described. @internal */
export const isDescribed = (value: unknown): value is Described =>
  typeof value === "object" && value !== null && (value as Described).described === true;

/** The JSON path as it reads in a message: `metrics[1].inputs.won`. @internal */
export const pathText = (path: readonly (string | number)[]): string =>
  path.map((key, i) => (typeof key === "number" ? `[${key}]` : i === 0 ? key : `.${key}`)).join("");

/**
 * Checks what a metric input or a quantity reads: a measure, a non-empty list of measures, or a
 * number.
 *
 * @param value - What the spec maps.
 * @param path - Its JSON path.
 * @param measureSource - The measures of the spec.
 * @param add - Adds a problem.
 * @internal
 */
export function checkValueOf(
  value: SpecValueOf,
  path: Path,
  measureSource: ReadonlyMap<string, string>,
  add: Add,
): void {
  const names = [...measureSource.keys()];
  if (typeof value === "string") {
    if (!measureSource.has(value))
      add("invalid_option", path, REPORT_EXPECTED.measureName(names), value, pathText(path));
  } else if (Array.isArray(value)) {
    if (value.length === 0)
      add("invalid_option", path, REPORT_EXPECTED.measureList, value, pathText(path));
    for (const [i, name] of value.entries()) {
      if (!measureSource.has(name))
        add(
          "invalid_option",
          [...path, i],
          REPORT_EXPECTED.measureName(names),
          name,
          pathText([...path, i]),
        );
    }
  }
}
