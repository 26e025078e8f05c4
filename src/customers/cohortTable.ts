import type { GroupKey } from "../aggregate/internal.js";
import type { Decimal } from "../core/decimal.js";
import { raise } from "../core/errors.js";
import { unreachable } from "../core/unreachable.js";
import type { MetricUnit } from "../model/units.js";
import type { Period } from "../period/types.js";
import type { CohortCell, CohortMatrix } from "./cohortMatrix.js";
import { CUSTOMERS_EXPECTED } from "./messages.js";

const SUBJECT = "cohortTable";

/** The values a cohort table can show, with their unit and labels. */
const COHORT_VALUES = {
  activeCustomers: { unit: "count", en: "Active customers", id: "Pelanggan aktif" },
  retention: { unit: "ratio", en: "Customer retention", id: "Retensi pelanggan" },
  revenue: { unit: "currency", en: "Revenue", id: "Pendapatan" },
  revenueRetention: { unit: "ratio", en: "Revenue retention", id: "Retensi pendapatan" },
  cohortSize: { unit: "count", en: "Cohort size", id: "Ukuran kohort" },
} as const satisfies Record<string, { unit: MetricUnit; en: string; id: string }>;

/**
 * The value a cohort table shows in its cells.
 *
 * @category Customers
 */
export type CohortValue = keyof typeof COHORT_VALUES;

const LABELS = {
  en: { cohort: "Cohort", size: "Customers", age: "Period", by: "by cohort" },
  id: { cohort: "Kohort", size: "Pelanggan", age: "Periode", by: "per kohort" },
} as const;

/**
 * Options of {@link cohortTable}.
 *
 * @category Customers
 */
export interface CohortTableOptions {
  /** The value in the cells (default `"retention"`). */
  readonly value?: CohortValue;
  /** The language of the labels: `"en"` or `"id"` (default `"id"`). */
  readonly language?: "en" | "id";
  /**
   * How a value is written: pass `(value, unit) => formatValue(value, unit, { locale })` for
   * percentages and amounts. Default: the exact decimal text, `"—"` for null.
   */
  readonly format?: (value: Decimal | null, unit: MetricUnit) => string;
}

/**
 * One cell of a cohort table.
 *
 * @category Customers
 */
export interface CohortTableCell {
  readonly value: Decimal | null;
  readonly text: string;
  /** Whether the cell's period had ended as of the matrix's `asOf` (style the others as provisional). */
  readonly complete: boolean;
}

/**
 * A cohort matrix laid out as a table for a heatmap: one row per cohort, one column per age.
 *
 * @category Customers
 */
export interface CohortTable {
  readonly title: string;
  /** Column labels: cohort, size, then one per age (`Period 0`, `Period 1`, …). */
  readonly columns: readonly string[];
  readonly unit: MetricUnit;
  readonly rows: readonly {
    readonly group: GroupKey | null;
    readonly cohort: Period;
    /** The cohort size, formatted. */
    readonly size: string;
    /** One cell per age column; `null` past the matrix's last period. */
    readonly cells: readonly (CohortTableCell | null)[];
  }[];
}

function cellValue(cell: CohortCell, value: CohortValue, size: Decimal): Decimal | null {
  switch (value) {
    case "activeCustomers":
      return cell.activeCustomers;
    case "retention":
      return cell.retention.value;
    case "revenue":
      return cell.revenue;
    case "revenueRetention":
      return cell.revenueRetention?.value ?? null;
    case "cohortSize":
      return size;
    default:
      return unreachable(value, "cohort value");
  }
}

/**
 * A cohort matrix as a table ready for a heatmap: labels in English or Indonesian, one row per
 * cohort, one column per age, each cell with its value, its text and whether it is complete.
 *
 * @param matrix - A cohort matrix ({@link cohortMatrix}).
 * @param options - The value shown, the language, and how values are written.
 * @returns The table.
 * @throws {KpiError} `invalid_option` for an unknown value, language or a format that is not a function.
 * @example
 * ```ts
 * import { cohortMatrix, cohortState, cohortTable, formatValue } from "kinerja";
 *
 * const orders = [
 *   { at: "2025-01-05T00:00:00Z", customer: "A" },
 *   { at: "2025-01-09T00:00:00Z", customer: "B" },
 *   { at: "2025-01-10T00:00:00Z", customer: "D" },
 *   { at: "2025-02-11T00:00:00Z", customer: "A" },
 * ];
 * const matrix = cohortMatrix(cohortState(orders, { date: "at", customer: "customer", granularity: "month" }), { asOf: "2025-02-15T00:00:00Z" });
 * const table = cohortTable(matrix, { language: "en", format: (value, unit) => formatValue(value, unit, { locale: "en-US" }) });
 * console.log(table.title, table.columns);
 * // Customer retention by cohort [ 'Cohort', 'Customers', 'Period 0', 'Period 1' ]
 * for (const row of table.rows) console.log(row.cohort.key, row.size, row.cells.map((cell) => cell?.text ?? ""));
 * // 2025-01 3 [ '100%', '33.3%' ]
 * // 2025-02 0 [ '—', '' ]
 * ```
 * @category Customers
 */
export function cohortTable(matrix: CohortMatrix, options: CohortTableOptions = {}): CohortTable {
  if (typeof matrix !== "object" || matrix === null || !Array.isArray(matrix.rows)) {
    raise("invalid_argument", SUBJECT, ["matrix"], CUSTOMERS_EXPECTED.cohortMatrix, matrix);
  }
  if (typeof options !== "object" || options === null) {
    raise("invalid_argument", SUBJECT, ["options"], CUSTOMERS_EXPECTED.options, options);
  }
  const value = options.value ?? "retention";
  if (!Object.hasOwn(COHORT_VALUES, value)) {
    raise("invalid_option", SUBJECT, ["options", "value"], CUSTOMERS_EXPECTED.cohortValue, value);
  }
  const language = options.language ?? "id";
  if (language !== "en" && language !== "id") {
    raise(
      "invalid_option",
      SUBJECT,
      ["options", "language"],
      CUSTOMERS_EXPECTED.language,
      language,
    );
  }
  const format = options.format ?? ((v: Decimal | null) => (v === null ? "—" : v.toString()));
  if (typeof format !== "function") {
    raise("invalid_option", SUBJECT, ["options", "format"], CUSTOMERS_EXPECTED.format, format);
  }
  const spec = COHORT_VALUES[value];
  const labels = LABELS[language];
  let ages = 0;
  for (const row of matrix.rows) ages = Math.max(ages, row.cells.length);
  const columns: string[] = [labels.cohort, labels.size];
  for (let age = 0; age < ages; age++) columns.push(`${labels.age} ${age}`);
  return {
    title: `${spec[language]} ${labels.by}`,
    columns,
    unit: spec.unit,
    rows: matrix.rows.map((row) => {
      const cells: (CohortTableCell | null)[] = row.cells.map((cell: CohortCell) => {
        const shown = cellValue(cell, value, row.size);
        return { value: shown, text: format(shown, spec.unit), complete: cell.complete };
      });
      while (cells.length < ages) cells.push(null);
      return { group: row.group, cohort: row.cohort, size: format(row.size, "count"), cells };
    }),
  };
}
