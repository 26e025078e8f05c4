import { defineConfig } from "tsup";

export default defineConfig({
  entry: ["src/**/*.ts"],
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
