/**
 * The words of the customers layer (cohorts, funnels, per-entity snapshots): what a value was
 * expected to be, keyed by a stable name. Validation code builds issue data and takes its wording
 * from here.
 *
 * @internal
 */

/** Expectations of the customers layer. @internal */
export const CUSTOMERS_EXPECTED = {
  options: "an options object",
  records: "an array or another iterable of records",
  record: "an object (one record)",
  accessor: "a property name or a function (record, index) => value",
  instant: "a Date, epoch milliseconds or an ISO-8601 string (with an offset or Z)",
  entityKey: "a string, a finite number, a bigint or a boolean",
  amount: 'a finite number, a plain decimal string such as "1234.56", a bigint or a Decimal',
  onInvalid: 'one of "throw" or "skip"',
  indexOffset: "a non-negative safe integer",
  steps: "an array of at least 2 distinct step names (strings)",
  step: (steps: readonly string[]): string =>
    `one of the steps ${steps.map((step) => JSON.stringify(step)).join(", ")}, or null/undefined for a record of no step`,
  window: 'a window: { days }, { hours } or { minutes } (a positive safe integer), or "period_end"',
  windows: (steps: number): string =>
    `a window for the whole funnel, or an array of ${steps - 1} windows (one per step after the first)`,
  periodEndWindow: 'a window for the whole funnel ("period_end" cannot be a step window)',
  repeated: 'one of "first" or "every"',
  resolution: 'one of "second", "minute", "hour" or "day"',
  quantiles: "an array of fractions between 0 and 1",
  fraction: "a fraction between 0 and 1",
  asOf: "an instant: a Date, epoch milliseconds or an ISO-8601 string",
  perEntityState: "a state of sumOfLatestPerEntity or sumOfEarliestPerEntity",
  cohortState: "a cohort state made by cohortState, mergeCohortStates or deserializeCohortState",
  funnelState: "a funnel state made by funnelState, mergeFunnelStates or deserializeFunnelState",
  serializedCohortState: "a serialized cohort state (version 1)",
  serializedFunnelState: "a serialized funnel state (version 1)",
  sameCohortSettings:
    "cohort states of the same granularity, calendar, revenue and first-activity settings",
  sameFunnelSteps: "funnel states of the same steps and repeated-base setting",
  cohortValue:
    'one of "activeCustomers", "retention", "revenue", "revenueRetention" or "cohortSize"',
  language: 'one of "en" or "id"',
  format: "a function (value, unit) => string, such as (v, u) => formatValue(v, u)",
  periodLimit: "at most 1,000,000 periods between the first cohort and the last period",
  distinctSteps: "distinct step names",
  ageOrder: "a period at or after the cohort's period",
  nonNegativeRevenue: "a non-negative revenue",
  cohortMatrix: "a cohort matrix made by cohortMatrix",
  twoSteps: "a funnel state of exactly two steps (base, conversion)",
  noStepWindows: "no per-step windows (a conversion has one step: use window)",
} as const;
