// What the benchmarks share: running with --expose-gc and a larger heap, loading the build under
// test, and the char-code ISO parser of the hand-written exact loops (the floor's and the baseline's).
import { spawnSync } from "node:child_process";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";

export const HOUR = 3_600_000;
export const DAY = 86_400_000;

/**
 * `globalThis.gc`, re-running this script with `--expose-gc --max-old-space-size=6144` first when
 * it is missing (a larger heap: a workload holding two series of 1.83M cells near the default limit
 * would measure the collector, not the library).
 */
export function exposedGc() {
  if (typeof globalThis.gc !== "function") {
    const child = spawnSync(
      process.execPath,
      ["--expose-gc", "--max-old-space-size=6144", ...process.execArgv, ...process.argv.slice(1)],
      { stdio: "inherit" },
    );
    process.exit(child.status ?? 1);
  }
  return globalThis.gc;
}

/** The build under test: dist/, or KINERJA_BENCH_DIST (a copy of dist/, for before/after runs). */
export function buildDir() {
  return process.env.KINERJA_BENCH_DIST ?? new URL("../dist/", import.meta.url).pathname;
}

/** The root entry of the build under test. */
export function loadBuild() {
  return import(pathToFileURL(resolve(buildDir(), "index.js")).href);
}

/** "YYYY-MM-DDTHH:mm:ss.sssZ" (the `toISOString` shape) to epoch milliseconds, by char codes. */
export function isoMs(text) {
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
