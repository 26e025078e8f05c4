import {
  AGGREGATE_EXPECTED,
  AGGREGATE_PLACE,
  type AnyMeasure,
  checkMeasures,
  isMeasureKind,
  MEASURE_FACTORIES,
  type MeasureKind,
  type Measures,
  type RangeBound,
  resolveContext,
} from "../aggregate/internal.js";
import { fail } from "../core/errors.js";
import { describe } from "../core/messages.js";
import type { Bucketer } from "../period/bucketer.js";
import type { Calendar, CalendarInput, Granularity } from "../period/types.js";
import {
  type ColumnReference,
  type ConditionNode,
  isColumnReference,
  isCondition,
  type SqlCondition,
} from "./column.js";
import { SQL_EXPECTED, SQL_PLACE } from "./messages.js";

/**
 * A column: its name, or a reference made with `column(name)`.
 *
 * @category SQL
 */
export type SqlColumn = string | ColumnReference;

/**
 * Options of `toSql` and `seriesFromRows` (the same object serves both).
 *
 * @category SQL
 */
export interface ToSqlOptions<M extends Measures> {
  /** The table: one name (never split at dots), or its parts, such as `["sales", "deals"]`. */
  readonly table: string | readonly string[];
  /** The column of each row's instant: a `TIMESTAMPTZ` (PostgreSQL `timestamp with time zone`). */
  readonly date: SqlColumn;
  /** The size of the periods. */
  readonly granularity: Granularity;
  /**
   * The calendar (time zone, week start, fiscal year, and the retail part of the `retail_*`
   * granularities); default UTC, ISO weeks, January, the NRF 4-5-4 retail calendar.
   */
  readonly calendar?: CalendarInput;
  /** Optional: the group column (text, integer or boolean). */
  readonly groupBy?: SqlColumn;
  /**
   * The named measures, the same ones `aggregate` takes, reading columns: `sum("amount")`,
   * `count()`, `count("won")` (a boolean column), `count(column("stage").eq("won"))`,
   * `countDistinct("customer")`, `first`, `last`, `min`, `max`, `mean`, `moments`,
   * `sumOfLatestPerEntity({ entity: "deal", value: "amount" })`, `sumOfEarliestPerEntity`.
   */
  readonly measures: M;
  /** Optional: the periods to report, `from` and `to` inclusive (instants or period keys). */
  readonly range?: { readonly from: RangeBound; readonly to: RangeBound };
  /** Optional: only rows matching this condition, such as `column("status").ne("test")`. */
  readonly where?: SqlCondition;
  /**
   * Optional: an integer column that orders rows at the same instant for `first`, `last` and the
   * per-entity snapshots (as the record index does in `aggregate`); without it, ties go to the
   * smaller (first, earliest) or larger (last, latest) value.
   */
  readonly sequence?: SqlColumn;
  /**
   * How `countDistinct` is computed: `"values"` (default) keeps the distinct values (as text), so
   * the series can be rolled up and merged; `"count"` only counts them in the database (less data
   * back, but rolling up or merging that measure is a `KpiError`).
   */
  readonly distinct?: "values" | "count";
  /** For `seriesFromRows`: whether to fill every period and group, as `aggregate` does (default `true`). */
  readonly fill?: boolean;
}

/** One measure as the query computes it. @internal */
export interface PlannedMeasure {
  readonly name: string;
  readonly measure: AnyMeasure;
  readonly kind: MeasureKind;
  /** The value column (every kind but a count of every row or of a condition). */
  readonly column: string | undefined;
  /** The entity column of a per-entity snapshot. */
  readonly entity: string | undefined;
  /** The condition of a conditional count. */
  readonly condition: ConditionNode | undefined;
}

/** Everything both directions need. @internal */
export interface Plan {
  readonly subject: string;
  readonly calendar: Calendar;
  readonly granularity: Granularity;
  readonly bucketer: Bucketer;
  /** Inclusive ordinals of the range, or null. */
  readonly range: readonly [number, number] | null;
  readonly table: readonly string[];
  readonly date: string;
  readonly group: string | undefined;
  readonly sequence: string | undefined;
  readonly where: ConditionNode | undefined;
  readonly distinct: "values" | "count";
  readonly fill: boolean;
  readonly measures: readonly PlannedMeasure[];
}

function columnName(value: unknown, subject: string, name: string, expected: string): string {
  if (typeof value === "string" && value.length > 0) return value;
  if (isColumnReference(value)) return value.name;
  return fail({
    code: "invalid_option",
    subject,
    path: [name],
    where: AGGREGATE_PLACE.option(name),
    expected,
    received: describe(value),
  });
}

/** Every option `toSql` and `seriesFromRows` take; any other key is refused. @internal */
export const SQL_OPTION_NAMES = [
  "table",
  "date",
  "granularity",
  "calendar",
  "groupBy",
  "measures",
  "range",
  "where",
  "sequence",
  "distinct",
  "fill",
] as const satisfies readonly (keyof ToSqlOptions<Measures>)[];

function planMeasure(subject: string, name: string, measure: AnyMeasure): PlannedMeasure {
  const accessor = measure.accessor;
  const base = {
    name,
    measure,
    kind: measure.kind as MeasureKind,
    column: undefined,
    entity: undefined,
    condition: undefined,
  };
  const bad = (expected: string): never =>
    fail({
      code: "invalid_option",
      subject,
      path: ["measures", name],
      where: SQL_PLACE.measure(name),
      expected,
      received: describe(accessor),
    });
  if (!isMeasureKind(measure.kind)) return bad(AGGREGATE_EXPECTED.measure(MEASURE_FACTORIES));
  const kind: MeasureKind = measure.kind;
  if (kind === "count") {
    if (accessor === undefined) return base;
    if (typeof accessor === "string" && accessor.length > 0) return { ...base, column: accessor };
    if (isCondition(accessor)) return { ...base, condition: accessor.node };
    return bad(SQL_EXPECTED.countPredicate);
  }
  if (kind === "sum_of_latest_per_entity" || kind === "sum_of_earliest_per_entity") {
    const pair = (typeof accessor === "object" && accessor !== null ? accessor : {}) as {
      entity?: unknown;
      value?: unknown;
    };
    const [entity, value] = (["entity", "value"] as const).map(
      (option) =>
        columnOf(pair[option]) ??
        fail({
          code: "invalid_option",
          subject,
          path: ["measures", name, option],
          where: SQL_PLACE.measureOption(name, option),
          expected: SQL_EXPECTED.valueAccessor,
          received: describe(pair[option]),
        }),
    );
    return { ...base, column: value, entity };
  }
  return { ...base, column: columnOf(accessor) ?? bad(SQL_EXPECTED.valueAccessor) };
}

/** The column an accessor names, or undefined when it is not a column (a function). */
function columnOf(accessor: unknown): string | undefined {
  if (typeof accessor === "string" && accessor.length > 0) return accessor;
  if (isColumnReference(accessor)) return accessor.name;
  return undefined;
}

/** Resolves and checks the options. @internal */
export function makePlan(subject: string, options: unknown): Plan {
  if (typeof options !== "object" || options === null) {
    return fail({
      code: "invalid_argument",
      subject,
      path: ["options"],
      expected: SQL_EXPECTED.options,
      received: describe(options),
    });
  }
  const given = options as ToSqlOptions<Measures>;
  for (const key of Object.keys(given)) {
    if (!(SQL_OPTION_NAMES as readonly string[]).includes(key)) {
      fail({
        code: "invalid_option",
        subject,
        path: key.split("."),
        where: AGGREGATE_PLACE.option(key),
        expected: SQL_EXPECTED.knownOption(SQL_OPTION_NAMES),
        received: describe((given as never)[key]),
      });
    }
  }
  // Granularity, calendar, bucketer and range are read exactly as aggregate reads them.
  const { calendar, bucketer, range } = resolveContext(subject, given);
  const tableParts = typeof given.table === "string" ? [given.table] : given.table;
  if (
    !Array.isArray(tableParts) ||
    tableParts.length < 1 ||
    tableParts.length > 3 ||
    tableParts.some((part) => typeof part !== "string" || part.length === 0)
  ) {
    fail({
      code: "invalid_option",
      subject,
      path: ["table"],
      where: AGGREGATE_PLACE.option("table"),
      expected: SQL_EXPECTED.table,
      received: describe(given.table),
    });
  }
  const date = columnName(given.date, subject, "date", SQL_EXPECTED.column);
  const group =
    given.groupBy === undefined
      ? undefined
      : columnName(given.groupBy, subject, "groupBy", SQL_EXPECTED.column);
  const sequence =
    given.sequence === undefined
      ? undefined
      : columnName(given.sequence, subject, "sequence", SQL_EXPECTED.column);
  if (given.where !== undefined && !isCondition(given.where)) {
    fail({
      code: "invalid_option",
      subject,
      path: ["where"],
      where: AGGREGATE_PLACE.option("where"),
      expected: SQL_EXPECTED.condition,
      received: describe(given.where),
    });
  }
  const distinct = given.distinct ?? "values";
  if (distinct !== "values" && distinct !== "count") {
    fail({
      code: "invalid_option",
      subject,
      path: ["distinct"],
      where: AGGREGATE_PLACE.option("distinct"),
      expected: SQL_EXPECTED.distinct,
      received: describe(distinct),
    });
  }
  const fill = given.fill ?? true;
  if (typeof fill !== "boolean") {
    fail({
      code: "invalid_option",
      subject,
      path: ["fill"],
      where: AGGREGATE_PLACE.option("fill"),
      expected: AGGREGATE_EXPECTED.fill,
      received: describe(fill),
    });
  }
  const measures = checkMeasures(subject, given.measures).map(([name, measure]) =>
    planMeasure(subject, name, measure),
  );
  return {
    subject,
    calendar,
    granularity: given.granularity,
    bucketer,
    range,
    table: tableParts as readonly string[],
    date,
    group,
    sequence,
    where: given.where?.node,
    distinct,
    fill,
    measures,
  };
}
