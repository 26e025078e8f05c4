import { column, type SqlCondition, type SqlValue } from "../sql/index.js";
import type { SpecCondition, SpecValue } from "./types.js";

/**
 * A spec condition as a kinerja condition (`column(...)`): a predicate for `count` in process and
 * a `WHERE` for `toSql`. For CSV sources every cell is text, so `asText` turns the numbers and
 * booleans of the spec into text (`{ "eq": 5 }` matches the cell `5`).
 *
 * @param condition - A checked spec condition.
 * @param asText - Whether to compare as text.
 * @returns The condition.
 * @internal
 */
export function toCondition(condition: SpecCondition, asText: boolean): SqlCondition {
  const value = (v: SpecValue): SqlValue => (asText ? String(v) : v);
  const join = (parts: readonly SpecCondition[], op: "and" | "or"): SqlCondition => {
    const [head, ...rest] = parts.map((part) => toCondition(part, asText));
    return rest.reduce((all, part) => all[op](part), head as SqlCondition);
  };
  if ("all" in condition) return join(condition.all, "and");
  if ("any" in condition) return join(condition.any, "or");
  if ("not" in condition) return toCondition(condition.not, asText).not();
  const ref = column(condition.column);
  if ("eq" in condition) return ref.eq(value(condition.eq));
  if ("ne" in condition) return ref.ne(value(condition.ne));
  if ("in" in condition) return ref.in(condition.in.map(value));
  return condition.is === "null" ? ref.isNull() : ref.isNotNull();
}

/**
 * The columns a condition reads.
 *
 * @param condition - A spec condition.
 * @returns The column names.
 * @internal
 */
export function conditionColumns(condition: SpecCondition): string[] {
  if ("all" in condition) return condition.all.flatMap(conditionColumns);
  if ("any" in condition) return condition.any.flatMap(conditionColumns);
  if ("not" in condition) return conditionColumns(condition.not);
  return [condition.column];
}
