/**
 * Speed of @newsparse/claims on one core: MB/s of extractClaims (+ groupClaims)
 * over the bundled seed corpus repeated, and over PolNeAR dev texts when
 * ../shared/data is present. Prints peak memory too.
 *
 * Usage (repo root): npx tsx --conditions=@newsparse/source packages/claims/scripts/bench.ts
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseDocument, type Document } from "@newsparse/corpus-loader";
import { createMemoryPeak } from "../../../scripts/lib/measure.js";
import { extractClaims, groupClaims } from "../src/index.js";

const here = dirname(fileURLToPath(import.meta.url));
const repoRoot = resolve(here, "../../..");
const memory = createMemoryPeak();
const sample = memory.sample;

function bench(name: string, documents: Document[], minSeconds = 3): void {
  const bytes = documents.reduce((n, d) => n + Buffer.byteLength(d.text, "utf8"), 0);
  // warm-up
  extractClaims(documents);
  let runs = 0;
  let claims = 0;
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  while ((performance.now() - t0) / 1000 < minSeconds) {
    const r = extractClaims(documents);
    groupClaims(r.claims, { documents });
    claims = r.claims.length;
    runs++;
    sample();
  }
  const secs = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(cpu0);
  const cpuSecs = (cpu.user + cpu.system) / 1e6;
  const mbps = (bytes * runs) / 1e6 / secs;
  const mbpsCpu = (bytes * runs) / 1e6 / cpuSecs;
  console.log(`| ${name} | ${documents.length} | ${(bytes / 1e3).toFixed(1)} KB | ${claims} | ${runs} | ${mbps.toFixed(2)} MB/s | ${mbpsCpu.toFixed(2)} MB/s |`);
}

console.log("\nclaims bench (one core; extractClaims + groupClaims; documents pre-parsed by corpus-loader)\n");
console.log("| corpus | documents | size | claims | runs | throughput (wall clock) | throughput (per CPU-second) |");
console.log("|---|---:|---:|---:|---:|---:|---:|");
const seedDir = resolve(repoRoot, "examples/corpus/niger-2024");
const seeds = readdirSync(seedDir)
  .filter((f) => f.endsWith(".txt"))
  .sort()
  .map((f) => parseDocument(readFileSync(resolve(seedDir, f), "utf8"), { id: f.slice(0, 3) }));
bench("seeds (5 articles)", seeds);
const polnear = resolve(repoRoot, "../shared/data/quotes/polnear/dev/text");
if (existsSync(polnear)) {
  const docs = readdirSync(polnear)
    .sort()
    .map((f) => parseDocument(readFileSync(resolve(polnear, f), "utf8"), { id: f }));
  bench("PolNeAR dev texts", docs);
} else console.log("(PolNeAR dev skipped: ../shared/data not found)");
// a long hostile-ish document: many quotes and numbers
const big = parseDocument(Array.from({ length: 2000 }, (_, i) => `“Quote number ${i},” an official said, adding that about ${i * 10} troops and $${i} million were involved.`).join("\n\n"), { id: "big" });
bench("synthetic 2,000 paragraphs", [big]);
sample();
console.log(`\nload average at the end: ${(await import("node:os")).loadavg().map((x) => x.toFixed(2)).join(", ")} on ${(await import("node:os")).cpus().length} cores (the wall-clock figure drops when other processes share the core)`);
console.log(`peak memory: rss ${(memory.rss / 1e6).toFixed(0)} MB, heapUsed ${(memory.heapUsed / 1e6).toFixed(0)} MB`);
