import { describe, expectTypeOf, it } from "vitest";
import { count, type Decimal, first, type Series, sum } from "../../src/index.js";
import { column, type SqlQuery, seriesFromRows, toSql } from "../../src/sql/index.js";

describe("types of the SQL layer", () => {
  const options = {
    table: ["sales", "deals"],
    date: "closed_at",
    granularity: "month",
    measures: {
      revenue: sum("amount"),
      won: count(column("stage").eq("won")),
      opening: first("balance"),
    },
  } as const;

  it("toSql returns text and parameters; the dialect is a closed union", () => {
    expectTypeOf(toSql(options, { dialect: "duckdb" })).toEqualTypeOf<SqlQuery>();
    // @ts-expect-error: not a dialect
    toSql(options, { dialect: "mysql" });
    // @ts-expect-error: measures are required
    toSql({ table: "t", date: "d", granularity: "month" }, { dialect: "postgres" });
  });

  it("seriesFromRows keeps the measures' value types", () => {
    const series = seriesFromRows([], options);
    expectTypeOf(series).toExtend<Series>();
    const cell = series.cells[0];
    expectTypeOf(cell?.values.revenue).toEqualTypeOf<Decimal | undefined>();
    expectTypeOf(cell?.values.opening).toEqualTypeOf<Decimal | null | undefined>();
  });

  it("column references are accessors and conditions are predicates", () => {
    sum(column("amount"));
    count(column("stage").eq("won").and(column("region").ne("Bali")));
    // @ts-expect-error: condition values are strings, booleans, numbers or bigints
    column("stage").eq(null);
  });
});
