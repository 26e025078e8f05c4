/**
 * Every text of the review layer (intervals, significance, decomposition, alerts): what inputs
 * were expected, and the labels and alert messages in Indonesian and English. Code builds data
 * and asks this module for the words.
 *
 * @internal
 */

/** What a value was expected to be. @internal */
export const REVIEW_EXPECTED = {
  object: "an object",
  options: "an options object or undefined",
  count: "a non-negative integer count (at most 9007199254740991)",
  atMostN: (n: string): string => `a count at most n (${n})`,
  confidence:
    "a confidence level strictly between 0 and 1 and at most 0.999999999, such as 0.9, 0.95 or 0.99",
  probability: "a probability strictly between 0 and 1",
  closedProbability: "a probability from 0 to 1",
  betaParameter: "a positive shape parameter of at most 10000000",
  degreesOfFreedom: "a positive number of degrees of freedom of at most 10000000",
  unitInterval: "a value from 0 to 1",
  shareMethod: 'one of "wilson", "jeffreys", "clopper_pearson"',
  minimum: "a non-negative integer",
  beta: (limit: string): string =>
    `at most ${limit} observations for this method (use the default "wilson" for larger samples)`,
  momentState: "a moment state { n, sum, sumOfSquares } from momentState or mergeMomentStates",
  sumOfSquares: "a sum of squares consistent with the sum: n × sumOfSquares ≥ sum²",
  zeroState: "a sum and a sum of squares of 0 when n is 0",
  values: "an array or another iterable of numbers",
  interval: "an interval result { lower, upper } with decimal bounds, or with null bounds",
  difference: "a difference result { estimate, lower, upper }",
  locale: '"id" or "en"',
  places: "an integer number of decimal places from 0 to 20",
  scale: "a positive number to multiply the values by (for example 100 for percentage points)",
  verdict: '"significant" or "within_noise"',
  position: '"above", "below" or "within_noise"',
  factors: "an array of 1 to 10 factors { name, from, to }",
  factorName: "a non-empty name, unique among the factors",
  exactDigits: "a number of at most 100 significant digits",
  decompositionPlaces: "an integer number of decimal places from 0 to 100",
  segments: "an array of segments { key, from, to }",
  segmentKey: "a non-empty key (a string), unique among the segments",
  pvmSide: "an object { quantity, revenue }",
  nonNegative: "a non-negative number",
  revenueWithoutQuantity: "a revenue of 0 when the quantity is 0",
  limit: "a positive integer",
  rules: "an array of alert rules",
  rulesFile: 'an alert rules file { "rules": [ ... ] }',
  rule: "an alert rule object",
  ruleKind:
    'one of "threshold", "change", "change_percent", "outside_band", "missed_target_streak"',
  ruleId: "a non-empty string, unique among the rules",
  metricId: "a non-empty metric id",
  group: "a string, or null for the series without a group",
  boolean: "a boolean",
  changeDirection: '"up", "down" or "either"',
  metricDirection: '"higher_is_better" or "lower_is_better"',
  positive: "a positive number",
  aboveOrBelow: "at least one of above and below",
  bandOrder: "max at least min",
  streak: "an integer number of periods from 1 to 1000",
  knownField: (fields: readonly string[]): string =>
    `no other field than ${fields.map((field) => JSON.stringify(field)).join(", ")}`,
  series: "an array of series { metric, group?, points }",
  seriesEntry: "an object { metric, group?, points }",
  points: "an array of points { period, value, target?, sample?, interval? }",
  point: "an object { period, value, target?, sample?, interval? }",
  period: "a non-empty period key",
  valueOrNull: "a number or null",
  sample:
    'a sample { model: "share", successes, n }, { model: "nps", promoters, passives, detractors } or { model: "mean", n, sum, sumOfSquares }',
  sampleModel: '"share", "nps" or "mean"',
  pointInterval: "an interval { lower, upper } with lower at most upper",
  sameModel: "a sample of the same model as the previous period's",
  metric: "a metric made with defineMetric",
  days: "an integer number of business days from 0 to 100000",
  daily: "an array of the daily values so far",
  elapsedDays: (count: number): string => `the number of daily values (${count})`,
  elapsedAtMostTotal: (total: number): string => `at most the total business days (${total})`,
  projectionBand: 'one of "prediction", "mean"',
  isoDate: "a date YYYY-MM-DD",
  dateRange: "an object { from, to } of dates YYYY-MM-DD",
  dateOrder: "a date on or after from",
  rangeLength: "a range of at most 100000 days",
  holidays: "an array of dates YYYY-MM-DD or of { date } objects",
  weekend: "an array of distinct weekday numbers 0 (Sunday) to 6 (Saturday)",
  identity: "an identity made with defineIdentity (or a built-in one such as revenueFromOrders)",
  identityQuantity: (names: readonly string[]): string =>
    `one of the identity's quantities (${names.map((name) => JSON.stringify(name)).join(", ")})`,
  identityProduct: (formula: string, product: string, places: number): string =>
    `the product of the factors (${formula}: ${product}) to within half a unit of ${places} decimal places`,
  shareOfInputs: (n: string): string =>
    `successes (read from the inputs the metric's sampling model names) from 0 to the trials (${n})`,
  sumOfSquaresPair: "an object { before, after } of sums of squares",
  seriesOfMeasures: "a series made by aggregate (or rollup, rolling, toDate, mergeSeries)",
  comparisonRows:
    "an array of compare or growth rows { period, previousPeriod, group } of the same series",
  comparisonRow: "a compare or growth row { period: { key }, previousPeriod: { key }, group }",
  mappingObject: "an object mapping each input of the metric to a measure of the series",
  mappedInput: (inputs: readonly string[]): string =>
    `an input of the metric (${inputs.map((name) => JSON.stringify(name)).join(", ")})`,
  seriesMeasure: (measures: readonly string[]): string =>
    `the name of a measure of the series (${measures.map((name) => JSON.stringify(name)).join(", ")})`,
  mappedMeasure: "a mapping for every input without a default",
  momentsMeasure:
    "a measure whose state is a moment state { n, sum, sumOfSquares } (a moments measure)",
  momentsForMean: "left out (it is only for a metric whose sampling model is a mean)",
  significanceEvidence:
    "a sample (for a change) or a sample or an interval (for a level) on each point the rule looks at, because the rule fires only if significant",
} as const;

/** The labels of the two significance verdicts. @internal */
export const VERDICT_LABELS = {
  significant: { en: "significant", id: "berbeda nyata" },
  within_noise: { en: "within noise", id: "tidak berbeda nyata" },
} as const;

/** The labels of a value's position against a target. @internal */
export const POSITION_LABELS = {
  above: { en: "significantly above target", id: "nyata di atas target" },
  below: { en: "significantly below target", id: "nyata di bawah target" },
  within_noise: { en: "within noise of target", id: "tidak berbeda nyata dari target" },
} as const;

/** The words of alert messages, in English and Indonesian. @internal */
export const ALERT_WORDS = {
  en: {
    subject: (metric: string, group: string | null, period: string): string =>
      `${metric}${group === null ? "" : ` (${group})`} ${period}`,
    above: (value: string, threshold: string): string => `${value} is above ${threshold}`,
    below: (value: string, threshold: string): string => `${value} is below ${threshold}`,
    outside: (value: string, min: string, max: string): string =>
      `${value} is outside the band ${min} to ${max}`,
    rose: (change: string, from: string, to: string, threshold: string): string =>
      `rose by ${change} from ${from} to ${to} (threshold ${threshold})`,
    fell: (change: string, from: string, to: string, threshold: string): string =>
      `fell by ${change} from ${from} to ${to} (threshold ${threshold})`,
    rosePercent: (change: string, from: string, to: string, threshold: string): string =>
      `rose ${change}% from ${from} to ${to} (threshold ${threshold}%)`,
    fellPercent: (change: string, from: string, to: string, threshold: string): string =>
      `fell ${change}% from ${from} to ${to} (threshold ${threshold}%)`,
    streak: (value: string, target: string, periods: number): string =>
      `${value} missed its target ${target} for ${periods} ${periods === 1 ? "period" : "periods"} in a row`,
    significant: (confidence: string): string => ` (significant at ${confidence}%)`,
  },
  id: {
    subject: (metric: string, group: string | null, period: string): string =>
      `${metric}${group === null ? "" : ` (${group})`} ${period}`,
    above: (value: string, threshold: string): string => `${value} di atas ${threshold}`,
    below: (value: string, threshold: string): string => `${value} di bawah ${threshold}`,
    outside: (value: string, min: string, max: string): string =>
      `${value} di luar rentang ${min} sampai ${max}`,
    rose: (change: string, from: string, to: string, threshold: string): string =>
      `naik ${change} dari ${from} menjadi ${to} (ambang ${threshold})`,
    fell: (change: string, from: string, to: string, threshold: string): string =>
      `turun ${change} dari ${from} menjadi ${to} (ambang ${threshold})`,
    rosePercent: (change: string, from: string, to: string, threshold: string): string =>
      `naik ${change}% dari ${from} menjadi ${to} (ambang ${threshold}%)`,
    fellPercent: (change: string, from: string, to: string, threshold: string): string =>
      `turun ${change}% dari ${from} menjadi ${to} (ambang ${threshold}%)`,
    streak: (value: string, target: string, periods: number): string =>
      `${value} tidak mencapai target ${target} selama ${periods} periode berturut-turut`,
    significant: (confidence: string): string =>
      ` (berbeda nyata pada tingkat kepercayaan ${confidence}%)`,
  },
} as const;
