/**
 * Profiling driver: runs extractEntities over ~2 MB of news text once (after a warm-up).
 *
 *   node --cpu-prof --cpu-prof-dir=/tmp/prof --import tsx --conditions=@newsparse/source packages/entity-extract/scripts/profile.ts
 *   node packages/entity-extract/scripts/summarise-profile.mjs /tmp/prof/*.cpuprofile
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseDocument, type Document } from "@newsparse/corpus-loader";
import { createEntityExtractor, createTaggerParser, extractEntities } from "../src/index.js";

const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, "../../..");
const texts: string[] = [];
const seeds = path.join(repoRoot, "examples/corpus/niger-2024");
for (const f of readdirSync(seeds).filter((x) => x.endsWith(".txt")).sort()) texts.push(readFileSync(path.join(seeds, f), "utf8"));
const polnear = path.resolve(repoRoot, "../shared/data/quotes/polnear/dev/text");
if (existsSync(polnear)) for (const f of readdirSync(polnear).sort()) texts.push(readFileSync(path.join(polnear, f), "utf8"));
const targetMb = Number(process.argv[2] ?? 2);
const docs: Document[] = [];
let bytes = 0;
while (bytes < targetMb * 1e6) for (const t of texts) { if (bytes >= targetMb * 1e6) break; docs.push(parseDocument(t, { id: `d${docs.length}` })); bytes += t.length; }
extractEntities("Warm up: Chris Maier met Nigerien officials in Niamey.");
const mode = process.argv[3] ?? "full";
const u0 = process.cpuUsage();
const r = mode === "tagger" ? createEntityExtractor({ parsers: [createTaggerParser()], refiners: [] }).extract(docs, { resolve: false }) : extractEntities(docs, mode === "noresolve" ? { resolve: false } : {});
const u = process.cpuUsage(u0);
const s = (u.user + u.system) / 1e6;
console.log(`${(bytes / 1e6).toFixed(2)} MB, ${s.toFixed(2)} CPU s, ${(bytes / 1e6 / s).toFixed(2)} MB/s; ${r.mentions.length} mentions ${r.entities.length} entities`);
