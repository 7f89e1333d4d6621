import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";

/** Repository root. */
export const root = resolve(import.meta.dirname, "../../..");

/** The packages, in pipeline order. */
export const packageNames = ["corpus-loader", "entity-extract", "claims", "timeline"] as const;

/** Further scripts a package runs after its `scripts/<script>.ts`, in order. */
const extraScripts: Record<string, Partial<Record<"bench" | "eval", string[]>>> = {
  "entity-extract": { eval: ["eval-xdoc"], bench: ["bench-resolve"] },
};

/**
 * Run `packages/<name>/scripts/<script>.ts` (and the package's further scripts of that kind) for every package, one after the
 * other (one core each, so figures are not disturbed), streaming its output.
 *
 * @param script - `bench` or `eval`.
 * @param only - Package names to restrict to (all when empty).
 * @returns The number of scripts that failed.
 */
export function runPackageScripts(script: "bench" | "eval", only: readonly string[]): number {
  let failures = 0;
  for (const name of packageNames) {
    if (only.length > 0 && !only.includes(name)) continue;
    console.log(`\n## @newsparse/${name}: ${script}\n`);
    for (const base of [script, ...(extraScripts[name]?.[script] ?? [])]) {
      const file = join(root, "packages", name, "scripts", `${base}.ts`);
      if (!existsSync(file)) {
        console.log(`(no scripts/${base}.ts yet)`);
        continue;
      }
      const result = spawnSync(process.execPath, ["--import", "tsx", "--conditions=@newsparse/source", file, ...process.argv.slice(2).filter((a) => a.startsWith("--"))], {
        cwd: root,
        stdio: "inherit",
      });
      if (result.status !== 0) {
        failures++;
        console.log(`@newsparse/${name} ${base} exited with ${result.status ?? result.signal}`);
      }
    }
  }
  return failures;
}
