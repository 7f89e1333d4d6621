import { defineConfig } from "tsup";

export default defineConfig({
  entry: ["src/index.ts"],
  format: ["esm", "cjs"],
  dts: { compilerOptions: { ignoreDeprecations: "6.0" } },
  clean: true,
  // No source maps: they would embed the 3 MB model-data source a second time per format.
  sourcemap: false,
  target: "es2022",
  treeshake: true,
});
