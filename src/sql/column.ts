import { fail } from "../core/errors.js";
import { describe } from "../core/messages.js";
import { unreachable } from "../core/unreachable.js";
import { SQL_EXPECTED, SQL_PLACE } from "./messages.js";

/**
 * A value a condition compares with: it always travels as a query parameter, never in the text.
 *
 * @category SQL
 */
export type SqlValue = string | boolean | number | bigint;

/** The tree of a condition. @internal */
export type ConditionNode =
  | {
      readonly op: "compare";
      readonly column: string;
      readonly negated: boolean;
      readonly value: SqlValue;
    }
  | { readonly op: "in"; readonly column: string; readonly values: readonly SqlValue[] }
  | { readonly op: "null"; readonly column: string; readonly negated: boolean }
  | {
      readonly op: "and" | "or";
      readonly left: ConditionNode;
      readonly right: ConditionNode;
      /** The longest path to a leaf (a leaf is 0). */
      readonly depth: number;
    }
  | { readonly op: "not"; readonly operand: ConditionNode; readonly depth: number };

/** The longest path from a node to a leaf. @internal */
export function depthOf(node: ConditionNode): number {
  return node.op === "and" || node.op === "or" || node.op === "not" ? node.depth : 0;
}

/** Conditions deeper than this are evaluated without recursion (so any depth fits the stack). */
const RECURSION_LIMIT = 256;

/**
 * A condition on the columns of a row, built with {@link column}. It is both a predicate for
 * `count(...)` in `aggregate` (a function of a record, evaluated with SQL's three-valued logic:
 * a comparison with `null` or `undefined` is unknown, and only `true` counts) and a SQL expression
 * for `toSql` (values as parameters).
 * @category SQL
 */
export interface SqlCondition {
  /** Evaluates the condition on a record in JavaScript: `true` only when SQL would say TRUE. */
  (record: unknown): boolean;
  /** Always `"sql_condition"`. */
  readonly type: "sql_condition";
  /** @internal */
  readonly node: ConditionNode;
  /** Both conditions (SQL `AND`). */
  and(other: SqlCondition): SqlCondition;
  /** Either condition (SQL `OR`). */
  or(other: SqlCondition): SqlCondition;
  /** The negation (SQL `NOT`: unknown stays unknown). */
  not(): SqlCondition;
}

/**
 * A reference to a column, made with {@link column}. It is also an accessor for `aggregate`
 * (a function returning the record's property of that name), so the same measures work in
 * process and in the database.
 * @category SQL
 */
export interface ColumnReference {
  /** Reads the property of that name from a record. */
  (record: unknown): unknown;
  /** Always `"sql_column"`. */
  readonly type: "sql_column";
  /** The column name, exactly as written (it is quoted in SQL, so case and spaces count). */
  readonly name: string;
  /** The column equals the value (SQL `=`). */
  eq(value: SqlValue): SqlCondition;
  /** The column differs from the value (SQL `<>`; a NULL column is unknown, so not counted). */
  ne(value: SqlValue): SqlCondition;
  /** The column equals one of the values (SQL `IN`). */
  in(values: readonly SqlValue[]): SqlCondition;
  /** The column is NULL (in JavaScript: `null` or `undefined`). */
  isNull(): SqlCondition;
  /** The column is not NULL. */
  isNotNull(): SqlCondition;
}

function checkName(name: unknown, subject: string, where: string): string {
  if (typeof name !== "string" || name.length === 0 || name.includes("\u0000")) {
    return fail({
      code: "invalid_argument",
      subject,
      path: [],
      where,
      expected: SQL_EXPECTED.identifier,
      received: describe(name),
    });
  }
  return name;
}

function checkValue(value: unknown, where: string): SqlValue {
  if (
    typeof value === "string" ||
    typeof value === "boolean" ||
    typeof value === "bigint" ||
    (typeof value === "number" && Number.isSafeInteger(value))
  ) {
    return value;
  }
  return fail({
    code: "invalid_argument",
    subject: "column",
    path: [],
    where,
    expected: SQL_EXPECTED.value,
    received: describe(value),
  });
}

function read(record: unknown, column: string): unknown {
  if (typeof record !== "object" || record === null) return undefined;
  return Object.hasOwn(record, column) ? (record as Record<string, unknown>)[column] : undefined;
}

function same(a: unknown, b: SqlValue): boolean {
  const numericA = typeof a === "number" || typeof a === "bigint";
  const numericB = typeof b === "number" || typeof b === "bigint";
  // biome-ignore lint/suspicious/noDoubleEquals: a number and a bigint compare by value (5 == 5n), as SQL compares numbers
  if (numericA && numericB) return a == b;
  return a === b;
}

/** A leaf compared with a record. */
function evaluateLeaf(
  node: Extract<ConditionNode, { op: "compare" | "in" | "null" }>,
  record: unknown,
): boolean | null {
  const value = read(record, node.column);
  switch (node.op) {
    case "compare":
      if (value === null || value === undefined) return null;
      return same(value, node.value) !== node.negated;
    case "in":
      if (value === null || value === undefined) return null;
      return node.values.some((candidate) => same(value, candidate));
    case "null":
      return (value === null || value === undefined) !== node.negated;
    default:
      return unreachable(node, "condition");
  }
}

/** Kleene AND / OR of two known-or-unknown values. */
function combine(op: "and" | "or", left: boolean | null, right: boolean | null): boolean | null {
  const absorbing = op === "or";
  if (left === absorbing || right === absorbing) return absorbing;
  return left === null || right === null ? null : !absorbing;
}

/**
 * Evaluates a condition with SQL's three-valued logic (`null` = unknown). Shallow conditions
 * recurse; deep ones (a chain of 10,000 `.and()` links) run on an explicit stack, so no depth
 * overflows the call stack. @internal
 */
export function evaluateCondition(node: ConditionNode, record: unknown): boolean | null {
  return depthOf(node) < RECURSION_LIMIT
    ? evaluateShallow(node, record)
    : evaluateDeep(node, record);
}

function evaluateShallow(node: ConditionNode, record: unknown): boolean | null {
  switch (node.op) {
    case "compare":
    case "in":
    case "null":
      return evaluateLeaf(node, record);
    case "and":
    case "or": {
      const left = evaluateShallow(node.left, record);
      if (left === (node.op === "or")) return left;
      return combine(node.op, left, evaluateShallow(node.right, record));
    }
    case "not": {
      const value = evaluateShallow(node.operand, record);
      return value === null ? null : !value;
    }
    default:
      return unreachable(node, "condition");
  }
}

/** The same evaluation on an explicit stack (with the same short-circuits). @internal */
export function evaluateDeep(root: ConditionNode, record: unknown): boolean | null {
  const nodes: ConditionNode[] = [root];
  /** Per frame: 0 = not started, 1 = first operand done, 2 = second operand done. */
  const phases: number[] = [0];
  /** Left values of AND / OR frames waiting for their right operand. */
  const held: (boolean | null)[] = [];
  let result: boolean | null = null;
  while (nodes.length > 0) {
    const top = nodes.length - 1;
    const node = nodes[top] as ConditionNode;
    const phase = phases[top] as number;
    switch (node.op) {
      case "compare":
      case "in":
      case "null":
        result = evaluateLeaf(node, record);
        nodes.pop();
        phases.pop();
        break;
      case "not":
        if (phase === 0) {
          phases[top] = 1;
          nodes.push(node.operand);
          phases.push(0);
        } else {
          result = result === null ? null : !result;
          nodes.pop();
          phases.pop();
        }
        break;
      case "and":
      case "or":
        if (phase === 0) {
          phases[top] = 1;
          nodes.push(node.left);
          phases.push(0);
        } else if (phase === 1 && result === (node.op === "or")) {
          nodes.pop();
          phases.pop();
        } else if (phase === 1) {
          held.push(result);
          phases[top] = 2;
          nodes.push(node.right);
          phases.push(0);
        } else {
          result = combine(node.op, held.pop() as boolean | null, result);
          nodes.pop();
          phases.pop();
        }
        break;
      default:
        return unreachable(node, "condition");
    }
  }
  return result;
}

/** Whether a value is a condition made with {@link column}. @internal */
export function isCondition(value: unknown): value is SqlCondition {
  return typeof value === "function" && (value as { type?: unknown }).type === "sql_condition";
}

/** Whether a value is a column reference made with {@link column}. @internal */
export function isColumnReference(value: unknown): value is ColumnReference {
  return typeof value === "function" && (value as { type?: unknown }).type === "sql_column";
}

function checkCondition(value: unknown, where: string): SqlCondition {
  if (isCondition(value)) return value;
  return fail({
    code: "invalid_argument",
    subject: "column",
    path: [],
    where,
    expected: SQL_EXPECTED.condition,
    received: describe(value),
  });
}

function joined(op: "and" | "or", left: ConditionNode, other: SqlCondition): ConditionNode {
  const right = checkCondition(other, op).node;
  return { op, left, right, depth: Math.max(depthOf(left), depthOf(right)) + 1 };
}

function makeCondition(node: ConditionNode): SqlCondition {
  const test = (record: unknown): boolean => evaluateCondition(node, record) === true;
  return Object.assign(test, {
    type: "sql_condition" as const,
    node,
    and: (other: SqlCondition): SqlCondition => makeCondition(joined("and", node, other)),
    or: (other: SqlCondition): SqlCondition => makeCondition(joined("or", node, other)),
    not: (): SqlCondition => makeCondition({ op: "not", operand: node, depth: depthOf(node) + 1 }),
  });
}

/**
 * A reference to a column of a table, for `toSql`: use it as an accessor (`sum(column("amount"))`,
 * or simply `sum("amount")`) and to build conditions for `count` and `where`
 * (`column("stage").eq("won")`, `.ne`, `.in`, `.isNull`, `.isNotNull`, combined with `.and`,
 * `.or`, `.not`). Values become query parameters; the name is quoted for the dialect, so any name
 * is safe. In `aggregate` the same reference reads the record's property of that name, so one set
 * of measures works in process and in the database.
 *
 * @param name - The column name, exactly as in the table (case, spaces and quotes count).
 * @returns The column reference.
 * @throws {KpiError} `invalid_argument` for an empty name or one with a NUL character, and for a
 * condition value that is not a string, boolean, safe integer or bigint.
 * @example
 * ```ts
 * import { aggregate, count } from "kinerja";
 * import { column } from "kinerja/sql";
 *
 * const won = column("stage").eq("won");
 * const deals = [
 *   { at: "2025-01-05T00:00:00Z", stage: "won" },
 *   { at: "2025-01-06T00:00:00Z", stage: "lost" },
 *   { at: "2025-01-07T00:00:00Z", stage: null },
 * ];
 * const series = aggregate(deals, { date: "at", granularity: "month", measures: { won: count(won), open: count(won.not()) } });
 * console.log(series.cells[0]?.values.won.toString(), series.cells[0]?.values.open.toString());
 * // 1 1
 * ```
 * @category SQL
 */
export function column(name: string): ColumnReference {
  const checked = checkName(name, "column", "name");
  const reader = (record: unknown): unknown => read(record, checked);
  // A function's own `name` is read-only for assignment; define it instead.
  Object.defineProperty(reader, "name", { value: checked });
  return Object.assign(reader as typeof reader & { readonly name: string }, {
    type: "sql_column" as const,
    eq: (value: SqlValue): SqlCondition =>
      makeCondition({
        op: "compare",
        column: checked,
        negated: false,
        value: checkValue(value, "eq"),
      }),
    ne: (value: SqlValue): SqlCondition =>
      makeCondition({
        op: "compare",
        column: checked,
        negated: true,
        value: checkValue(value, "ne"),
      }),
    in: (values: readonly SqlValue[]): SqlCondition => {
      if (!Array.isArray(values) || values.length === 0) {
        fail({
          code: "invalid_argument",
          subject: "column",
          path: [],
          where: SQL_PLACE.conditionIn,
          expected: SQL_EXPECTED.values,
          received: describe(values),
        });
      }
      return makeCondition({
        op: "in",
        column: checked,
        values: values.map((value) => checkValue(value, "in")),
      });
    },
    isNull: (): SqlCondition => makeCondition({ op: "null", column: checked, negated: false }),
    isNotNull: (): SqlCondition => makeCondition({ op: "null", column: checked, negated: true }),
  });
}
