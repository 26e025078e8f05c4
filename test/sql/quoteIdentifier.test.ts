import { describe, expect, it } from "vitest";
import { KpiError } from "../../src/index.js";
import { quoteIdentifier } from "../../src/sql/index.js";

describe("quoteIdentifier", () => {
  it("wraps in double quotes and doubles the quotes inside, for both dialects", () => {
    for (const dialect of ["duckdb", "postgres"] as const) {
      expect(quoteIdentifier("Order Date", dialect)).toBe('"Order Date"');
      expect(quoteIdentifier('"weird"; DROP TABLE x', dialect)).toBe('"""weird""; DROP TABLE x"');
      expect(quoteIdentifier("a.b", dialect)).toBe('"a.b"');
      expect(quoteIdentifier("Ünïcødé 名前", dialect)).toBe('"Ünïcødé 名前"');
    }
  });

  it("counts PostgreSQL's 63-byte limit in UTF-8 bytes", () => {
    expect(quoteIdentifier("a".repeat(63), "postgres")).toHaveLength(65);
    expect(() => quoteIdentifier("a".repeat(64), "postgres")).toThrow(KpiError);
    expect(() => quoteIdentifier("名".repeat(22), "postgres")).toThrow(/at most 63 bytes/); // 66 bytes
    expect(quoteIdentifier("名".repeat(21), "postgres")).toBe(`"${"名".repeat(21)}"`); // 63 bytes
  });

  it("refuses what is not a name, and unknown dialects", () => {
    expect(() => quoteIdentifier(42 as never, "duckdb")).toThrow(
      "quoteIdentifier: name must be a non-empty column or table name without NUL characters, received 42",
    );
    expect(() => quoteIdentifier("a", "sqlite" as never)).toThrow(
      'quoteIdentifier: option dialect must be one of "duckdb", "postgres" or "clickhouse", received "sqlite"',
    );
  });
});
