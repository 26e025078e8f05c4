import { fail } from "../core/errors.js";
import { unreachable } from "../core/unreachable.js";
import type { ConditionNode, SqlValue } from "./column.js";
import { SQL_EXPECTED, SQL_RECEIVED } from "./messages.js";

/**
 * The deepest nesting of a condition's SQL: chains of the same operator (`a.and(b).and(c)…`) are
 * written flat (`a AND b AND c`, the same under three-valued logic), so only alternations count;
 * engines' parsers refuse far deeper SQL with errors of their own. @internal
 */
export const MAX_CONDITION_NESTING = 200;

/** What writing a condition needs: quoting a column, adding a value parameter. @internal */
export interface ConditionWriter {
  readonly subject: string;
  readonly path: readonly (string | number)[];
  quote(column: string): string;
  value(value: SqlValue): string;
}

/** The operands of a chain of the same operator, in order, found without recursion. */
function operandsOf(node: ConditionNode, op: "and" | "or"): ConditionNode[] {
  const operands: ConditionNode[] = [];
  const pending: ConditionNode[] = [node];
  while (pending.length > 0) {
    const next = pending.pop() as ConditionNode;
    if (next.op === op) pending.push(next.right, next.left);
    else operands.push(next);
  }
  return operands;
}

/**
 * The SQL of a condition, values as parameters (in reading order). Any depth ends in SQL or a
 * KpiError: same-operator chains of any length are flat, and nesting beyond
 * {@link MAX_CONDITION_NESTING} is refused before recursing. @internal
 */
export function conditionSql(root: ConditionNode, writer: ConditionWriter): string {
  const write = (node: ConditionNode, nesting: number): string => {
    if (nesting > MAX_CONDITION_NESTING) {
      fail({
        code: "invalid_option",
        subject: writer.subject,
        path: writer.path,
        expected: SQL_EXPECTED.conditionDepth(MAX_CONDITION_NESTING),
        received: SQL_RECEIVED.deepCondition(MAX_CONDITION_NESTING),
      });
    }
    switch (node.op) {
      case "compare":
        return `${writer.quote(node.column)} ${node.negated ? "<>" : "="} ${writer.value(node.value)}`;
      case "in":
        return `${writer.quote(node.column)} IN (${node.values.map((value) => writer.value(value)).join(", ")})`;
      case "null":
        return `${writer.quote(node.column)} IS ${node.negated ? "NOT " : ""}NULL`;
      case "and":
      case "or":
        return `(${operandsOf(node, node.op)
          .map((operand) => write(operand, nesting + 1))
          .join(node.op === "and" ? " AND " : " OR ")})`;
      case "not":
        return `(NOT ${write(node.operand, nesting + 1)})`;
      default:
        return unreachable(node, "condition");
    }
  };
  return write(root, 0);
}
