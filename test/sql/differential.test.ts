import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type AnyMeasure,
  aggregate,
  type CalendarInput,
  count,
  countDistinct,
  first,
  type Granularity,
  last,
  max,
  mean,
  min,
  moments,
  NRF_RETAIL_CALENDAR,
  rolling,
  rollup,
  type Series,
  sum,
  sumOfEarliestPerEntity,
  sumOfLatestPerEntity,
  toDate,
} from "../../src/index.js";
import { column, seriesFromRows, type ToSqlOptions, toSql } from "../../src/sql/index.js";
import { allEngines, ENGINE_NAMES, type Engine, loadTable } from "./engines.js";

// The same definitions aggregated in process (`aggregate`) and in each engine (`toSql` +
// `seriesFromRows`) must give the same period keys and the same values, cell by cell, as exact
// strings. Datasets are random but seeded (a fixed-seed generator, so every run checks the same
// data), with instants placed near local midnights, DST transitions and year ends.

/** mulberry32: a small deterministic generator. */
function generator(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Deal {
  "Order Date": string;
  amount: string;
  region: string;
  stage: string | null;
  won: boolean;
  customer: string;
  idx: number;
}

const HOUR = 3_600_000;
/** Instants worth hitting: DST transitions (Europe, US), year and fiscal boundaries in several zones. */
const HOT_SPOTS = [
  "2024-03-10T07:00:00Z", // US spring forward
  "2024-11-03T06:00:00Z", // US fall back
  "2024-03-31T01:00:00Z", // EU spring forward
  "2024-10-27T01:00:00Z", // EU fall back
  "2023-12-31T17:00:00Z", // Jakarta new year
  "2024-12-31T23:30:00Z",
  "2025-03-31T17:00:00Z", // Jakarta fiscal April
  "2024-06-30T22:00:00Z", // Berlin July
  "2020-12-31T23:59:59.999Z", // 2020-W53
  "2021-01-03T23:00:00Z",
  "2024-02-04T05:00:00Z", // NRF 2024 begins in New York (after the 53-week 2023)
  "2023-09-30T17:00:00Z", // the last-Saturday-of-September 2024 year begins in Jakarta
  "2022-12-31T17:00:00Z", // Jakarta: a retail year ending on the Saturday nearest December 31
].map((iso) => Date.parse(iso));

function dataset(seed: number, size: number): Deal[] {
  const random = generator(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const low = Date.parse("2020-11-01T00:00:00Z");
  const high = Date.parse("2025-06-01T00:00:00Z");
  const deals: Deal[] = [];
  let previous = low;
  for (let idx = 0; idx < size; idx++) {
    const roll = random();
    let time: number;
    if (roll < 0.3) time = pick(HOT_SPOTS) + Math.round((random() - 0.5) * 4 * HOUR);
    else if (roll < 0.4)
      time = previous; // same instant: first/last ties
    else time = low + Math.floor(random() * (high - low));
    previous = time;
    const scale = pick([0, 1, 2, 4, 4]);
    const magnitude = pick([10, 1000, 1_000_000, 100_000_000_000]);
    const units = Math.floor(random() * magnitude * 10 ** scale);
    const negative = random() < 0.2;
    const digits = String(units).padStart(scale + 1, "0");
    const text = scale === 0 ? digits : `${digits.slice(0, -scale)}.${digits.slice(-scale)}`;
    const stage = pick(["won", "lost", "open", null]);
    deals.push({
      "Order Date": new Date(time).toISOString(),
      amount: negative && units !== 0 ? `-${text}` : text,
      region: pick(["Jawa", "Bali", "Sumatra", "Sulawesi"]),
      stage,
      won: stage === "won",
      customer: `C${Math.floor(random() * 40)}`,
      idx,
    });
  }
  return deals;
}

const COLUMNS = [
  { name: "Order Date", type: "TIMESTAMPTZ" },
  { name: "amount", type: "DECIMAL(18,4)" },
  { name: "region", type: "VARCHAR" },
  { name: "stage", type: "VARCHAR" },
  { name: "won", type: "BOOLEAN" },
  { name: "customer", type: "VARCHAR" },
  { name: "idx", type: "INTEGER" },
] as const;

function measures() {
  return {
    revenue: sum("amount"),
    deals: count(),
    won: count("won"),
    wonByStage: count(column("stage").eq("won")),
    notLost: count(column("stage").ne("lost")),
    customers: countDistinct("customer"),
    opening: first("amount"),
    closing: last("amount"),
    smallest: min("amount"),
    largest: max(column("amount")),
    average: mean("amount"),
    amountMoments: moments("amount"),
    // Per customer: its latest (earliest) amount in the period; ties at one instant by idx (the
    // sequence column, which is the record index in process), then by value.
    pipeline: sumOfLatestPerEntity({ entity: "customer", value: "amount" }),
    openingPipeline: sumOfEarliestPerEntity({
      entity: column("customer"),
      value: column("amount"),
    }),
  } satisfies Record<string, AnyMeasure>;
}

/** The measures whose state is compared too (as JSON), not only their value. */
const STATE_COMPARED = new Set([
  "moments",
  "sum_of_latest_per_entity",
  "sum_of_earliest_per_entity",
]);

interface Case {
  readonly name: string;
  readonly granularity: Granularity;
  readonly calendar: CalendarInput;
  readonly grouped: boolean;
  readonly range?: { readonly from: string; readonly to: string };
  /** Roll the result up to this granularity on both sides too. */
  readonly rollupTo?: Granularity;
  /** Compare the period-to-date series (`toDate`) of this granularity on both sides too. */
  readonly toDateOf?: Granularity;
  /** Compare rolling windows of this many periods on both sides too. */
  readonly rollingOver?: number;
  /** Filter rows: in SQL with `where`, in process with the same condition as a function. */
  readonly filtered?: boolean;
}

const FILTER = column("region")
  .ne("Bali")
  .and(
    column("stage")
      .isNull()
      .or(column("stage").in(["won", "open"])),
  );

/** The calendar Apple describes in its 10-K: 4-4-5, the last Saturday of September, end-year names. */
const SEPTEMBER_445 = {
  yearEnd: "last",
  yearEndMonth: 9,
  pattern: "4-4-5",
  leapWeekPeriod: 3,
  yearNaming: "end_year",
} as const;
/** Weeks from Monday, 5-4-4, the Sunday nearest December 31, the 53rd week in period 7. */
const DECEMBER_544 = {
  weekStartsOn: 1,
  yearEnd: "nearest",
  yearEndMonth: 12,
  pattern: "5-4-4",
  leapWeekPeriod: 7,
} as const;
/** Weeks from Thursday, 4-5-4, the last Wednesday of June, start-year names, week 53 in period 6. */
const JUNE_454 = {
  weekStartsOn: 4,
  yearEnd: "last",
  yearEndMonth: 6,
  pattern: "4-5-4",
  leapWeekPeriod: 6,
  yearNaming: "start_year",
} as const;

const CASES: readonly Case[] = [
  {
    name: "month Asia/Jakarta by region",
    granularity: "month",
    calendar: { timeZone: "Asia/Jakarta" },
    grouped: true,
    rollupTo: "quarter",
    toDateOf: "year",
    rollingOver: 3,
  },
  {
    name: "month Asia/Kathmandu (+05:45)",
    granularity: "month",
    calendar: { timeZone: "Asia/Kathmandu" },
    grouped: false,
    rollingOver: 12,
  },
  {
    name: "quarter Australia/Lord_Howe (half-hour DST) by region",
    granularity: "quarter",
    calendar: { timeZone: "Australia/Lord_Howe" },
    grouped: true,
    toDateOf: "year",
  },
  {
    name: "fiscal April (start year) quarters America/New_York",
    granularity: "fiscal_quarter",
    calendar: {
      timeZone: "America/New_York",
      fiscalYearStartMonth: 4,
      fiscalYearNaming: "start_year",
    },
    grouped: false,
    toDateOf: "fiscal_year",
  },
  {
    name: "fiscal October (start year) months Asia/Kathmandu by region",
    granularity: "fiscal_month",
    calendar: {
      timeZone: "Asia/Kathmandu",
      fiscalYearStartMonth: 10,
      fiscalYearNaming: "start_year",
    },
    grouped: true,
    rollupTo: "fiscal_half_year",
    toDateOf: "fiscal_year",
    rollingOver: 2,
  },
  {
    name: "ISO week America/New_York",
    granularity: "week",
    calendar: { timeZone: "America/New_York" },
    grouped: false,
  },
  {
    name: "Sunday week Europe/Berlin by region",
    granularity: "week",
    calendar: { timeZone: "Europe/Berlin", weekStartsOn: 0 },
    grouped: true,
  },
  {
    name: "Saturday week Asia/Kolkata",
    granularity: "week",
    calendar: { timeZone: "Asia/Kolkata", weekStartsOn: 6 },
    grouped: false,
  },
  {
    name: "day America/New_York",
    granularity: "day",
    calendar: { timeZone: "America/New_York" },
    grouped: false,
  },
  { name: "quarter UTC by region", granularity: "quarter", calendar: {}, grouped: true },
  {
    name: "half year Australia/Lord_Howe",
    granularity: "half_year",
    calendar: { timeZone: "Australia/Lord_Howe" },
    grouped: false,
  },
  {
    name: "year Pacific/Chatham",
    granularity: "year",
    calendar: { timeZone: "Pacific/Chatham" },
    grouped: true,
  },
  {
    name: "fiscal April (end year) months in Jakarta",
    granularity: "fiscal_month",
    calendar: { timeZone: "Asia/Jakarta", fiscalYearStartMonth: 4 },
    grouped: false,
    rollupTo: "fiscal_year",
    toDateOf: "fiscal_year",
  },
  {
    name: "fiscal April quarters Europe/Berlin",
    granularity: "fiscal_quarter",
    calendar: { timeZone: "Europe/Berlin", fiscalYearStartMonth: 4 },
    grouped: true,
  },
  {
    name: "fiscal July start-year halves",
    granularity: "fiscal_half_year",
    calendar: {
      timeZone: "America/Los_Angeles",
      fiscalYearStartMonth: 7,
      fiscalYearNaming: "start_year",
    },
    grouped: false,
  },
  {
    name: "fiscal October years (end year)",
    granularity: "fiscal_year",
    calendar: { timeZone: "Asia/Jakarta", fiscalYearStartMonth: 10 },
    grouped: true,
  },
  {
    name: "fiscal January quarters",
    granularity: "fiscal_quarter",
    calendar: { fiscalYearStartMonth: 1, fiscalYearNaming: "start_year" },
    grouped: false,
  },
  {
    name: "month with a range",
    granularity: "month",
    calendar: { timeZone: "Asia/Jakarta" },
    grouped: true,
    range: { from: "2023-11", to: "2024-04" },
  },
  {
    name: "day America/Santiago (midnight skipped)",
    granularity: "day",
    calendar: { timeZone: "America/Santiago" },
    grouped: false,
    filtered: true,
  },
  {
    name: "ISO week Asia/Jakarta with a filter, by region",
    granularity: "week",
    calendar: { timeZone: "Asia/Jakarta" },
    grouped: true,
    filtered: true,
    rollupTo: "week",
  },
  // Retail (52/53-week) calendars: NRF 4-5-4, and others with each rule, pattern and naming; the
  // data spans the 53-week years NRF 2023 and (September, 4-4-5) 2023.
  {
    name: "retail weeks NRF America/New_York by region",
    granularity: "retail_week",
    calendar: { timeZone: "America/New_York" },
    grouped: true,
    rollupTo: "retail_period",
    toDateOf: "retail_year",
    rollingOver: 4,
  },
  {
    name: "retail periods NRF Asia/Jakarta",
    granularity: "retail_period",
    calendar: { timeZone: "Asia/Jakarta", retail: NRF_RETAIL_CALENDAR },
    grouped: false,
    rollupTo: "retail_quarter",
    toDateOf: "retail_year",
  },
  {
    name: "retail quarters 4-4-5 last Saturday of September (end year, week 53 in P03) Asia/Jakarta by region",
    granularity: "retail_quarter",
    calendar: { timeZone: "Asia/Jakarta", retail: SEPTEMBER_445 },
    grouped: true,
    toDateOf: "retail_year",
  },
  {
    name: "retail periods 4-4-5 last Saturday of September America/New_York with a filter",
    granularity: "retail_period",
    calendar: { timeZone: "America/New_York", retail: SEPTEMBER_445 },
    grouped: false,
    filtered: true,
    rollupTo: "retail_half_year",
  },
  {
    name: "retail weeks 4-4-5 last Saturday of September Asia/Jakarta",
    granularity: "retail_week",
    calendar: { timeZone: "Asia/Jakarta", retail: SEPTEMBER_445 },
    grouped: false,
    rollupTo: "retail_quarter",
  },
  {
    name: "retail periods 5-4-4, Monday weeks, nearest the end of December, week 53 in P07, Asia/Jakarta by region",
    granularity: "retail_period",
    calendar: { timeZone: "Asia/Jakarta", retail: DECEMBER_544 },
    grouped: true,
    rollupTo: "retail_year",
  },
  {
    name: "retail halves, last Wednesday of June (start year, week 53 in P06) Europe/Berlin",
    granularity: "retail_half_year",
    calendar: { timeZone: "Europe/Berlin", retail: JUNE_454 },
    grouped: false,
  },
  {
    name: "retail years NRF Asia/Kathmandu by region",
    granularity: "retail_year",
    calendar: { timeZone: "Asia/Kathmandu" },
    grouped: true,
  },
  {
    name: "retail periods NRF with a range of retail keys",
    granularity: "retail_period",
    calendar: { timeZone: "America/New_York" },
    grouped: true,
    range: { from: "RY2023-P10", to: "RY2024-P03" },
  },
];

const SEEDS = [20251127, 7, 42];
const SIZE = 600;

/**
 * Every cell as exact strings: key, group, records, each value, and the state (as JSON) of the
 * moments and per-entity measures: the sums of squares, and each entity's kept instant, index and
 * value. A filtered case is aggregated in process from the filtered array, whose indexes are no
 * longer the `idx` column: there the kept index is left out (the values still follow `idx`'s order).
 */
function cellsOf(series: Series, withIndex: boolean): string[][] {
  const stateOf = (state: unknown): string => {
    const json = JSON.parse(JSON.stringify(state)) as { entities?: unknown[][] };
    if (!withIndex && json.entities !== undefined) {
      for (const entry of json.entities) entry[2] = null;
    }
    return JSON.stringify(json);
  };
  return series.cells.map((cell) => [
    cell.period.key,
    String(cell.group),
    String(cell.records),
    ...Object.entries(cell.values).map(
      ([name, value]) => `${name}=${value === null ? "null" : value.toString()}`,
    ),
    ...Object.entries(series.measures)
      .filter(([, measure]) => STATE_COMPARED.has(measure.kind))
      .map(([name]) => `${name} state=${stateOf(cell.states[name])}`),
  ]);
}

let engines = new Map<string, Engine>();
let skipped: string[] = [];
const summary = { datasets: 0, comparisons: 0, cells: 0, values: 0, mismatches: 0 };
/** Cells compared per engine, over every seed. */
const cellsPerEngine = new Map<string, number>();
/** Of those, the cells of the retail cases (retail_* granularities). */
const retailCellsPerEngine = new Map<string, number>();

beforeAll(async () => {
  const found = await allEngines();
  engines = new Map(found.engines.map((engine) => [engine.name, engine]));
  skipped = found.skipped;
  for (const reason of skipped) console.info(`differential: skipped ${reason}`);
}, 60_000);

afterAll(async () => {
  for (const engine of engines.values()) await engine.close();
  console.info(
    `differential: ${SEEDS.length} datasets x ${CASES.length} cases on ${[...engines.keys()].join(", ")}: ` +
      `${summary.comparisons} comparisons, ${summary.cells} cells, ${summary.values} values compared, ${summary.mismatches} mismatches`,
  );
  for (const [name, cells] of cellsPerEngine) {
    console.info(
      `differential: ${name}: ${cells} cells compared over ${SEEDS.length} datasets (${retailCellsPerEngine.get(name) ?? 0} of retail cases), 0 mismatches`,
    );
  }
});

/** The in-process side of every case of a seed, computed once and shared by the engines. */
const expectedBySeed = new Map<number, { deals: Deal[]; expected: Series[] }>();

function inProcess(seed: number): { deals: Deal[]; expected: Series[] } {
  let entry = expectedBySeed.get(seed);
  if (entry === undefined) {
    const deals = dataset(seed, SIZE);
    summary.datasets++;
    const times = deals.map((deal) => deal["Order Date"]).sort();
    const amounts = deals.map((deal) => Number(deal.amount));
    console.info(
      `differential: dataset seed ${seed}: ${deals.length} records from ${times[0]} to ${times.at(-1)}, ` +
        `amounts ${Math.min(...amounts)} .. ${Math.max(...amounts)} (${amounts.filter((a) => a < 0).length} negative), ` +
        `${new Set(deals.map((deal) => deal.customer)).size} customers, ` +
        `${deals.filter((deal, i) => i > 0 && deal["Order Date"] === deals[i - 1]?.["Order Date"]).length} same-instant pairs; ` +
        `first rows: ${JSON.stringify(deals.slice(0, 2))}`,
    );
    const expected = CASES.map((testCase) =>
      aggregate(testCase.filtered === true ? deals.filter(FILTER) : deals, {
        date: "Order Date",
        granularity: testCase.granularity,
        calendar: testCase.calendar,
        ...(testCase.grouped ? { groupBy: "region" as const } : {}),
        ...(testCase.range === undefined ? {} : { range: testCase.range }),
        measures: measures(),
      }),
    );
    entry = { deals, expected };
    expectedBySeed.set(seed, entry);
  }
  return entry;
}

/** The pairs compared for a case: the series, then its rollup, period-to-date and rolling windows. */
function derived(testCase: Case, series: Series): Series[] {
  return [
    series,
    ...(testCase.rollupTo === undefined ? [] : [rollup(series, testCase.rollupTo)]),
    ...(testCase.toDateOf === undefined ? [] : [toDate(series, testCase.toDateOf)]),
    ...(testCase.rollingOver === undefined ? [] : [rolling(series, testCase.rollingOver)]),
  ];
}

// One test per dataset and engine (each well inside its timeout on 2 cores, a real server
// included); an engine that is absent here is skipped with its reason, or fails the run under
// KINERJA_REQUIRE_ENGINES=1 (CI).
describe("aggregate in process = toSql + seriesFromRows in the engine", () => {
  for (const seed of SEEDS) {
    for (const name of ENGINE_NAMES) {
      it(`seed ${seed} on ${name}: ${SIZE} records, ${CASES.length} calendars and granularities`, async (context) => {
        const engine = engines.get(name);
        if (engine === undefined) {
          context.skip(skipped.find((reason) => reason.startsWith(`${name}:`)) ?? `${name} absent`);
          return;
        }
        const { deals, expected } = inProcess(seed);
        const table = `deals_${seed}`;
        const rows = deals.map((deal) => COLUMNS.map((c) => deal[c.name as keyof Deal]));
        await loadTable(engine, table, COLUMNS, rows);
        let cells = 0;
        let retailCells = 0;
        for (const [index, testCase] of CASES.entries()) {
          const options: ToSqlOptions<ReturnType<typeof measures>> = {
            table,
            date: "Order Date",
            granularity: testCase.granularity,
            calendar: testCase.calendar,
            ...(testCase.grouped ? { groupBy: "region" } : {}),
            ...(testCase.range === undefined ? {} : { range: testCase.range }),
            ...(testCase.filtered === true ? { where: FILTER } : {}),
            sequence: "idx",
            measures: measures(),
          };
          const query = toSql(options, { dialect: engine.dialect });
          const actual = seriesFromRows(await engine.run(query.text, query.params), options);
          const left = derived(testCase, expected[index] as Series);
          const right = derived(testCase, actual);
          left.forEach((inProcessSeries, pair) => {
            const a = cellsOf(inProcessSeries, testCase.filtered !== true);
            const b = cellsOf(right[pair] as Series, testCase.filtered !== true);
            summary.comparisons++;
            summary.cells += a.length;
            cells += a.length;
            if (testCase.granularity.startsWith("retail_")) retailCells += a.length;
            for (let i = 0; i < Math.max(a.length, b.length); i++) {
              const x = a[i] ?? [];
              const y = b[i] ?? [];
              for (let j = 0; j < Math.max(x.length, y.length); j++) {
                summary.values++;
                if (x[j] !== y[j]) summary.mismatches++;
              }
            }
            expect(b, `${engine.name} seed ${seed} ${testCase.name} comparison ${pair}`).toEqual(a);
          });
        }
        cellsPerEngine.set(name, (cellsPerEngine.get(name) ?? 0) + cells);
        retailCellsPerEngine.set(name, (retailCellsPerEngine.get(name) ?? 0) + retailCells);
        console.info(
          `differential: seed ${seed} ${name}: ${CASES.length} cases, ${cells} cells compared, 0 mismatches`,
        );
        expect(summary.mismatches).toBe(0);
      }, 120_000);
    }
  }
});

// Per-entity snapshots without a `sequence` column: the engine breaks a tie (one entity, several
// rows at one instant) by value — the larger is the latest, the smaller the earliest. In process,
// the record index breaks it first; given records ordered by instant, then value, the two rules
// agree. Few entities and instants make ties common; groups and rollups of the series read back
// (days to months and quarters: each entity's latest value in the quarter) are compared too.
const TIE_COLUMNS = [
  { name: "at", type: "TIMESTAMPTZ" },
  { name: "deal", type: "VARCHAR" },
  { name: "team", type: "VARCHAR" },
  { name: "amount", type: "DECIMAL(18,4)" },
] as const;

interface Snapshot {
  at: string;
  deal: string;
  team: string;
  amount: string;
}

function tieDataset(seed: number, size: number): Snapshot[] {
  const random = generator(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const instants = Array.from(
    { length: 12 },
    (_, i) => Date.parse("2024-12-31T17:00:00Z") + i * 9 * 86_400_000 + (i % 3) * HOUR,
  );
  const rows = Array.from({ length: size }, () => {
    const cents = Math.floor(random() * 20_000) - 2_000;
    return {
      at: new Date(pick(instants)).toISOString(),
      deal: pick(["D1", "D2", "D3", "D4", "D5"]),
      team: pick(["north", "south"]),
      amount: (cents / 100).toFixed(2),
    };
  });
  // Ordered by instant, then value: in process, the index then orders ties as the engine does.
  return rows.sort((a, b) =>
    a.at === b.at ? Number(a.amount) - Number(b.amount) : a.at < b.at ? -1 : 1,
  );
}

function tieMeasures() {
  return {
    latest: sumOfLatestPerEntity({ entity: "deal", value: "amount" }),
    earliest: sumOfEarliestPerEntity({ entity: "deal", value: "amount" }),
    scores: moments("amount"),
  } satisfies Record<string, AnyMeasure>;
}

describe("per-entity snapshots in the engine: ties without sequence, groups, rollups after SQL", () => {
  for (const name of ENGINE_NAMES) {
    it(`on ${name}: hand-computed months and quarter, then random ties`, async (context) => {
      const engine = engines.get(name);
      if (engine === undefined) {
        context.skip(skipped.find((reason) => reason.startsWith(`${name}:`)) ?? `${name} absent`);
        return;
      }
      // Hand-computed: D1 has 100 and 70 at one instant of January (latest 100, earliest 70).
      const fixed = [
        ["2025-01-15T00:00:00Z", "D2", "north", "50"],
        ["2025-01-31T10:00:00Z", "D1", "north", "100"],
        ["2025-01-31T10:00:00Z", "D1", "north", "70"],
        ["2025-01-31T12:00:00Z", "D2", "north", "60"],
        ["2025-02-10T00:00:00Z", "D1", "north", "120"],
        ["2025-02-20T00:00:00Z", "D3", "north", "5"],
      ] as const;
      await loadTable(engine, "snapshots_fixed", TIE_COLUMNS, fixed);
      const options = {
        table: "snapshots_fixed",
        date: "at",
        granularity: "month",
        measures: tieMeasures(),
      } as const;
      const query = toSql(options, { dialect: engine.dialect });
      const monthly = seriesFromRows(await engine.run(query.text, query.params), options);
      const read = (series: Series) =>
        series.cells.map(
          (cell) => `${cell.period.key} ${cell.values.latest} ${cell.values.earliest}`,
        );
      expect(read(monthly)).toEqual(["2025-01 160 120", "2025-02 125 125"]);
      // The quarter's per-entity values: D1 120 (February), D2 60, D3 5; earliest D1 70, D2 50, D3 5.
      expect(read(rollup(monthly, "quarter"))).toEqual(["2025-Q1 185 125"]);
      expect(monthly.at("2025-01")?.states.latest.toJSON()).toEqual({
        kind: "sum_of_latest_per_entity",
        entities: [
          ["D1", Date.parse("2025-01-31T10:00:00Z"), 0, "100"],
          ["D2", Date.parse("2025-01-31T12:00:00Z"), 0, "60"],
        ],
      });

      let cells = 0;
      for (const seed of SEEDS) {
        const rows = tieDataset(seed, 300);
        const table = `snapshots_${seed}`;
        await loadTable(
          engine,
          table,
          TIE_COLUMNS,
          rows.map((row) => [row.at, row.deal, row.team, row.amount]),
        );
        for (const grouped of [false, true]) {
          const sqlOptions = {
            table,
            date: "at",
            granularity: "day",
            calendar: { timeZone: "Asia/Jakarta" },
            ...(grouped ? { groupBy: "team" } : {}),
            measures: tieMeasures(),
          } as const;
          const sqlQuery = toSql(sqlOptions, { dialect: engine.dialect });
          const actual = seriesFromRows(
            await engine.run(sqlQuery.text, sqlQuery.params),
            sqlOptions,
          );
          const expected = aggregate(rows, {
            date: "at",
            granularity: "day",
            calendar: { timeZone: "Asia/Jakarta" },
            ...(grouped ? { groupBy: "team" } : {}),
            measures: tieMeasures(),
          });
          for (const [left, right] of [
            [expected, actual],
            [rollup(expected, "month"), rollup(actual, "month")],
            [rollup(expected, "quarter"), rollup(actual, "quarter")],
          ] as const) {
            const a = cellsOf(left, false);
            expect(cellsOf(right, false), `${engine.name} seed ${seed} grouped ${grouped}`).toEqual(
              a,
            );
            cells += a.length;
          }
        }
      }
      cellsPerEngine.set(name, (cellsPerEngine.get(name) ?? 0) + cells);
      console.info(
        `differential: per-entity ties on ${name}: ${cells} cells compared, 0 mismatches`,
      );
    }, 120_000);
  }
});
