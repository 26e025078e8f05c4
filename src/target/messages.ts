/**
 * The words of the target layer (src/target): what evaluations, pacing, scorecards and targets
 * files expected. Shared phrases stay in core/messages.ts.
 *
 * @internal
 */

/** What the target layer expected, keyed by a stable name. @internal */
export const TARGET_EXPECTED = {
  actual:
    "a finite number, a plain decimal string, a bigint, a Decimal, or null when there is no data",
  target:
    "a finite number, a plain decimal string, a bigint, a Decimal, a { min, max } range, or null when there is no target",
  rangeOrder: "a range whose min is at most its max",
  pointTarget: "a single target value (pacing does not take a { min, max } range)",
  direction: 'one of "higher_is_better", "lower_is_better", "neutral"',
  metricOrDirection: "a metric or a direction; give at least one of them",
  sameDirection: "the direction of the metric given (or leave direction out)",
  metric:
    "a metric made with defineMetric, given as itself (such as winRate; look a built-in id up with getMetric)",
  metricInTargets:
    "the id of a metric that has a target in targets, or a metric made with defineMetric",
  id: "a non-empty string",
  label: "a string",
  evaluateInput: "an object with actual, target and a metric or direction",
  attainmentHigher:
    '"ratio" (actual / target), the only formula for a higher-is-better or neutral metric with a single target',
  attainmentLower:
    '"inverse" (target / actual, the default) or "linear" (2 - actual / target) for a lower-is-better metric',
  attainmentRange:
    '"inverse" (max / actual, the default) or "linear" (2 - actual / max) for a range target, applied above its max',
  bands:
    "status bands: { onTrack, atRisk } thresholds, or { onTrack: { min, max }, atRisk: { min, max } } tolerance ranges",
  bandsShape: "both bands of the same shape: two thresholds or two { min, max } ranges",
  bandsOrder: "an at-risk threshold at most the on-track threshold",
  bandsNesting: "an at-risk range that contains the on-track range, each with min at most max",
  entries: "an array of scorecard entries",
  entry: "an object with actual, target and a metric or direction",
  weight: "a non-negative weight",
  weightTotal:
    "weights whose total is positive (a weight of 0 leaves one line out; give at least one line a positive weight)",
  receivedZeroWeights: (count: number): string =>
    `${count} ${count === 1 ? "entry" : "entries"}, every weight 0`,
  locale: 'a BCP 47 locale tag such as "id-ID" or "en-US"',
  weightTwice: "a weight given in one place only (the entry's weight or options.weights, not both)",
  weightKey: "the id of one of the entries",
  weights: "a Map from entry id to weight",
  cap: "a positive cap on attainment, or null / false for no cap",
  options: "an options object",
  paceInput: "an object with actualToDate, target, period, asOf and a metric or direction",
  period: 'a Period or a period key such as "2025-03"',
  curve:
    '"linear", "elapsed_time", or { by: granularity, weights: an array or a function of the sub-period }',
  curveGranularity: "a granularity whose periods tile the paced period exactly",
  curveWeightsLength: "one weight for each sub-period of the paced period",
  curveWeight: "a non-negative weight",
  curveTotal: "weights whose total over the period is positive",
  paceable:
    "a flow metric that accumulates over the period: unit currency with every input a money amount, or unit count with every input a count, and every input rolling up by sum",
  targetsJson: "JSON text or a parsed object of the form { targets: [...] }",
  targetsFile: "an object { targets: [...] }",
  targetEntry:
    "an object { metric, period, target, bands?, weight?, group?, label? } with no other fields",
  targetField: "a number, a plain decimal string, or a { min, max } range",
  periodKey: 'a period key such as "2025-03", "2025-Q1" or "FY2025"',
  uniqueTarget: "one target per metric, period and group",
  group: "a group: a string, a finite number or a boolean",
  metricIdString: "the id of a metric in the catalog or in options.metrics",
  points: "an iterable of { period: { key }, value } points",
  point: "a point { period: { key: string }, value: Decimal or null }",
  targets: "the result of parseTargets, or an array of its entries",
  rangeFields: "a { min, max } range with no other fields",
  bandsFields: "status bands { onTrack, atRisk } with no other fields",
  curveFields: "a curve { by, weights } with no other fields",
  sameCalendar: "the calendar of the period given (or leave calendar out)",
  seriesCalendar:
    "the calendar of the matching target's period (pass the series' calendar to parseTargets)",
  receivedCalendars: (point: string, target: string, index: number): string =>
    `${point}, while targets[${index}].period.calendar has ${target}`,
  calendarFields: (fields: readonly (readonly [string, unknown])[]): string =>
    fields.map(([name, value]) => `${name} ${JSON.stringify(value)}`).join(", "),
  targetSpec:
    "a target from parseTargets: { metricId: string, period: { key: string }, target: a number, a plain decimal string, a bigint, a Decimal or a { min, max } range }",
  targetSpecGroup: "a group (a string, a finite number or a boolean), or null / absent",
  notStartedActual:
    "0 or null, because asOf is before the period starts and nothing can have accrued yet",
  receivedNotStarted: (actual: string, asOf: string, start: string): string =>
    `${actual} with asOf ${asOf} before the period starts at ${start}`,
  receivedFields: (keys: readonly string[]): string =>
    `an object with ${keys.length === 1 ? "field" : "fields"} ${keys.map((key) => JSON.stringify(key)).join(", ")}`,
  receivedRange: (min: string, max: string): string => `min ${min}, max ${max}`,
  receivedBands: (onTrack: string, atRisk: string): string =>
    `onTrack ${onTrack}, atRisk ${atRisk}`,
  receivedDuplicate: (
    metric: string,
    period: string,
    group: string | number | boolean | null,
  ): string =>
    `a second target for ${metric} in ${period}${group === null ? "" : ` for group ${JSON.stringify(group)}`}`,
  receivedJson: (detail: string): string => `text that is not JSON (${detail})`,
  receivedNeither: "neither a metric nor a direction",
  receivedWeightTwice: (weight: string, key: string): string =>
    `weight ${weight} and options.weights entry ${JSON.stringify(key)}`,
  directionIs: (direction: string): string => `(the direction is ${direction})`,
  metricDirectionIs: (id: string, direction: string): string => `(${id} is ${direction})`,
  inParentheses: (text: string | number): string => `(${text})`,
  notPaceableRollup: (id: string, input: string, rule: string): string =>
    `${id}: input ${JSON.stringify(input)} rolls up by ${JSON.stringify(rule)}, so the metric is a snapshot or a distinct count, not a flow`,
  notPaceableUnit: (id: string, unit: string): string =>
    `${id}: unit ${JSON.stringify(unit)}, a value that does not add up over time`,
  notPaceableDomain: (id: string, unit: string, input: string, domain: string): string =>
    `${id}: unit ${JSON.stringify(unit)} with input ${JSON.stringify(input)} of domain ${JSON.stringify(domain)}, a per-unit average that does not add up over time`,
} as const;
