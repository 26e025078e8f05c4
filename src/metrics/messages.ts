/**
 * The words of the built-in catalog (src/metrics): what a metric's inputs, options and ids were
 * expected to be. Shared phrases stay in core/messages.ts, those of the metric model in
 * model/messages.ts.
 *
 * @internal
 */

/** What the built-in metrics expected, keyed by a stable name. @internal */
export const METRIC_EXPECTED = {
  atMostInput: (input: string, value: string): string =>
    `at most input ${JSON.stringify(input)} (${value})`,
  atMostTotal: (formula: string, value: string): string => `at most ${formula} (${value})`,
  zeroWhenInputZero: (input: string): string => `0 when input ${JSON.stringify(input)} is 0`,
  scoreSumOnScale: (low: number, high: number, from: string, to: string): string =>
    `between ${low} and ${high} times input "responses" (from ${from} to ${to})`,
  score: (low: number, high: number): string => `an integer score from ${low} to ${high}`,
  scores: "an array of scores",
  options: "an options object or undefined",
  csatScale: "an integer number of scale points from 2 to 100",
  csatSatisfied: (high: number): string =>
    `an integer from 1 to ${high} (the lowest score counted as satisfied)`,
  cesScale:
    '"agreement_1_7" (CES 2.0, 1 to 7, higher is easier) or "effort_1_5" (legacy, higher is more effort)',
  funnelStages: "an array of at least two distinct stage names",
  funnelStageName: "a non-empty stage name that appears once",
  funnelCounts: "a Map or an object of counts by stage name",
  cagrPeriods: (limit: number): string =>
    `large enough that (end / start) ^ (1 / periods) stays between 10^-${limit} and 10^${limit}`,
  metricId: "the id of a metric in the catalog",
} as const;

/** How a place reads where its path alone would not say it (an option, unquoted). @internal */
export const METRIC_PLACE = {
  option: (name: string): string => `option ${name}`,
} as const;
