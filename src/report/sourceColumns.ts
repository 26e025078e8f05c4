import { conditionColumns } from "./condition.js";
import { measureShape } from "./measures.js";
import type { SpecCondition, SpecSource } from "./types.js";

/** A column a source reads and the JSON path of the spec that names it. @internal */
export interface SourceColumn {
  readonly column: string;
  readonly path: readonly (string | number)[];
}

/**
 * The column of a source holding the spec's `groupBy` dimension, or undefined when the report is
 * not grouped or the source has none (`"groupBy": false`).
 *
 * @param source - The source.
 * @param groupBy - The spec's `groupBy`.
 * @returns The column.
 * @internal
 */
export function groupColumn(source: SpecSource, groupBy: string | undefined): string | undefined {
  if (groupBy === undefined || source.groupBy === false) return undefined;
  return source.groupBy ?? groupBy;
}

/**
 * Every column a source reads — the date, the group, the measures' columns (amounts, ids,
 * currencies) and the conditions' columns — each with the JSON path that names it, in the order
 * of the spec.
 *
 * @param name - The source's name.
 * @param source - The source.
 * @param groupBy - The spec's `groupBy`.
 * @returns The columns with their paths (a column may appear more than once).
 * @internal
 */
export function sourceColumnPaths(
  name: string,
  source: SpecSource,
  groupBy: string | undefined,
): SourceColumn[] {
  const at = (...path: (string | number)[]) => ["sources", name, ...path];
  const found: SourceColumn[] = [
    typeof source.date === "string"
      ? { column: source.date, path: at("date") }
      : { column: source.date.column, path: at("date", "column") },
  ];
  const group = groupColumn(source, groupBy);
  if (group !== undefined)
    found.push({
      column: group,
      path: typeof source.groupBy === "string" ? at("groupBy") : ["groupBy"],
    });
  const conditions = (condition: SpecCondition, path: readonly (string | number)[]) => {
    for (const column of conditionColumns(condition)) found.push({ column, path });
  };
  for (const [measureName, measure] of Object.entries(source.measures)) {
    const { kind, column } = measureShape(measure);
    if (column !== undefined) found.push({ column, path: at("measures", measureName, kind) });
    if ("count" in measure && measure.count !== true)
      conditions(measure.count, at("measures", measureName, "count"));
    if ("where" in measure && measure.where !== undefined)
      conditions(measure.where, at("measures", measureName, "where"));
    if ("convertedSum" in measure && typeof measure.currency === "object")
      found.push({
        column: measure.currency.column,
        path: at("measures", measureName, "currency", "column"),
      });
  }
  if (source.where !== undefined) conditions(source.where, at("where"));
  const customers = Object.values(source.measures).some((measure) => "customers" in measure);
  if (customers && source.customer !== undefined)
    found.push({ column: source.customer, path: at("customer") });
  if (customers && source.order !== undefined)
    found.push({ column: source.order, path: at("order") });
  return found;
}

/**
 * Every column a source reads, once each.
 *
 * @param source - The source.
 * @param groupBy - The spec's `groupBy`.
 * @returns The column names.
 * @internal
 */
export function sourceColumns(source: SpecSource, groupBy?: string): string[] {
  return [...new Set(sourceColumnPaths("", source, groupBy).map((found) => found.column))];
}
