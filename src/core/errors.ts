import { describe, PLACE, placeOf, renderMessage, renderSummary } from "./messages.js";

/**
 * The stable codes of {@link KpiError} and its issues.
 *
 * - `invalid_number`: not a finite number, plain decimal string, bigint or Decimal.
 * - `out_of_domain`: a valid number outside the input's domain (a negative count, a fraction above 1).
 * - `inconsistent_inputs`: inputs that cannot all be right together (won deals above closed deals).
 * - `missing_input` / `unknown_input`: an input absent, or one the metric does not declare.
 * - `invalid_argument`: an argument of the wrong type or shape (an options object, an array).
 * - `invalid_option`: an option value outside what the function accepts.
 * - `not_additive`: an input or measure that cannot be combined across periods (distinct counts).
 * - `invalid_date`, `invalid_time_zone`, `invalid_period`, `invalid_calendar`: time problems.
 * - `invalid_record`: a record in `aggregate()` that could not be read.
 * - `unknown_metric`: an id that is not in the catalog.
 * - `invalid_score`: a survey score outside its scale.
 * - `invalid_target`: a target that cannot be evaluated.
 * - `not_paceable`: pacing asked of a metric that does not accumulate over time.
 * @category Numbers and errors
 */
export type KpiErrorCode =
  | "invalid_number"
  | "out_of_domain"
  | "inconsistent_inputs"
  | "missing_input"
  | "unknown_input"
  | "invalid_argument"
  | "invalid_option"
  | "not_additive"
  | "invalid_date"
  | "invalid_time_zone"
  | "invalid_period"
  | "invalid_calendar"
  | "invalid_record"
  | "unknown_metric"
  | "invalid_score"
  | "invalid_target"
  | "not_paceable";

/**
 * One problem found in an input: what was wrong, where, what was expected and what was received.
 *
 * @category Numbers and errors
 */
export interface KpiIssue {
  /** The stable code of the problem. */
  readonly code: KpiErrorCode;
  /** Where the problem is, from the argument down (for example `["inputs", "lost"]` or `[12, "amount"]`). */
  readonly path: readonly (string | number)[];
  /** What was expected, in words. */
  readonly expected: string;
  /** What was received, described (never the raw value, so issues always serialize). */
  readonly received: string;
  /** The whole sentence, naming the metric or function and the field. */
  readonly message: string;
}

/**
 * What it takes to describe an issue. `where` defaults to the wording of the path
 * ({@link placeOf}); pass it only where a place reads better than its path (a measure name, a
 * calendar field). `received` is the description of what was received (see `describe`). @internal
 */
export interface IssueInit {
  readonly code: KpiErrorCode;
  /** The metric id or function name the problem belongs to. */
  readonly subject: string;
  readonly path: readonly (string | number)[];
  /** How the place reads in a sentence, for example `input "lost"`; derived from the path when absent. */
  readonly where?: string;
  readonly expected: string;
  readonly received: string;
}

/** Builds an issue, message included. @internal */
export function makeIssue(init: IssueInit): KpiIssue {
  const where = init.where ?? placeOf(init.path);
  return {
    code: init.code,
    path: init.path,
    expected: init.expected,
    received: init.received,
    message: renderMessage(init.code, { ...init, where }),
  };
}

/**
 * The one way to raise a problem: throws a {@link KpiError} with one issue whose place is worded
 * from its path and whose received value is described safely. Layers keep their wording in their
 * own message module and call this with it. @internal
 */
export function raise(
  code: KpiErrorCode,
  subject: string,
  path: readonly (string | number)[],
  expected: string,
  received: unknown,
): never {
  throw new KpiError([makeIssue({ code, subject, path, expected, received: describe(received) })]);
}

/**
 * The one error the library throws. It carries a stable `code` (the code of its first issue) and
 * every problem found as structured `issues`.
 *
 * @example
 * ```ts
 * import { KpiError, winRate } from "kinerja";
 *
 * try {
 *   winRate({ won: 3, lost: -3 });
 * } catch (error) {
 *   if (error instanceof KpiError) console.log(error.code, error.message);
 *   // out_of_domain win_rate: input "lost" must be a non-negative integer count, received -3
 * }
 * ```
 * @category Numbers and errors
 */
export class KpiError extends Error {
  /** The code of the first issue. */
  readonly code: KpiErrorCode;
  /** Every problem found, at least one. */
  readonly issues: readonly KpiIssue[];

  /**
   * @param issues - The problems, at least one.
   */
  constructor(issues: readonly KpiIssue[]) {
    const list = issues.length === 0 ? [fallbackIssue()] : issues;
    super(renderSummary(list.map((issue) => issue.message)));
    this.name = "KpiError";
    this.code = (list[0] as KpiIssue).code;
    this.issues = list;
  }

  /** A JSON-friendly form: name, code, message and issues. */
  toJSON(): { name: string; code: KpiErrorCode; message: string; issues: readonly KpiIssue[] } {
    return { name: this.name, code: this.code, message: this.message, issues: this.issues };
  }
}

function fallbackIssue(): KpiIssue {
  return makeIssue({
    code: "invalid_argument",
    subject: "kinerja",
    path: [],
    where: PLACE.unspecified,
    expected: "valid",
    received: "an unspecified problem",
  });
}

/** Throws a KpiError with one issue. @internal */
export function fail(init: IssueInit): never {
  throw new KpiError([makeIssue(init)]);
}

/**
 * Whether a value is a {@link KpiError}, also one thrown by another copy of the library.
 *
 * @param value - Anything caught.
 * @returns `true` for a KpiError.
 * @example
 * ```ts
 * import { isKpiError, toDecimal } from "kinerja";
 *
 * try {
 *   toDecimal("12abc");
 * } catch (error) {
 *   console.log(isKpiError(error), isKpiError(new Error("other")));
 *   // true false
 * }
 * ```
 * @category Numbers and errors
 */
export function isKpiError(value: unknown): value is KpiError {
  return (
    value instanceof KpiError ||
    (value instanceof Error &&
      value.name === "KpiError" &&
      Array.isArray((value as KpiError).issues))
  );
}
