// Raw news text for the bench and eval scripts: the bundled seeds, plus the
// TimeML and PolNeAR articles from ../shared/data when present (read in
// place, never copied into the repository).
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "../../..");
export const seedDir = join(repoRoot, "examples/corpus/niger-2024");
export const sharedData = resolve(repoRoot, "../shared/data");

/** The five seed articles. */
export function seedTexts(): string[] {
  return readdirSync(seedDir)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((f) => readFileSync(join(seedDir, f), "utf8"));
}

/** Plain text of a TimeML file's `<TEXT>` element: tags removed, entities decoded, offsets of the stripped text. */
export function timemlText(xml: string): string {
  const start = xml.indexOf("<TEXT>");
  const end = xml.indexOf("</TEXT>");
  const inner = start >= 0 && end > start ? xml.slice(start + 6, end) : "";
  return inner
    .replace(/<[^<>]{0,2000}>/g, "")
    .replace(/&amp;/g, "&")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'");
}

/** TimeML files (path list), or [] when ../shared/data is missing. */
export function timemlFiles(): string[] {
  const out: string[] = [];
  for (const sub of ["TimeBank", "AQUAINT"]) {
    const dir = join(sharedData, "timeml", sub);
    if (!existsSync(dir)) continue;
    for (const f of readdirSync(dir).sort()) if (f.endsWith(".tml")) out.push(join(dir, f));
  }
  return out;
}

/** PolNeAR article text files (train), or []. */
export function polnearFiles(): string[] {
  const dir = join(sharedData, "quotes/polnear/train/text");
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((f) => join(dir, f));
}
