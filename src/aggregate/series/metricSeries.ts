import type { Decimal } from "../../core/decimal.js";
import { fail } from "../../core/errors.js";
import { describe, EXPECTED, inputWhere } from "../../core/messages.js";
import type { Numeric } from "../../core/numeric.js";
import { type UndefinedReason, undefinedBecause } from "../../core/result.js";
import type { InputSpecs, Metric, MetricInputs } from "../../model/types.js";
import type { Period } from "../../period/types.js";
import type { Measures } from "../measures/types.js";
import { AGGREGATE_EXPECTED, AGGREGATE_PLACE } from "../messages.js";
import { checkSeries } from "./_options.js";
import { trustedStore } from "./_store.js";
import type { GroupKey, Series } from "./series.js";

/**
 * Which measure of the series feeds each input of a metric (inputs with a default may be left out).
 *
 * @category Aggregation
 */
export type MetricMapping<I extends InputSpecs, M extends Measures> = {
  readonly [K in keyof I]?: keyof M & string;
};

/**
 * A metric's value in one cell of a series.
 *
 * @category Aggregation
 */
export interface MetricPoint {
  readonly period: Period;
  readonly group: GroupKey | null;
  /** The metric's value, or `null`. */
  readonly value: Decimal | null;
  /** Why the value is null (`zero_denominator`, `no_data` when a mapped measure is null, …). */
  readonly reason: UndefinedReason | null;
}

/**
 * A series of a metric's values: in each cell, the metric applied to the mapped measure values of
 * that cell — a ratio of sums per period (or per rolled-up, rolling or to-date window), never an
 * average of ratios. Undefined values are `null` with a reason.
 *
 * @param series - A series.
 * @param metric - Any metric (built-in or from `defineMetric`).
 * @param mapping - For each input of the metric, the name of the measure that feeds it.
 * @param options - The metric's options, if it has any.
 * @returns One point per cell, in the series' order.
 * @throws {KpiError} `invalid_argument` for a mapping that names an unknown input or measure or
 * leaves a required input out; the metric's own errors for values outside its inputs' domains.
 * @example
 * ```ts
 * import { aggregate, count, metricSeries, winRate } from "kinerja";
 *
 * const deals = [
 *   { closedAt: "2025-01-10T00:00:00Z", won: true },
 *   { closedAt: "2025-01-20T00:00:00Z", won: false },
 *   { closedAt: "2025-03-02T00:00:00Z", won: true },
 * ];
 * const monthly = aggregate(deals, {
 *   date: "closedAt",
 *   granularity: "month",
 *   measures: { won: count("won"), lost: count((deal) => !deal.won) },
 * });
 * for (const point of metricSeries(monthly, winRate, { won: "won", lost: "lost" })) {
 *   console.log(point.period.key, point.value?.toString() ?? null, point.reason);
 *   // 2025-01 0.5 null
 *   // 2025-02 null zero_denominator
 *   // 2025-03 1 null
 * }
 * ```
 * @category Aggregation
 */
export function metricSeries<I extends InputSpecs, O, M extends Measures>(
  series: Series<M>,
  metric: Metric<I, O>,
  mapping: MetricMapping<I, M>,
  options?: O,
): MetricPoint[] {
  checkSeries("metricSeries", series);
  if (typeof metric !== "function" || (metric as { kind?: unknown }).kind !== "metric") {
    fail({
      code: "invalid_argument",
      subject: "metricSeries",
      path: ["metric"],
      expected: EXPECTED.metric,
      received: describe(metric),
    });
  }
  const subject = typeof metric?.id === "string" ? metric.id : "metricSeries";
  if (typeof mapping !== "object" || mapping === null) {
    fail({
      code: "invalid_argument",
      subject,
      path: ["mapping"],
      expected: AGGREGATE_EXPECTED.mapping,
      received: describe(mapping),
    });
  }
  const pairs: [string, string][] = [];
  for (const [input, measure] of Object.entries(mapping as Record<string, unknown>)) {
    if (!Object.hasOwn(metric.inputs, input)) {
      fail({
        code: "unknown_input",
        subject,
        path: ["mapping", input],
        where: inputWhere(input),
        expected: `${EXPECTED.knownInput} (${Object.keys(metric.inputs)
          .map((name) => JSON.stringify(name))
          .join(", ")})`,
        received: describe(measure),
      });
    }
    if (typeof measure !== "string" || !Object.hasOwn(series.measures, measure)) {
      fail({
        code: "invalid_argument",
        subject,
        path: ["mapping", input],
        where: AGGREGATE_PLACE.mapping(input),
        expected: `${AGGREGATE_EXPECTED.measureName} (${Object.keys(series.measures)
          .map((name) => JSON.stringify(name))
          .join(", ")})`,
        received: describe(measure),
      });
    }
    pairs.push([input, measure]);
  }
  for (const [input, spec] of Object.entries(metric.inputs)) {
    if (spec.default === undefined && !Object.hasOwn(mapping, input)) {
      fail({
        code: "missing_input",
        subject,
        path: ["mapping", input],
        where: AGGREGATE_PLACE.mapping(input),
        expected: AGGREGATE_EXPECTED.mapping,
        received: "undefined",
      });
    }
  }
  const store = trustedStore(series);
  if (store !== undefined) {
    // Only the mapped measures' values are built.
    const positions = pairs.map(([, measure]) => store.names.indexOf(measure));
    const { periods, cellPeriod } = store.init;
    const points: MetricPoint[] = new Array(store.size);
    for (let cell = 0; cell < store.size; cell++) {
      const inputs: Record<string, Numeric> = {};
      let missing = false;
      for (let p = 0; p < pairs.length; p++) {
        const value = store.value(positions[p] as number, cell) ?? null;
        if (value === null) missing = true;
        else inputs[(pairs[p] as [string, string])[0]] = value;
      }
      const result = missing
        ? undefinedBecause("no_data")
        : metric.evaluate(inputs as MetricInputs<I>, options);
      points[cell] = {
        period: periods[cellPeriod[cell] as number] as Period,
        group: store.groupOf(cell),
        value: result.value,
        reason: result.reason,
      };
    }
    return points;
  }
  return series.cells.map((cell) => {
    const inputs: Record<string, Numeric> = {};
    let missing = false;
    for (const [input, measure] of pairs) {
      const value = (cell.values as Record<string, Decimal | null>)[measure] ?? null;
      if (value === null) missing = true;
      else inputs[input] = value;
    }
    const result = missing
      ? undefinedBecause("no_data")
      : metric.evaluate(inputs as MetricInputs<I>, options);
    return { period: cell.period, group: cell.group, value: result.value, reason: result.reason };
  });
}
