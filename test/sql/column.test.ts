import { describe, expect, it } from "vitest";
import { aggregate, count, KpiError, sum } from "../../src/index.js";
import { column, type SqlCondition } from "../../src/sql/index.js";

// Conditions evaluate in JavaScript with SQL's three-valued logic, so a count in process and the
// same count in the database agree on rows with NULLs.

const stage = column("stage");
const unknown = { stage: null };
const missing = {};

describe("column", () => {
  it("is an accessor of the property of that name (own properties only)", () => {
    const amount = column("amount");
    expect(amount({ amount: "1.5" })).toBe("1.5");
    expect(amount(Object.create({ amount: 1 }))).toBeUndefined();
    expect(amount(null)).toBeUndefined();
    expect(amount.name).toBe("amount");
    expect(amount.type).toBe("sql_column");
    const series = aggregate([{ at: "2025-01-01T00:00:00Z", amount: "2.5" }], {
      date: "at",
      granularity: "month",
      measures: { revenue: sum(amount) },
    });
    expect(series.cells[0]?.values.revenue.toString()).toBe("2.5");
  });

  it("compares with SQL semantics: NULL is unknown, and only TRUE counts", () => {
    expect(stage.eq("won")({ stage: "won" })).toBe(true);
    expect(stage.eq("won")(unknown)).toBe(false);
    expect(stage.ne("won")(unknown)).toBe(false);
    expect(stage.ne("won")(missing)).toBe(false);
    expect(stage.eq("won").not()(unknown)).toBe(false); // NOT unknown = unknown
    expect(stage.isNull()(unknown)).toBe(true);
    expect(stage.isNull()(missing)).toBe(true);
    expect(stage.isNotNull()({ stage: "" })).toBe(true);
    expect(stage.in(["won", "lost"])({ stage: "lost" })).toBe(true);
    expect(stage.in(["won", "lost"])(unknown)).toBe(false);
    expect(stage.in(["won", "lost"]).not()(unknown)).toBe(false);
  });

  it("combines with Kleene logic", () => {
    const won = stage.eq("won");
    const big = column("big").eq(true);
    // unknown AND false = false, unknown OR true = true, unknown AND true = unknown.
    expect(won.and(big).not()({ stage: null, big: false })).toBe(true);
    expect(won.or(big)({ stage: null, big: true })).toBe(true);
    expect(won.and(big).not()({ stage: null, big: true })).toBe(false);
    expect(won.or(big).not()({ stage: null, big: false })).toBe(false);
    expect(won.and(big)({ stage: "won", big: true })).toBe(true);
    expect(won.or(big)({ stage: "lost", big: false })).toBe(false);
  });

  it("compares numbers and bigints by value, other types strictly", () => {
    expect(column("n").eq(5)({ n: 5n })).toBe(true);
    expect(column("n").eq(5n)({ n: 5 })).toBe(true);
    expect(column("n").eq(5)({ n: "5" })).toBe(false);
    expect(column("b").eq(true)({ b: 1 })).toBe(false);
  });

  it("counts in aggregate like the database would", () => {
    const records = [
      { at: "2025-01-01T00:00:00Z", stage: "won" },
      { at: "2025-01-02T00:00:00Z", stage: "lost" },
      { at: "2025-01-03T00:00:00Z", stage: null },
    ];
    const series = aggregate(records, {
      date: "at",
      granularity: "month",
      measures: { notWon: count(stage.ne("won")), open: count(stage.isNull()) },
    });
    expect(series.cells[0]?.values.notWon.toString()).toBe("1");
    expect(series.cells[0]?.values.open.toString()).toBe("1");
  });

  it("refuses bad names and values", () => {
    expect(() => column("")).toThrow(KpiError);
    expect(() => column("a\u0000")).toThrow(
      /column: name must be a non-empty column or table name/,
    );
    expect(() => stage.eq(1.5)).toThrow(
      /column: eq must be a string, a boolean, a safe integer or a bigint, received 1.5/,
    );
    expect(() => stage.eq(null as never)).toThrow(KpiError);
    expect(() => stage.in([])).toThrow(/column: in must be a non-empty array/);
    expect(() => stage.in("won" as never)).toThrow(KpiError);
    expect(() => stage.eq("a").and("b" as never)).toThrow(
      /column: and must be a condition built with column/,
    );
  });

  it("evaluates a chain of 10,000 .and() links (and as deep a .not() chain) without overflowing the stack", () => {
    // Regression: evaluation recursed once per link, and aggregate threw RangeError: Maximum call
    // stack size exceeded (escaping onInvalid).
    let chain: SqlCondition = column("stage").ne("lost");
    for (let link = 0; link < 10_000; link++) chain = chain.and(column("region").ne(`r${link}`));
    let negated: SqlCondition = column("stage").eq("won");
    for (let link = 0; link < 10_000; link++) negated = negated.not().not();
    let alternating: SqlCondition = column("stage").eq("won");
    for (let link = 0; link < 10_000; link++) {
      alternating =
        link % 2 === 0
          ? alternating.or(column("stage").eq("never"))
          : alternating.and(column("region").isNotNull());
    }
    const records = [
      { at: "2025-01-01T00:00:00Z", stage: "won", region: "Jawa" },
      { at: "2025-01-02T00:00:00Z", stage: "lost", region: "Jawa" },
      { at: "2025-01-03T00:00:00Z", stage: null, region: "Bali" },
      { at: "2025-01-04T00:00:00Z", stage: "won", region: "r9999" },
    ];
    const series = aggregate(records, {
      date: "at",
      granularity: "month",
      onInvalid: "skip",
      measures: { chain: count(chain), negated: count(negated), alternating: count(alternating) },
    });
    expect(series.cells[0]?.values.chain.toString()).toBe("1");
    expect(series.cells[0]?.values.negated.toString()).toBe("2");
    expect(series.cells[0]?.values.alternating.toString()).toBe("2");
  });
});
