import type { MetricDirection, MetricUnit } from "../model/types.js";
import type { TargetStatus } from "../target/index.js";
import type { RowIssue } from "./readFileSource.js";
import type { SpecComparison } from "./types.js";

/** A target as JSON text: a value, or a `{ min, max }` range. @internal */
export type ReportTarget = string | { readonly min: string; readonly max: string } | null;

/** One period of a KPI's series. @internal */
export interface ReportPoint {
  readonly period: string;
  readonly value: string | null;
  readonly target: ReportTarget;
  readonly status: TargetStatus;
}

/** A KPI compared with another period. @internal */
export interface ReportComparison {
  readonly period: string;
  readonly value: string | null;
  /** value − the other period's value. */
  readonly change: string | null;
  /** change / |the other period's value| (null when that is 0 or missing). */
  readonly changePercent: string | null;
}

/** One KPI of a report, in its period. @internal */
export interface ReportKpi {
  readonly id: string;
  readonly label: string;
  readonly unit: MetricUnit;
  readonly direction: MetricDirection;
  readonly value: string | null;
  /** Why the value is null. */
  readonly reason: string | null;
  readonly target: ReportTarget;
  readonly variance: string | null;
  readonly variancePercent: string | null;
  readonly attainment: string | null;
  readonly status: TargetStatus;
  readonly weight: string | null;
  readonly comparisons: Partial<Record<SpecComparison, ReportComparison>>;
  readonly series: readonly ReportPoint[];
}

/** The data quality of one source. @internal */
export interface ReportSourceQuality {
  readonly source: string;
  readonly file: string;
  /** Rows read. */
  readonly rows: number;
  /** Rows that went into the report's periods. */
  readonly accepted: number;
  /** Bad rows left out (listed in `issues`). */
  readonly rejected: number;
  /** Rows left out by the source's `where`. */
  readonly filtered: number;
  /** Rows outside the report's range. */
  readonly outsideRange: number;
  /** The first 100 issues. */
  readonly issues: readonly RowIssue[];
}

/**
 * A report: what every format shows. Numbers are exact decimal text (never rounded); formats
 * round them only for display.
 *
 * @internal
 */
export interface Report {
  readonly title: string | null;
  readonly locale: string;
  readonly currency: string | null;
  readonly timeZone: string;
  readonly granularity: string;
  /** The period reported. */
  readonly period: string;
  /** The periods of the series: from the first with data to the period reported. */
  readonly periods: readonly string[];
  readonly kpis: readonly ReportKpi[];
  readonly scorecard: { readonly score: string | null; readonly status: TargetStatus };
  readonly dataQuality: {
    readonly rows: number;
    readonly problems: number;
    readonly sources: readonly ReportSourceQuality[];
  };
}
