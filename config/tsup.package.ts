import { defineConfig, type Options } from "tsup";

/**
 * The build every newsparse package shares: ESM and CJS from TypeScript,
 * declarations, ES2022, tree-shaken. A package's `tsup.config.ts` passes its
 * entry points and whatever it does differently.
 *
 * @param options - Entry points and overrides.
 * @returns The tsup configuration.
 */
export function packageBuild(options: Options & { entry: string[] }) {
  return defineConfig({
    format: ["esm", "cjs"],
    dts: { compilerOptions: { ignoreDeprecations: "6.0" } },
    clean: true,
    sourcemap: true,
    target: "es2022",
    treeshake: true,
    ...options,
  });
}
