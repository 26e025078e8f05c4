import { mkdirSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { format } from "node:util";
import { describe, expect, it, vi } from "vitest";
import { type Example, markdownExamples, repoRoot, tsdocExamples } from "../support/examples.js";

// The money module's TSDoc and guide examples, run now against the sources with "kinerja" read as
// the root entry plus the money module (which the root entry does not export yet; once it does,
// test/docs/examples.test.ts runs the same examples and this file can go).

const outDir = join(repoRoot, "test", ".examples");
mkdirSync(outDir, { recursive: true });
const moneyDir = join(repoRoot, "src", "money");
const publicModules = [
  "currencies",
  "conversionMethods",
  "parseRateTable",
  "convert",
  "tryConvert",
  "roundToMinorUnit",
  "convertedSum/emptyConvertedSum",
  "convertedSum/addToConvertedSum",
  "convertedSum/tryAddToConvertedSum",
  "convertedSum/mergeConvertedSums",
  "convertedSum/finalizeConvertedSum",
  "convertedSum/serializeConvertedSum",
  "convertedSum/deserializeConvertedSum",
];
const shim = join(outDir, "money-entry.ts");
writeFileSync(
  shim,
  [
    `export * from ${JSON.stringify(join(repoRoot, "src", "index.js"))};`,
    ...publicModules.map(
      (name) => `export * from ${JSON.stringify(join(moneyDir, `${name}.js`))};`,
    ),
  ].join("\n"),
);

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? sources(join(dir, entry.name))
      : entry.name.endsWith(".ts")
        ? [join(dir, entry.name)]
        : [],
  );
}

let counter = 0;
async function run(example: Example): Promise<string[]> {
  const code = example.code.replace(
    /from\s+["']kinerja["']/g,
    `from ${JSON.stringify(shim.replace(/\.ts$/, ".js"))}`,
  );
  const file = join(outDir, `money-example-${counter++}.ts`);
  writeFileSync(file, `// ${example.name}\n${code}\nexport {};\n`);
  const printed: string[] = [];
  const spy = vi.spyOn(console, "log").mockImplementation((...args: unknown[]) => {
    printed.push(...format(...args).split("\n"));
  });
  try {
    await import(/* @vite-ignore */ file);
  } finally {
    spy.mockRestore();
  }
  return printed;
}

const plain = (lines: readonly string[]): string[] =>
  lines.map((line) => line.replace(/[\u00a0\u202f]/g, " "));

const examples = [
  ...sources(moneyDir).sort().flatMap(tsdocExamples),
  ...markdownExamples(join(repoRoot, "docs", "currencies.md")),
];

describe("money examples", () => {
  it("exist", () => expect(examples.length).toBeGreaterThan(10));
  it.each(examples.map((example) => [example.name, example] as const))(
    "%s",
    async (_name, example) => {
      expect(plain(await run(example))).toEqual(plain(example.expected));
    },
  );
});
