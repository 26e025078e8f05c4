import type { CalendarInput, Granularity } from "../period/index.js";

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
  | { readonly last: string };

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
export type SpecOrigin =
  | SpecFileOrigin
  | {
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
  | {
      readonly postgres: {
        /** A connection URL, or `${NAME}` to read it from the environment variable NAME. */
        readonly url: string;
        /** The table (or view). */
        readonly table: string;
      };
    };

/** One source of a report: where the rows come from, which fields mean what, and its measures. @internal */
export type SpecSource = SpecOrigin & {
  readonly date: string | SpecDate;
  /** The locale the amounts are written in (files only), such as `id-ID` for `1.234,50`. */
  readonly numberLocale?: string;
  /** Only the rows matching this condition. */
  readonly where?: SpecCondition;
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
  /** For each input of the metric: the name of a measure, or a constant number. */
  readonly inputs: Readonly<Record<string, string | number>>;
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
}
