import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { parseDocument } from "@newsparse/corpus-loader";
import { prepareDocument } from "../src/pipeline/prepare-document.js";
import { FLAG_HEADLINE, FLAG_SENTENCE_START } from "../src/tagger/feature-templates.js";
import { getShippedModel } from "../src/tagger/load-model.js";
import { tagSentence } from "../src/tagger/tag-sentence.js";
const repoRoot = path.resolve(path.dirname(new URL(import.meta.url).pathname), "../../..");
const texts: string[] = [];
const polnear = path.resolve(repoRoot, "../shared/data/quotes/polnear/dev/text");
for (const f of readdirSync(polnear).sort()) texts.push(readFileSync(path.join(polnear, f), "utf8"));
const sents: { words: string[]; flags: Uint8Array }[] = [];
let bytes = 0; let toks = 0;
for (const t of texts) {
  bytes += t.length;
  const ctx = prepareDocument(parseDocument(t, { id: "x" }));
  for (const s of ctx.sentences) {
    const n = s.end - s.first; const words: string[] = []; const flags = new Uint8Array(n);
    for (let i = 0; i < n; i++) { const tk = ctx.tokens[s.first + i]!; words.push(tk.text); flags[i] = (tk.sentenceStart ? FLAG_SENTENCE_START : 0) | (tk.headline ? FLAG_HEADLINE : 0); }
    toks += n; sents.push({ words, flags });
  }
}
const m = getShippedModel()!;
let sig = 0;
const run = () => { for (const s of sents) { const r = tagSentence(m, s.words, s.flags); for (let i = 0; i < r.labels.length; i++) sig = (sig * 31 + r.labels[i]! + Math.round(r.confidence[i]! * 1e6)) | 0; } };
run();
const times: number[] = [];
for (let k = 0; k < 5; k++) { if (process.env.FRESH) for (const s of sents) s.words = s.words.map((w) => w.split("").join("")); const u0 = process.cpuUsage(); run(); const u = process.cpuUsage(u0); times.push((u.user + u.system) / 1e6); }
times.sort();
console.log(`${sents.length} sents ${toks} tokens ${(bytes/1e6).toFixed(2)} MB; tag CPU s min ${times[0]!.toFixed(3)} median ${times[2]!.toFixed(3)} -> ${(bytes/1e6/times[0]!).toFixed(2)} MB/s; sig ${sig}`);
if (process.env.STAT) console.log("avg active", (globalThis as any).__act / (globalThis as any).__tok, "margin-check");
