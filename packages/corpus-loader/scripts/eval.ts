// Sentence-boundary accuracy of corpus-loader's splitter.
//   npx tsx --conditions=@newsparse/source packages/corpus-loader/scripts/eval.ts
// Gold sets:
//  - the bundled seed corpus (test/fixtures/seed-sentences.gold.json, hand-checked);
//  - hand-written news excerpts (test/fixtures/news-sentences.gold.json);
//  - when ../shared/data exists: TimeML and PolNeAR articles, with hand-checked
//    boundary offsets kept in test/fixtures/shared-data-boundaries.gold.json
//    (offsets only; the text is read from ../shared/data).
// A boundary is the end of a sentence that is not the end of its paragraph
// (paragraph ends are given to every system). Scores: precision, recall, F1.
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { createSentenceSplitter, type SentenceSplitter, type Span } from "../src/index.js";
import { repoRoot, sharedData, timemlText } from "./corpus-sources.js";

interface Case {
  text: string;
  paragraphs: Span[];
  gold: Set<number>;
}

const fixtures = join(repoRoot, "packages/corpus-loader/test/fixtures");

/** Build a case from paragraphs given as lists of sentences (joined by one space, paragraphs by a blank line). */
function fromSentences(paragraphs: string[][]): Case {
  let text = "";
  const spans: Span[] = [];
  const gold = new Set<number>();
  paragraphs.forEach((sentences, i) => {
    if (i > 0) text += "\n\n";
    const start = text.length;
    sentences.forEach((s, j) => {
      if (j > 0) text += " ";
      text += s;
      if (j < sentences.length - 1) gold.add(text.length);
    });
    spans.push({ start, end: text.length });
  });
  return { text, paragraphs: spans, gold };
}

/** Seed gold: sentences of the kept text, located in the original file in order. */
function seedCases(): Case[] {
  const gold = JSON.parse(readFileSync(join(fixtures, "seed-sentences.gold.json"), "utf8")) as { documents: Record<string, string[][]> };
  const cases: Case[] = [];
  for (const [file, paragraphs] of Object.entries(gold.documents)) {
    const text = readFileSync(join(repoRoot, "examples/corpus/niger-2024", file), "utf8");
    const spans: Span[] = [];
    const boundaries = new Set<number>();
    let at = 0;
    for (const sentences of paragraphs) {
      let start = -1;
      let end = 0;
      sentences.forEach((s, j) => {
        const k = text.indexOf(s, at);
        if (k < 0) throw new Error(`gold sentence not found in ${file}: ${s.slice(0, 40)}`);
        if (start < 0) start = k;
        end = k + s.length;
        at = end;
        if (j < sentences.length - 1) boundaries.add(end);
      });
      spans.push({ start, end });
    }
    cases.push({ text, paragraphs: spans, gold: boundaries });
  }
  return cases;
}

interface SharedGold {
  documents: Array<{ file: string; kind: "timeml" | "text"; sha256: string; paragraphs: Array<[number, number]>; boundaries: number[] }>;
}

function sharedCases(): { cases: Case[]; note: string } {
  const path = join(fixtures, "shared-data-boundaries.gold.json");
  if (!existsSync(sharedData)) return { cases: [], note: "skipped: ../shared/data not found (needs timeml and quotes/polnear; docs/evaluation.md says where to get each)" };
  if (!existsSync(path)) return { cases: [], note: "skipped: no gold file" };
  const gold = JSON.parse(readFileSync(path, "utf8")) as SharedGold;
  const cases: Case[] = [];
  let mismatched = 0;
  for (const d of gold.documents) {
    const file = join(sharedData, d.file);
    if (!existsSync(file)) {
      mismatched++;
      continue;
    }
    const raw = readFileSync(file, "utf8");
    const text = d.kind === "timeml" ? timemlText(raw) : raw;
    if (createHash("sha256").update(text).digest("hex") !== d.sha256) {
      mismatched++;
      continue;
    }
    cases.push({ text, paragraphs: d.paragraphs.map(([start, end]) => ({ start, end })), gold: new Set(d.boundaries) });
  }
  return { cases, note: mismatched > 0 ? `${mismatched} gold documents skipped (file missing or changed)` : "" };
}

function score(splitter: SentenceSplitter, cases: readonly Case[]): { p: number; r: number; f: number; tp: number; fp: number; fn: number } {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const c of cases) {
    const predicted = new Set<number>();
    for (const p of c.paragraphs) for (const s of splitter.split(c.text, p.start, p.end)) if (s.end < p.end) predicted.add(s.end);
    for (const b of predicted) (c.gold.has(b) ? tp++ : fp++);
    for (const b of c.gold) if (!predicted.has(b)) fn++;
  }
  const p = tp + fp === 0 ? 1 : tp / (tp + fp);
  const r = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f = p + r === 0 ? 0 : (2 * p * r) / (p + r);
  return { p, r, f, tp, fp, fn };
}

const systems: Array<[string, SentenceSplitter]> = [
  ["corpus-loader (rules engine, default)", createSentenceSplitter()],
  ["corpus-loader (Intl.Segmenter + repairs)", createSentenceSplitter({ engine: "intl" })],
  ["plain Intl.Segmenter", createSentenceSplitter({ engine: "intl", repair: false })],
];

const news = JSON.parse(readFileSync(join(fixtures, "news-sentences.gold.json"), "utf8")) as { items: Array<{ paragraphs: string[][] }> };
const shared = sharedCases();
const sets: Array<[string, Case[]]> = [
  ["bundled seed corpus (5 articles)", seedCases()],
  [`hand-written news excerpts (${news.items.length})`, news.items.map((i) => fromSentences(i.paragraphs))],
];
if (shared.cases.length > 0) sets.push([`TimeML + PolNeAR sample (${shared.cases.length} articles, hand-checked offsets)`, shared.cases]);

console.log("Sentence-boundary accuracy (boundaries inside paragraphs)\n");
console.log("| gold set | boundaries | system | precision | recall | F1 |");
console.log("| --- | ---: | --- | ---: | ---: | ---: |");
for (const [name, cases] of sets) {
  const n = cases.reduce((k, c) => k + c.gold.size, 0);
  for (const [label, splitter] of systems) {
    const s = score(splitter, cases);
    console.log(`| ${name} | ${n} | ${label} | ${s.p.toFixed(3)} | ${s.r.toFixed(3)} | ${s.f.toFixed(3)} |`);
  }
}
if (shared.note) console.log(`\nTimeML/PolNeAR: ${shared.note}`);
