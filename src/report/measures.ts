import {
  type AnyMeasure,
  count,
  countDistinct,
  first,
  last,
  max,
  mean,
  min,
  sum,
} from "../aggregate/index.js";
import { raise } from "../core/errors.js";
import { type CurrencyCode, convertedSum, type RateTable } from "../money/index.js";
import { toCondition } from "./condition.js";
import * as REPORT_EXPECTED from "./messages.js";
import type { SpecMeasure } from "./types.js";

/** What a convertedSum measure needs besides the spec measure. @internal */
export interface MeasureConversion {
  readonly rates: RateTable;
  /** The spec's currency (the default `to`). */
  readonly to: string;
  /** The date column of the source. */
  readonly date: string;
  readonly timeZone: string;
}

/** The kind of a spec measure and the column it reads (none for count). @internal */
export interface MeasureShape {
  readonly kind:
    | "count"
    | "sum"
    | "countDistinct"
    | "mean"
    | "min"
    | "max"
    | "first"
    | "last"
    | "convertedSum"
    | "customers";
  readonly column: string | undefined;
}

/**
 * The kind and column of a checked spec measure.
 *
 * @param measure - The measure.
 * @returns Its kind and column.
 * @internal
 */
export function measureShape(measure: SpecMeasure): MeasureShape {
  if ("count" in measure) return { kind: "count", column: undefined };
  if ("sum" in measure) return { kind: "sum", column: measure.sum };
  if ("countDistinct" in measure) return { kind: "countDistinct", column: measure.countDistinct };
  if ("mean" in measure) return { kind: "mean", column: measure.mean };
  if ("min" in measure) return { kind: "min", column: measure.min };
  if ("max" in measure) return { kind: "max", column: measure.max };
  if ("first" in measure) return { kind: "first", column: measure.first };
  if ("convertedSum" in measure) return { kind: "convertedSum", column: measure.convertedSum };
  if ("customers" in measure) return { kind: "customers", column: undefined };
  return { kind: "last", column: measure.last };
}

/**
 * A spec measure as a kinerja measure. A sum with `where` reads 0 for the rows that do not match
 * (the measure of the rows that do); in SQL it becomes a query of its own with that `WHERE`
 * (see `sqlQueries`), so `inProcess` tells which form is wanted.
 *
 * @param measure - A checked spec measure.
 * @param asText - Whether conditions compare as text (CSV).
 * @param inProcess - Whether the measure runs in `aggregate` (a sum with `where` reads 0 for the
 * other rows) or in `toSql` (the `where` is left to the query).
 * @returns The measure.
 * @internal
 */
export function toMeasure(
  measure: SpecMeasure,
  asText: boolean,
  inProcess: boolean,
  conversion?: MeasureConversion,
): AnyMeasure {
  if ("count" in measure)
    return measure.count === true ? count() : count(toCondition(measure.count, asText));
  if ("sum" in measure) {
    const where = measure.where;
    if (where === undefined || !inProcess) return sum(measure.sum);
    const condition = toCondition(where, asText);
    const name = measure.sum;
    return sum(
      (record: Record<string, unknown>) => (condition(record) ? record[name] : "0") as string,
    );
  }
  if ("countDistinct" in measure) return countDistinct(measure.countDistinct);
  if ("mean" in measure) return mean(measure.mean);
  if ("min" in measure) return min(measure.min);
  if ("max" in measure) return max(measure.max);
  if ("first" in measure) return first(measure.first);
  if ("convertedSum" in measure) {
    if (conversion === undefined)
      return raise(
        "invalid_option",
        "report",
        ["convertedSum"],
        REPORT_EXPECTED.ratesFile,
        measure,
      );
    const currency = measure.currency;
    return convertedSum({
      amount: measure.convertedSum,
      currency:
        typeof currency === "string"
          ? (currency as CurrencyCode)
          : (record: Record<string, unknown>) => record[currency.column] as string,
      date: conversion.date,
      rates: conversion.rates,
      to: (measure.to ?? conversion.to) as CurrencyCode,
      method: measure.method ?? "spot",
      timeZone: conversion.timeZone,
    }) as unknown as AnyMeasure;
  }
  if ("customers" in measure)
    return raise(
      "invalid_option",
      "report",
      ["customers"],
      REPORT_EXPECTED.customersInFile,
      measure,
    );
  return last(measure.last);
}
