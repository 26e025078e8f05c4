import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  aggregate,
  compare,
  count,
  countDistinct,
  deserializeSeries,
  evaluateSeries,
  first,
  last,
  max,
  mean,
  mergeSeries,
  metricSeries,
  min,
  moments,
  parseTargets,
  rollup,
  serializeSeries,
  sum,
  sumOfLatestPerEntity,
  total,
  winRate,
} from "../../src/index.js";
import { column, seriesFromRows, toSql } from "../../src/sql/index.js";
import { expectKpiError } from "../support/expectKpiError.js";
import { duckdbEngine, type Engine, loadTable, pgliteEngine } from "./engines.js";

const DEALS = [
  ["2025-01-05T10:00:00Z", "100.10", "won", "C1", "Jawa", 0],
  ["2025-01-20T10:00:00Z", "50", "lost", "C2", "Jawa", 1],
  ["2025-02-03T10:00:00Z", "0.01", "won", "C1", "Bali", 2],
  ["2025-02-03T10:00:00Z", "-20.5", "lost", "C3", "Jawa", 3],
  ["2025-03-31T18:00:00Z", "7", "won", "C4", "Bali", 4], // 1 April in Jakarta
] as const;
const COLUMNS = [
  { name: "closed_at", type: "TIMESTAMPTZ" },
  { name: "amount", type: "DECIMAL(18,4)" },
  { name: "stage", type: "VARCHAR" },
  { name: "customer", type: "VARCHAR" },
  { name: "region", type: "VARCHAR" },
  { name: "idx", type: "INTEGER" },
];
const RECORDS = DEALS.map(([closedAt, amount, stage, customer, region, idx]) => ({
  closed_at: closedAt,
  amount,
  stage,
  customer,
  region,
  idx,
}));

const measures = () => ({
  revenue: sum("amount"),
  won: count(column("stage").eq("won")),
  lost: count(column("stage").eq("lost")),
  customers: countDistinct("customer"),
  opening: first("amount"),
  closing: last("amount"),
  average: mean("amount"),
});

const options = {
  table: "deals",
  date: "closed_at",
  granularity: "month",
  calendar: { timeZone: "Asia/Jakarta" },
  sequence: "idx",
  measures: measures(),
} as const;

let engines: Engine[] = [];
beforeAll(async () => {
  engines = [await duckdbEngine(), await pgliteEngine()];
  for (const engine of engines)
    await loadTable(
      engine,
      "deals",
      COLUMNS,
      DEALS.map((row) => [...row]),
    );
}, 30_000);
afterAll(async () => {
  for (const engine of engines) await engine.close();
});

async function query(engine: Engine, given: Parameters<typeof toSql>[0]) {
  const sql = toSql(given, { dialect: engine.dialect });
  return engine.run(sql.text, sql.params);
}

describe("seriesFromRows on real query results", () => {
  it("gives a series that rolls up, compares, feeds metrics and targets", async () => {
    for (const engine of engines) {
      const monthly = seriesFromRows(await query(engine, options), options);
      expect(monthly.periods.map((period) => period.key)).toEqual([
        "2025-01",
        "2025-02",
        "2025-03",
        "2025-04",
      ]);
      expect(monthly.at("2025-03")?.records).toBe(0);
      expect(monthly.at("2025-03")?.values.closing?.toString()).toBe("-20.5"); // carried forward

      const quarterly = rollup(monthly, "quarter");
      expect(
        quarterly.cells.map((cell) => [
          cell.period.key,
          cell.values.revenue.toString(),
          cell.values.customers.toString(),
        ]),
      ).toEqual([
        ["2025-Q1", "129.61", "3"],
        ["2025-Q2", "7", "1"],
      ]);
      // The same as aggregating in process and rolling up there.
      const inProcess = rollup(
        aggregate(RECORDS, { ...options, date: "closed_at", measures: measures() }),
        "quarter",
      );
      expect(JSON.stringify(quarterly.cells.map((cell) => cell.values))).toBe(
        JSON.stringify(inProcess.cells.map((cell) => cell.values)),
      );

      const rates = metricSeries(monthly, winRate, { won: "won", lost: "lost" });
      expect(rates.map((point) => point.value?.toString() ?? point.reason)).toEqual([
        "0.5",
        "0.5",
        "zero_denominator",
        "1",
      ]);
      const targets = parseTargets(
        { targets: [{ metric: "win_rate", period: "2025-01", target: 0.4 }] },
        { calendar: options.calendar }, // the series' calendar
      );
      const evaluated = evaluateSeries(rates, targets, { metric: winRate });
      expect(evaluated.map((row) => row.evaluation.status)).toEqual([
        "on_track",
        "no_data",
        "no_data",
        "no_data",
      ]);

      const previous = compare(monthly, 1);
      expect(previous[1]?.previous?.revenue.toString()).toBe("150.1");

      // States survive JSON and merge with an in-process series.
      const copy = deserializeSeries(
        JSON.parse(JSON.stringify(serializeSeries(monthly))),
        measures(),
      );
      expect(copy.at("2025-02")?.values.revenue.toString()).toBe("-20.49");
      const doubled = mergeSeries(
        copy,
        aggregate(RECORDS, { ...options, date: "closed_at", measures: measures() }),
      );
      expect(doubled.at("2025-01")?.values.revenue.toString()).toBe("300.2");
      expect(doubled.at("2025-01")?.values.customers.toString()).toBe("2");
      expect(total(monthly).values.average?.toString()).toBe("27.322");
    }
  });

  it("groups, fills every group, and respects fill: false", async () => {
    for (const engine of engines) {
      const grouped = { ...options, groupBy: "region" };
      const series = seriesFromRows(await query(engine, grouped), grouped);
      expect(series.groups).toEqual(["Bali", "Jawa"]);
      expect(series.cells).toHaveLength(8);
      const sparse = seriesFromRows(await query(engine, grouped), { ...grouped, fill: false });
      expect(sparse.cells.map((cell) => `${cell.period.key} ${cell.group}`)).toEqual([
        "2025-01 Jawa",
        "2025-02 Bali",
        "2025-02 Jawa",
        "2025-04 Bali",
      ]);
    }
  });

  it("with distinct: 'count', reads the count but refuses to merge or serialize it", async () => {
    for (const engine of engines) {
      const counted = { ...options, distinct: "count" as const };
      const series = seriesFromRows(await query(engine, counted), counted);
      expect(series.cells.map((cell) => cell.values.customers.toString())).toEqual([
        "2",
        "2",
        "0",
        "1",
      ]);
      expectKpiError(
        () => rollup(series, "quarter"),
        "not_additive",
        /^seriesFromRows: measure "customers" must be a distinct count whose values were kept/,
      );
      expectKpiError(() => JSON.stringify(series), "not_additive");
      // Other measures of the same series still roll up when the distinct count is left out.
    }
  });

  it("throws for rows with a NULL instead of dropping them", async () => {
    for (const engine of engines) {
      await loadTable(engine, "holes", COLUMNS, [
        ["2025-01-05T10:00:00Z", null, "won", "C1", "Jawa", 0],
        [null, "5", "won", "C1", "Jawa", 1],
        ["2025-01-06T10:00:00Z", "5", "won", "C1", null, 2],
        ["2025-01-07T10:00:00Z", "5", "won", "C1", "Jawa", 3],
      ]);
      const holes = { ...options, table: "holes", groupBy: "region" };
      const rows = await query(engine, holes);
      const error = expectKpiError(() => seriesFromRows(rows, holes), "invalid_record");
      expect(error.message).toMatch(
        /^seriesFromRows: row \d \(period .*\) must be no NULL in the date, group or measure columns/,
      );
      // Leaving them out explicitly works.
      const filtered = {
        ...holes,
        where: column("amount")
          .isNotNull()
          .and(column("closed_at").isNotNull())
          .and(column("region").isNotNull()),
      };
      const series = seriesFromRows(await query(engine, filtered), filtered);
      expect(series.cells.map((cell) => [cell.group, cell.records])).toEqual([["Jawa", 1]]);
    }
  });
});

describe("first and last before 1970", () => {
  it("read negative epoch milliseconds and match aggregate", async () => {
    const rows = [
      ["1969-12-31T23:59:59.999Z", "1", "won", "C1", "Jawa", 0],
      ["1969-12-31T23:59:59.998Z", "2", "won", "C1", "Jawa", 1],
      ["1969-06-01T00:00:00Z", "3", "won", "C1", "Jawa", 2],
    ] as const;
    const old = {
      ...options,
      table: "old",
      calendar: { timeZone: "UTC" },
      granularity: "year",
    } as const;
    const expected = aggregate(
      rows.map(([closedAt, amount, stage, customer, region, idx]) => ({
        closed_at: closedAt,
        amount,
        stage,
        customer,
        region,
        idx,
      })),
      { ...old, measures: measures() },
    );
    for (const engine of engines) {
      await loadTable(
        engine,
        "old",
        COLUMNS,
        rows.map((row) => [...row]),
      );
      const series = seriesFromRows(await query(engine, old), old);
      expect(JSON.stringify(series.cells.map((cell) => cell.values)), engine.name).toBe(
        JSON.stringify(expected.cells.map((cell) => cell.values)),
      );
      expect(series.cells[0]?.values.closing?.toString()).toBe("1");
      expect(JSON.stringify(series.cells[0]?.states.closing)).toBe(
        '{"kind":"last","value":"1","time":-1,"index":0}',
      );
    }
  });
});

describe("seriesFromRows on rows that are not what toSql made", () => {
  const simple = {
    table: "t",
    date: "d",
    granularity: "month",
    measures: { revenue: sum("amount"), n: count() },
  } as const;
  const row = {
    period_key: "2025-01",
    record_count: "1",
    invalid_count: "0",
    m0_value: "1.5",
    m0_type: "DECIMAL(38,4)",
    m1_value: "1",
  };

  it("refuses states that contradict the row's counts", () => {
    const full = {
      table: "t",
      date: "d",
      granularity: "month",
      measures: {
        n: count(),
        average: mean("amount"),
        low: min("amount"),
        high: max("amount"),
        customers: countDistinct("customer"),
        opening: first("amount"),
      },
    } as const;
    const good = {
      period_key: "2025-01",
      record_count: "2",
      invalid_count: "0",
      m0_value: "2",
      m1_value: "3",
      m1_type: "DECIMAL(38,4)",
      m1_count: "2",
      m2_value: "1",
      m2_type: "DECIMAL(18,4)",
      m3_value: "2",
      m3_type: "DECIMAL(18,4)",
      m4_value: '["C1","C2"]',
      m5_value: "1",
      m5_type: "DECIMAL(18,4)",
      m5_time: String(Date.UTC(2025, 0, 3)),
      m5_index: "0",
    };
    expect(seriesFromRows([good], full).cells[0]?.values.average?.toString()).toBe("1.5");
    const refused: [string, Record<string, unknown>, RegExp][] = [
      [
        "a count above the records",
        { m0_value: "3" },
        /row 0 \(measure "n", record_count 2\) must be a count state/,
      ],
      ["a mean of no values with a sum", { m1_value: "99", m1_count: "0" }, /^mean: state must be/],
      [
        "a minimum above the maximum",
        { m2_value: "5" },
        /column "m2_value" must be a value not above the maximum \(measure "high"\) of the same column, received "5"/,
      ],
      [
        "more distinct values than records",
        { m4_value: '["C1","C2","C3"]' },
        /measure "customers"/,
      ],
      [
        "a repeated distinct value",
        { m4_value: '["C1","C1"]' },
        /must be a JSON array of distinct strings/,
      ],
      [
        "a first instant outside its period",
        { m5_time: String(Date.UTC(2025, 1, 1)) },
        /measure "opening"/,
      ],
      [
        "more invalid rows than rows",
        { invalid_count: "3" },
        /must be an invalid_count at most the record_count/,
      ],
      ["a group of no rows", { record_count: "0", m0_value: "0" }, /must be a positive integer/],
    ];
    for (const [what, change, message] of refused) {
      const error = expectKpiError(
        () => seriesFromRows([{ ...good, ...change }], full),
        "invalid_argument",
        {
          message,
        },
      );
      expect(error.message, what).toMatch(/^(seriesFromRows|mean): /);
    }
  });

  it("accepts counts as numbers and bigints, and exact decimals as text", () => {
    const series = seriesFromRows([{ ...row, record_count: 1n, m1_value: 1 }], simple);
    expect(series.cells[0]?.values.revenue.toString()).toBe("1.5");
  });

  it("refuses unknown keys, doubles, duplicates and non-rows", () => {
    expectKpiError(
      () => seriesFromRows([{ ...row, period_key: "2025-13" }], simple),
      "invalid_argument",
      'seriesFromRows: row 0 column "period_key" must be a period key of the query\'s granularity, as toSql computes it, received "2025-13"',
    );
    expectKpiError(() => seriesFromRows([{ ...row, m0_value: 1.5 }], simple), "invalid_argument", {
      path: ["rows", 0, "m0_value"],
    });
    expectKpiError(() => seriesFromRows([{ ...row, m0_value: "1e3" }], simple), "invalid_argument");
    expectKpiError(
      () => seriesFromRows([row, row], simple),
      "invalid_argument",
      /one row per period and group/,
    );
    expectKpiError(() => seriesFromRows([null as never], simple), "invalid_argument");
    expectKpiError(() => seriesFromRows(42 as never, simple), "invalid_argument");
    expectKpiError(
      () => seriesFromRows([{ ...row, record_count: "-1" }], simple),
      "invalid_argument",
    );
    expectKpiError(
      () => seriesFromRows([{ ...row, record_count: 1.5 }], simple),
      "invalid_argument",
    );
  });

  it("refuses group values a series cannot hold", () => {
    const grouped = { ...simple, groupBy: "g" };
    expectKpiError(
      () => seriesFromRows([{ ...row, group_key: { x: 1 } }], grouped),
      "invalid_argument",
      { path: ["rows", 0, "group_key"] },
    );
    expectKpiError(() => seriesFromRows([{ ...row, group_key: null }], grouped), "invalid_record");
  });

  it("fills a range with no rows, and an empty result without a range is an empty series", () => {
    expect(
      seriesFromRows([], { ...simple, range: { from: "2025-01", to: "2025-03" } }).cells,
    ).toHaveLength(3);
    expect(seriesFromRows([], simple).cells).toEqual([]);
    expect(seriesFromRows(new Set([row]), simple).cells).toHaveLength(1);
  });
});

describe("instants outside the supported years", () => {
  // 9999-12-31T20:00Z is 03:00 on 1 January 10000 in Jakarta: a key of a five-digit year, which
  // the engines' lpad used to cut to "1000-01" (filing the row under year 1000).
  const OUTSIDE = [
    ["9999-12-31T20:00:00Z", "5", "won", "C1", "Jawa", 0],
    ["2025-01-01T00:00:00Z", "1", "won", "C1", "Jawa", 1],
  ] as const;
  const BEFORE = [
    ["0001-01-01T12:00:00Z", "5", "won", "C1", "Jawa", 0], // before 0001-01-02T00:00Z
    ["2025-01-01T00:00:00Z", "1", "won", "C1", "Jawa", 1],
  ] as const;

  it.each(["month", "year", "day"] as const)(
    "are counted as invalid rows (%s), as aggregate refuses them",
    async (granularity) => {
      const far = {
        table: "far",
        date: "closed_at",
        granularity,
        calendar: { timeZone: "Asia/Jakarta" },
        measures: { revenue: sum("amount"), n: count() },
      } as const;
      const records = OUTSIDE.map(([closedAt, amount]) => ({ closed_at: closedAt, amount }));
      expectKpiError(() => aggregate(records, far), "invalid_record");
      for (const engine of engines) {
        await loadTable(
          engine,
          "far",
          COLUMNS,
          OUTSIDE.map((row) => [...row]),
        );
        const rows = await query(engine, far);
        expectKpiError(
          () => seriesFromRows(rows, far),
          "invalid_record",
          /^seriesFromRows: row \d \(period .*\) must be no NULL in the date, group or measure columns, and instants from 0001-01-02T00:00:00Z up to \(not including\) 9999-01-01T00:00:00Z .*, received 1 row with a NULL or an instant outside those years$/,
        );
        // A range leaves the row out, as aggregate's range does.
        const ranged = { ...far, range: { from: "2025-01-01", to: "2025-01-01" } };
        const series = seriesFromRows(await query(engine, ranged), ranged);
        expect(series.cells.map((cell) => cell.values.revenue.toString())).toEqual(["1"]);
      }
    },
  );

  it("counts instants before 0001-01-02 as invalid too", async () => {
    const early = {
      table: "early",
      date: "closed_at",
      granularity: "year",
      measures: { n: count() },
    } as const;
    for (const engine of engines) {
      await loadTable(
        engine,
        "early",
        COLUMNS,
        BEFORE.map((row) => [...row]),
      );
      const rows = await query(engine, early);
      expectKpiError(() => seriesFromRows(rows, early), "invalid_record");
    }
  });

  it("refuses period keys that do not read back to themselves in the supported years", () => {
    const simple = {
      table: "t",
      date: "d",
      granularity: "month",
      measures: { n: count() },
    } as const;
    const row = { period_key: "2025-01", record_count: "1", invalid_count: "0", m0_value: "1" };
    for (const key of ["10000-01", "0000-12", "1000-1", 202501]) {
      expectKpiError(
        () => seriesFromRows([{ ...row, period_key: key }], simple),
        "invalid_argument",
        { path: ["rows", 0, "period_key"] },
      );
    }
  });
});

describe("value columns the engine does not aggregate exactly", () => {
  // A text column's maximum is alphabetical ("9" > "100.5"), and a floating-point column is summed
  // in binary floating point (0.1 + 0.2 = 0.30000000000000004): both are refused, in both engines.
  const LOOSE = [
    { name: "closed_at", type: "TIMESTAMPTZ" },
    { name: "label", type: "VARCHAR" },
    { name: "ratio", type: "FLOAT8" },
    { name: "units", type: "INTEGER" },
    { name: "big", type: "BIGINT" },
  ];
  const ROWS = [
    ["2025-01-05T00:00:00Z", "9", 0.1, 2, "9007199254740993"],
    ["2025-01-06T00:00:00Z", "100.5", 0.2, 3, "1"],
  ];

  beforeAll(async () => {
    for (const engine of engines) await loadTable(engine, "loose", LOOSE, ROWS);
  });

  const cases = [
    ["max of text", { top: max("label") }, "label"],
    ["first of text", { opening: first("label") }, "label"],
    ["sum of doubles", { total: sum("ratio") }, "ratio"],
    ["mean of doubles", { average: mean("ratio") }, "ratio"],
    ["min of doubles", { low: min("ratio") }, "ratio"],
  ] as const;

  it.each(cases)(
    "refuses the %s, naming the measure and the type",
    async (_name, measures, name) => {
      const loose = { table: "loose", date: "closed_at", granularity: "month", measures } as const;
      for (const engine of engines) {
        const rows = await query(engine, loose);
        const error = expectKpiError(() => seriesFromRows(rows, loose), "invalid_argument", {
          path: ["rows", 0, "m0_type"],
        });
        expect(error.message).toMatch(
          new RegExp(
            `^seriesFromRows: row 0 column "m0_type" \\(measure "${Object.keys(measures)[0]}", column "${name}"\\) must be a value of an integer or DECIMAL / NUMERIC column: .*, received "(VARCHAR|text|character varying|DOUBLE|double precision)"$`,
          ),
        );
      }
    },
  );

  it("takes integer columns, exactly (a BIGINT sum past 2^53 included)", async () => {
    const exact = {
      table: "loose",
      date: "closed_at",
      granularity: "month",
      measures: { units: sum("units"), big: sum("big"), top: max("units"), last: last("big") },
    } as const;
    for (const engine of engines) {
      const series = seriesFromRows(await query(engine, exact), exact);
      const values = series.cells[0]?.values;
      expect(
        [values?.units, values?.big, values?.top, values?.last].map(String),
        engine.name,
      ).toEqual(["5", "9007199254740994", "3", "1"]);
    }
  });

  it("refuses rows without the type column", () => {
    const simple = {
      table: "t",
      date: "d",
      granularity: "month",
      measures: { s: sum("x") },
    } as const;
    const row = { period_key: "2025-01", record_count: "1", invalid_count: "0", m0_value: "1" };
    expectKpiError(() => seriesFromRows([row], simple), "invalid_argument", {
      path: ["rows", 0, "m0_type"],
    });
  });
});

describe("rows outside the range, and filling without a bound", () => {
  const simple = {
    table: "t",
    date: "d",
    granularity: "month",
    measures: { n: count() },
  } as const;
  const row = (key: string, records: number) => ({
    period_key: key,
    record_count: String(records),
    invalid_count: "0",
    m0_value: String(records),
  });

  it("refuses a row outside the range instead of dropping it", () => {
    const ranged = { ...simple, range: { from: "2025-01", to: "2025-02" } };
    expectKpiError(
      () => seriesFromRows([row("2025-01", 2), row("2025-05", 7)], ranged),
      "invalid_argument",
      {
        message:
          'seriesFromRows: row 1 column "period_key" must be a period within the option range (the query made for these options leaves the others out), received "2025-05"',
        path: ["rows", 1, "period_key"],
      },
    );
    const inside = seriesFromRows([row("2025-01", 2)], ranged);
    expect(inside.cells.map((cell) => cell.records)).toEqual([2, 0]);
    expect(inside.report.records).toBe(2);
  });

  it("refuses to fill more than a million cells, and fills nothing with fill: false", () => {
    const daily = { ...simple, granularity: "day" } as const;
    const rows = [row("1900-01-01", 1), row("9998-12-31", 1)];
    expectKpiError(
      () => seriesFromRows(rows, daily),
      "invalid_option",
      "seriesFromRows: option fill must be at most 1000000 cells (periods × groups) to fill: narrow the periods with range, or leave empty periods out with fill: false, received 2958099 day periods from 1900-01-01 to 9998-12-31",
    );
    expect(seriesFromRows(rows, { ...daily, fill: false }).cells).toHaveLength(2);
    // Groups multiply: 1,461 days × 1,000 groups. The limit is checked as rows arrive, so the
    // error comes at the 685th group, the first to pass a million cells.
    const grouped = { ...daily, groupBy: "g" };
    const many = Array.from({ length: 1000 }, (_, group) => ({
      ...row(group === 0 ? "2020-01-01" : "2023-12-31", 1),
      group_key: `g${group}`,
    }));
    expectKpiError(
      () => seriesFromRows(many, grouped),
      "invalid_option",
      /received 1461 day periods from 2020-01-01 to 2023-12-31 × 685 groups = 1000785 cells$/,
    );
  });
});

describe("seriesFromRows: per-entity snapshots and moments", () => {
  const options = {
    table: "snapshots",
    date: "at",
    granularity: "month",
    sequence: "seq",
    measures: {
      pipeline: sumOfLatestPerEntity({ entity: "deal", value: "amount" }),
      scores: moments("score"),
    },
  } as const;
  const january = Date.UTC(2025, 0, 31);
  const row = (entities: unknown, extra: Record<string, unknown> = {}) => ({
    period_key: "2025-01",
    record_count: "3",
    invalid_count: "0",
    m0_value: entities,
    m0_type: "DECIMAL(18,4)",
    m1_value: "12.0000",
    m1_type: "DECIMAL(38,4)",
    m1_count: "3",
    m1_squares: "50.00000000",
    ...extra,
  });

  it("rebuilds each entity's kept row (entities as text; a negative sequence is an index)", () => {
    const series = seriesFromRows(
      [
        row(
          JSON.stringify([
            ["7", String(january), "-4", "100.5000"],
            ["D2", String(january), "2", "-0.5"],
          ]),
        ),
      ],
      options,
    );
    const cell = series.at("2025-01");
    expect(cell?.values.pipeline?.toString()).toBe("100");
    expect(cell?.states.pipeline.toJSON()).toEqual({
      kind: "sum_of_latest_per_entity",
      entities: [
        ["7", january, -4, "100.5"],
        ["D2", january, 2, "-0.5"],
      ],
    });
    expect(cell?.states.scores.toJSON()).toEqual({
      kind: "moments",
      n: 3,
      sum: "12",
      sumOfSquares: "50",
    });
    // A client that parses JSON columns (pg with json_agg) gives the array itself.
    expect(
      seriesFromRows([row([["D1", String(january), "0", "1"]])], options)
        .at("2025-01")
        ?.values.pipeline?.toString(),
    ).toBe("1");
  });

  it("refuses rows a query made by toSql cannot return", () => {
    const entity = (entries: unknown) => () => seriesFromRows([row(entries)], options);
    for (const bad of [
      "not json",
      "{}",
      JSON.stringify([["D1", String(january), "0"]]),
      JSON.stringify([["D1", january, "0", "1"]]),
      JSON.stringify([["D1", String(january), "0.5", "1"]]),
      JSON.stringify([["D1", String(january), "0", "1e3"]]),
      JSON.stringify([[null, String(january), "0", "1"]]),
    ]) {
      expectKpiError(entity(bad), "invalid_argument", {
        message:
          /^seriesFromRows: row 0 column "m0_value" must be a JSON array of \[entity, epoch milliseconds, index, value\] arrays of text/,
        path: ["rows", 0, "m0_value"],
      });
    }
    // One entity twice, an instant outside the period, more entities than rows.
    for (const bad of [
      [
        ["D1", String(january), "0", "1"],
        ["D1", String(january), "1", "2"],
      ],
      [["D1", String(Date.UTC(2025, 1, 1)), "0", "1"]],
      [
        ["A", String(january), "0", "1"],
        ["B", String(january), "0", "1"],
        ["C", String(january), "0", "1"],
        ["D", String(january), "0", "1"],
      ],
    ]) {
      expectKpiError(entity(JSON.stringify(bad)), "invalid_argument");
    }
    // A floating-point value column, and a sum of squares that no values can give.
    expectKpiError(
      () => seriesFromRows([row("[]", { m0_type: "DOUBLE" })], options),
      "invalid_argument",
      { path: ["rows", 0, "m0_type"] },
    );
    expectKpiError(
      () => seriesFromRows([row("[]", { m1_squares: "47.99" })], options),
      "invalid_argument",
      /^moments: state must be a serialized state of this measure/,
    );
  });

  it("toSql refuses per-entity accessors that are functions, naming the measure", () => {
    expectKpiError(
      () =>
        toSql(
          {
            ...options,
            measures: {
              pipeline: sumOfLatestPerEntity({
                entity: (r: { deal: string }) => r.deal,
                value: "amount",
              }),
            },
          },
          { dialect: "duckdb" },
        ),
      "invalid_option",
      {
        message:
          'toSql: measure "pipeline" option entity must be a column name or column("name"): a function accessor runs in JavaScript and cannot run in the database, received a function',
        path: ["measures", "pipeline", "entity"],
      },
    );
  });
});
