#!/usr/bin/env node
// Runs a TypeScript file straight from the sources (no build step): bundles it with esbuild into
// .tmp/ and imports the result. Used by `npm run demo`, so it works right after `npm ci`.
//   node scripts/run-ts.mjs examples/demo.ts [args...]
import { mkdirSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { build } from "esbuild";

const [file, ...rest] = process.argv.slice(2);
if (file === undefined) {
  console.error("usage: node scripts/run-ts.mjs <file.ts> [args...]");
  process.exit(2);
}
const root = resolve(import.meta.dirname, "..");
const outDir = join(root, ".tmp", "run");
mkdirSync(outDir, { recursive: true });
const outfile = join(outDir, `${basename(file, ".ts")}.mjs`);
await build({
  entryPoints: [resolve(file)],
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  outfile,
  packages: "external",
  alias: { kinerja: join(root, "src") }, // "kinerja" → src/index.ts, "kinerja/sql" → src/sql/index.ts
  // The bundle lives in .tmp/run; the script's own folder is where its data files are.
  define: { "import.meta.dirname": JSON.stringify(dirname(resolve(file))) },
  logLevel: "warning",
});
process.argv = [process.argv[0], resolve(file), ...rest];
await import(pathToFileURL(outfile).href);
