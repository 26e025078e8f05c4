import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const SOURCE = fileURLToPath(new URL("../../src/period/", import.meta.url));

/** Top-level declarations whose initializer constructs or calls something (a side effect). */
function impureDeclarations(text: string): string[] {
  const found: string[] = [];
  for (const line of text.split("\n")) {
    const match = /^(?:export )?(?:const|let|var) (\w+)[^=]*= (.*)$/.exec(line);
    if (match === null) continue;
    const initializer = match[2] as string;
    if (initializer.startsWith("/* @__PURE__ */")) continue;
    if (/^new\b/.test(initializer) || /^[\w$.]+\s*\(/.test(initializer))
      found.push(match[1] as string);
  }
  return found;
}

describe("src/period module scope", () => {
  it("recognises an unannotated construction or call", () => {
    expect(impureDeclarations('const A = new Set(["x"]);\nconst B = f(1);\nconst C = 1;')).toEqual([
      "A",
      "B",
    ]);
    expect(impureDeclarations("const A = /* @__PURE__ */ new Set();")).toEqual([]);
  });

  it("has no top-level construction or call without /* @__PURE__ */ (tree-shakable)", () => {
    for (const file of readdirSync(SOURCE).filter((name) => name.endsWith(".ts"))) {
      expect([file, impureDeclarations(readFileSync(SOURCE + file, "utf8"))]).toEqual([file, []]);
    }
  });
});
