import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  aggregate,
  type CalendarInput,
  count,
  type Granularity,
  NRF_RETAIL_CALENDAR,
  type Series,
} from "../../src/index.js";
import { seriesFromRows, toSql } from "../../src/sql/index.js";
import { allEngines, ENGINE_NAMES, type Engine, loadTable } from "./engines.js";

// The retail granularities' period keys in SQL, day by day: one row on every day from 1998 to
// 2032 (seven 53-week NRF years, and each calendar's year ends, first days and 53rd weeks), in
// calendars covering both year-end rules, every pattern, both namings, a December year end and
// the 53rd week in several periods. Every day's key must be the one `aggregate` (periodOf) gives.

const DAY = 86_400_000;
const FIRST_DAY = Date.UTC(1998, 0, 1);
const LAST_DAY = Date.UTC(2032, 11, 31);

const CALENDARS: readonly (readonly [string, CalendarInput])[] = [
  ["NRF 4-5-4", { retail: NRF_RETAIL_CALENDAR }],
  [
    "4-4-5, last Saturday of September, end year, week 53 in P03",
    {
      retail: {
        yearEnd: "last",
        yearEndMonth: 9,
        pattern: "4-4-5",
        leapWeekPeriod: 3,
        yearNaming: "end_year",
      },
    },
  ],
  [
    "5-4-4, Monday weeks nearest December 31, week 53 in P07",
    { retail: { weekStartsOn: 1, yearEndMonth: 12, pattern: "5-4-4", leapWeekPeriod: 7 } },
  ],
  [
    "4-5-4, Thursday weeks, last Wednesday of June, start year, week 53 in P06",
    {
      retail: {
        weekStartsOn: 4,
        yearEnd: "last",
        yearEndMonth: 6,
        leapWeekPeriod: 6,
        yearNaming: "start_year",
      },
    },
  ],
  [
    "4-4-5, Saturday weeks nearest February 28/29, end year, week 53 in P01",
    {
      retail: {
        weekStartsOn: 6,
        yearEndMonth: 2,
        pattern: "4-4-5",
        leapWeekPeriod: 1,
        yearNaming: "end_year",
      },
    },
  ],
];

const GRANULARITIES: readonly Granularity[] = ["retail_week", "retail_period", "retail_quarter"];

const records: { at: string }[] = [];
for (let day = FIRST_DAY; day <= LAST_DAY; day += DAY) {
  records.push({ at: new Date(day + 12 * 3_600_000).toISOString() });
}

/** The in-process side, computed once per calendar and granularity and shared by the engines. */
const expectedKeys = new Map<string, string[]>();

function keysOf(series: Series): string[] {
  return series.cells.map((cell) => `${cell.period.key} ${cell.records}`);
}

let engines = new Map<string, Engine>();
let skipped: string[] = [];

beforeAll(async () => {
  const found = await allEngines();
  engines = new Map(found.engines.map((engine) => [engine.name, engine]));
  skipped = found.skipped;
}, 60_000);

afterAll(async () => {
  for (const engine of engines.values()) await engine.close();
});

describe("retail period keys in SQL", () => {
  for (const name of ENGINE_NAMES) {
    it(`gives every day from 1998 to 2032 the key periodOf gives, on ${name}`, async (context) => {
      const engine = engines.get(name);
      if (engine === undefined) {
        context.skip(skipped.find((reason) => reason.startsWith(`${name}:`)) ?? `${name} absent`);
        return;
      }
      await loadTable(
        engine,
        "retail_days",
        [{ name: "at", type: "TIMESTAMPTZ" }],
        records.map((record) => [record.at]),
      );
      let cells = 0;
      for (const [label, calendar] of CALENDARS) {
        for (const granularity of GRANULARITIES) {
          const options = {
            table: "retail_days",
            date: "at",
            granularity,
            calendar,
            fill: false,
            measures: { days: count() },
          } as const;
          const id = `${granularity} ${label}`;
          const expected = expectedKeys.get(id) ?? keysOf(aggregate(records, options));
          expectedKeys.set(id, expected);
          const query = toSql(options, { dialect: engine.dialect });
          const actual = seriesFromRows(await engine.run(query.text, query.params), options);
          expect(keysOf(actual), `${name} ${id}`).toEqual(expected);
          cells += actual.cells.length;
        }
      }
      console.info(`retail keys: ${name}: ${records.length} days, ${cells} cells matched`);
    }, 120_000);
  }

  it("sends the retail calendar's settings as parameters: the text is the same for every calendar", () => {
    for (const granularity of ["retail_week", "retail_period", "retail_year"] as const) {
      for (const dialect of ["duckdb", "postgres", "clickhouse"] as const) {
        const texts = new Set(
          CALENDARS.map(
            ([, calendar]) =>
              toSql(
                { table: "t", date: "at", granularity, calendar, measures: { n: count() } },
                { dialect },
              ).text,
          ),
        );
        expect(texts.size, `${granularity} ${dialect}`).toBe(1);
      }
    }
    const { params } = toSql(
      {
        table: "t",
        date: "at",
        granularity: "retail_period",
        calendar: { timeZone: "Asia/Jakarta", retail: { yearEndMonth: 9, pattern: "4-4-5" } },
        measures: { n: count() },
      },
      { dialect: "postgres" },
    );
    // The zone, then (year shift, month term) of the day after September, the week-ending weekday
    // (Saturday), "nearest", the fold of week 53 (52 weeks before period 13), the pattern's
    // cumulative weeks 4 and 8, the supported instants, and the naming shift (in the key).
    expect(params).toEqual([
      "Asia/Jakarta",
      400,
      213,
      6,
      1,
      52,
      4,
      8,
      "0001-01-02T00:00:00.000Z",
      "9999-01-01T00:00:00.000Z",
      1,
    ]);
  });
});
