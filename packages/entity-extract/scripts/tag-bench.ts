/**
 * The tagger alone (`tagSentence`, no rules) on the PolNeAR dev news texts (about 0.41 MB, 78k tokens), in CPU
 * seconds: model decode, the first pass (cold: word entries and score vectors computed, V8 compiling) and the best and
 * median of the warm passes. Every warm pass gets fresh copies of the token strings, as the pipeline's tokens are.
 * The signature hashes every label, confidence and margin: equal signatures mean identical output.
 *
 *   npx tsx --conditions=@newsparse/source packages/entity-extract/scripts/tag-bench.ts [--reps 15] [--model file.bin]
 *   npx tsx --conditions=@newsparse/source packages/entity-extract/scripts/tag-bench.ts --against /path/to/other/checkout
 *
 * `--against` loads the other checkout's tagger (its sources and its shipped model) into the same process and
 * alternates the two pass by pass: on a shared, loaded machine only such paired runs compare two versions (the
 * ratio of each pair's CPU times is printed). The first passes are not paired: the tagger loaded first pays for
 * compiling code both share; swap the order (run it from the other checkout) to see both.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { parseDocument } from "@newsparse/corpus-loader";
import { prepareDocument } from "../src/pipeline/prepare-document.js";
import { FLAG_HEADLINE, FLAG_SENTENCE_START } from "../src/tagger/feature-templates.js";
import { decodeModelFile, getShippedModel } from "../src/tagger/load-model.js";
import { tagSentence } from "../src/tagger/tag-sentence.js";
import type { TaggerModel } from "../src/tagger/tagger-model.js";
import { requireData } from "./lib/conll.js";
import { repoRoot } from "./lib/news-texts.js";

if (!requireData()) process.exit(0);
const args = process.argv.slice(2);
const option = (name: string): string | undefined => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};
const reps = Number(option("reps") ?? 15);

const texts: string[] = [];
const polnear = path.resolve(repoRoot, "../shared/data/quotes/polnear/dev/text");
for (const f of readdirSync(polnear).sort()) texts.push(readFileSync(path.join(polnear, f), "utf8"));
const sentences: { words: string[]; flags: Uint8Array }[] = [];
let bytes = 0;
let tokens = 0;
for (const t of texts) {
  bytes += Buffer.byteLength(t, "utf8");
  const ctx = prepareDocument(parseDocument(t, { id: "x" }));
  for (const s of ctx.sentences) {
    const n = s.end - s.first;
    const words: string[] = [];
    const flags = new Uint8Array(n);
    for (let i = 0; i < n; i++) {
      const tk = ctx.tokens[s.first + i]!;
      words.push(tk.text);
      flags[i] = (tk.sentenceStart ? FLAG_SENTENCE_START : 0) | (tk.headline ? FLAG_HEADLINE : 0);
    }
    tokens += n;
    sentences.push({ words, flags });
  }
}

type Tag = typeof tagSentence;
const cpu = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
};
interface System { name: string; tag: Tag; model: TaggerModel; decode: number; first: number; warm: number[]; signature: number }
function system(name: string, tag: Tag, load: () => TaggerModel): System {
  const t = cpu();
  const model = load();
  return { name, tag, model, decode: cpu() - t, first: 0, warm: [], signature: 0 };
}
const systems: System[] = [];
const modelFile = option("model");
systems.push(system("this checkout", tagSentence, () => (modelFile ? decodeModelFile(readFileSync(modelFile)) : getShippedModel())));
const against = option("against");
if (against) {
  const src = path.resolve(against, "packages/entity-extract/src/tagger");
  const other = (await import(path.join(src, "tag-sentence.ts"))) as { tagSentence: Tag };
  const otherLoad = (await import(path.join(src, "load-model.ts"))) as { getShippedModel: () => TaggerModel };
  systems.push(system(path.resolve(against), other.tagSentence, otherLoad.getShippedModel));
}

/** One pass over every sentence; returns its CPU seconds and records the output signature. */
function pass(s: System): number {
  const t = cpu();
  let sig = 0;
  for (const { words, flags } of sentences) {
    const r = s.tag(s.model, words, flags);
    for (let i = 0; i < r.labels.length; i++) {
      const m = r.margin[i]!;
      sig = (sig * 31 + r.labels[i]! + Math.round(r.confidence[i]! * 1e6) + (Number.isNaN(m) ? 7 : Math.round(m * 1e4))) | 0;
    }
  }
  const spent = cpu() - t;
  s.signature = sig;
  return spent;
}
for (const s of systems) s.first = pass(s);
for (let r = 0; r < reps; r++) {
  for (let k = 0; k < systems.length; k++) {
    const s = systems[(k + r) % systems.length]!;
    for (const sentence of sentences) sentence.words = sentence.words.map((w) => (" " + w).slice(1));
    s.warm.push(pass(s));
  }
}
const mb = bytes / 1e6;
console.log(`${sentences.length} sentences, ${tokens} tokens, ${mb.toFixed(2)} MB; ${reps} warm passes each`);
for (const s of systems) {
  const w = [...s.warm].sort((a, b) => a - b);
  console.log(`${s.name}: decode ${s.decode.toFixed(3)} s, first pass ${s.first.toFixed(3)} s, warm min ${w[0]!.toFixed(3)} s (${(mb / w[0]!).toFixed(2)} MB/s) median ${w[w.length >> 1]!.toFixed(3)} s; signature ${s.signature}`);
}
if (systems.length === 2) {
  const ratios = systems[0]!.warm.map((t, i) => t / systems[1]!.warm[i]!).sort((a, b) => a - b);
  console.log(`this checkout / other, warm pass by pass: median ${ratios[ratios.length >> 1]!.toFixed(3)} (min ${ratios[0]!.toFixed(3)}, max ${ratios[ratios.length - 1]!.toFixed(3)}); outputs ${systems[0]!.signature === systems[1]!.signature ? "identical" : "DIFFER"}`);
}
