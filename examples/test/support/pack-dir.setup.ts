/**
 * Vitest global setup of the examples project: an empty folder, shared by every
 * test file of one run, where the packages are packed once (see
 * `packed-packages.ts`). Creating it costs nothing; packing happens only when a
 * test asks for the tarballs.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";

declare module "vitest" {
  export interface ProvidedContext {
    /** The folder the packages are packed into, once per run. */
    packDir: string;
  }
}

/**
 * Make the run's pack folder and hand it to the tests.
 *
 * @param project - The examples project.
 * @returns The teardown, which removes the folder.
 */
export default function setup(project: TestProject): () => void {
  const dir = mkdtempSync(join(tmpdir(), "newsparse-packed-"));
  project.provide("packDir", dir);
  return () => rmSync(dir, { recursive: true, force: true });
}
