// What a cold import of kinerja would cost if the root were built differently (the measurements
// behind "Why the cold import stays above 3× decimal.js" in docs/performance.md). Builds variants
// of `src/index.ts` with esbuild into .tmp/import-variants/ and times `await import()` of each in
// fresh Node processes, alternated, against decimal.js and an empty module (the ESM loader's own
// cost). A benchmark, not a test: it prints medians and ratios, and never fails on timing.
//   npm run bench:import:variants [-- samples]      (default 15; needs no build of the package)
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { build } from "esbuild";

const SAMPLES = Number(process.argv[2] ?? 15);
const root = resolve(import.meta.dirname, "..");
const out = join(root, ".tmp", "import-variants"); // inside the repository, so decimal.js resolves
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

const options = {
  bundle: true,
  format: "esm",
  platform: "neutral",
  target: "es2022",
  external: ["decimal.js"],
  logLevel: "error",
};
/** The root's source without the re-exports of some layers (what is left imports what it needs). */
function rootWithout(layers) {
  const text = readFileSync(join(root, "src", "index.ts"), "utf8")
    .split("\n")
    .filter((line) => !layers.some((layer) => line.includes(`"./${layer}/index.js"`)))
    .join("\n")
    .replaceAll('"./', '"../../src/');
  const file = join(out, `root-without-${layers.join("-")}.ts`);
  writeFileSync(file, text);
  return file;
}
const reduced = rootWithout(["review", "customers", "money"]);
const variants = {
  "one file": { entryPoints: [join(root, "src", "index.ts")] },
  "one file, minified": { entryPoints: [join(root, "src", "index.ts")], minify: true },
  "one file without review, customers, money": { entryPoints: [reduced] },
  "the same, minified": { entryPoints: [reduced], minify: true },
};
const entries = {
  "an empty module": join(out, "empty.mjs"),
  "decimal.js": resolve(root, "node_modules", "decimal.js", "decimal.mjs"),
  "kinerja as built (dist/)": join(root, "dist", "index.js"),
};
writeFileSync(entries["an empty module"], "export const nothing = 0;\n");
let index = 0;
for (const [name, variant] of Object.entries(variants)) {
  const file = join(out, `variant-${index++}.js`);
  await build({ ...options, ...variant, outfile: file });
  entries[name] = file;
}
try {
  statSync(entries["kinerja as built (dist/)"]);
} catch {
  delete entries["kinerja as built (dist/)"]; // not built: `npx tsup` first to include it
}

/** The size of a built file and of the chunks it imports, recursively. */
function graphSize(file, seen = new Set()) {
  if (seen.has(file)) return 0;
  seen.add(file);
  let size = statSync(file).size;
  for (const match of readFileSync(file, "utf8").matchAll(/from "(\.\/chunk-[\w-]+\.js)"/g)) {
    size += graphSize(join(file, "..", match[1]), seen);
  }
  return size;
}
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
function coldImport(file) {
  const url = pathToFileURL(file).href;
  const program = `const t = performance.now(); await import(${JSON.stringify(url)}); console.log(performance.now() - t);`;
  return Number(
    execFileSync(process.execPath, ["--input-type=module", "-e", program], { encoding: "utf8" }),
  );
}
const names = Object.keys(entries);
const times = Object.fromEntries(names.map((name) => [name, []]));
for (const name of names) coldImport(entries[name]); // warm the file cache
for (let i = 0; i < SAMPLES; i++) {
  const order = i % 2 === 0 ? names : [...names].reverse();
  for (const name of order) times[name].push(coldImport(entries[name]));
}
const base = median(times["decimal.js"]);
for (const name of names) {
  const kilobytes = (graphSize(entries[name]) / 1024).toFixed(0);
  const ms = median(times[name]);
  console.log(
    `${name}: ${ms.toFixed(1)} ms, ${(ms / base).toFixed(2)}× decimal.js (${kilobytes} kB, median of ${SAMPLES})`,
  );
}
