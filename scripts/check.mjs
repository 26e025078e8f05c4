#!/usr/bin/env node
// Everything CI checks, in order. Stops at the first failing step and exits non-zero; the last
// line printed is always the plain "N passed, N failed" summary of the tests that ran.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, rmSync } from "node:fs";

const steps = [
  ["lint", "npx", ["biome", "check", "."]],
  ["typecheck", "npx", ["tsc", "-p", "tsconfig.json", "--noEmit"]],
  ["test + coverage", "npx", ["vitest", "run", "--coverage"]],
  ["build", "npx", ["tsup"]],
  ["publint", "npx", ["publint", "--strict"]],
  ["attw", "npx", ["attw", "--pack", "."]],
  ["consumer smoke tests", "node", ["scripts/smoke.mjs"]],
  ["size budgets", "npx", ["size-limit"]],
  ["api docs", "npx", ["typedoc"]],
];

const only = process.argv.slice(2);
rmSync(".vitest-report.json", { force: true });
let failed;
for (const [name, command, args] of steps) {
  if (only.length > 0 && !only.includes(name.split(" ")[0])) continue;
  const started = Date.now();
  console.log(`\n▶ ${name}: ${command} ${args.join(" ")}`);
  const result = spawnSync(command, args, {
    stdio: "inherit",
    env: { ...process.env, FORCE_COLOR: "0" },
  });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (result.status !== 0) {
    console.log(`✖ ${name} failed (${seconds} s)`);
    failed = name;
    break;
  }
  console.log(`✔ ${name} (${seconds} s)`);
}

let summary = "0 passed, 0 failed";
if (existsSync(".vitest-report.json")) {
  const report = JSON.parse(readFileSync(".vitest-report.json", "utf8"));
  summary = `${report.numPassedTests} passed, ${report.numFailedTests} failed`;
  if (report.numPendingTests + report.numTodoTests > 0) {
    summary += `, ${report.numPendingTests + report.numTodoTests} skipped`;
  }
}
if (failed !== undefined) console.log(`\ncheck failed at: ${failed}`);
console.log(summary);
process.exit(failed === undefined ? 0 : 1);
