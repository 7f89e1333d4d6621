import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { root } from "./run-package-scripts.js";

/** Raw article texts: the bundled seeds plus, when present, PolNeAR train texts and TimeBank/AQUAINT bodies from `../shared/data`. */
export function articleTexts(): string[] {
  const seeds = join(root, "examples/corpus/niger-2024");
  const texts = readdirSync(seeds)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((f) => readFileSync(join(seeds, f), "utf8"));
  const shared = join(root, "../shared/data");
  const polnear = join(shared, "quotes/polnear/train/text");
  if (existsSync(polnear)) {
    for (const f of readdirSync(polnear).sort().slice(0, 400)) texts.push(readFileSync(join(polnear, f), "utf8"));
  }
  for (const part of ["TimeBank", "AQUAINT"]) {
    const dir = join(shared, "timeml", part);
    if (!existsSync(dir)) continue;
    for (const f of readdirSync(dir).sort()) {
      const xml = readFileSync(join(dir, f), "utf8");
      const body = /<TEXT>([\s\S]*?)<\/TEXT>/.exec(xml)?.[1];
      if (body) texts.push(body.replace(/<[^>]{0,500}>/g, ""));
    }
  }
  return texts;
}

/** A generated article. */
export interface GeneratedArticle {
  id: string;
  text: string;
  publishedAt: string;
}

const KEEP = new Set(
  "January February March April May June July August September October November December Monday Tuesday Wednesday Thursday Friday Saturday Sunday The A An In On At It He She They We I But And Mr Mrs Ms Dr".split(" "),
);
const SYLLABLES = "ka lo mi ra ne to su vi da pe zo ri ha mu fe lin dor bar tem gan vel sor mak".split(" ");

function hash(word: string): number {
  let h = 2166136261;
  for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), 16777619);
  return h >>> 0;
}

function rotatedName(word: string, variant: number): string {
  let h = hash(word) + variant * 2654435761;
  let out = "";
  for (let i = 0; i < 3; i++) {
    out += SYLLABLES[(h >>> 0) % SYLLABLES.length];
    h = Math.floor((h >>> 0) / SYLLABLES.length) + 7 * variant;
  }
  return out[0]!.toUpperCase() + out.slice(1);
}

/**
 * A corpus of `count` article-sized documents from real news text: article
 * `i` is base text `i mod B` with, from the second round on, its mid-sentence
 * capitalised words (names, places, organisations; not months or weekdays)
 * replaced by synthetic names and its numbers (not years) shifted, both
 * depending on the round; so entities, claims and quantities grow with the
 * corpus as in a real archive instead of repeating. Deterministic.
 *
 * @param count - Number of documents.
 * @param base - Base texts (default {@link articleTexts}).
 * @returns The articles, with ids `g<i>` and publication days spread over 2024.
 */
export function generateArticles(count: number, base: readonly string[] = articleTexts()): GeneratedArticle[] {
  const out: GeneratedArticle[] = [];
  for (let i = 0; i < count; i++) out.push(generateArticle(i, base));
  return out;
}

/**
 * Article `i` of {@link generateArticles}, alone (for streaming a corpus without holding it).
 *
 * @param i - Index.
 * @param base - Base texts.
 * @returns The article.
 */
export function generateArticle(i: number, base: readonly string[]): GeneratedArticle {
  const variant = Math.floor(i / base.length);
  let text = base[i % base.length]!;
  if (variant > 0) {
    text = text.replace(/(?<=[a-z,;] )[A-Z][a-z]{2,}/g, (w) => (KEEP.has(w) ? w : rotatedName(w, variant)));
    text = text.replace(/\b\d{1,3}(?:,\d{3})*\b|\b\d+\b/g, (n) => (/^(19|20)\d\d$/.test(n) ? n : String(Number(n.replace(/,/g, "")) + variant)));
  }
  const day = new Date(Date.UTC(2024, 0, 1 + (i % 360)));
  return { id: `g${i}`, text, publishedAt: day.toISOString().slice(0, 10) };
}
