// Many cells (issue 13, goal 2): a daily series of 5 years x 1,000 groups (1,827,000 cells, one
// record each) with sum and count, aggregated and then rolled, rolled up, compared, run to date and
// totalled, each operation beside a dense-array floor that computes the same numbers in
// Float64Arrays (not exact: a lower bound, not a contender). Runs against the built package
// (`npx tsup` first):
//   node --expose-gc --max-old-space-size=6144 bench/cells.bench.mjs
// (re-runs itself so when started without --expose-gc). KINERJA_BENCH_GROUPS resizes it (100 for a
// quick run); KINERJA_BENCH_DIST points at another build (a copy of dist/, for before/after runs).
// Each operation runs once, gc() before it; the bytes its result retains are the heap and array
// buffers after gc() with the result alive, minus those before. Every cell of every result is then checked against
// the floor (untimed); the process exits non-zero when one differs.
import { cpus, loadavg } from "node:os";
import { buildDir, DAY, exposedGc, HOUR, isoMs, loadBuild } from "./_support.mjs";

const gc = exposedGc();
const { aggregate, compare, count, rolling, rollup, sum, toDate, total } = await loadBuild();

const GROUPS = Number(process.env.KINERJA_BENCH_GROUPS ?? 1000);
const FIRST = Date.UTC(2020, 0, 1);
const DAYS = (Date.UTC(2025, 0, 1) - FIRST) / DAY;
const CELLS = DAYS * GROUPS;
const MONTHS = 60;

// --- data: one record per (day, group) ------------------------------------------------------------
const names = Array.from({ length: GROUPS }, (_, g) => `g${String(g).padStart(4, "0")}`);
const rows = new Array(CELLS);
for (let d = 0; d < DAYS; d++) {
  const at = new Date(FIRST + d * DAY + 5 * HOUR).toISOString();
  for (let g = 0; g < GROUPS; g++)
    rows[d * GROUPS + g] = { at, g: names[g], amount: (d * 7 + g) % 1000 };
}
const dayMonth = new Int32Array(DAYS);
const dayYear = new Int32Array(DAYS);
for (let d = 0; d < DAYS; d++) {
  const date = new Date(FIRST + d * DAY);
  dayMonth[d] = (date.getUTCFullYear() - 2020) * 12 + date.getUTCMonth();
  dayYear[d] = date.getUTCFullYear() - 2020;
}

console.log(`node ${process.version}, ${process.platform} ${process.arch}, ${cpus().length} cores`);
console.log(`build: ${buildDir()}`);
console.log(
  `== many cells: daily, ${DAYS} days x ${GROUPS} groups = ${CELLS} cells, one record each; sum and count`,
);
console.log(
  `load average at start: ${loadavg()
    .map((x) => x.toFixed(1))
    .join(" ")}`,
);

let failed = false;
const table = [];

/** Bytes in use: the JS heap and the typed arrays' buffers (which live outside it). */
function inUse() {
  const { heapUsed, arrayBuffers } = process.memoryUsage();
  return heapUsed + arrayBuffers;
}

/**
 * Collects garbage until what is in use settles (array buffers are freed by a sweeper after the
 * collection that finds them dead, so one gc() can leave the last result's buffers counted).
 */
async function settle() {
  for (let i = 0; i < 3; i++) {
    gc();
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return inUse();
}

/** Runs once after settle(); returns the time and the bytes the result keeps alive. */
async function measure(run) {
  const before = await settle();
  const start = performance.now();
  const result = run();
  const ms = performance.now() - start;
  const retained = (await settle()) - before;
  return { ms, retained, result };
}

function report(label, library, floor, cells, problem) {
  const ratio = library.ms / floor.ms;
  // Only the figures are kept: the results are dropped before the next operation runs.
  table.push({ label, ratio });
  console.log(
    `${label}: ${library.ms.toFixed(0)} ms (${((library.ms * 1000) / cells).toFixed(2)} us a cell, ${(
      library.retained / cells
    ).toFixed(
      0,
    )} bytes a cell retained); floor ${floor.ms.toFixed(0)} ms; ratio ${ratio.toFixed(1)}; ${
      problem === null ? "every cell equals the floor" : `RESULT DIFFERS: ${problem}`
    }`,
  );
  if (problem !== null) failed = true;
}

/** The first difference between a library series (sum and count read back) and floor arrays. */
function differs(series, sums, counts, periods, at) {
  const cells = series.cells;
  if (cells.length !== periods * GROUPS) return `${cells.length} cells, not ${periods * GROUPS}`;
  for (let p = 0; p < periods; p++) {
    for (let g = 0; g < GROUPS; g++) {
      const cell = cells[p * GROUPS + g];
      const index = at(g, p);
      if (cell.group !== names[g]) return `cell ${p * GROUPS + g} is group ${cell.group}`;
      if (cell.values.revenue.toNumber() !== sums[index])
        return `${cell.period.key} ${cell.group}: revenue ${cell.values.revenue} vs ${sums[index]}`;
      if (cell.values.deals.toNumber() !== counts[index])
        return `${cell.period.key} ${cell.group}: deals ${cell.values.deals} vs ${counts[index]}`;
    }
  }
  return null;
}
const daily = (g, d) => g * DAYS + d;

// --- aggregate ----------------------------------------------------------------------------------
const heapBeforeSeries = await settle();
const built = await measure(() =>
  aggregate(rows, {
    date: "at",
    granularity: "day",
    groupBy: "g",
    // Every cell has its record; fill: false because a filled series is capped at 1,000,000 cells.
    fill: false,
    measures: { revenue: sum("amount"), deals: count() },
  }),
);
const series = built.result;
const sums = new Float64Array(CELLS);
const counts = new Float64Array(CELLS);
const floorAggregate = await measure(() => {
  const index = new Map(names.map((name, g) => [name, g]));
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    const d = Math.floor((isoMs(row.at) - FIRST) / DAY);
    const at = index.get(row.g) * DAYS + d;
    sums[at] += row.amount;
    counts[at]++;
  }
  return sums;
});
// The series' own bytes are read before its cells are first read (the check below builds them).
const aggregateRetained = built.retained;
report("aggregate", built, floorAggregate, CELLS, differs(series, sums, counts, DAYS, daily));
const heapWithCells = await settle();
console.log(
  `  the series once every cell and value was read: ${(
    (heapWithCells - heapBeforeSeries) / CELLS
  ).toFixed(0)} bytes a cell`,
);

/** One operation against its floor; each result is dropped before the next runs. */
async function operation(label, run, floor, cells, check) {
  const library = await measure(run);
  const lower = await measure(floor);
  report(label, library, lower, cells, check(library.result, lower.result));
}

for (const n of [7, 28]) {
  await operation(
    `rolling(${n})`,
    () => rolling(series, n),
    () => {
      const outSums = new Float64Array(CELLS);
      const outCounts = new Float64Array(CELLS);
      for (let g = 0; g < GROUPS; g++) {
        let running = 0;
        let runningCount = 0;
        for (let d = 0; d < DAYS; d++) {
          running += sums[daily(g, d)];
          runningCount += counts[daily(g, d)];
          if (d >= n) {
            running -= sums[daily(g, d - n)];
            runningCount -= counts[daily(g, d - n)];
          }
          outSums[daily(g, d)] = running;
          outCounts[daily(g, d)] = runningCount;
        }
      }
      return [outSums, outCounts];
    },
    CELLS,
    (result, [outSums, outCounts]) => differs(result, outSums, outCounts, DAYS, daily),
  );
}
await operation(
  "rollup to months",
  () => rollup(series, "month"),
  () => {
    const outSums = new Float64Array(GROUPS * MONTHS);
    const outCounts = new Float64Array(GROUPS * MONTHS);
    for (let g = 0; g < GROUPS; g++)
      for (let d = 0; d < DAYS; d++) {
        outSums[g * MONTHS + dayMonth[d]] += sums[daily(g, d)];
        outCounts[g * MONTHS + dayMonth[d]] += counts[daily(g, d)];
      }
    return [outSums, outCounts];
  },
  CELLS,
  (result, [outSums, outCounts]) =>
    differs(result, outSums, outCounts, MONTHS, (g, m) => g * MONTHS + m),
);
await operation(
  "compare(1)",
  () => compare(series, 1),
  () => {
    // The previous day's sum beside each cell (NaN where there is none).
    const previous = new Float64Array(CELLS);
    for (let g = 0; g < GROUPS; g++) {
      previous[daily(g, 0)] = Number.NaN;
      for (let d = 1; d < DAYS; d++) previous[daily(g, d)] = sums[daily(g, d - 1)];
    }
    return previous;
  },
  CELLS,
  (result, previous) => {
    if (result.length !== CELLS) return `${result.length} comparisons`;
    for (let d = 0; d < DAYS; d++)
      for (let g = 0; g < GROUPS; g++) {
        const row = result[d * GROUPS + g];
        const expected = previous[daily(g, d)];
        const got = row.previous === null ? Number.NaN : row.previous.revenue.toNumber();
        if (!Object.is(got, expected) || row.current.revenue.toNumber() !== sums[daily(g, d)])
          return `${row.period.key} ${row.group}: previous ${got} vs ${expected}`;
      }
    return null;
  },
);
await operation(
  "toDate(year)",
  () => toDate(series, "year"),
  () => {
    const outSums = new Float64Array(CELLS);
    const outCounts = new Float64Array(CELLS);
    for (let g = 0; g < GROUPS; g++) {
      let running = 0;
      let runningCount = 0;
      for (let d = 0; d < DAYS; d++) {
        if (d > 0 && dayYear[d] !== dayYear[d - 1]) {
          running = 0;
          runningCount = 0;
        }
        running += sums[daily(g, d)];
        runningCount += counts[daily(g, d)];
        outSums[daily(g, d)] = running;
        outCounts[daily(g, d)] = runningCount;
      }
    }
    return [outSums, outCounts];
  },
  CELLS,
  (result, [outSums, outCounts]) => differs(result, outSums, outCounts, DAYS, daily),
);
await operation(
  "total",
  () => total(series),
  () => {
    const out = new Float64Array(2 * (GROUPS + 1));
    for (let g = 0; g < GROUPS; g++)
      for (let d = 0; d < DAYS; d++) {
        out[2 * g] += sums[daily(g, d)];
        out[2 * g + 1] += counts[daily(g, d)];
      }
    for (let g = 0; g < GROUPS; g++) {
      out[2 * GROUPS] += out[2 * g];
      out[2 * GROUPS + 1] += out[2 * g + 1];
    }
    return out;
  },
  CELLS,
  (result, out) => {
    if (result.values.revenue.toNumber() !== out[2 * GROUPS]) return "grand total revenue";
    if (result.values.deals.toNumber() !== out[2 * GROUPS + 1]) return "grand total deals";
    for (let g = 0; g < GROUPS; g++) {
      const group = result.groups.get(names[g]);
      if (group.values.revenue.toNumber() !== out[2 * g]) return `${names[g]} revenue`;
      if (group.values.deals.toNumber() !== out[2 * g + 1]) return `${names[g]} deals`;
    }
    return null;
  },
);
// Reading: every value of a new series (a fresh rolling(1), whose values were never read), the
// cost that operations no longer pay up front.
{
  const fresh = rolling(series, 1);
  await operation(
    "read every cell and value (of a fresh series)",
    () => {
      let revenue = 0;
      let deals = 0;
      for (const cell of fresh.cells) {
        revenue += cell.values.revenue.toNumber();
        deals += cell.values.deals.toNumber();
      }
      return [revenue, deals];
    },
    () => {
      let revenue = 0;
      let deals = 0;
      for (let i = 0; i < CELLS; i++) {
        revenue += sums[i];
        deals += counts[i];
      }
      return [revenue, deals];
    },
    CELLS,
    ([revenue, deals], [floorRevenue, floorDeals]) =>
      revenue === floorRevenue && deals === floorDeals ? null : `${revenue} vs ${floorRevenue}`,
  );
}

console.log(
  `load average at end: ${loadavg()
    .map((x) => x.toFixed(1))
    .join(" ")}`,
);
console.log(
  `aggregate: ${((built.ms * 1000) / CELLS).toFixed(2)} us and ${(
    aggregateRetained / CELLS
  ).toFixed(
    0,
  )} bytes a cell (goals <= 2 us, <= 300 bytes); worst ratio of rollup, compare, toDate, total: ${Math.max(
    ...table
      .filter((row) => /^(rollup|compare|toDate|total)/.test(row.label))
      .map((row) => row.ratio),
  ).toFixed(1)} (goal <= 10)`,
);
console.log(
  `peak RSS: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB (records included)`,
);
if (failed) process.exitCode = 1;
