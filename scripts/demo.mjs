#!/usr/bin/env node
// `npm run demo`: the demo company's monthly report twice — first with no code, the `kinerja`
// command on its report spec (examples/report/spec.json, table output), then the code tour
// (examples/demo.ts, the same numbers computed with the library's functions and more). Both run
// straight from the sources (no build step), so `npm ci && npm run demo` works from a fresh clone.
// Arguments are passed to the code tour: npm run demo -- --en, --month 2026-03, --json.
import { spawnSync } from "node:child_process";
import { join } from "node:path";

const root = join(import.meta.dirname, "..");
const args = process.argv.slice(2);
const english = args.includes("--en") || args.includes("--lang=en");
const monthAt = args.indexOf("--month");
const month = monthAt >= 0 ? args[monthAt + 1] : undefined;
const runTs = (file, rest) =>
  spawnSync(process.execPath, [join(root, "scripts", "run-ts.mjs"), file, ...rest], {
    cwd: root,
    stdio: "inherit",
  }).status ?? 1;

if (!args.includes("--json")) {
  console.log(
    "$ kinerja report examples/report/spec.json" +
      (english ? " --locale en-US" : "") +
      (month === undefined ? "" : ` --period ${month}`),
  );
  const code = runTs(join(root, "src", "cli", "main.ts"), [
    "report",
    join("examples", "report", "spec.json"),
    ...(english ? ["--locale", "en-US"] : []),
    ...(month === undefined ? [] : ["--period", month]),
  ]);
  if (code !== 0) process.exit(code);
  console.log("\n$ node scripts/run-ts.mjs examples/demo.ts (the same report in code, and more)\n");
}
process.exit(runTs(join(root, "examples", "demo.ts"), args));
