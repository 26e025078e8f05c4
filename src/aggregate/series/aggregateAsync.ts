import { fail } from "../../core/errors.js";
import { describe } from "../../core/messages.js";
import type { Measures } from "../measures/types.js";
import { AGGREGATE_EXPECTED, AGGREGATE_PLACE } from "../messages.js";
import { isIterable } from "./_options.js";
import {
  type AggregateOptions,
  aggregateWith,
  type CheckedMeasures,
  finishRun,
  isAsyncIterable,
  type RunCounts,
  resolveContext,
  runCounts,
  startRun,
  visitRecord,
} from "./aggregate.js";
import type { Series } from "./series.js";

/**
 * How far an {@link aggregateAsync} run has come: records read so far, and how many went into a
 * cell, were rejected or fell outside `range`.
 *
 * @category Aggregation
 */
export type AggregateProgress = RunCounts;

/**
 * Options of {@link aggregateAsync}: those of `aggregate`, and an optional progress callback.
 *
 * @category Aggregation
 */
export interface AggregateAsyncOptions<R, M extends Measures> extends AggregateOptions<R, M> {
  /** Called every 10,000 records and once at the end, with the counts so far. */
  readonly onProgress?: (progress: AggregateProgress) => void;
}

const SUBJECT = "aggregateAsync";
/** Records between two progress calls. */
const PROGRESS_EVERY = 10_000;

/**
 * {@link aggregate} over an async iterable — a Node stream in object mode, a CSV parser, pages
 * fetched from an API — with the same options and exactly the same series. Records are read one by
 * one and not kept: memory grows with the cells (periods × groups) and, with `onInvalid:
 * "collect"`, the issues, never with the records. Arrays and other iterables are accepted too.
 *
 * A separate function rather than `aggregate` returning a promise for some inputs: `aggregate`
 * stays synchronous whatever it is given, and this one always returns a promise.
 *
 * @param records - An async iterable (or an iterable) of records.
 * @param options - The options of `aggregate`, and an optional `onProgress(progress)` callback.
 * @returns A promise of the series.
 * @throws {KpiError} as `aggregate` does (the promise rejects); an error thrown by the source
 * propagates unchanged.
 * @example
 * ```ts
 * import { aggregateAsync, sum } from "kinerja";
 *
 * async function* rows() {
 *   yield { at: "2025-01-05T00:00:00Z", amount: "10.50" };
 *   yield { at: "2025-02-05T00:00:00Z", amount: "4.50" };
 * }
 * const series = await aggregateAsync(rows(), {
 *   date: "at",
 *   granularity: "month",
 *   measures: { revenue: sum("amount") },
 *   onProgress: (progress) => console.log(progress.records, progress.accepted),
 *   // 2 2
 * });
 * console.log(series.cells.map((cell) => `${cell.period.key} ${cell.values.revenue}`));
 * // [ '2025-01 10.5', '2025-02 4.5' ]
 * ```
 * @category Aggregation
 */
export async function aggregateAsync<R, const M extends Measures>(
  records: AsyncIterable<R> | Iterable<R>,
  options: AggregateAsyncOptions<R, M> & { readonly measures: NoInfer<CheckedMeasures<R, M>> },
): Promise<Series<M>> {
  const context = resolveContext(SUBJECT, options);
  const onProgress = (options as AggregateAsyncOptions<R, M>).onProgress;
  if (onProgress !== undefined && typeof onProgress !== "function") {
    fail({
      code: "invalid_option",
      subject: SUBJECT,
      path: ["onProgress"],
      where: AGGREGATE_PLACE.option("onProgress"),
      expected: AGGREGATE_EXPECTED.onProgress,
      received: describe(onProgress),
    });
  }
  if (!isAsyncIterable(records) && !isIterable(records)) {
    fail({
      code: "invalid_argument",
      subject: SUBJECT,
      path: ["records"],
      expected: AGGREGATE_EXPECTED.asyncRecords,
      received: describe(records),
    });
  }
  if (!isAsyncIterable(records)) {
    // An array or another iterable: aggregate's own loop (holes of sparse arrays are reported so).
    const series = aggregateWith(records as Iterable<R>, options, context);
    onProgress?.(series.report);
    return series;
  }
  const run = startRun(options, context);
  let position = 0;
  for await (const record of records as AsyncIterable<unknown>) {
    visitRecord(run, record, position++, false);
    if (onProgress !== undefined && position % PROGRESS_EVERY === 0) onProgress(runCounts(run));
  }
  onProgress?.(runCounts(run));
  return finishRun(run);
}
