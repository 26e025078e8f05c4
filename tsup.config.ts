import { defineConfig } from "tsup";

// One bundled file per package entry point ("kinerja", "kinerja/sql", "kinerja/schemas"), plus the
// chunks the entry points share (so `KpiError` is one class whichever entry point threw it). Node
// loads a handful of files instead of ~130 modules, and bundlers still tree-shake: the package has
// `"sideEffects": false` and every module-scope call is marked `/* @__PURE__ */`.
export default defineConfig({
  entry: {
    index: "src/index.ts",
    "sql/index": "src/sql/index.ts",
    "schemas/index": "src/schemas/index.ts",
    // The `kinerja` command (package.json "bin"); its #! line is kept from src/cli/main.ts.
    cli: "src/cli/main.ts",
  },
  format: ["esm", "cjs"],
  target: "es2022",
  platform: "neutral",
  splitting: true,
  treeshake: false,
  bundle: true,
  clean: true,
  sourcemap: false,
  dts: { compilerOptions: { ignoreDeprecations: "6.0" } },
  outDir: "dist",
});
