// Import and call overhead (issue 13, goal 4), against the built package: `npx tsup` first
// (KINERJA_BENCH_DIST points at another build).
//   node bench/import.bench.mjs [samples]
// Prints plain lines, each a ratio measured in this run (a benchmark, not a test: it never fails
// on timing):
// - cold import: the time a fresh Node process spends in `await import("kinerja")` against
//   `await import("decimal.js")` (median of fresh processes, run alternately); goal ≤ 3.
// - metric call: `winRate({ won, lost })` against the Decimal arithmetic it does with the same
//   validation written by hand (safe non-negative integers, won + lost, a division at 34 digits);
//   goal ≤ 2.
import { execFileSync } from "node:child_process";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { Decimal } from "decimal.js";

const SAMPLES = Number(process.argv[2] ?? 15);
const root = resolve(import.meta.dirname, "..");
// KINERJA_BENCH_DIST points at another build (a copy of dist/, for before/after runs).
const dist = resolve(process.env.KINERJA_BENCH_DIST ?? join(root, "dist"));
const { winRate } = await import(pathToFileURL(join(dist, "index.js")).href);
const entries = {
  kinerja: pathToFileURL(join(dist, "index.js")).href,
  "kinerja/sql": pathToFileURL(join(dist, "sql", "index.js")).href,
  "decimal.js": import.meta.resolve("decimal.js"),
};

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};

// --- cold import: one fresh process per sample, only the import itself is timed ------------------
function coldImport(url) {
  const program = `const t = performance.now(); await import(${JSON.stringify(url)}); console.log(performance.now() - t);`;
  return Number(
    execFileSync(process.execPath, ["--input-type=module", "-e", program], { encoding: "utf8" }),
  );
}
const times = Object.fromEntries(Object.keys(entries).map((name) => [name, []]));
for (const name of Object.keys(entries)) coldImport(entries[name]); // warm the file cache
for (let i = 0; i < SAMPLES; i++) {
  const order = i % 2 === 0 ? Object.keys(entries) : Object.keys(entries).reverse();
  for (const name of order) times[name].push(coldImport(entries[name]));
}
const base = median(times["decimal.js"]);
for (const [name, samples] of Object.entries(times)) {
  console.log(`cold import("${name}"): ${median(samples).toFixed(1)} ms (median of ${SAMPLES})`);
}
console.log(
  `cold import ratio kinerja / decimal.js: ${(median(times.kinerja) / base).toFixed(2)} (goal ≤ 3)`,
);
console.log(
  `cold import ratio kinerja/sql / decimal.js: ${(median(times["kinerja/sql"]) / base).toFixed(2)}`,
);

// --- a metric call against the arithmetic it does --------------------------------------------------
const D34 = Decimal.clone({ precision: 34, rounding: Decimal.ROUND_HALF_UP });
function byHand({ won, lost }) {
  for (const value of [won, lost]) {
    if (typeof value !== "number" || !Number.isSafeInteger(value) || value < 0) {
      throw new Error("expected a non-negative safe integer");
    }
  }
  const closed = new D34(won).plus(lost);
  return closed.isZero() ? null : new D34(won).div(closed);
}
const CALLS = 200_000;
const inputs = Array.from({ length: 1024 }, (_, i) => ({
  won: (i * 7) % 101,
  lost: (i * 13) % 97,
}));
function loop(run) {
  const started = performance.now();
  let last;
  for (let i = 0; i < CALLS; i++) last = run(inputs[i & 1023]);
  const elapsed = performance.now() - started;
  if (last === undefined) throw new Error("no result");
  return (elapsed * 1e6) / CALLS; // ns a call
}
for (let i = 0; i < 1024; i++) {
  const expected = byHand(inputs[i]);
  const actual = winRate(inputs[i]);
  if (String(expected) !== String(actual))
    throw new Error(`results differ for ${JSON.stringify(inputs[i])}`);
}
const metric = [];
const arithmetic = [];
for (let i = 0; i < 3; i++) [loop(winRate), loop(byHand)]; // warm-up
for (let i = 0; i < 7; i++) {
  if (i % 2 === 0) {
    metric.push(loop(winRate));
    arithmetic.push(loop(byHand));
  } else {
    arithmetic.push(loop(byHand));
    metric.push(loop(winRate));
  }
}
console.log(
  `winRate call: ${median(metric).toFixed(0)} ns; the same Decimal arithmetic and checks by hand: ${median(arithmetic).toFixed(0)} ns`,
);
console.log(
  `metric call ratio winRate / arithmetic: ${(median(metric) / median(arithmetic)).toFixed(2)} (goal ≤ 2)`,
);
