// No module of src builds anything on import: a top-level construction or call must be marked
// /* @__PURE__ */ (or be a literal), so a bundle that does not use it drops it (the package has
// "sideEffects": false and one bundled file per entry point, which bundlers still tree-shake).
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const SOURCE = fileURLToPath(new URL("../../src/", import.meta.url));

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

describe("module scope of src", () => {
  it("recognises an unannotated construction or call", () => {
    expect(
      impureDeclarations('const A: ReadonlySet<string> = new Set(["x"]);\nconst B = f(1);'),
    ).toEqual(["A", "B"]);
    expect(
      impureDeclarations(
        "const A = /* @__PURE__ */ new Set();\nconst B = { x: true };\nconst C = 1;",
      ),
    ).toEqual([]);
  });

  it("has no top-level construction or call without /* @__PURE__ */ in any module", () => {
    const files = readdirSync(SOURCE, { recursive: true, encoding: "utf8" }).filter((name) =>
      name.endsWith(".ts"),
    );
    expect(files.length).toBeGreaterThan(200);
    for (const file of files) {
      expect([file, impureDeclarations(readFileSync(join(SOURCE, file), "utf8"))]).toEqual([
        file,
        [],
      ]);
    }
  });
});
