import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { format } from "node:util";
import { afterAll, describe, expect, it, vi } from "vitest";
import {
  allMarkdownExamples,
  allTsdocExamples,
  type Example,
  expectedOutput,
  repoRoot,
} from "../support/examples.js";

// Every ```ts block in README.md, docs/*.md and the @example of every TSDoc comment is executed
// against the sources, and what it prints must be exactly what its `// ...` comments say.

const outDir = join(repoRoot, "test", ".examples");
mkdirSync(outDir, { recursive: true });
const entry = join(repoRoot, "src", "index.js").replaceAll("\\", "/");
const sqlEntry = join(repoRoot, "src", "sql", "index.js").replaceAll("\\", "/");
const schemasEntry = join(repoRoot, "src", "schemas", "index.js").replaceAll("\\", "/");

function prepare(example: Example, index: number): string {
  const code = example.code
    .replace(/from\s+["']kinerja["']/g, `from ${JSON.stringify(entry)}`)
    .replace(/from\s+["']kinerja\/sql["']/g, `from ${JSON.stringify(sqlEntry)}`)
    .replace(/from\s+["']kinerja\/schemas["']/g, `from ${JSON.stringify(schemasEntry)}`);
  const file = join(outDir, `example-${index}.ts`);
  writeFileSync(file, `// ${example.name}\n${code}\nexport {};\n`);
  return file;
}

async function run(example: Example, index: number): Promise<string[]> {
  const file = prepare(example, index);
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

// Intl puts non-breaking spaces in "Rp 1.234.568" and "12,5 hari"; docs show them as plain spaces.
const plain = (lines: readonly string[]): string[] =>
  lines.map((line) => line.replace(/[\u00a0\u202f]/g, " "));

const tsdoc = allTsdocExamples();
const markdown = allMarkdownExamples();
let counter = 0;

describe("TSDoc examples", () => {
  it("exist", () => expect(tsdoc.length).toBeGreaterThan(10));
  it.each(tsdoc.map((example) => [example.name, example] as const))(
    "%s",
    async (_name, example) => {
      const printed = await run(example, counter++);
      expect(plain(printed)).toEqual(plain(example.expected));
    },
  );
});

describe("README and docs examples", () => {
  it("exist", () => expect(markdown.length).toBeGreaterThan(0));
  it.each(markdown.map((example) => [example.name, example] as const))(
    "%s",
    async (_name, example) => {
      const printed = await run(example, counter++);
      expect(plain(printed)).toEqual(plain(example.expected));
    },
  );
});

describe("expectedOutput", () => {
  it("reads the comments after each console.log, including multi-line calls and outputs", () => {
    const code = [
      "const a = 1; // not output",
      "console.log(a);",
      "// 1",
      "console.log(",
      "  { a },",
      ");",
      "// { a: 1 }",
      "// second line",
      "// ",
      "const b = 2;",
      "// a comment that is not output",
    ].join("\n");
    expect(expectedOutput(code)).toEqual(["1", "{ a: 1 }", "second line", ""]);
  });
});

afterAll(() => {
  // keep the generated files for debugging; they are git-ignored
});
