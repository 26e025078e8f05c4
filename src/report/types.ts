import type { CalendarInput, Granularity } from "../period/index.js";
import type { AlertRule, ShareIntervalMethod } from "../review/index.js";

/**
 * A condition on the columns of a row, as data: a comparison of one column, or a combination.
 * The same condition filters rows in process and becomes a SQL `WHERE` through `column(...)`.
 *
 * @internal
 */
export type SpecCondition =
  | { readonly column: string; readonly eq: SpecValue }
  | { readonly column: string; readonly ne: SpecValue }
  | { readonly column: string; readonly in: readonly SpecValue[] }
  | { readonly column: string; readonly is: "null" | "not_null" }
  | { readonly all: readonly SpecCondition[] }
  | { readonly any: readonly SpecCondition[] }
  | { readonly not: SpecCondition };

/** A value a condition compares with. @internal */
export type SpecValue = string | number | boolean;

/**
 * A measure of a source: exactly one of `count` (every row, or the rows matching a condition),
 * `sum` (of a column, optionally of the rows matching `where`), `countDistinct` (of an entity id
 * column), `mean`, `min`, `max`, `first`, `last` (of a column).
 *
 * @internal
 */
export type SpecMeasure =
  | { readonly count: true | SpecCondition }
  | { readonly sum: string; readonly where?: SpecCondition }
  | { readonly countDistinct: string }
  | { readonly mean: string }
  | { readonly min: string }
  | { readonly max: string }
  | { readonly first: string }
  | { readonly last: string }
  | SpecConvertedSum
  | { readonly customers: CustomerCount | readonly CustomerCount[] };

/**
 * The customer counts of a period (`customerActivity` over the source's rows, by its `customer`
 * and `order` columns): customers active at the start (in the previous period), at the end (in
 * the period), new, reactivated, retained, lost, repeat. A list is their sum.
 *
 * @internal
 */
export const CUSTOMER_COUNTS = [
  "at_start",
  "at_end",
  "new",
  "reactivated",
  "retained",
  "lost",
  "repeat",
] as const;

/** A customer count. @internal */
export type CustomerCount = (typeof CUSTOMER_COUNTS)[number];

/**
 * A sum of amounts in several currencies converted into one (`convertedSum`): the amount column,
 * the currency (an ISO 4217 code for every row, or `{ "column" }` for each row's), a rate table file
 * (the format of `parseRateTable`), the reporting currency (default: the spec's `currency`) and the
 * method (`spot`, the rate of each row's date, or `average`).
 *
 * @internal
 */
export interface SpecConvertedSum {
  readonly convertedSum: string;
  readonly currency: string | { readonly column: string };
  readonly rates: string;
  readonly to?: string;
  readonly method?: "spot" | "average";
}

/** The date column of a source and how its text is written. @internal */
export interface SpecDate {
  readonly column: string;
  /** `"iso"` (default: ISO-8601) or a pattern of yyyy, MM, dd, HH, mm, ss, such as `dd/MM/yyyy`. */
  readonly format?: string;
}

/** A file source's origin. @internal */
export interface SpecFileOrigin {
  /** A CSV, NDJSON or JSON file, relative to the spec file. */
  readonly file: string;
  /** The file's format; default from its extension (.csv, .ndjson/.jsonl, .json). */
  readonly type?: "csv" | "ndjson" | "json";
  /** CSV only: the field delimiter (default `,`). */
  readonly delimiter?: string;
}

/** Where a source's rows come from. @internal */
export type SpecOrigin = SpecFileOrigin | DuckdbOrigin | PostgresOrigin | ClickhouseOrigin;

/** A DuckDB source. @internal */
export interface DuckdbOrigin {
  readonly duckdb: {
    /** A DuckDB database file (default: in memory). */
    readonly database?: string;
    /** A table of the database. */
    readonly table?: string;
    /** A Parquet or CSV file read by DuckDB (relative to the spec file). */
    readonly file?: string;
    /** A SELECT whose rows are the source. */
    readonly query?: string;
  };
}

/** A PostgreSQL source. @internal */
export interface PostgresOrigin {
  readonly postgres: {
    /** A connection URL, or `${NAME}` to read it from the environment variable NAME. */
    readonly url: string;
    /** The table (or view). */
    readonly table: string;
  };
}

/**
 * A ClickHouse source: in process through chDB (a table of a chDB data directory, a file read by
 * ClickHouse, or a query), or a table of a server reached over HTTP (`url`).
 *
 * @internal
 */
export interface ClickhouseOrigin {
  readonly clickhouse: {
    /** A ClickHouse server's HTTP URL (or `${NAME}`); without it, chDB in process. */
    readonly url?: string;
    /** chDB only: a data directory (relative to the spec file; default: in memory). */
    readonly database?: string;
    readonly table?: string;
    /** chDB only: a CSV (with a header), Parquet or NDJSON file, relative to the spec file. */
    readonly file?: string;
    /** chDB only: a SELECT whose rows are the source. */
    readonly query?: string;
  };
}

/** One source of a report: where the rows come from, which fields mean what, and its measures. @internal */
export type SpecSource = SpecOrigin & {
  readonly date: string | SpecDate;
  /** The locale the amounts are written in (files only), such as `id-ID` for `1.234,50`. */
  readonly numberLocale?: string;
  /** Only the rows matching this condition. */
  readonly where?: SpecCondition;
  /**
   * The column holding the spec's `groupBy` dimension in this source (default: the column named
   * like the dimension), or `false` when the source has none (its measures are not split).
   */
  readonly groupBy?: string | false;
  /** The customer id column (for `customers` measures). */
  readonly customer?: string;
  /** The order id column (for the repeat customers of `customers` measures). */
  readonly order?: string;
  readonly measures: Readonly<Record<string, SpecMeasure>>;
};

/** One KPI of a report: a catalog metric or a custom one from a module, and its inputs. @internal */
export interface SpecMetric {
  /** The metric id: one of the catalog, or the id of the custom metric. */
  readonly metric: string;
  /** A module (relative to the spec file) exporting a metric made with defineMetric. */
  readonly module?: string;
  /** The export of `module` (default: the metric id in camelCase, then `default`). */
  readonly export?: string;
  /**
   * For each input of the metric: the name of a measure, a list of measures (their sum, such as
   * the spend of two sources), or a constant number.
   */
  readonly inputs: Readonly<Record<string, SpecValueOf>>;
}

/** What a metric input or an identity's quantity reads: a measure, the sum of measures, a number. @internal */
export type SpecValueOf = string | number | readonly string[];

/**
 * A quantity of an identity: a measure, the sum of measures or a number (as a metric input), or a
 * metric computed from measures (`{ "metric", "inputs" }`).
 *
 * @internal
 */
export type SpecQuantity =
  | SpecValueOf
  | { readonly metric: string; readonly inputs: Readonly<Record<string, SpecValueOf>> };

/** An identity of the spec, inline: the fields of `defineIdentity`. @internal */
export interface SpecIdentity {
  readonly id: string;
  readonly label: { readonly en: string; readonly id: string };
  readonly result: SpecIdentityTerm;
  readonly factors: readonly SpecIdentityTerm[];
}

/** A term of an inline identity. @internal */
export interface SpecIdentityTerm {
  readonly name: string;
  readonly label: { readonly en: string; readonly id: string };
  readonly metric?: string;
}

/**
 * The change of a KPI split into the factors of an identity (`explainChange`): the identity (a
 * catalog id, or inline), the value of each quantity that is not a KPI of the report, and the
 * period compared with.
 *
 * @internal
 */
export interface SpecDecomposition {
  readonly identity: string | SpecIdentity;
  /** The quantities of the identity that are not KPIs of the report (by name). */
  readonly values?: Readonly<Record<string, SpecQuantity>>;
  /** The period compared with (default `previous_period`). */
  readonly against?: SpecComparison;
  /** Decimal places of the contributions (default 0 for money, else 4 … see docs). */
  readonly places?: number;
}

/** The projection of a KPI for the period reported, from its days so far (`projectTotal`). @internal */
export interface SpecProjection {
  /** A KPI of the report with one input mapped to one sum or count measure (a flow). */
  readonly metric: string;
  /** The last day known: a date (`2026-10-15`) or the day of the period (15); default the last day with data. */
  readonly asOf?: string | number;
  readonly confidence?: number | string;
  readonly band?: "prediction" | "mean";
  /**
   * Business days only (`pace` with `businessDays`): `true` for Monday to Friday, or the holidays
   * (dates, or `"indonesia_example"`: the national holidays of the library's example list) and the
   * weekend days (0 Sunday … 6 Saturday). A day's value outside business days is booked on the next
   * business day of the period (its last one when none is left).
   */
  readonly businessDays?:
    | boolean
    | {
        readonly holidays?: "indonesia_example" | readonly string[];
        readonly weekend?: readonly number[];
      };
}

/** The intervals of the sample-based KPIs (`intervalOf`). @internal */
export interface SpecIntervals {
  readonly confidence?: number | string;
  /** For shares: wilson (default), jeffreys or clopper_pearson. */
  readonly method?: ShareIntervalMethod;
  /** The smallest count not flagged as a small sample. */
  readonly minimum?: number;
}

/** The review features of a report. @internal */
export interface SpecReview {
  /** Intervals of the sample-based KPIs: `true` for 95 % Wilson intervals, or the options. */
  readonly intervals?: boolean | SpecIntervals;
  readonly decompositions?: readonly SpecDecomposition[];
  readonly projection?: SpecProjection;
  /** Alert rules: a file (`{ "rules": [...] }`, alert-rules.schema.json), or the rules inline. */
  readonly alerts?: string | readonly AlertRule[];
}

/** The comparisons a report can show. @internal */
export const COMPARISONS = ["previous_period", "same_period_last_year"] as const;

/** A comparison of a report. @internal */
export type SpecComparison = (typeof COMPARISONS)[number];

/** What to do with a bad row. @internal */
export const SPEC_ON_INVALID = ["throw", "collect"] as const;

/** The report spec: a report as data (see docs/cli.md). @internal */
export interface ReportSpec {
  readonly $schema?: string;
  readonly title?: string;
  /** The language and number format of the report (default `id-ID`). */
  readonly locale?: string;
  /** The ISO 4217 currency of money metrics. */
  readonly currency?: string;
  readonly calendar?: CalendarInput;
  /** The size of the periods (default `month`). */
  readonly granularity?: Granularity;
  /** The periods the report covers, `from` and `to` inclusive (period keys). */
  readonly range?: { readonly from: string; readonly to: string };
  /** The period reported (default: the last period with data). */
  readonly period?: string;
  /** A bad row stops the report (`throw`, default) or is listed in the data-quality section. */
  readonly onInvalid?: (typeof SPEC_ON_INVALID)[number];
  readonly sources: Readonly<Record<string, SpecSource>>;
  readonly metrics: readonly SpecMetric[];
  /** Targets files (the format of parseTargets), relative to the spec file. */
  readonly targets?: string | readonly string[];
  readonly comparisons?: readonly SpecComparison[];
  /**
   * A dimension to split every KPI by (such as `region`): the column of that name in each source,
   * unless the source names its own column (or `false`).
   */
  readonly groupBy?: string;
  readonly review?: SpecReview;
}
