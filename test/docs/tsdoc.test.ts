import { join } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { repoRoot } from "../support/examples.js";

// Every public export carries TSDoc: a summary; values also an @example (executed by
// examples.test.ts); functions an @param per parameter and @returns.

// The package's entry points: "kinerja", "kinerja/sql" and "kinerja/schemas".
const entries = [
  join(repoRoot, "src", "index.ts"),
  join(repoRoot, "src", "sql", "index.ts"),
  join(repoRoot, "src", "schemas", "index.ts"),
];
const program = ts.createProgram(entries, {
  module: ts.ModuleKind.NodeNext,
  moduleResolution: ts.ModuleResolutionKind.NodeNext,
  target: ts.ScriptTarget.ES2022,
  strict: true,
  noEmit: true,
});
const checker = program.getTypeChecker();
const exports = entries.flatMap((path) => {
  const entry = program.getSourceFile(path);
  if (entry === undefined) throw new Error(`${path} not found`);
  const moduleSymbol = checker.getSymbolAtLocation(entry);
  if (moduleSymbol === undefined) throw new Error(`${path} has no module symbol`);
  return checker.getExportsOfModule(moduleSymbol);
});

interface Finding {
  readonly name: string;
  readonly problems: string[];
}

function inspect(symbol: ts.Symbol): Finding {
  const target = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
  const problems: string[] = [];
  const file = target.declarations?.[0]?.getSourceFile().fileName ?? "";
  if (file.includes("node_modules")) return { name: symbol.getName(), problems }; // re-exported dependency types
  const summary = ts.displayPartsToString(target.getDocumentationComment(checker)).trim();
  if (summary === "") problems.push("no summary");
  const isValue = (target.flags & ts.SymbolFlags.Value) !== 0;
  const tags = target.getJsDocTags(checker).map((tag) => tag.name);
  if (isValue && !tags.includes("example")) problems.push("no @example");
  const declaration = target.declarations?.[0];
  if (declaration !== undefined && ts.isFunctionDeclaration(declaration)) {
    const params = declaration.parameters.map((p) => p.name.getText());
    const documented = ts
      .getJSDocTags(declaration)
      .filter(ts.isJSDocParameterTag)
      .map((tag) => tag.name.getText());
    for (const param of params)
      if (!documented.includes(param)) problems.push(`no @param ${param}`);
    if (!tags.includes("returns")) problems.push("no @returns");
  }
  return { name: symbol.getName(), problems };
}

describe("TSDoc of the public API", () => {
  it("covers a substantial API", () => {
    expect(exports.length).toBeGreaterThan(20);
  });

  it("documents every export", () => {
    const missing = exports.map(inspect).filter((finding) => finding.problems.length > 0);
    expect(missing.map((f) => `${f.name}: ${f.problems.join(", ")}`)).toEqual([]);
  });
});
