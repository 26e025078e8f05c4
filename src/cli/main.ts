#!/usr/bin/env node
// The `kinerja` command (the package's bin): see docs/cli.md, or run `kinerja --help`.
import { run } from "./run.js";

process.exitCode = await run(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  stderrIsTTY: process.stderr.isTTY === true,
});
