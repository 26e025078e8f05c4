/**
 * The words of the aggregation layer (measures, records, series): what a value was expected to be,
 * keyed by a stable name. Validation code builds issue data and takes its wording from here.
 *
 * @internal
 */

import { inputWhere } from "../core/messages.js";
import { MAX_FILLED_CELLS } from "./series/_limits.js";

const cells = MAX_FILLED_CELLS;

/** Expectations of measures, records and series (src/aggregate). @internal */
export const AGGREGATE_EXPECTED = {
  record: "an object (one record)",
  instant: "a Date, epoch milliseconds or an ISO-8601 string (with an offset or Z)",
  amount: 'a finite number, a plain decimal string such as "1234.56", a bigint or a Decimal',
  safeAmount:
    "a number within ±9007199254740991 (2^53 − 1, beyond which a number is no longer exact): pass a larger amount as a string or a bigint",
  boolean: "a boolean",
  distinctKey: "a string, a finite number or a bigint",
  groupKey: "a string, a finite number, a bigint or a boolean",
  accessor: "a property name or a function (record, index) => value",
  predicate: "a property name or a function (record, index) => boolean",
  measure: (factories: readonly string[]): string =>
    `a measure made with ${factories.join(", ")} or defineMeasure`,
  measures: "an object of named measures, at least one",
  options: "an options object",
  records: "an array or another iterable of records",
  syncRecords:
    "an array or another iterable of records (for an async iterable or a stream, use aggregateAsync)",
  asyncRecords: "an async iterable, an array or another iterable of records",
  onInvalid: 'one of "throw", "skip" or "collect"',
  onProgress: "a function (progress) => void",
  allowAllRejected: "a boolean",
  someAccepted:
    "at least one readable record (check the accessors; pass allowAllRejected: true to accept an empty series)",
  fill: "a boolean",
  range: "an object { from, to } of instants or period keys, from not after to",
  rangeBound: "an instant or a period key",
  indexOffset: "a non-negative safe integer",
  windowSize: "a positive integer number of periods",
  offset: 'a positive integer number of periods or "same_period_last_year"',
  series: "a series returned by aggregate or a series operation",
  sameShape: "a series with the same granularity, calendar and measures (kinds and fields)",
  serializedSeries: "a serialized series (the output of serializeSeries)",
  serializedState: "a serialized state of this measure",
  measureName: "the name of one of the series' measures",
  mapping: "a measure name of the series for every input of the metric",
  hole: "a hole in a sparse array",
  coarser: "a granularity whose periods each contain whole periods of the series",
  state: "a state of this measure (from its empty, merge or deserialize)",
  fillLimit: `at most ${cells} cells (periods × groups) to fill: narrow the periods with range, or leave empty periods out with fill: false`,
  mergeFillLimit: `series close enough in time to fill at most ${cells} cells (periods × groups) between them`,
  periodLimit: `at most ${cells} periods from the first to the last: narrow them with range`,
  periodOrder: "period keys in increasing order, each once",
  groupOrder: "groups in the series order (booleans, numbers, bigints, then strings), each once",
  uniqueCell: "at most one cell per period and group",
  filledCell: "a cell for every period and group (the series is filled)",
  filledPeriods: "every period from the first to the last (the series is filled)",
  ungroupedGroups: "no groups (the series is not grouped)",
  measureIdentity: (measures: string): string =>
    `the measures the series was built with (name, kind and field, in order): ${measures}`,
  consistentReport: "a report whose accepted, rejected and outsideRange records add up to records",
  consistentCell: (records: number): string =>
    `a state consistent with the cell's ${records} record${records === 1 ? "" : "s"} and its period`,
  minNotAboveMax: (min: string, max: string): string =>
    `a minimum (measure ${min}) at most the maximum (measure ${max}) of the same field`,
  measureKind: "a snake_case kind such as sum_of_squares",
  measureFill: 'one of "zero", "carry_forward" or "null"',
  measureDefinition: "a measure definition object",
  definitionFunction: "a function",
  stateProperties:
    "an object of functions (state) => value, none named kind or toJSON (the state's own members)",
  snapshotRecord: (entity: string, value: string, entityRead: string, valueRead: string): string =>
    `a record with an entity (${entity}: a string, a finite number, a bigint or a boolean) and a value (${value}: a finite number, a plain decimal string, a bigint or a Decimal); the entity read is ${entityRead} and the value ${valueRead}`,
  snapshotOptions: "an object { entity, value } of two accessors",
  mergeableDistinct:
    'a distinct count whose values were kept: this query counted them in the database (distinct: "count"), and distinct counts cannot be added up across periods; run toSql with distinct: "values" (the default) or query the coarser granularity directly',
} as const;

/**
 * How a place reads where its path alone would not say it (an option of a series function, a
 * measure by its name, the measure a metric's input is mapped to). @internal
 */
export const AGGREGATE_PLACE = {
  option: (name: string): string => `option ${name}`,
  measure: (name: string): string => `measure ${JSON.stringify(name)}`,
  mapping: (input: string): string => `mapping of ${inputWhere(input)}`,
  state: "state",
} as const;

/** How a value received is described in a few messages of the layer. @internal */
export const AGGREGATE_RECEIVED = {
  fillSize: (periods: number, granularity: string, from: string, to: string, width: number) =>
    `${periods} ${granularity} periods from ${from} to ${to}${
      width > 1 ? ` × ${width} groups = ${periods * width} cells` : ""
    }`,
  stateOfKind: (kind: string): string => `a ${kind} state`,
  seriesShape: (granularity: string, grouped: boolean, measures: string): string =>
    `a ${granularity} series${grouped ? " with groups" : ""} of measures ${measures}`,
  measureIdentity: (name: unknown, kind: unknown, field: unknown): string =>
    `${name} (${kind}${field === null || field === undefined ? "" : ` of ${field}`})`,
  cellOf: (cell: string): string => `cell ${cell}`,
  group: (group: string): string => `group ${group}`,
  malformedReport: "a malformed report",
  report: (records: number, accepted: number, rejected: number, outside: number): string =>
    `records ${records}, accepted ${accepted}, rejected ${rejected}, outsideRange ${outside}`,
  splitPeriod: (granularity: string, key: string): string =>
    `${granularity}, which splits period ${key}`,
  cellCount: (present: number, expected: number): string => `${present} of ${expected} cells`,
  minMax: (min: string, max: string): string => `minimum ${min} above maximum ${max}`,
  countedDistinct: "a distinct count without its values",
  noMeasures: "no measures",
  allRejected: (rejected: number, first: string): string =>
    `${rejected} record${rejected === 1 ? "" : "s"}, every one rejected (the first: ${first})`,
} as const;
