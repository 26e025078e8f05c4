#!/usr/bin/env node
// Packs the package and installs the tarball into throwaway consumers: ESM TypeScript with
// moduleResolution nodenext and bundler (skipLibCheck false: the published types must compile),
// the same with the oldest supported TypeScript (MIN_TYPESCRIPT), a CommonJS require(), and an app
// that pins the oldest supported zod (MIN_ZOD). Each consumer is type-checked and run. It also
// checks which packages each built entry point imports (the root must not need zod).
import { execFileSync } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { build } from "esbuild";

/** The oldest TypeScript the published types compile with (5.3 lacks NoInfer, which zod uses). */
const MIN_TYPESCRIPT = "5.4.5";
/** The oldest zod kinerja/schemas works with (4.0.x's zod/mini has no superRefine). */
const MIN_ZOD = "4.1.0";

const root = resolve(import.meta.dirname, "..");
const work = join(root, ".tmp", "consumers");
const tsc = join(root, "node_modules", "typescript", "bin", "tsc");
rmSync(work, { recursive: true, force: true });
mkdirSync(work, { recursive: true });

function run(command, args, cwd) {
  try {
    return execFileSync(command, args, {
      cwd,
      stdio: ["ignore", "pipe", "inherit"],
      encoding: "utf8",
    });
  } catch (error) {
    // tsc prints its errors on stdout: show them with the failure.
    throw new Error(`${command} ${args.join(" ")} failed in ${cwd}:\n${error.stdout ?? ""}`);
  }
}

const packed = JSON.parse(
  run("npm", ["pack", "--json", "--ignore-scripts", "--pack-destination", work], root),
);
const tarball = join(work, packed[0].filename);
console.log(
  `packed ${packed[0].filename}: ${packed[0].files.length} files, ${packed[0].size} bytes`,
);
for (const required of [
  "README.md",
  "CHANGELOG.md",
  "LICENSE",
  "package.json",
  "dist/index.js",
  "dist/index.cjs",
  "dist/index.d.ts",
  "dist/index.d.cts",
  "targets.schema.json",
  "docs/getting-started.md",
  ...["sql", "schemas"].flatMap((entry) =>
    ["index.js", "index.cjs", "index.d.ts", "index.d.cts"].map((file) => `dist/${entry}/${file}`),
  ),
]) {
  if (!packed[0].files.some((file) => file.path === required))
    throw new Error(`the tarball lacks ${required}`);
}

if (packed[0].files.some((file) => file.path.startsWith("docs/api/")))
  throw new Error("the tarball has the generated docs/api");

// The packages each entry point loads, read from esbuild's metafile (every relative import followed).
const expectedPackages = {
  "dist/index.js": ["decimal.js"],
  "dist/index.cjs": ["decimal.js"],
  "dist/sql/index.js": ["decimal.js"],
  "dist/sql/index.cjs": ["decimal.js"],
  "dist/schemas/index.js": ["decimal.js", "zod/mini"],
  "dist/schemas/index.cjs": ["decimal.js", "zod/mini"],
};
for (const [file, expected] of Object.entries(expectedPackages)) {
  const result = await build({
    entryPoints: [join(root, file)],
    bundle: true,
    write: false,
    metafile: true,
    packages: "external",
    platform: "node",
    logLevel: "silent",
  });
  const packages = [
    ...new Set(
      Object.values(result.metafile.inputs).flatMap((input) =>
        input.imports.filter((entry) => entry.external).map((entry) => entry.path),
      ),
    ),
  ].sort();
  if (JSON.stringify(packages) !== JSON.stringify(expected))
    throw new Error(`${file} imports ${packages.join(", ")}; expected ${expected.join(", ")}`);
}
console.log("entry points import only: decimal.js (and zod/mini for kinerja/schemas)");

writeFileSync(join(work, "package.json"), JSON.stringify({ name: "consumers", private: true }));
run(
  "npm",
  ["install", "--no-audit", "--no-fund", "--prefer-offline", "--no-package-lock", tarball],
  work,
);

const program = `import * as kinerja from "kinerja";
import { KpiError, type Decimal, rollupInputs, winRate, parseDecimal, catalog, sum } from "kinerja";
import { toSql, type SqlQuery } from "kinerja/sql";
import { metricInputSchema } from "kinerja/schemas";
if (metricInputSchema(winRate).safeParse({ won: 1, lost: -1 }).success) throw new Error("schema accepted -1");
// Decimal is a type only: the declarations must not promise a value that the build lacks.
// @ts-expect-error: kinerja exports no Decimal value
if (kinerja.Decimal !== undefined) throw new Error("kinerja exports a Decimal value");
const query: SqlQuery = toSql({ table: "deals", date: "closed_at", granularity: "month", measures: { revenue: sum("amount") } }, { dialect: "postgres" });
if (!query.text.includes('"deals"')) throw new Error("unexpected SQL: " + query.text);
const value: Decimal | null = winRate({ won: 30, lost: 70 });
const quarter = rollupInputs(winRate, [{ won: 1, lost: 1 }, { won: 9, lost: 1 }]);
let code = "";
try { winRate({ won: 1, lost: -1 }); } catch (error) { if (error instanceof KpiError) code = error.code; }
const out = [value?.toString(), winRate(quarter)?.toString(), parseDecimal("Rp 1.500.000", { locale: "id-ID" }).toString(), code, String(catalog.length > 0)].join(" ");
if (out !== "0.3 0.8333333333333333333333333333333333 1500000 out_of_domain true") throw new Error("unexpected: " + out);
console.log("ok " + out);
`;
const consumers = {
  "esm-nodenext": { module: "NodeNext", moduleResolution: "NodeNext" },
  "esm-bundler": { module: "ESNext", moduleResolution: "Bundler" },
  [`esm-nodenext-typescript-${MIN_TYPESCRIPT}`]: {
    module: "NodeNext",
    moduleResolution: "NodeNext",
    typescript: MIN_TYPESCRIPT,
  },
};
for (const [name, { typescript, ...options }] of Object.entries(consumers)) {
  const dir = join(work, name);
  mkdirSync(dir);
  writeFileSync(join(dir, "package.json"), JSON.stringify({ type: "module", private: true }));
  let compiler = tsc;
  if (typescript !== undefined) {
    run(
      "npm",
      ["install", "--no-audit", "--no-fund", "--prefer-offline", `typescript@${typescript}`],
      dir,
    );
    compiler = join(dir, "node_modules", "typescript", "bin", "tsc");
  }
  writeFileSync(join(dir, "index.ts"), program);
  writeFileSync(
    join(dir, "tsconfig.json"),
    JSON.stringify({
      compilerOptions: {
        ...options,
        target: "ES2022",
        lib: ["ES2022", "DOM"],
        strict: true,
        skipLibCheck: false,
        outDir: "out",
        types: [],
      },
      files: ["index.ts"],
    }),
  );
  const version = run("node", [compiler, "--version"], dir).trim();
  run("node", [compiler, "-p", "."], dir);
  console.log(`${name} (${version}): ${run("node", ["out/index.js"], dir).trim()}`);
}

const cjs = join(work, "cjs");
mkdirSync(cjs);
writeFileSync(join(cjs, "package.json"), JSON.stringify({ type: "commonjs", private: true }));
writeFileSync(
  join(cjs, "index.js"),
  `const { winRate, KpiError } = require("kinerja");
const { quoteIdentifier } = require("kinerja/sql");
const { numericSchema } = require("kinerja/schemas");
if (!numericSchema().safeParse("12.5").success) throw new Error("schema refused 12.5");
if (quoteIdentifier('a"b', "duckdb") !== '"a""b"') throw new Error("unexpected identifier");
const value = winRate({ won: 30, lost: 70 }).toString();
let code = "";
try { winRate({ won: 1, lost: -1 }); } catch (error) { if (error instanceof KpiError) code = error.code; }
if (value !== "0.3" || code !== "out_of_domain") throw new Error("unexpected " + value + " " + code);
console.log("ok " + value + " " + code);
`,
);
console.log(`cjs: ${run("node", ["index.js"], cjs).trim()}`);

// An app that pins the oldest supported zod: npm gives kinerja that copy (one zod, not two).
const zodApp = join(work, `zod-${MIN_ZOD}`);
mkdirSync(zodApp);
writeFileSync(
  join(zodApp, "package.json"),
  JSON.stringify({ type: "module", private: true, dependencies: { zod: MIN_ZOD } }),
);
run(
  "npm",
  ["install", "--no-audit", "--no-fund", "--prefer-offline", "--no-package-lock", tarball],
  zodApp,
);
writeFileSync(
  join(zodApp, "index.js"),
  `import { createRequire } from "node:module";
import * as z from "zod/mini";
import { winRate } from "kinerja";
import { calendarSchema, metricInputSchema, targetsFileSchema } from "kinerja/schemas";
const version = createRequire(createRequire(import.meta.url).resolve("kinerja")).resolve("zod/package.json");
const used = createRequire(import.meta.url)(version).version;
if (used !== ${JSON.stringify(MIN_ZOD)}) throw new Error("kinerja loads zod " + used);
const inputs = z.object({ region: z.string(), deals: metricInputSchema(winRate) });
const results = [
  inputs.safeParse({ region: "Jawa", deals: { won: 3, lost: 7 } }).success,
  inputs.safeParse({ region: "Jawa", deals: { won: 3, lost: -7 } }).success,
  calendarSchema().safeParse({ timeZone: "Asia/Jakarta" }).success,
  targetsFileSchema().safeParse({ targets: [{ metric: "win_rate", period: "2025-03", target: "0.3" }] }).success,
].join(" ");
if (results !== "true false true true") throw new Error("unexpected " + results);
console.log("ok zod " + used + " " + results);
`,
);
console.log(`zod-${MIN_ZOD}: ${run("node", ["index.js"], zodApp).trim()}`);
