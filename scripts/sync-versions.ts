/**
 * Writes each package's `src/version.ts` (its `VERSION` constant) from its
 * `package.json`, so the version a package reports is the one it is published
 * as, from source and from the built `dist/` alike. Runs in the release step
 * (`pnpm run version-packages`, after `changeset version`); a test
 * (`examples/test/versions.test.ts`) fails when a file is out of step.
 *
 * Usage: `tsx scripts/sync-versions.ts [--check]` (with `--check`, writes
 * nothing and exits non-zero when a file is out of step).
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";

const packagesDir = resolve(import.meta.dirname, "../packages");

/**
 * The text `src/version.ts` must have for a package.
 *
 * @param name - The package name, e.g. `@newsparse/timeline`.
 * @param version - Its `package.json` version.
 * @returns The file's text.
 */
export function versionFileText(name: string, version: string): string {
  return [
    "// Generated from package.json by scripts/sync-versions.ts (run by `pnpm run version-packages`); do not edit.",
    "",
    `/** The version of \`${name}\` this code is, as in its package.json. */`,
    `export const VERSION = ${JSON.stringify(version)};`,
    "",
  ].join("\n");
}

/**
 * Every package folder with its name, version and version file path.
 *
 * @returns One entry per `packages/*` folder that has a package.json.
 */
export function packageVersions(): { dir: string; name: string; version: string; file: string }[] {
  return readdirSync(packagesDir)
    .map((dir) => join(packagesDir, dir))
    .filter((dir) => existsSync(join(dir, "package.json")))
    .map((dir) => {
      const { name, version } = JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) as { name: string; version: string };
      return { dir, name, version, file: join(dir, "src/version.ts") };
    });
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  const check = process.argv.includes("--check");
  let stale = 0;
  for (const { name, version, file } of packageVersions()) {
    const text = versionFileText(name, version);
    if (existsSync(file) && readFileSync(file, "utf8") === text) continue;
    if (check) {
      console.error(`out of date: ${file} (run pnpm exec tsx scripts/sync-versions.ts)`);
      stale++;
    } else {
      writeFileSync(file, text);
      console.log(`wrote ${file}: ${name} ${version}`);
    }
  }
  if (stale) process.exitCode = 1;
}
