import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  type ConditionNode,
  evaluateCondition,
  evaluateDeep,
  type SqlCondition,
} from "../../src/sql/column.js";
import { column } from "../../src/sql/index.js";

// The evaluation on an explicit stack (used for deep conditions) and the recursive one agree on
// every condition and record, SQL's three-valued logic and short-circuits included.

const columns = ["a", "b"] as const;
const leaf: fc.Arbitrary<SqlCondition> = fc.oneof(
  fc
    .tuple(fc.constantFrom(...columns), fc.constantFrom("x", "y", 1))
    .map(([name, value]) => column(name).eq(value)),
  fc
    .tuple(fc.constantFrom(...columns), fc.constantFrom("x", 1))
    .map(([name, value]) => column(name).ne(value)),
  fc.constantFrom(...columns).map((name) => column(name).in(["x", 1])),
  fc.constantFrom(...columns).map((name) => column(name).isNull()),
);
const condition: fc.Arbitrary<SqlCondition> = fc.letrec<{ node: SqlCondition }>((tie) => ({
  node: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    leaf,
    fc.tuple(tie("node"), tie("node")).map(([left, right]) => left.and(right)),
    fc.tuple(tie("node"), tie("node")).map(([left, right]) => left.or(right)),
    tie("node").map((operand) => operand.not()),
  ),
})).node;
const record = fc.record({
  a: fc.constantFrom("x", "y", 1, null, undefined),
  b: fc.constantFrom("x", "y", 1, null, undefined),
});

describe("condition evaluation", () => {
  it("on an explicit stack equals the recursive evaluation (property)", () => {
    fc.assert(
      fc.property(condition, record, (built, row) => {
        const node: ConditionNode = built.node;
        expect(evaluateDeep(node, row)).toBe(evaluateCondition(node, row));
      }),
      { numRuns: 2000 },
    );
  });
});
