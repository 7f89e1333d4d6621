import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

/** The repository root (three levels above `packages/entity-extract/scripts/lib`). */
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../../..");

/**
 * News texts for the speed scripts: the bundled seed articles (sorted by file name), then the
 * PolNeAR article texts of each requested split from `../shared/data` (sorted), when present.
 *
 * @param polnearSplits - PolNeAR splits to append, in order (`"dev"`, `"train"`).
 * @returns The texts, and whether any PolNeAR split was found.
 */
export function readNewsTexts(polnearSplits: readonly ("dev" | "train")[]): { texts: string[]; polnear: boolean } {
  const texts: string[] = [];
  const seeds = path.join(repoRoot, "examples/corpus/niger-2024");
  for (const f of readdirSync(seeds).filter((x) => x.endsWith(".txt")).sort()) texts.push(readFileSync(path.join(seeds, f), "utf8"));
  let polnear = false;
  for (const split of polnearSplits) {
    const dir = path.resolve(repoRoot, `../shared/data/quotes/polnear/${split}/text`);
    if (!existsSync(dir)) continue;
    polnear = true;
    for (const f of readdirSync(dir).sort()) texts.push(readFileSync(path.join(dir, f), "utf8"));
  }
  return { texts, polnear };
}
