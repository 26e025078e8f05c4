#!/usr/bin/env node
// Checks the built package: every name that an emitted declaration file exports AS A VALUE exists
// at runtime in the matching build, for every entry point of package.json "exports" — the `.d.ts`
// against `import()` of the ESM file, the `.d.cts` against `require()` of the CommonJS file. The
// names come from the TypeScript checker (aliases resolved through every re-export), not from a
// regex over the text; a type-only export (an interface, a type alias) is not a value and is not
// looked for. It also reports runtime exports that no declaration mentions.
//
// Why: `export type { Decimal }` in the sources once became `export { Decimal } from 'decimal.js'`
// in the bundled declarations, so `import { Decimal } from "kinerja"` type-checked and then
// crashed; publint and attw were green.
//
//   node scripts/check-exports.mjs [packageDirectory]    (default: the repository root)
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import ts from "typescript";

/**
 * The names a declaration file exports, split into values and types, read with the checker.
 *
 * @param {string} file - A `.d.ts` or `.d.cts` file.
 * @returns {{ values: string[], types: string[], errors: string[] }}
 */
export function declaredExports(file) {
  const program = ts.createProgram([file], {
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    target: ts.ScriptTarget.ES2022,
    strict: true,
    noEmit: true,
    skipLibCheck: true,
    types: [],
  });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(file);
  if (source === undefined) return { values: [], types: [], errors: [`${file} could not be read`] };
  const errors = ts
    .getPreEmitDiagnostics(program, source)
    .map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n"));
  const moduleSymbol = checker.getSymbolAtLocation(source);
  if (moduleSymbol === undefined)
    return { values: [], types: [], errors: [`${file} is not a module`] };
  const values = [];
  const types = [];
  for (const symbol of checker.getExportsOfModule(moduleSymbol)) {
    const target = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
    // An `export type { X }` (or `import type` re-exported) is type-only even if X is a class.
    const typeOnly = symbol.declarations?.some((declaration) =>
      ts.isTypeOnlyImportOrExportDeclaration(declaration),
    );
    const isValue = !typeOnly && (target.flags & ts.SymbolFlags.Value) !== 0;
    (isValue ? values : types).push(symbol.getName());
  }
  return { values: values.sort(), types: types.sort(), errors };
}

/**
 * The `import` and `require` targets of each entry point of a package.json `exports`.
 *
 * @param {string} root - The package directory.
 * @returns {{ entry: string, condition: "import" | "require", types: string, runtime: string }[]}
 */
export function entryPoints(root) {
  const manifest = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
  const targets = [];
  for (const [entry, conditions] of Object.entries(manifest.exports ?? {})) {
    if (typeof conditions !== "object" || conditions === null) continue; // "./package.json"
    for (const condition of /** @type {const} */ (["import", "require"])) {
      const target = conditions[condition];
      if (target === undefined) continue;
      if (typeof target.types !== "string" || typeof target.default !== "string") {
        throw new Error(`exports["${entry}"].${condition} needs "types" and "default"`);
      }
      targets.push({
        entry,
        condition,
        types: resolve(root, target.types),
        runtime: resolve(root, target.default),
      });
    }
  }
  return targets;
}

/**
 * Compares the declared value exports of each entry point with what the builds export at runtime.
 *
 * @param {string} root - The package directory (built).
 * @returns {Promise<{ lines: string[], problems: string[] }>}
 */
export async function checkExports(root) {
  const lines = [];
  const problems = [];
  const require = createRequire(join(root, "package.json"));
  for (const target of entryPoints(root)) {
    const label = `${target.entry} (${target.condition})`;
    const absent = [target.types, target.runtime].filter((file) => !existsSync(file));
    if (absent.length > 0) {
      for (const file of absent)
        problems.push(
          `${label}: ${relative(root, file)} does not exist (build first: npm run build)`,
        );
      continue;
    }
    const declared = declaredExports(target.types);
    for (const error of declared.errors) problems.push(`${label}: ${target.types}: ${error}`);
    const runtime =
      target.condition === "import"
        ? await import(pathToFileURL(target.runtime).href)
        : require(target.runtime);
    const runtimeNames = new Set(Object.keys(runtime).filter((name) => name !== "__esModule"));
    const missing = declared.values.filter((name) => !runtimeNames.has(name));
    for (const name of missing) {
      problems.push(
        `${label}: ${name} is exported as a value by ${relative(root, target.types)} but ${relative(root, target.runtime)} has no export named ${name}`,
      );
    }
    const known = new Set([...declared.values, ...declared.types]);
    for (const name of runtimeNames) {
      if (!known.has(name))
        problems.push(
          `${label}: ${relative(root, target.runtime)} exports ${name}, which no declaration mentions`,
        );
    }
    lines.push(
      `${label}: ${declared.values.length} values, ${declared.types.length} types; ${missing.length} missing at runtime`,
    );
  }
  return { lines, problems };
}

const relative = (root, file) => file.slice(root.length + 1);

/**
 * The built JavaScript files (under `dist`) that hold a character outside ASCII, each with the first
 * one. V8 keeps a source with any such character as two-byte text, which makes a cold import of
 * the 400 kB chunk slower (about 0.6 ms); esbuild escapes strings but not regular expressions, so
 * write such characters as `\uXXXX` escapes in the sources.
 *
 * @param {string} root - The package directory (built).
 * @returns {string[]} One problem per file.
 */
export function nonAsciiFiles(root) {
  const problems = [];
  const dist = join(root, "dist");
  if (!existsSync(dist)) return problems;
  for (const name of readdirSync(dist, { recursive: true })) {
    const file = join(dist, String(name));
    if (!/\.(?:js|cjs|mjs)$/.test(file)) continue;
    const text = readFileSync(file, "utf8");
    const at = text.search(/[^\t\n\r\x20-\x7e]/);
    if (at === -1) continue;
    const line = text.slice(0, at).split("\n").length;
    const character = text.codePointAt(at) ?? 0;
    problems.push(
      `${relative(root, file)}:${line}: U+${character.toString(16).toUpperCase().padStart(4, "0")} (${JSON.stringify(String.fromCodePoint(character))}) is not printable ASCII: write it as an escape in the source`,
    );
  }
  return problems;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const root = resolve(process.argv[2] ?? join(dirname(import.meta.dirname)));
  const { lines, problems } = await checkExports(root);
  problems.push(...nonAsciiFiles(root));
  for (const line of lines) console.log(line);
  for (const problem of problems) console.error(`✖ ${problem}`);
  if (problems.length > 0) process.exit(1);
  console.log("every value the declarations export exists in the ESM and CommonJS builds");
  console.log("every built file is ASCII");
}
