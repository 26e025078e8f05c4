// Benchmark of aggregate() against hand-written exact loops, in the same process, on 1,000,000
// deterministic synthetic sales records. Runs against the built package: `npx tsup` first
// (KINERJA_BENCH_DIST points at another build). The many-cells workload is bench/cells.bench.mjs.
//   node --expose-gc --max-old-space-size=6144 bench/aggregate.bench.mjs [rows] [memory]
// (re-runs itself so when started without --expose-gc). Every comparison runs in one
// process, the order of the contenders rotating from run to run, with gc() before each timed run;
// the figures are medians. The headline ratio is like for like: the library against the same exact
// integer loop with a char-code ISO parser (issue 13, goal <= 1.2); the Date.parse loop is printed
// for information. Exits non-zero when results differ or the library is over 2.0x the Date.parse loop.
import { cpus, loadavg } from "node:os";
import { Decimal } from "decimal.js";
import { DAY, exposedGc, HOUR, isoMs, loadBuild } from "./_support.mjs";

const gc = exposedGc();
const { aggregate, count, countDistinct, metricSeries, sum, winRate } = await loadBuild();

const ROWS = Number(process.argv[2] ?? 1_000_000);
// "memory": run the library once and print the peak RSS of that alone (no baselines, no timing).
const MEMORY_ONLY = process.argv[3] === "memory";
const WARMUP = 2;
const RUNS = 7;
const REGIONS = ["Jawa", "Sumatra", "Kalimantan", "Sulawesi", "Papua"];
const CUSTOMERS = 50_000;
const START = Date.UTC(2023, 0, 1);
const SPAN = Date.UTC(2025, 0, 1) - START; // two years

// --- data: a deterministic linear congruential generator --------------------------------------
function generate(rows) {
  let seed = 20261127;
  const next = () => {
    seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
    return seed;
  };
  const records = new Array(rows);
  for (let i = 0; i < rows; i++) {
    const time = START + Math.floor((next() / 2 ** 32) * SPAN);
    const cents = next() % 100_000_000; // up to 999,999.99
    records[i] = {
      closedAt: new Date(time).toISOString(),
      amount: `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, "0")}`,
      region: REGIONS[next() % REGIONS.length],
      won: next() % 3 === 0,
      customerId: `C${String(next() % CUSTOMERS).padStart(5, "0")}`,
    };
  }
  return records;
}

// --- the library --------------------------------------------------------------------------------
const measures = {
  revenue: sum("amount"),
  deals: count(),
  won: count("won"),
  lost: count((deal) => !deal.won),
  customers: countDistinct("customerId"),
};
const { customers: _customers, ...measuresWithoutDistinct } = measures;

function library(records, distinct) {
  const series = aggregate(records, {
    date: "closedAt",
    granularity: "month",
    calendar: { timeZone: "Asia/Jakarta" },
    groupBy: "region",
    measures: distinct ? measures : measuresWithoutDistinct,
  });
  const rates = metricSeries(series, winRate, { won: "won", lost: "lost" });
  const result = new Map();
  series.cells.forEach((cell, index) => {
    result.set(`${cell.period.key}|${cell.group}`, [
      cell.values.revenue.toString(),
      cell.values.deals.toString(),
      cell.values.won.toString(),
      cell.values.lost.toString(),
      distinct ? cell.values.customers.toString() : "-",
      rates[index].value === null ? "null" : rates[index].value.toString(),
    ]);
  });
  return result;
}

// --- the baseline: a plain loop -----------------------------------------------------------------
const Exact = Decimal.clone({
  precision: 34,
  rounding: Decimal.ROUND_HALF_UP,
  toExpNeg: -9e15,
  toExpPos: 9e15,
});

function monthIndex(days) {
  // Civil year and month of a day count (Howard Hinnant's algorithm), as year * 12 + month - 1.
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const month = mp < 10 ? mp + 3 : mp - 9;
  return (yoe + era * 400 + (month <= 2 ? 1 : 0)) * 12 + month - 1;
}

function cents(text) {
  let value = 0;
  let fraction = -1;
  let index = 0;
  const negative = text.charCodeAt(0) === 45;
  if (negative) index = 1;
  for (; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code === 46) fraction = 0;
    else {
      value = value * 10 + (code - 48);
      if (fraction >= 0) fraction++;
    }
  }
  if (fraction <= 0) value *= 100;
  else if (fraction === 1) value *= 10;
  return negative ? -value : value;
}

function baseline(records, parseTime, distinct, countLost = true) {
  const regionIndex = new Map();
  const cells = new Map();
  for (let i = 0; i < records.length; i++) {
    const record = records[i];
    const month = monthIndex(Math.floor((parseTime(record.closedAt) + 7 * HOUR) / DAY));
    let region = regionIndex.get(record.region);
    if (region === undefined) {
      region = regionIndex.size;
      regionIndex.set(record.region, region);
    }
    const key = month * 8 + region;
    let cell = cells.get(key);
    if (cell === undefined) {
      cell = {
        month,
        region: record.region,
        cents: 0,
        deals: 0,
        won: 0,
        lost: 0,
        customers: distinct ? new Set() : null,
      };
      cells.set(key, cell);
    }
    cell.cents += cents(record.amount);
    cell.deals++;
    // The same four counts as the library's measures (count-if won, count-if not won); or, with
    // countLost false, lost deals derived at the end as deals - won (a shortcut for this workload).
    if (record.won) cell.won++;
    else if (countLost) cell.lost++;
    if (distinct) cell.customers.add(record.customerId);
  }
  const result = new Map();
  for (const cell of cells.values()) {
    if (!countLost) cell.lost = cell.deals - cell.won;
    const key = `${Math.floor(cell.month / 12)}-${String((cell.month % 12) + 1).padStart(2, "0")}|${cell.region}`;
    result.set(key, [
      new Exact(cell.cents).div(100).toString(),
      String(cell.deals),
      String(cell.won),
      String(cell.lost),
      distinct ? String(cell.customers.size) : "-",
      cell.won + cell.lost === 0
        ? "null"
        : new Exact(cell.won).div(cell.won + cell.lost).toString(),
    ]);
  }
  return result;
}

// --- timing ---------------------------------------------------------------------------------------
function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function time(run) {
  const start = performance.now();
  const result = run();
  return { ms: performance.now() - start, result };
}

function same(a, b) {
  if (a.size !== b.size) return `cell count ${a.size} vs ${b.size}`;
  for (const [key, values] of a) {
    const other = b.get(key);
    if (other === undefined) return `cell ${key} missing`;
    if (values.join(",") !== other.join(","))
      return `cell ${key}: ${values.join(",")} vs ${other.join(",")}`;
  }
  return null;
}

const generateStart = performance.now();
const records = generate(ROWS);
console.log(`records: ${ROWS} generated in ${(performance.now() - generateStart).toFixed(0)} ms`);
console.log(
  `node ${process.version}, ${process.platform} ${process.arch}, ${cpus().length} cores, load average ${loadavg()
    .map((load) => load.toFixed(2))
    .join(" ")}`,
);
console.log(
  `RSS with the records loaded: ${(process.memoryUsage().rss / 1024 / 1024).toFixed(0)} MB`,
);

if (MEMORY_ONLY) {
  const cells = library(records, true).size;
  console.log(`memory mode: library only, ${cells} cells`);
  console.log(
    `peak RSS: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB (records included)`,
  );
  process.exit(0);
}

let failed = false;

/**
 * Times each contender RUNS times after WARMUP rounds, rotating their order from one run to the
 * next and collecting garbage before each timed run; returns the medians and the last results.
 */
function compete(runs, rows) {
  const names = Object.keys(runs);
  for (let i = 0; i < WARMUP; i++) for (const name of names) runs[name](rows);
  const times = Object.fromEntries(names.map((name) => [name, []]));
  const results = {};
  for (let i = 0; i < RUNS; i++) {
    for (let k = 0; k < names.length; k++) {
      const name = names[(i + k) % names.length];
      gc();
      const measured = time(() => runs[name](rows));
      times[name].push(measured.ms);
      results[name] = measured.result;
    }
  }
  const medians = Object.fromEntries(names.map((name) => [name, median(times[name])]));
  return { times, medians, results };
}

const list = (values) => values.map((t) => t.toFixed(0)).join(", ");

function scenario(title, distinct) {
  const { times, medians, results } = compete(
    {
      library: (rows) => library(rows, distinct),
      tuned: (rows) => baseline(rows, isoMs, distinct),
      dateParse: (rows) => baseline(rows, Date.parse, distinct),
      derived: (rows) => baseline(rows, isoMs, distinct, false),
    },
    records,
  );
  const differences = [
    same(results.library, results.tuned),
    same(results.library, results.dateParse),
    same(results.library, results.derived),
  ].filter((d) => d !== null);
  const lib = medians.library;
  console.log(`== ${title}`);
  console.log(
    `cells: ${results.library.size} (months x regions); results identical (every cell, exact strings): ${differences.length === 0 ? "yes" : `NO (${differences[0]})`}`,
  );
  console.log(
    `library aggregate + metricSeries(winRate): median ${lib.toFixed(1)} ms of ${RUNS} runs (${list(times.library)})`,
  );
  console.log(
    `exact loop, char-code ISO parser, +7 h, integer cents${distinct ? ", Set" : ""}: median ${medians.tuned.toFixed(1)} ms (${list(times.tuned)})`,
  );
  console.log(
    `exact loop with Date.parse instead: median ${medians.dateParse.toFixed(1)} ms (${list(times.dateParse)})`,
  );
  console.log(
    `RATIO library / exact char-code loop: ${(lib / medians.tuned).toFixed(2)} (goal <= 1.2)`,
  );
  console.log(
    `ratio library / the same loop counting 3 things, lost derived as deals - won: ${(lib / medians.derived).toFixed(2)} (for information; ${medians.derived.toFixed(1)} ms)`,
  );
  console.log(
    `ratio library / Date.parse loop: ${(lib / medians.dateParse).toFixed(2)} (for information; must be <= 2.0)`,
  );
  console.log(
    `library rows per second: ${Math.round(ROWS / (lib / 1000)).toLocaleString("en-US")}`,
  );
  if (differences.length > 0 || lib / medians.dateParse > 2.0) failed = true;
}

/** Skipping invalid records costs about what reading valid ones does (issue 11, point 9). */
function skipScenario() {
  // The same records with an amount the exact parser refuses: each is read up to its amount,
  // rejected and counted; no message is built (skip diagnoses only the first, lazily).
  const invalid = records.map((record) => ({ ...record, amount: "12,50" }));
  const options = {
    date: "closedAt",
    granularity: "month",
    calendar: { timeZone: "Asia/Jakarta" },
    groupBy: "region",
    measures: measuresWithoutDistinct,
    onInvalid: "skip",
    allowAllRejected: true,
  };
  const { times, medians, results } = compete(
    {
      valid: () => aggregate(records, options).report.accepted,
      invalid: () => aggregate(invalid, options).report.rejected,
    },
    null,
  );
  console.log('== onInvalid: skip, 1M valid vs 1M invalid records (amount "12,50")');
  console.log(
    `valid: median ${medians.valid.toFixed(1)} ms (${list(times.valid)}), ${results.valid} accepted`,
  );
  console.log(
    `invalid: median ${medians.invalid.toFixed(1)} ms (${list(times.invalid)}), ${results.invalid} rejected`,
  );
  console.log(`ratio invalid / valid: ${(medians.invalid / medians.valid).toFixed(2)}`);
  if (results.valid !== ROWS || results.invalid !== ROWS) failed = true;
}

scenario("sum(amount), count, count(won), count(lost), countDistinct(customerId), win rate", true);
scenario("the same without countDistinct", false);
skipScenario();
console.log(
  `peak RSS: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB (records included)`,
);
if (failed) process.exitCode = 1;
