// Benchmark of aggregate() against a hand-written baseline, in the same process, on 1,000,000
// deterministic synthetic sales records. Runs against the built package: `npx tsup` first.
//   node bench/aggregate.bench.mjs [rows] [memory]
// Prints plain lines: timings (median of several runs after warm-up), the ratio library/baseline,
// rows per second and peak RSS. Exits non-zero when the results differ or the ratio exceeds 2.0.
import { Decimal } from "decimal.js";
import { aggregate, count, countDistinct, metricSeries, sum, winRate } from "../dist/index.js";

const ROWS = Number(process.argv[2] ?? 1_000_000);
// "memory": run the library once and print the peak RSS of that alone (no baselines, no timing).
const MEMORY_ONLY = process.argv[3] === "memory";
const WARMUP = 2;
const RUNS = 7;
const REGIONS = ["Jawa", "Sumatra", "Kalimantan", "Sulawesi", "Papua"];
const CUSTOMERS = 50_000;
const START = Date.UTC(2023, 0, 1);
const SPAN = Date.UTC(2025, 0, 1) - START; // two years
const HOUR = 3_600_000;
const DAY = 86_400_000;

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

function isoMs(text) {
  // "YYYY-MM-DDTHH:mm:ss.sssZ" by char codes (used by the tuned baseline only).
  const d = (i) => text.charCodeAt(i) - 48;
  const year = d(0) * 1000 + d(1) * 100 + d(2) * 10 + d(3);
  const month = d(5) * 10 + d(6);
  const day = d(8) * 10 + d(9);
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const days =
    era * 146097 + yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy - 719468;
  return (
    days * DAY +
    (d(11) * 10 + d(12)) * HOUR +
    (d(14) * 10 + d(15)) * 60000 +
    (d(17) * 10 + d(18)) * 1000 +
    d(20) * 100 +
    d(21) * 10 +
    d(22)
  );
}

function baseline(records, parseTime, distinct) {
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
        customers: distinct ? new Set() : null,
      };
      cells.set(key, cell);
    }
    cell.cents += cents(record.amount);
    cell.deals++;
    if (record.won) cell.won++;
    if (distinct) cell.customers.add(record.customerId);
  }
  const result = new Map();
  for (const cell of cells.values()) {
    const key = `${Math.floor(cell.month / 12)}-${String((cell.month % 12) + 1).padStart(2, "0")}|${cell.region}`;
    result.set(key, [
      new Exact(cell.cents).div(100).toString(),
      String(cell.deals),
      String(cell.won),
      distinct ? String(cell.customers.size) : "-",
      cell.deals === 0 ? "null" : new Exact(cell.won).div(cell.deals).toString(),
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
console.log(`node ${process.version}, ${process.platform} ${process.arch}`);
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
function scenario(title, distinct) {
  const runs = {
    library: (rows) => library(rows, distinct),
    baseline: (rows) => baseline(rows, Date.parse, distinct),
    tuned: (rows) => baseline(rows, isoMs, distinct),
  };
  for (let i = 0; i < WARMUP; i++) for (const run of Object.values(runs)) run(records);
  const times = { library: [], baseline: [], tuned: [] };
  let results;
  for (let i = 0; i < RUNS; i++) {
    results = [];
    for (const [name, run] of Object.entries(runs)) {
      const measured = time(() => run(records));
      times[name].push(measured.ms);
      results.push(measured.result);
    }
  }
  const differences = [same(results[0], results[1]), same(results[0], results[2])].filter(
    (d) => d !== null,
  );
  const lib = median(times.library);
  const base = median(times.baseline);
  const tunedBase = median(times.tuned);
  const ratio = lib / base;
  const list = (values) => values.map((t) => t.toFixed(0)).join(", ");
  console.log(`== ${title}`);
  console.log(
    `cells: ${results[0].size} (months x regions); results identical (every cell, exact strings): ${differences.length === 0 ? "yes" : `NO (${differences[0]})`}`,
  );
  console.log(
    `library aggregate + metricSeries(winRate): median ${lib.toFixed(1)} ms of ${RUNS} runs (${list(times.library)})`,
  );
  console.log(
    `baseline (Date.parse, +7 h, integer cents${distinct ? ", Set" : ""}): median ${base.toFixed(1)} ms (${list(times.baseline)})`,
  );
  console.log(
    `tuned baseline (char-code ISO parser): median ${tunedBase.toFixed(1)} ms (${list(times.tuned)})`,
  );
  console.log(`ratio library/baseline: ${ratio.toFixed(2)} (goal <= 1.5, must be <= 2.0)`);
  console.log(`ratio library/tuned baseline: ${(lib / tunedBase).toFixed(2)} (for information)`);
  console.log(
    `library rows per second: ${Math.round(ROWS / (lib / 1000)).toLocaleString("en-US")}`,
  );
  if (differences.length > 0 || ratio > 2.0) failed = true;
}

scenario("sum(amount), count, count(won), count(lost), countDistinct(customerId), win rate", true);
scenario("the same without countDistinct", false);
console.log(
  `peak RSS: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB (records included)`,
);
if (failed) process.exitCode = 1;
