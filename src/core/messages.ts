/**
 * Every text the library shows a person lives here: the error messages and the descriptions of
 * what was expected. Validation code only builds issue data and asks this module for the words.
 *
 * @internal
 */

import type { KpiErrorCode } from "./errors.js";

/** What a value was expected to be, keyed by a stable name. @internal */
export const EXPECTED = {
  numeric: 'a finite number, a plain decimal string such as "1234.56", a bigint or a Decimal',
  count: "a non-negative integer count",
  positiveCount: "a positive integer count",
  amount: "a finite amount",
  nonNegativeAmount: "a non-negative amount",
  fraction: "a fraction between 0 and 1",
  ratio: "a finite ratio",
  nonNegativeNumber: "a non-negative number",
  object: "an object of named inputs",
  array: "an array",
  nonEmptyArray: "a non-empty array",
  knownInput: "one of the declared inputs",
  places: "an integer number of decimal places from 0 to 100",
  roundingMode:
    'one of "ceil", "floor", "expand", "trunc", "halfCeil", "halfFloor", "halfExpand", "halfTrunc", "halfEven"',
  locale: 'a valid BCP 47 locale tag such as "id-ID" or "en-US"',
  additiveInput:
    "an input whose rollup rule is sum, first, last, min or max; it is not additive (a distinct count or a cohort measure), so recompute it from the records of the whole period (for example with countDistinct in aggregate)",
  safeNumber:
    "a number within ±9007199254740991 (pass a string or bigint for larger values, to keep them exact)",
  exponentRange: "a value whose decimal exponent is between -1000 and 1000",
  metricId: "the id of a metric in the catalog",
  metric: "a metric made with defineMetric",
  metricSpec: "a metric definition object",
  metricIdFormat: 'a snake_case id such as "win_rate"',
  localized: "an object { en, id } of strings",
  references: "an array of source URLs (strings)",
  function: "a function",
  declaredInputs: "at least one declared input",
  inputSpec: "an input declaration { domain, rollup, label }",
  computeResult:
    "a KpiResult: { value: a finite Decimal, reason: null } or { value: null, reason } (safeDivide returns one)",
  string: "a string",
} as const;

// Each layer keeps its expectations in its own block below, so the words stay in this one file.

/** Expectations of calendars, periods and instants (src/period). @internal */
export const PERIOD_EXPECTED = {
  calendar:
    "a calendar object with any of timeZone, weekStartsOn, fiscalYearStartMonth and fiscalYearNaming",
  calendarField:
    'one of the calendar fields "timeZone", "weekStartsOn", "fiscalYearStartMonth", "fiscalYearNaming"',
  timeZone: 'an IANA time zone name such as "Asia/Jakarta", "Europe/Berlin" or "UTC"',
  weekStartsOn: "an integer day of the week from 0 (Sunday) to 6 (Saturday)",
  fiscalYearStartMonth: "an integer month from 1 (January) to 12 (December)",
  fiscalYearNaming: '"end_year" or "start_year"',
  granularity:
    'one of "day", "week", "month", "quarter", "half_year", "year", "fiscal_month", "fiscal_quarter", "fiscal_half_year", "fiscal_year"',
  instant:
    'a Date, epoch milliseconds, or an ISO-8601 date or date-time string such as "2025-03-14", "2025-03-14T09:30:00Z" or "2025-03-14T09:30:00+07:00"',
  validDate: "a valid Date",
  instantRange: "an instant from 0001-01-02T00:00:00Z up to (not including) 9999-01-01T00:00:00Z",
  epochMilliseconds:
    "epoch milliseconds (this number is below 100000000000, which looks like epoch seconds: multiply by 1000, or pass a Date or an ISO string for instants near 1970)",
  existingDate:
    "a date and time that exist in the calendar (month 01-12, day within the month, hour 00-23, minute and second 00-59, offset hours 00-23)",
  periodKey:
    'a period key such as "2025-03-14", "2025-W11", "2025-03", "2025-Q1", "2025-H1", "2025", "FY2025-M01", "FY2025-Q1", "FY2025-H1" or "FY2025"',
  existingPeriod:
    "a period that exists in the calendar (a real date, a week number the week-year has, a month 01-12)",
  period:
    "a period from periodOf, parsePeriod or periodRange (an object with granularity, key and calendar)",
  periodInRange:
    "a period containing instants from 0001-01-02T00:00:00Z up to 9999-01-01T00:00:00Z",
  periodCount: "an integer number of periods",
  rangeOrder: 'an instant at or before "to"',
  rangeSize: "a range of at most 1000000 periods",
  zoneOffset: 'a UTC offset from the runtime\'s Intl data such as "GMT+07:00" or "GMT-00:44:30"',
} as const;

/** Expectations of measures, records and series (src/aggregate). @internal */
export const AGGREGATE_EXPECTED = {
  record: "an object (one record)",
  instant: "a Date, epoch milliseconds or an ISO-8601 string (with an offset or Z)",
  amount: 'a finite number, a plain decimal string such as "1234.56", a bigint or a Decimal',
  boolean: "a boolean",
  distinctKey: "a string, a finite number or a bigint",
  groupKey: "a string, a finite number, a bigint or a boolean",
  accessor: "a property name or a function (record, index) => value",
  predicate: "a property name or a function (record, index) => boolean",
  measure: "a measure made with sum, count, countDistinct, first, last, min, max or mean",
  measures: "an object of named measures, at least one",
  options: "an options object",
  records: "an array or another iterable of records",
  onInvalid: 'one of "throw", "skip" or "collect"',
  fill: "a boolean",
  range: "an object { from, to } of instants or period keys, from not after to",
  rangeBound: "an instant or a period key",
  indexOffset: "a non-negative safe integer",
  windowSize: "a positive integer number of periods",
  offset: 'a positive integer number of periods or "same_period_last_year"',
  series: "a series returned by aggregate or a series operation",
  sameShape: "a series with the same granularity, calendar and measures",
  serializedSeries: "a serialized series (the output of serializeSeries)",
  serializedState: "a serialized state of this measure",
  measureName: "the name of one of the series' measures",
  mapping: "a measure name of the series for every input of the metric",
  hole: "a hole in a sparse array",
  coarser: "a granularity whose periods each contain whole periods of the series",
  state: "a state of this measure (from its empty, merge or deserialize)",
  fillLimit:
    "at most 1000000 cells (periods × groups) to fill: narrow the periods with range, or leave empty periods out with fill: false",
  mergeFillLimit:
    "series close enough in time to fill at most 1000000 cells (periods × groups) between them",
  activityLimit: "at most 1000000 periods from the first to the last: narrow them with range",
  periodOrder: "period keys in increasing order, each once",
  groupOrder: "groups in the series order (booleans, numbers, bigints, then strings), each once",
  uniqueCell: "at most one cell per period and group",
  filledCell: "a cell for every period and group (the series is filled)",
  filledPeriods: "every period from the first to the last (the series is filled)",
  ungroupedGroups: "no groups (the series is not grouped)",
} as const;

/** Expectations of the SQL layer (src/sql). @internal */
export const SQL_EXPECTED = {
  dialect: 'one of "duckdb" or "postgres"',
  options: "an options object",
  identifier: "a non-empty column or table name without NUL characters",
  postgresIdentifier:
    "a name of at most 63 bytes in UTF-8 (PostgreSQL cuts longer names, which could then name another column)",
  table: 'a table name, or an array of 1 to 3 name parts such as ["sales", "deals"]',
  column: 'a column name or column("name")',
  valueAccessor:
    'a column name or column("name"): a function accessor runs in JavaScript and cannot run in the database',
  countPredicate:
    'nothing (count every row), the name of a boolean column, or a condition such as column("stage").eq("won"): a function predicate runs in JavaScript and cannot run in the database',
  condition: 'a condition built with column(...), such as column("stage").eq("won")',
  value: "a string, a boolean, a safe integer or a bigint",
  values: "a non-empty array of strings, booleans, safe integers or bigints",
  distinct: 'one of "values" (keep the distinct values, so rollups can recount) or "count"',
  rows: "an array or another iterable of result rows (objects)",
  row: "an object (one result row of the query toSql made)",
  periodKey: "a period key of the query's granularity, as toSql computes it",
  groupValue: "a string, a finite number, a bigint or a boolean (cast other group columns in SQL)",
  countText: "a non-negative integer (as text, a number or a bigint)",
  decimalText: 'a decimal as text, such as "1234.5600" (cast numerics to VARCHAR)',
  distinctList: "a JSON array of strings (the distinct values kept by the query)",
  integerText: "a safe integer (as text, a number or a bigint)",
  validRows:
    'no NULL in the date, group or measure columns, and instants from 0001-01-02T00:00:00Z up to (not including) 9999-01-01T00:00:00Z (leave such rows out with where: column("name").isNotNull(), or with a range)',
  invalidRows: (count: number): string =>
    `${count} ${count === 1 ? "row" : "rows"} with a NULL or an instant outside those years`,
  periodInRange:
    "a period within the option range (the query made for these options leaves the others out)",
  exactType:
    "a value of an integer or DECIMAL / NUMERIC column: floating-point (DOUBLE, REAL, FLOAT) and text columns are not aggregated exactly by the engine, so cast them in a view, such as CAST(amount AS DECIMAL(18, 4))",
  uniqueCell: "one row per period and group",
  mergeableDistinct:
    'a distinct count whose values were kept: this query counted them in the database (distinct: "count"), and distinct counts cannot be added up across periods; run toSql with distinct: "values" (the default) or query the coarser granularity directly',
} as const;

/** A value described for a message, never throwing. @internal */
export function describe(value: unknown): string {
  try {
    switch (typeof value) {
      case "number":
        return Object.is(value, -0) ? "-0" : String(value);
      case "string":
        return value.length > 60
          ? `${JSON.stringify(value.slice(0, 57))}... (${value.length} characters)`
          : JSON.stringify(value);
      case "bigint":
        return `${value}n`;
      case "boolean":
        return String(value);
      case "undefined":
        return "undefined";
      case "symbol":
        return "a symbol";
      case "function":
        return "a function";
      default:
        break;
    }
    if (value === null) return "null";
    if (Array.isArray(value)) return `an array of length ${value.length}`;
    if (value instanceof Date) {
      const time = value.getTime();
      return Number.isNaN(time) ? "an invalid Date" : `Date ${value.toISOString()}`;
    }
    if (typeof (value as { toStringTag?: unknown }).toStringTag === "string") {
      const text = String(value);
      // A real Decimal prints as a number; a look-alike object prints as "[object Object]".
      if (/^-?(\d|Infinity|NaN)/.test(text)) {
        return `Decimal ${text.length > 60 ? `${text.slice(0, 57)}...` : text}`;
      }
    }
    return "an object";
  } catch {
    return "an unprintable value";
  }
}

/** The parts of one message. @internal */
export interface MessageParts {
  readonly subject: string;
  readonly where: string;
  readonly expected: string;
  readonly received: string;
}

const VERBS: Partial<Record<KpiErrorCode, string>> = {
  inconsistent_inputs: "must be",
  unknown_input: "is not",
};

/**
 * Renders one issue as a sentence: `win_rate: input "lost" must be a non-negative integer count, received -3`.
 *
 * @internal
 */
export function renderMessage(code: KpiErrorCode, parts: MessageParts): string {
  const verb = VERBS[code] ?? "must be";
  const subject = parts.subject === "" ? "" : `${parts.subject}: `;
  return `${subject}${parts.where} ${verb} ${parts.expected}, received ${parts.received}`;
}

/** Joins several issue messages into one error message. @internal */
export function renderSummary(messages: readonly string[]): string {
  if (messages.length === 1) return messages[0] as string;
  return `${messages.length} problems:\n${messages.map((m) => `  - ${m}`).join("\n")}`;
}

/**
 * How a path reads in a sentence, derived from the path alone so that every layer words places the
 * same way: `[12, "amount"]` is `record 12 field "amount"`, `["inputs", "lost"]` is `input "lost"`,
 * `["options", "fill"]` is `option "fill"`, and any other path is written as a property path
 * (`targets[3].period`); the empty path is `the argument`.
 *
 * @internal
 */
export function placeOf(path: readonly (string | number)[]): string {
  const [head, next] = path;
  if (typeof head === "number" && path.length <= 2) {
    return typeof next === "string"
      ? `record ${head} field ${JSON.stringify(next)}`
      : `record ${head}`;
  }
  if (path.length === 2 && typeof next === "string") {
    if (head === "inputs") return inputWhere(next);
    if (head === "options") return `option ${JSON.stringify(next)}`;
  }
  let text = "";
  for (const part of path) {
    if (typeof part === "number") text += `[${part}]`;
    else text += text === "" ? part : `.${part}`;
  }
  return text === "" ? "the argument" : text;
}

/** Where an input of a metric is. @internal */
export function inputWhere(name: string): string {
  return `input ${JSON.stringify(name)}`;
}
