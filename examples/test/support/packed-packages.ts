/**
 * The four packages packed with `pnpm pack` (whose `prepack` builds them), once
 * per test run however many test files ask: the first caller takes a lock in
 * the run's pack folder (from `pack-dir.setup.ts`) and packs, the others wait
 * for its list of tarballs.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { inject } from "vitest";

/** Repository root. */
export const root = resolve(import.meta.dirname, "../../..");

/** The published packages, in dependency order. */
export const packageNames = ["corpus-loader", "entity-extract", "claims", "timeline"] as const;

/** A package folder name. */
export type PackageName = (typeof packageNames)[number];

/**
 * Run a command and return its stdout; on failure the error carries stderr.
 *
 * @param command - The program.
 * @param args - Its arguments.
 * @param cwd - The working directory.
 * @returns Standard output.
 */
export function run(command: string, args: string[], cwd: string): string {
  return execFileSync(command, args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, npm_config_loglevel: "error" } });
}

function packDir(): string {
  try {
    return inject("packDir");
  } catch {
    // run outside the examples project's config: pack into a folder of this file's own
    return mkdtempSync(join(tmpdir(), "newsparse-packed-"));
  }
}

/**
 * Pack every package once per run and give the absolute path of each tarball.
 *
 * @param timeoutMs - How long to wait for another test file's packing.
 * @returns The tarball of each package.
 */
export async function packedTarballs(timeoutMs = 840_000): Promise<Record<PackageName, string>> {
  const dir = packDir();
  const list = join(dir, "tarballs.json");
  const failed = join(dir, "failed.txt");
  let owner = false;
  try {
    mkdirSync(join(dir, "lock"));
    owner = true;
  } catch {
    // another test file is packing
  }
  if (owner) {
    try {
      const tarballs = {} as Record<PackageName, string>;
      for (const name of packageNames) {
        const out = run("pnpm", ["pack", "--pack-destination", dir], join(root, "packages", name)).trim().split("\n").pop()!;
        tarballs[name] = resolve(dir, out.trim());
      }
      writeFileSync(list, JSON.stringify(tarballs));
      return tarballs;
    } catch (error) {
      writeFileSync(failed, String((error as { stderr?: string }).stderr || error));
      throw error;
    }
  }
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (existsSync(list)) return JSON.parse(readFileSync(list, "utf8")) as Record<PackageName, string>;
    if (existsSync(failed)) throw new Error(`packing failed in another test file: ${readFileSync(failed, "utf8")}`);
    await sleep(500);
  }
  throw new Error(`timed out waiting for the packages to be packed in ${dir}`);
}
