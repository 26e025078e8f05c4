#!/usr/bin/env node
// The `kinerja` command (the package's bin): see docs/cli.md, or run `kinerja --help`.
import { run } from "./run.js";

void run(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  stderrIsTTY: process.stderr.isTTY === true,
}).then((code) => {
  process.exitCode = code;
});
