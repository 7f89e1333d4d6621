import { parseDocument, type Document } from "@newsparse/corpus-loader";
import { extractEntities } from "@newsparse/entity-extract";
import { extractClaims, groupClaims } from "@newsparse/claims";
import { buildTimeline } from "@newsparse/timeline";
import { articleTexts } from "./bench-corpus.js";

/** Options of {@link benchPipeline}. */
export interface BenchPipelineOptions {
  /** Use a small corpus (about 1 MB) instead of about 5 MB. */
  quick?: boolean;
}

const mb = (chars: number) => chars / 1e6;

/**
 * Build a corpus of the requested size and time each stage of the pipeline.
 *
 * @param options - Corpus size.
 */
export async function benchPipeline(options: BenchPipelineOptions = {}): Promise<void> {
  const target = (options.quick ? 1 : 5) * 1e6;
  const base = articleTexts();
  const texts: string[] = [];
  let size = 0;
  for (let i = 0; size < target; i++) {
    const t = base[i % base.length]!;
    texts.push(t);
    size += t.length;
  }
  console.log(`corpus: ${texts.length} articles, ${mb(size).toFixed(2)} M UTF-16 code units (${base.length} distinct texts)\n`);
  let peak = 0;
  const sample = () => {
    peak = Math.max(peak, process.memoryUsage().rss);
  };
  const timer = setInterval(sample, 20);
  const rows: [string, number][] = [];
  const time = <T>(stage: string, fn: () => T): T => {
    const t0 = performance.now();
    const result = fn();
    rows.push([stage, (performance.now() - t0) / 1000]);
    sample();
    return result;
  };
  const documents: Document[] = time("corpus-loader: parseDocument", () => texts.map((t, i) => parseDocument(t, { id: `d${i}`, publishedAt: "2024-05-01" })));
  const entities = time("entity-extract: extractEntities", () => extractEntities(documents));
  const claims = time("claims: extractClaims", () => extractClaims(documents, { entities: entities.entities }));
  time("claims: groupClaims", () => groupClaims(claims.claims, { documents, entities: entities.entities }));
  time("timeline: buildTimeline", () => buildTimeline(documents, { entities: entities.entities }));
  clearInterval(timer);
  const total = rows.reduce((s, [, t]) => s + t, 0);
  console.log("| stage | seconds | MB/s |");
  console.log("|---|---:|---:|");
  for (const [stage, seconds] of rows) console.log(`| ${stage} | ${seconds.toFixed(2)} | ${(mb(size) / seconds).toFixed(2)} |`);
  console.log(`| **end to end** | ${total.toFixed(2)} | ${(mb(size) / total).toFixed(2)} |`);
  console.log("\nOne cold pass per stage in one process (JIT warm-up included), the way `pnpm analyze` runs.");
  console.log(`\npeak RSS: ${(peak / 2 ** 20).toFixed(0)} MiB`);
}
