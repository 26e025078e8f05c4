import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { format } from "node:util";
import { describe, expect, it, vi } from "vitest";
import { expectedOutput, repoRoot } from "../support/examples.js";

// Until the review layer is exported from "kinerja", its TSDoc and docs/review.md examples are
// fenced as "```ts pending-export", which test/docs/examples.test.ts does not pick up. This suite
// runs them against the root entry plus src/review/index.ts (reviewEntry.ts) and asserts their printed output the same way. When the
// lead wires the layer into src/index.ts, the fences become plain "```ts" and this file goes.

const MARKER = "```ts pending-export";
const entry = join(repoRoot, "test", "review", "reviewEntry.js").replaceAll("\\", "/");
const outDir = join(repoRoot, "test", ".examples");
mkdirSync(outDir, { recursive: true });

interface Example {
  readonly name: string;
  readonly code: string;
}

function blocks(text: string): string[] {
  const found: string[] = [];
  let at = text.indexOf(MARKER);
  while (at !== -1) {
    const start = text.indexOf("\n", at) + 1;
    const end = text.indexOf("```", start);
    found.push(text.slice(start, end));
    at = text.indexOf(MARKER, end + 3);
  }
  return found;
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : path.endsWith(".ts") ? [path] : [];
  });
}

function examples(): Example[] {
  const found: Example[] = [];
  for (const path of walk(join(repoRoot, "src", "review")).sort()) {
    const text = readFileSync(path, "utf8");
    blocks(text).forEach((block, index) => {
      const code = block
        .split("\n")
        .map((line) => line.replace(/^\s*\* ?/, ""))
        .join("\n");
      found.push({ name: `${relative(repoRoot, path)}#${index + 1}`, code });
    });
  }
  const guide = join(repoRoot, "docs", "review.md");
  try {
    blocks(readFileSync(guide, "utf8")).forEach((code, index) => {
      found.push({ name: `docs/review.md#${index + 1}`, code });
    });
  } catch {
    // the guide is written later
  }
  return found;
}

let counter = 0;

async function run(example: Example): Promise<string[]> {
  const code = example.code.replace(/from\s+["']kinerja["']/g, `from ${JSON.stringify(entry)}`);
  const file = join(outDir, `review-example-${counter++}.ts`);
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

const all = examples();

describe("review examples (pending export)", () => {
  it("exist", () => expect(all.length).toBeGreaterThan(5));
  it.each(all.map((example) => [example.name, example] as const))("%s", async (_name, example) => {
    const printed = await run(example);
    expect(printed).toEqual(expectedOutput(example.code));
  });
});
