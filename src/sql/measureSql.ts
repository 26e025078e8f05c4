import {
  type AnyMeasure,
  type CountedDistinctState,
  countedDistinctState,
  type Measure,
  type MeasureKind,
} from "../aggregate/internal.js";
import { unreachable } from "../core/unreachable.js";
import {
  type ResultRow,
  readCount,
  readDecimalText,
  readDistinct,
  readEntityRows,
  readInteger,
  sumParts,
} from "./_rows.js";
import type { DialectDefinition } from "./dialects/types.js";
import type { Plan, PlannedMeasure } from "./plan.js";

/** What writing a measure's SQL needs. @internal */
export interface MeasureWriteContext {
  readonly dialect: DialectDefinition<unknown>;
  readonly plan: Plan;
  readonly planned: PlannedMeasure;
  /** The row column holding the measure's value (or condition). */
  readonly value: string;
  /** The prefix of the measure's result columns (`m0`). */
  readonly alias: string;
  /** Adds an aggregate, returned as text in the result column `name`. */
  text(aggregate: string, name: string): void;
  /** Adds the measured value: `<alias>_value` as text and `<alias>_type`, the engine's type name. */
  measured(aggregate: string): void;
  /** Adds only `<alias>_type`: the engine's type name of an aggregate of the value column. */
  typed(aggregate: string): void;
  /** Adds a column computed over the rows before they are grouped (a window function). */
  window(expression: string, name: string): void;
}

/** What reading a measure's state from a result row needs. @internal */
export interface MeasureReadContext {
  readonly plan: Plan;
  readonly planned: PlannedMeasure;
  readonly measure: AnyMeasure;
  readonly row: ResultRow;
  readonly rowIndex: number;
  readonly alias: string;
}

/** One measure kind in SQL: its aggregates, and how a result row becomes its state. @internal */
export interface MeasureSql {
  /** Whether the measured value's type is checked (only exact integer and decimal types pass). */
  readonly typed: boolean;
  write(context: MeasureWriteContext): void;
  read(context: MeasureReadContext): unknown;
}

const sumSql: MeasureSql = {
  typed: true,
  write: (c) => c.measured(c.dialect.sum(c.value)),
  read: (c) =>
    c.measure.deserialize({
      kind: "sum",
      ...sumParts(readDecimalText(c.row, c.rowIndex, `${c.alias}_value`)),
    }),
};

/** `first` or `last`: the value of the earliest (latest) row, ties by sequence, then by value. */
function snapshotSql(latest: boolean): MeasureSql {
  return {
    typed: true,
    write: (c) => {
      const order = [
        "row_date",
        ...(c.plan.sequence === undefined ? [] : ["row_sequence"]),
        c.value,
      ];
      c.measured(c.dialect.pick(c.value, order, latest));
      c.text(c.dialect.epochMilliseconds(`${latest ? "max" : "min"}(row_date)`), `${c.alias}_time`);
      c.text(
        c.plan.sequence === undefined ? "'0'" : c.dialect.pick("row_sequence", order, latest),
        `${c.alias}_index`,
      );
    },
    read: (c) => {
      const value = readDecimalText(c.row, c.rowIndex, `${c.alias}_value`);
      if (value === null) return c.measure.empty();
      return c.measure.deserialize({
        kind: latest ? "last" : "first",
        value,
        time: readInteger(c.row, c.rowIndex, `${c.alias}_time`, true),
        index: readInteger(c.row, c.rowIndex, `${c.alias}_index`, true),
      });
    },
  };
}

/**
 * A per-entity snapshot: per (period, group, entity) the latest (earliest) row by instant, sequence,
 * then value, ranked by a window over the rows; each cell returns its kept rows as JSON
 * ([entity, epoch ms, index, value] as text), so the series holds the per-entity state and rolls
 * up and merges like the in-process one.
 */
function perEntitySql(kind: "sum_of_latest_per_entity" | "sum_of_earliest_per_entity"): MeasureSql {
  const latest = kind === "sum_of_latest_per_entity";
  return {
    typed: true,
    write: (c) => {
      const entity = `${c.value}_entity`;
      const rank = `${c.value}_rank`;
      const partition = [
        "period_anchor",
        ...(c.plan.group === undefined ? [] : ["row_group"]),
        entity,
      ];
      const order = [
        "row_date",
        ...(c.plan.sequence === undefined ? [] : ["row_sequence"]),
        c.value,
      ]
        .map((column) => (latest ? `${column} DESC` : column))
        .join(", ");
      c.window(`row_number() OVER (PARTITION BY ${partition.join(", ")} ORDER BY ${order})`, rank);
      const index = c.plan.sequence === undefined ? "0" : "row_sequence";
      c.text(
        c.dialect.jsonRows(
          [entity, c.dialect.epochMilliseconds("row_date"), index, c.value],
          `${rank} = 1`,
        ),
        `${c.alias}_value`,
      );
      c.typed(`min(${c.value})`);
    },
    read: (c) =>
      c.measure.deserialize({
        kind,
        entities: readEntityRows(c.row, c.rowIndex, `${c.alias}_value`),
      }),
  };
}

function extremeSql(kind: "min" | "max"): MeasureSql {
  return {
    typed: true,
    write: (c) => c.measured(`${kind}(${c.value})`),
    read: (c) =>
      c.measure.deserialize({
        kind,
        value: readDecimalText(c.row, c.rowIndex, `${c.alias}_value`),
      }),
  };
}

/**
 * Every measure kind's SQL, built from the dialect's primitives: a kind missing here is a compile
 * error, so adding a measure kind names this table. @internal
 */
export const MEASURE_SQL: { readonly [K in MeasureKind]: MeasureSql } = {
  sum: sumSql,
  mean: {
    typed: true,
    write: (c) => {
      c.measured(c.dialect.sum(c.value));
      c.text(c.dialect.count(c.value), `${c.alias}_count`);
    },
    read: (c) =>
      c.measure.deserialize({
        kind: "mean",
        ...sumParts(readDecimalText(c.row, c.rowIndex, `${c.alias}_value`)),
        count: readCount(c.row, c.rowIndex, `${c.alias}_count`),
      }),
  },
  count: {
    typed: false,
    write: (c) =>
      c.text(
        c.planned.column === undefined && c.planned.condition === undefined
          ? "count(*)"
          : c.dialect.countIf(c.value),
        `${c.alias}_value`,
      ),
    read: (c) =>
      c.measure.deserialize({
        kind: "count",
        count: readCount(c.row, c.rowIndex, `${c.alias}_value`),
      }),
  },
  count_distinct: {
    typed: false,
    write: (c) =>
      c.text(
        c.plan.distinct === "count"
          ? c.dialect.countDistinct(c.value)
          : c.dialect.distinctValues(c.value),
        `${c.alias}_value`,
      ),
    read: (c) => {
      switch (c.plan.distinct) {
        case "count":
          return countedDistinctState(
            c.measure as unknown as Measure<
              CountedDistinctState,
              never,
              "count_distinct",
              string | undefined
            >,
            readCount(c.row, c.rowIndex, `${c.alias}_value`),
          );
        case "values":
          return c.measure.deserialize({
            kind: "count_distinct",
            strings: readDistinct(c.row, c.rowIndex, `${c.alias}_value`),
            numbers: [],
            bigints: [],
          });
        default:
          return unreachable(c.plan.distinct, "distinct option");
      }
    },
  },
  first: snapshotSql(false),
  last: snapshotSql(true),
  min: extremeSql("min"),
  max: extremeSql("max"),
  moments: {
    typed: true,
    write: (c) => {
      c.measured(c.dialect.sum(c.value));
      c.text(c.dialect.count(c.value), `${c.alias}_count`);
      c.text(c.dialect.sumOfSquares(c.value), `${c.alias}_squares`);
    },
    read: (c) =>
      c.measure.deserialize({
        kind: "moments",
        n: readCount(c.row, c.rowIndex, `${c.alias}_count`),
        sum: readDecimalText(c.row, c.rowIndex, `${c.alias}_value`) ?? "0",
        sumOfSquares: readDecimalText(c.row, c.rowIndex, `${c.alias}_squares`) ?? "0",
      }),
  },
  sum_of_latest_per_entity: perEntitySql("sum_of_latest_per_entity"),
  sum_of_earliest_per_entity: perEntitySql("sum_of_earliest_per_entity"),
};
