/**
 * Profiling driver: runs extractEntities over ~2 MB of news text once (after a warm-up).
 *
 *   node --cpu-prof --cpu-prof-dir=/tmp/prof --import tsx --conditions=@newsparse/source packages/entity-extract/scripts/profile.ts
 *   node packages/entity-extract/scripts/summarise-profile.mjs /tmp/prof/*.cpuprofile
 */
import { parseDocument, type Document } from "@newsparse/corpus-loader";
import { createDefaultConfiguration, createEntityExtractor, createTaggerParser, extractEntities, prepareDocument, resolveEntities } from "../src/index.js";
import { readNewsTexts } from "./lib/news-texts.js";

const { texts } = readNewsTexts(["dev"]);
const targetMb = Number(process.argv[2] ?? 2);
const docs: Document[] = [];
let bytes = 0;
while (bytes < targetMb * 1e6) for (const t of texts) { if (bytes >= targetMb * 1e6) break; docs.push(parseDocument(t, { id: `d${docs.length}` })); bytes += t.length; }
extractEntities("Warm up: Chris Maier met Nigerien officials in Niamey.");
const mode = process.argv[3] ?? "full";
if (process.env.TWICE) extractEntities(docs, { resolve: false });
const u0 = process.cpuUsage();
const r = process.env.COLD ? { mentions: [], entities: [] } : mode === "tagger" ? createEntityExtractor({ parsers: [createTaggerParser()], refiners: [] }).extract(docs, { resolve: false }) : extractEntities(docs, mode === "noresolve" ? { resolve: false } : {});
const u = process.cpuUsage(u0);
const s = (u.user + u.system) / 1e6;
console.log(`${(bytes / 1e6).toFixed(2)} MB, ${s.toFixed(2)} CPU s, ${(bytes / 1e6 / s).toFixed(2)} MB/s; ${r.mentions.length} mentions ${r.entities.length} entities`);

if (mode === "breakdown") {
  // CPU time per stage (no profiler overhead): each parser and refiner wrapped.
  const cpu = (): number => { const u = process.cpuUsage(); return (u.user + u.system) / 1e6; };
  const t = new Map<string, number>();
  const add = (k: string, d: number): void => void t.set(k, (t.get(k) ?? 0) + d);
  const config = createDefaultConfiguration();
  const parsers = config.parsers.map((p) => ({ name: p.name, parse: (c: Parameters<typeof p.parse>[0]) => { const a = cpu(); const r = p.parse(c); add(`parser ${p.name}`, cpu() - a); return r; } }));
  const refiners = config.refiners.map((p) => ({ name: p.name, refine: (c: Parameters<typeof p.refine>[0], m: Parameters<typeof p.refine>[1]) => { const a = cpu(); const r = p.refine(c, m); add(`refiner ${p.name}`, cpu() - a); return r; } }));
  const ex = createEntityExtractor({ parsers, refiners });
  const a0 = cpu();
  for (const d of docs) prepareDocument(d);
  add("prepareDocument (separately)", cpu() - a0);
  const a1 = cpu();
  const res = ex.extract(docs, { resolve: false });
  add("extract total (no resolve)", cpu() - a1);
  const a2 = cpu();
  resolveEntities(res.mentions);
  add("resolve", cpu() - a2);
  for (const [k, v] of [...t].sort((x, y) => y[1] - x[1])) console.log(`${v.toFixed(3).padStart(7)} s  ${k}`);
}
if (mode === "resolve") {
  const res = extractEntities(docs, { resolve: false });
  for (let k = 0; k < 4; k++) {
    const a = process.cpuUsage();
    resolveEntities(res.mentions);
    const b = process.cpuUsage(a);
    console.log(`resolve ${((b.user + b.system) / 1e6).toFixed(3)} s`);
  }
}
