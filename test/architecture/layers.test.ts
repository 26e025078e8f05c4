// The layers of docs/architecture.md, enforced: each folder of src/ imports only from folders
// above it in LAYERS, a private module (its name starts with "_") is imported only from its own
// layer, and the SQL layer reaches the aggregation layer only through its declared internal
// surface (src/aggregate/internal.ts).
import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import { describe, expect, it } from "vitest";

const LAYERS = [
  "core",
  "model",
  "metrics",
  "period",
  "aggregate",
  "money",
  "customers",
  "review",
  "target",
  "format",
  "sql",
  "schemas",
  "report",
  "cli",
] as const;

const src = resolve(__dirname, "../../src");

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return files(path);
    return path.endsWith(".ts") ? [path] : [];
  });
}

interface Edge {
  readonly from: string;
  readonly to: string;
}

const edges: Edge[] = files(src).flatMap((file) => {
  const text = readFileSync(file, "utf8");
  const found: Edge[] = [];
  for (const match of text.matchAll(/(?:from|import)\s*\(?\s*"(\.{1,2}\/[^"]+)"/g)) {
    const target = resolve(dirname(file), (match[1] as string).replace(/\.js$/, ".ts"));
    found.push({ from: relative(src, file), to: relative(src, target) });
  }
  return found;
});

const layerOf = (path: string): string => path.split(sep)[0] as string;
const isFile = (path: string): boolean => path.endsWith(".ts");

describe("layers", () => {
  it("finds the source files and their imports", () => {
    expect(edges.length).toBeGreaterThan(300);
  });

  it("every folder of src is a declared layer", () => {
    const folders = readdirSync(src).filter((name) => statSync(join(src, name)).isDirectory());
    expect(folders.filter((name) => !(LAYERS as readonly string[]).includes(name))).toEqual([]);
  });

  it("each layer imports only from the layers above it", () => {
    const order = new Map<string, number>(LAYERS.map((name, index) => [name, index]));
    const wrong = edges.filter(({ from, to }) => {
      if (!isFile(from) || !from.includes(sep)) return false; // src/index.ts re-exports everything
      const a = order.get(layerOf(from));
      const b = order.get(layerOf(to));
      return a === undefined || b === undefined || b > a;
    });
    expect(wrong.map(({ from, to }) => `${from} -> ${to}`)).toEqual([]);
  });

  it("private modules are imported only within their own layer", () => {
    const wrong = edges.filter(
      ({ from, to }) =>
        (to.split(sep).pop() as string).startsWith("_") && layerOf(from) !== layerOf(to),
    );
    expect(wrong.map(({ from, to }) => `${from} -> ${to}`)).toEqual([]);
  });

  it("the SQL layer uses only the declared internal surface of the aggregation layer", () => {
    const wrong = edges.filter(
      ({ from, to }) =>
        layerOf(from) === "sql" &&
        layerOf(to) === "aggregate" &&
        to !== join("aggregate", "internal.ts"),
    );
    expect(wrong.map(({ from, to }) => `${from} -> ${to}`)).toEqual([]);
  });
});
