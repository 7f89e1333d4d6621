/**
 * Speed of tagging on one core, beside plain chrono-node (casual parse).
 *
 * Corpus: the bundled seed articles, plus the TimeBank + AQUAINT texts from
 * ../shared/data/timeml when present. Each system tags every document in
 * turn (per-document calls, the document's own reference date) for at least
 * ~3 s of CPU time after a warm-up pass (CPU time, not wall time, so a
 * shared machine does not distort the per-core figure).
 *
 * Run from the repo root:
 *   npx tsx --conditions=@newsparse/source packages/timeline/scripts/bench.ts
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import * as chrono from "chrono-node";
import { createMemoryPeak } from "../../../scripts/lib/measure.js";
import { buildTimeline, tagTemporalExpressions } from "../src/index.js";
import { loadCorpus } from "@newsparse/corpus-loader/node";
import { parseTimeML } from "./timeml.js";

const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, "../../..");
const seedDir = path.join(repoRoot, "examples/corpus/niger-2024");
const dataDir = path.resolve(repoRoot, "../shared/data/timeml");

interface Doc {
  text: string;
  ref: string;
}
const docs: Doc[] = [];
const { documents: seeds } = await loadCorpus(seedDir);
for (const d of seeds) docs.push({ text: d.text, ref: d.publishedAt ?? "2024-05-01" });
let corpusName = "seed corpus (5 articles)";
if (existsSync(dataDir)) {
  for (const split of ["TimeBank", "AQUAINT"]) {
    const dir = path.join(dataDir, split);
    if (!existsSync(dir)) continue;
    for (const f of readdirSync(dir).filter((x) => x.endsWith(".tml")).sort()) {
      const doc = parseTimeML(f, readFileSync(path.join(dir, f), "utf8"));
      docs.push({ text: doc.text, ref: doc.dct });
    }
  }
  corpusName = `seed corpus + TimeBank + AQUAINT (${docs.length} documents)`;
} else {
  console.log("note: ../shared/data not found; benchmarking on the seed corpus only");
}
const bytes = docs.reduce((n, d) => n + Buffer.byteLength(d.text, "utf8"), 0);

const memory = createMemoryPeak();
const sample = memory.sample;

/** CPU time (user + system) in seconds: the machine may be shared, and MB/s is per core. */
function cpuSeconds(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
}

function run(name: string, fn: (d: Doc) => unknown): { name: string; mbs: number; passes: number } {
  for (const d of docs) fn(d); // warm-up
  const t0 = cpuSeconds();
  let passes = 0;
  do {
    for (const d of docs) {
      fn(d);
    }
    sample();
    passes++;
  } while (cpuSeconds() - t0 < 3);
  const seconds = cpuSeconds() - t0;
  return { name, mbs: (bytes * passes) / 1e6 / seconds, passes };
}

const chronoRef = (ref: string) => {
  const [y, m, d] = ref.split("-").map(Number);
  return new Date(Date.UTC(y ?? 2000, (m ?? 1) - 1, d ?? 1, 12));
};

const results = [
  run("@newsparse/timeline tagTemporalExpressions", (d) => tagTemporalExpressions(d.text, { referenceDate: d.ref })),
  run("chrono-node casual.parse", (d) => chrono.casual.parse(d.text, { instant: chronoRef(d.ref), timezone: 0 })),
];
const t0 = cpuSeconds();
let tlPasses = 0;
do {
  buildTimeline(seeds);
  sample();
  tlPasses++;
} while (cpuSeconds() - t0 < 2);
const seedBytes = seeds.reduce((n, d) => n + Buffer.byteLength(d.text, "utf8"), 0);
const tlMbs = (seedBytes * tlPasses) / 1e6 / (cpuSeconds() - t0);

console.log(`\n## Speed: ${corpusName}, ${(bytes / 1e6).toFixed(2)} MB UTF-8, one core (Node ${process.version})\n`);
console.log("| system | MB/s | passes |");
console.log("|---|---:|---:|");
for (const r of results) console.log(`| ${r.name} | ${r.mbs.toFixed(2)} | ${r.passes} |`);
console.log(`| buildTimeline (seed corpus: tag + events + merge) | ${tlMbs.toFixed(2)} | ${tlPasses} |`);
console.log(`\npeak RSS ${(memory.rss / 1e6).toFixed(0)} MB, peak heap used ${(memory.heapUsed / 1e6).toFixed(0)} MB`);
