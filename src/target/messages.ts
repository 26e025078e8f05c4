/**
 * The words of the target layer (src/target): what evaluations, pacing, scorecards and targets
 * files expected. Shared phrases stay in core/messages.ts. One export per phrase, imported as a
 * namespace (`import * as TARGET_EXPECTED`), so that a bundler keeps only the phrases an entry
 * point uses: `evaluate` does not ship the wording of targets files, pacing and scorecards.
 *
 * @internal
 */

export const actual =
  "a finite number, a plain decimal string, a bigint, a Decimal, or null when there is no data";
export const target =
  "a finite number, a plain decimal string, a bigint, a Decimal, a { min, max } range, or null when there is no target";
export const rangeOrder = "a range whose min is at most its max";
export const pointTarget = "a single target value (pacing does not take a { min, max } range)";
export const direction = 'one of "higher_is_better", "lower_is_better", "neutral"';
export const metricOrDirection = "a metric or a direction; give at least one of them";
export const sameDirection = "the direction of the metric given (or leave direction out)";
export const metric =
  "a metric made with defineMetric, given as itself (such as winRate; look a built-in id up with getMetric)";
export const metricInTargets =
  "the id of a metric that has a target in targets, or a metric made with defineMetric";
export const id = "a non-empty string";
export const label = "a string";
export const evaluateInput = "an object with actual, target and a metric or direction";
export const attainmentHigher =
  '"ratio" (actual / target), the only formula for a higher-is-better or neutral metric with a single target';
export const attainmentLower =
  '"inverse" (target / actual, the default) or "linear" (2 - actual / target) for a lower-is-better metric';
export const attainmentRange =
  '"inverse" (max / actual, the default) or "linear" (2 - actual / max) for a range target, applied above its max';
export const bands =
  "status bands: { onTrack, atRisk } thresholds, or { onTrack: { min, max }, atRisk: { min, max } } tolerance ranges";
export const bandsShape = "both bands of the same shape: two thresholds or two { min, max } ranges";
export const bandsOrder = "an at-risk threshold at most the on-track threshold";
export const bandsNesting =
  "an at-risk range that contains the on-track range, each with min at most max";
export const entries = "an array of scorecard entries";
export const entry = "an object with actual, target and a metric or direction";
export const weight = "a non-negative weight";
export const weightTotal =
  "weights whose total is positive (a weight of 0 leaves one line out; give at least one line a positive weight)";
export const receivedZeroWeights = (count: number): string =>
  `${count} ${count === 1 ? "entry" : "entries"}, every weight 0`;
export const locale = 'a BCP 47 locale tag such as "id-ID" or "en-US"';
export const weightTwice =
  "a weight given in one place only (the entry's weight or options.weights, not both)";
export const weightKey = "the id of one of the entries";
export const weights = "a Map from entry id to weight";
export const cap = "a positive cap on attainment, or null / false for no cap";
export const options = "an options object";
export const paceInput =
  "an object with actualToDate (or inputsToDate), target, period, asOf and a metric or direction";
export const period = 'a Period or a period key such as "2025-03"';
export const curve =
  '"linear", "elapsed_time", or { by: granularity, weights: an array or a function of the sub-period }';
export const curveGranularity = "a granularity whose periods tile the paced period exactly";
export const curveWeightsLength = "one weight for each sub-period of the paced period";
export const curveWeight = "a non-negative weight";
export const curveTotal = "weights whose total over the period is positive";
export const paceable =
  "a flow metric that accumulates over the period: unit currency with every input a money amount, or unit count with every input a count, and every input rolling up by sum";
export const targetsJson = "JSON text or a parsed object of the form { targets: [...] }";
export const targetsFile = "an object { targets: [...] }";
export const targetEntry =
  "an object { metric, period, target, bands?, weight?, group?, label? } with no other fields";
export const targetField = "a number, a plain decimal string, or a { min, max } range";
export const periodKey = 'a period key such as "2025-03", "2025-Q1" or "FY2025"';
export const uniqueTarget = "one target per metric, period and group";
export const group = "a group: a string, a finite number or a boolean";
export const metricIdString = "the id of a metric in the catalog or in options.metrics";
export const points = "an iterable of { period: { key }, value } points";
export const point = "a point { period: { key: string }, value: Decimal or null }";
export const targets = "the result of parseTargets, or an array of its entries";
export const rangeFields = "a { min, max } range with no other fields";
export const bandsFields = "status bands { onTrack, atRisk } with no other fields";
export const curveFields = "a curve { by, weights } with no other fields";
export const sameCalendar = "the calendar of the period given (or leave calendar out)";
export const seriesCalendar =
  "the calendar of the matching target's period (pass the series' calendar to parseTargets)";
export const receivedCalendars = (point: string, target: string, index: number): string =>
  `${point}, while targets[${index}].period.calendar has ${target}`;
export const calendarFields = (fields: readonly (readonly [string, unknown])[]): string =>
  fields.map(([name, value]) => `${name} ${JSON.stringify(value)}`).join(", ");
export const targetSpec =
  "a target from parseTargets: { metricId: string, period: { key: string }, target: a number, a plain decimal string, a bigint, a Decimal or a { min, max } range }";
export const targetSpecGroup = "a group (a string, a finite number or a boolean), or null / absent";
export const notStartedActual =
  "0 or null, because asOf is before the period starts and nothing can have accrued yet";
export const receivedNotStarted = (actual: string, asOf: string, start: string): string =>
  `${actual} with asOf ${asOf} before the period starts at ${start}`;
export const receivedFields = (keys: readonly string[]): string =>
  `an object with ${keys.length === 1 ? "field" : "fields"} ${keys.map((key) => JSON.stringify(key)).join(", ")}`;
export const receivedRange = (min: string, max: string): string => `min ${min}, max ${max}`;
export const receivedBands = (onTrack: string, atRisk: string): string =>
  `onTrack ${onTrack}, atRisk ${atRisk}`;
export const receivedDuplicate = (
  metric: string,
  period: string,
  group: string | number | boolean | null,
): string =>
  `a second target for ${metric} in ${period}${group === null ? "" : ` for group ${JSON.stringify(group)}`}`;
export const receivedJson = (detail: string): string => `text that is not JSON (${detail})`;
export const receivedNeither = "neither a metric nor a direction";
export const receivedWeightTwice = (weight: string, key: string): string =>
  `weight ${weight} and options.weights entry ${JSON.stringify(key)}`;
export const directionIs = (direction: string): string => `(the direction is ${direction})`;
export const metricDirectionIs = (id: string, direction: string): string =>
  `(${id} is ${direction})`;
export const inParentheses = (text: string | number): string => `(${text})`;
export const notPaceableRollup = (id: string, input: string, rule: string): string =>
  `${id}: input ${JSON.stringify(input)} rolls up by ${JSON.stringify(rule)}, so the metric is a snapshot or a distinct count, not a flow`;
export const notPaceableUnit = (id: string, unit: string): string =>
  `${id}: unit ${JSON.stringify(unit)}, a value that does not add up over time`;
export const notPaceableDomain = (
  id: string,
  unit: string,
  input: string,
  domain: string,
): string =>
  `${id}: unit ${JSON.stringify(unit)} with input ${JSON.stringify(input)} of domain ${JSON.stringify(domain)}, a per-unit average that does not add up over time`;

// Looking targets up (targetFor) and scoring them (scorecardFromTargets).
export const targetForOptions = "an options object { group? }";
export const scorecardFromTargetsOptions =
  "an options object { period, group?, cap?, weights?, bands?, locale? }";
export const actuals = "an array of actuals, each { metric, actual } or { metric, series }";
export const actualEntry =
  "an object { metric, actual } (a value or null) or { metric, series } (the metric's series)";
export const actualOrSeries =
  "either actual (the value in the period, or null) or series (the metric's series), not both";
export const receivedActualAndSeries = (given: boolean): string =>
  given ? "both actual and series" : "neither actual nor series";
export const uniqueActual = "one actual per metric";
export const receivedSecondActual = (metric: string): string => `a second actual for ${metric}`;
export const uniquePoint = "one point per period and group";
export const receivedSecondPoint = (key: string, group: string | number | boolean | null): string =>
  `a second point for ${key}${group === null ? "" : ` in group ${JSON.stringify(group)}`}`;
export const targetMetric =
  "a target that carries its metric (as those from parseTargets do), or the id of a metric given in actuals";
export const periodWithTargets = "a period (and group) that has at least one target in targets";
export const receivedNoTarget = (key: string, group: string | number | boolean | null): string =>
  `${JSON.stringify(key)}${group === null ? "" : ` for group ${JSON.stringify(group)}`}, for which targets has none`;
export const weightTwiceTarget =
  "a weight given in one place only (the target's weight in the targets file, or options.weights, not both)";
export const weightKeyTarget = "the id of a metric that has a target in the period, or an actual";
export const interval =
  "an interval { lower, upper } (decimals or null), or the result of intervalOf";
export const smallSample =
  "a small-sample flag { flag, reason, minimum } as an interval gives it (reason one of smallSampleReasons when flagged, null otherwise; minimum a non-negative integer), or null";
export const receivedInterval = (lower: string | null, upper: string | null): string =>
  `${lower ?? "null"} to ${upper ?? "null"}`;
export const intervalContainsActual = (actual: string): string =>
  `an interval containing the actual ${actual}`;
export const actualOrInputs =
  "either actualToDate (a flow's value so far) or inputsToDate (the metric's inputs so far), not both";
export const inputsToDate = "an object of the metric's inputs accumulated so far";
export const inputsNeedMetric = "a metric whose inputs inputsToDate holds";
export const curveOrBusinessDays = "either a curve or businessDays, not both";
export const businessDays = "an object { holidays?, weekend? }";
export const daily = "an array of the values of the days elapsed so far, in order";
export const dailyDigits = "a number of at most 100 significant digits";
export const dailyOrByCalendarDay = "either daily or dailyByCalendarDay, not both";
export const bookedDigits = "values whose sum on a business day has at most 100 significant digits";
export const dailyWithInputs = "daily values of a flow (actualToDate), not of inputsToDate";
export const dailyPerDay = (ended: number, begun: number): string =>
  ended === begun
    ? `one value for each day elapsed by asOf (${ended})`
    : `one value for each day elapsed by asOf (${ended}, or ${begun} with the day in progress)`;
export const receivedValues = (count: number): string =>
  count === 1 ? "1 value" : `${count} values`;
export const dailySum = (sum: string): string => `the sum of the daily values (${sum})`;
export const receivedActual = (actual: string | null): string => actual ?? "null";
export const paceConfidence =
  "a confidence level strictly between 0 and 1 and at most 0.999999999, such as 0.9 or 0.95";
export const paceBand = 'one of "prediction", "mean"';
export const minimumElapsedShare = "a share of the period from 0 to 1";
export const noBusinessDays = "a period with at least one business day";
