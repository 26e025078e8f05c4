#!/usr/bin/env node
// Packs the package and installs the tarball into throwaway consumers: ESM TypeScript with
// moduleResolution nodenext and bundler (skipLibCheck false: the published types must compile),
// and a CommonJS require(). Each consumer is type-checked and run.
import { execFileSync } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";

const root = resolve(import.meta.dirname, "..");
const work = join(root, ".tmp", "consumers");
const tsc = join(root, "node_modules", "typescript", "bin", "tsc");
rmSync(work, { recursive: true, force: true });
mkdirSync(work, { recursive: true });

const run = (command, args, cwd) =>
  execFileSync(command, args, { cwd, stdio: ["ignore", "pipe", "inherit"], encoding: "utf8" });

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
  ...["sql", "schemas"].flatMap((entry) =>
    ["index.js", "index.cjs", "index.d.ts", "index.d.cts"].map((file) => `dist/${entry}/${file}`),
  ),
]) {
  if (!packed[0].files.some((file) => file.path === required))
    throw new Error(`the tarball lacks ${required}`);
}

writeFileSync(join(work, "package.json"), JSON.stringify({ name: "consumers", private: true }));
run(
  "npm",
  ["install", "--no-audit", "--no-fund", "--prefer-offline", "--no-package-lock", tarball],
  work,
);

const program = `import { KpiError, type Decimal, rollupInputs, winRate, parseDecimal, catalog, sum } from "kinerja";
import { toSql, type SqlQuery } from "kinerja/sql";
import { metricInputSchema } from "kinerja/schemas";
if (metricInputSchema(winRate).safeParse({ won: 1, lost: -1 }).success) throw new Error("schema accepted -1");
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
};
for (const [name, options] of Object.entries(consumers)) {
  const dir = join(work, name);
  mkdirSync(dir);
  writeFileSync(join(dir, "package.json"), JSON.stringify({ type: "module", private: true }));
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
  run("node", [tsc, "-p", "."], dir);
  console.log(`${name}: ${run("node", ["out/index.js"], dir).trim()}`);
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
