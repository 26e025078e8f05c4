import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";

/** One runnable example: its code and the output its comments promise. */
export interface Example {
  /** Where it comes from, e.g. `src/core/round.ts:round#1` or `README.md:42`. */
  readonly name: string;
  readonly code: string;
  /** The printed lines the example's `// ...` comments after each console.log promise. */
  readonly expected: readonly string[];
}

export const repoRoot = join(import.meta.dirname, "..", "..");

function walk(dir: string, accept: (path: string) => boolean): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(dir)) {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) found.push(...walk(path, accept));
    else if (accept(path)) found.push(path);
  }
  return found.sort();
}

/** The expected output: full-line comments right after each console.log statement. */
export function expectedOutput(code: string): string[] {
  const lines = code.split("\n");
  const expected: string[] = [];
  let index = 0;
  while (index < lines.length) {
    const line = lines[index] as string;
    const at = line.indexOf("console.log(");
    if (at === -1) {
      index++;
      continue;
    }
    // Find the line on which the console.log call closes.
    let depth = 0;
    let end = index;
    let started = false;
    for (let i = index; i < lines.length; i++) {
      const text = i === index ? (lines[i] as string).slice(at) : (lines[i] as string);
      for (const char of text) {
        if (char === "(") {
          depth++;
          started = true;
        } else if (char === ")") depth--;
      }
      end = i;
      if (started && depth <= 0) break;
    }
    index = end + 1;
    while (index < lines.length && /^\s*\/\/( |$)/.test(lines[index] as string)) {
      expected.push((lines[index] as string).replace(/^\s*\/\/ ?/, ""));
      index++;
    }
  }
  return expected;
}

/** The ```ts blocks of a markdown file. */
export function markdownExamples(path: string): Example[] {
  const text = readFileSync(path, "utf8");
  const examples: Example[] = [];
  const fence = /^```(ts|typescript)\s*\n([\s\S]*?)^```\s*$/gm;
  for (const match of text.matchAll(fence)) {
    const code = match[2] as string;
    const line = text.slice(0, match.index).split("\n").length;
    examples.push({
      name: `${relative(repoRoot, path)}:${line}`,
      code,
      expected: expectedOutput(code),
    });
  }
  return examples;
}

/** The ```ts blocks inside `@example` tags of the TSDoc comments of a source file. */
export function tsdocExamples(path: string): Example[] {
  const text = readFileSync(path, "utf8");
  const examples: Example[] = [];
  const comment = /\/\*\*([\s\S]*?)\*\//g;
  for (const match of text.matchAll(comment)) {
    const body = (match[1] as string)
      .split("\n")
      .map((line) => line.replace(/^\s*\* ?/, ""))
      .join("\n");
    const tag = body.indexOf("@example");
    if (tag === -1) continue;
    const fenced = /```(?:ts|typescript)\s*\n([\s\S]*?)```/g;
    const line = text.slice(0, match.index).split("\n").length;
    let n = 0;
    for (const block of body.slice(tag).matchAll(fenced)) {
      const code = block[1] as string;
      n++;
      examples.push({
        name: `${relative(repoRoot, path)}:${line}#${n}`,
        code,
        expected: expectedOutput(code),
      });
    }
  }
  return examples;
}

/** Every source file's TSDoc examples. */
export function allTsdocExamples(): Example[] {
  return walk(join(repoRoot, "src"), (path) => path.endsWith(".ts")).flatMap(tsdocExamples);
}

/** Every markdown example in README.md and docs/ (the generated API reference excluded). */
export function allMarkdownExamples(): Example[] {
  const docs = walk(
    join(repoRoot, "docs"),
    (path) => path.endsWith(".md") && !path.includes(`${join("docs", "api")}`),
  );
  return [join(repoRoot, "README.md"), ...docs].flatMap(markdownExamples);
}
