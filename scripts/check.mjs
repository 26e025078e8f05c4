#!/usr/bin/env node
// Everything CI checks, in order. Stops at the first failing step and exits non-zero; the last
// line printed is always the plain "N passed, N failed" summary of the tests that ran.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, rmSync } from "node:fs";

// Each step is an npm script of package.json, so a flag changed there is the flag CI runs.
const steps = [
  ["lint", "lint"],
  ["typecheck", "typecheck"],
  ["test + coverage", "test:coverage"],
  ["build", "build"],
  ["exports (declared values exist at runtime)", "check:exports"],
  ["publint", "publint"],
  ["attw", "attw"],
  ["consumer smoke tests", "smoke"],
  ["size budgets", "size"],
  ["api docs", "docs"],
];

const only = process.argv.slice(2);
rmSync(".vitest-report.json", { force: true });
let failed;
for (const [name, script] of steps) {
  if (only.length > 0 && !only.includes(name.split(" ")[0])) continue;
  const started = Date.now();
  console.log(`\n▶ ${name}: npm run ${script}`);
  const result = spawnSync("npm", ["run", script], {
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
