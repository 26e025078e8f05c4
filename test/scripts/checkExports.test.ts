import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
// @ts-expect-error: a plain .mjs script without declarations
import { checkExports, declaredExports, nonAsciiFiles } from "../../scripts/check-exports.mjs";
import { repoRoot } from "../support/examples.js";

// A package shaped like kinerja before the fix: the bundled declarations said
// `export { Decimal } from 'decimal.js'` (a value) where the sources said `export type { Decimal }`,
// and neither build exported Decimal. Lives under .tmp so that decimal.js resolves.
// Each case gets its own folder: import() and require() cache modules by path.
const fixtures = join(repoRoot, ".tmp", "check-exports-fixtures");
const declarations = `export { Decimal } from "decimal.js";
export type { Decimal as DecimalType } from "decimal.js";
export declare function winRate(): number;
export interface Options { readonly locale?: string }
export type Code = "a" | "b";
`;

function writeFixture(name: string, options: { esm: string; cjs: string }): string {
  const fixture = join(fixtures, name);
  rmSync(fixture, { recursive: true, force: true });
  mkdirSync(fixture, { recursive: true });
  const exports = {
    ".": {
      import: { types: "./index.d.ts", default: "./index.js" },
      require: { types: "./index.d.cts", default: "./index.cjs" },
    },
    "./package.json": "./package.json",
  };
  writeFileSync(
    join(fixture, "package.json"),
    JSON.stringify({ name: "fixture", type: "module", exports }),
  );
  writeFileSync(join(fixture, "index.d.ts"), declarations);
  writeFileSync(join(fixture, "index.d.cts"), declarations);
  writeFileSync(join(fixture, "index.js"), options.esm);
  writeFileSync(join(fixture, "index.cjs"), options.cjs);
  return fixture;
}

afterAll(() => rmSync(fixtures, { recursive: true, force: true }));

describe("scripts/check-exports.mjs", () => {
  it("reads value and type exports with the checker, through re-exports", () => {
    const fixture = writeFixture("types", { esm: "", cjs: "" });
    const read = declaredExports(join(fixture, "index.d.ts"));
    expect(read.values).toEqual(["Decimal", "winRate"]);
    expect(read.types).toEqual(["Code", "DecimalType", "Options"]);
    expect(read.errors).toEqual([]);
  });

  it("reports a declared value that a build lacks (the Decimal crash), in ESM and CommonJS", async () => {
    const fixture = writeFixture("missing", {
      esm: "export function winRate() { return 1; }\n",
      cjs: "exports.winRate = function winRate() { return 1; };\n",
    });
    const { problems } = await checkExports(fixture);
    expect(problems).toEqual([
      ". (import): Decimal is exported as a value by index.d.ts but index.js has no export named Decimal",
      ". (require): Decimal is exported as a value by index.d.cts but index.cjs has no export named Decimal",
    ]);
  });

  it("reports a runtime export that no declaration mentions, and passes when both agree", async () => {
    const fixture = writeFixture("extra", {
      esm: 'export { Decimal } from "decimal.js";\nexport function winRate() { return 1; }\nexport const extra = 1;\n',
      cjs: 'exports.Decimal = require("decimal.js").Decimal;\nexports.winRate = function winRate() { return 1; };\n',
    });
    const { problems } = await checkExports(fixture);
    expect(problems).toEqual([". (import): index.js exports extra, which no declaration mentions"]);
  });

  it("names a built file that is not ASCII, with the line and the character", () => {
    const fixture = join(fixtures, "ascii");
    rmSync(fixture, { recursive: true, force: true });
    mkdirSync(join(fixture, "dist", "sql"), { recursive: true });
    writeFileSync(join(fixture, "dist", "index.js"), 'export const a = "\\u010d";\n');
    writeFileSync(join(fixture, "dist", "index.d.ts"), "// Kč in a declaration is fine\n");
    writeFileSync(join(fixture, "dist", "sql", "index.cjs"), "const a = 1;\nconst r = /Kč/u;\n");
    expect(nonAsciiFiles(fixture)).toEqual([
      `${join("dist", "sql", "index.cjs")}:2: U+010D ("č") is not printable ASCII: write it as an escape in the source`,
    ]);
  });
});
