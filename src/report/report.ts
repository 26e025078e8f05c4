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

/** The interval of a sample-based KPI in its period (`intervalOf`). @internal */
export interface ReportInterval {
  readonly model: "share" | "nps" | "mean";
  readonly method: string;
  readonly confidence: string;
  /** The sample size. */
  readonly n: string;
  readonly lower: string | null;
  readonly upper: string | null;
  /** Whether the sample is too small to read with confidence, and why. */
  readonly smallSample: boolean;
  readonly smallSampleReason: string | null;
}

/** A KPI's numbers in one period, for the whole or for one group. @internal */
export interface ReportKpiValues {
  readonly value: string | null;
  /** Why the value is null. */
  readonly reason: string | null;
  readonly target: ReportTarget;
  readonly variance: string | null;
  readonly variancePercent: string | null;
  readonly attainment: string | null;
  readonly status: TargetStatus;
  readonly comparisons: Partial<Record<SpecComparison, ReportComparison>>;
  readonly series: readonly ReportPoint[];
}

/** A KPI in one group of the spec's `groupBy`. @internal */
export interface ReportKpiGroup extends ReportKpiValues {
  readonly group: string;
}

/** One KPI of a report, in its period. @internal */
export interface ReportKpi extends ReportKpiValues {
  readonly id: string;
  readonly label: string;
  readonly unit: MetricUnit;
  readonly direction: MetricDirection;
  readonly weight: string | null;
  /** The interval of the value (with the spec's `review.intervals`, for sample-based metrics). */
  readonly interval: ReportInterval | null;
  /**
   * The KPI in each group (with the spec's `groupBy`; empty when a measure it reads comes from a
   * source without the dimension).
   */
  readonly groups: readonly ReportKpiGroup[];
}

/** A KPI's change split into the factors of an identity (`explainChange`). @internal */
export interface ReportDecomposition {
  readonly identity: string;
  readonly label: string;
  /** The identity as text: `sales_revenue = leads × lead_conversion_rate × average_deal_size`. */
  readonly formula: string;
  readonly against: SpecComparison;
  /** The periods compared: from the other one to the period reported. */
  readonly from: string;
  readonly to: string;
  readonly fromValue: string | null;
  readonly toValue: string | null;
  readonly change: string | null;
  /** Why there is no split (a quantity without data). */
  readonly reason: string | null;
  readonly contributions: readonly {
    readonly name: string;
    readonly label: string;
    readonly from: string;
    readonly to: string;
    readonly contribution: string;
  }[];
}

/** Where a flow KPI will land at the end of the period reported (`projectTotal`). @internal */
export interface ReportProjection {
  readonly metric: string;
  readonly label: string;
  readonly unit: MetricUnit;
  /** The last day known, and the days of the period (calendar or business days). */
  readonly asOf: string;
  readonly days: "calendar" | "business";
  readonly elapsedDays: number;
  readonly totalDays: number;
  readonly actualSoFar: string | null;
  /** What the target expected by then (the target accrued over the days so far). */
  readonly expectedSoFar: string | null;
  readonly projected: string | null;
  readonly lower: string | null;
  readonly upper: string | null;
  readonly band: string;
  readonly confidence: string;
  readonly reason: string | null;
  /** The status the projection, and each end of its band, would reach against the target. */
  readonly status: TargetStatus | null;
  readonly lowerStatus: TargetStatus | null;
  readonly upperStatus: TargetStatus | null;
}

/** A fired alert (`evaluateAlerts`), in the period reported. @internal */
export interface ReportAlert {
  readonly rule: string;
  readonly kind: string;
  readonly metric: string;
  readonly group: string | null;
  readonly period: string;
  readonly value: string;
  readonly threshold: string;
  /** The message in the report's language. */
  readonly message: string;
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
  /** The spec's `groupBy` dimension, and its groups (sorted), or null and []. */
  readonly groupBy: string | null;
  readonly groups: readonly string[];
  readonly kpis: readonly ReportKpi[];
  /** The review features the spec asks for (each null or empty when it does not). */
  readonly review: {
    /** The interval settings (each KPI carries its interval). */
    readonly intervals: { readonly confidence: string; readonly method: string } | null;
    readonly decompositions: readonly ReportDecomposition[];
    readonly projection: ReportProjection | null;
    /** The alerts fired in the period reported (null when the spec has no alert rules). */
    readonly alerts: readonly ReportAlert[] | null;
  };
  readonly scorecard: { readonly score: string | null; readonly status: TargetStatus };
  readonly dataQuality: {
    readonly rows: number;
    readonly problems: number;
    readonly sources: readonly ReportSourceQuality[];
  };
}
