/**
 * Allocation and CPU time of each stage of the default pipeline alone: `prepareDocument`, then each parser and each
 * refiner, run over the same prepared documents (the bench text, about N MB), each refiner on the previous one's output.
 *
 *   node --import tsx --conditions=@newsparse/source packages/entity-extract/scripts/stage-cost.ts [mb]
 *     KiB allocated per stage (V8's sampling heap profiler, collected objects included) and its top allocating functions
 *   CPU=1 [REPS=9] [ONLY=name] node --import tsx --conditions=@newsparse/source packages/entity-extract/scripts/stage-cost.ts [mb]
 *     CPU milliseconds per stage, the least of REPS runs (no profiler)
 */
import { Session } from "node:inspector/promises";
import { parseDocument, type Document } from "@newsparse/corpus-loader";
import { createDefaultConfiguration, extractEntities, prepareDocument, type Mention } from "../src/index.js";
import { readNewsTexts } from "./lib/news-texts.js";
const mb = Number(process.argv[2] ?? 1);
const { texts } = readNewsTexts(["dev"]);
const docs: Document[] = [];
let bytes = 0;
while (bytes < mb * 1e6) for (const t of texts) { if (bytes >= mb * 1e6) break; docs.push(parseDocument(t, { id: `d${docs.length}` })); bytes += t.length; }
extractEntities(docs, { resolve: false });
const config = createDefaultConfiguration();
const session = new Session();
session.connect();
await session.post("HeapProfiler.enable");
/** A node of V8's sampling heap profile. */
interface SampleNode {
  callFrame: { functionName: string; url: string };
  selfSize: number;
  children: SampleNode[];
}
const cpuOnly = !!process.env.CPU;
const only = process.env.ONLY;
const measure = async (name: string, fn: () => void) => {
  if (only && !name.includes(only)) return;
  fn();
  if (cpuOnly) {
    let best = Infinity;
    for (let r = 0; r < Number(process.env.REPS ?? 5); r++) { const c0 = process.cpuUsage(); fn(); const c = process.cpuUsage(c0); best = Math.min(best, (c.user + c.system) / 1000); }
    console.log(`${name.padEnd(22)} ${best.toFixed(0).padStart(5)} ms`);
    return;
  }
  await session.post("HeapProfiler.startSampling", { samplingInterval: 512, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: true } as never);
  const c0 = process.cpuUsage();
  fn();
  const c = process.cpuUsage(c0);
  const { profile } = (await session.post("HeapProfiler.stopSampling")) as unknown as { profile: { head: SampleNode } };
  let total = 0;
  const by = new Map<string, number>();
  const walk = (n: SampleNode, parent: string): void => { const key = n.callFrame.url ? `${n.callFrame.functionName || "(anon)"}` : `${n.callFrame.functionName}<-${parent}`; total += n.selfSize; if (n.selfSize) by.set(key, (by.get(key) ?? 0) + n.selfSize); for (const ch of n.children) walk(ch, n.callFrame.url ? key : parent); };
  walk(profile.head, "");
  const top = [...by].sort((a, b) => b[1] - a[1]).slice(0, 4).map(([k, v]) => `${k} ${(v / 1024).toFixed(0)}`).join(", ");
  console.log(`${name.padEnd(22)} ${(total / 1024).toFixed(0).padStart(7)} KiB  ${((c.user + c.system) / 1000).toFixed(0).padStart(5)} ms   ${top}`);
};
await measure("prepareDocument", () => { for (const d of docs) prepareDocument(d); });
const contexts = docs.map((d) => prepareDocument(d));
const pooled = contexts.map(() => [] as Mention[]);
for (const p of config.parsers) {
  await measure(`parser ${p.name}`, () => { contexts.forEach((c) => p.parse(c)); });
  contexts.forEach((c, i) => { for (const m of p.parse(c)) pooled[i]!.push(m); });
}
let current = pooled.map((ms) => ms.sort((a, b) => a.start - b.start || a.end - b.end));
for (const r of config.refiners) {
  const input = current;
  await measure(`refiner ${r.name}`, () => { contexts.forEach((c, i) => r.refine(c, input[i]!.slice())); });
  current = contexts.map((c, i) => r.refine(c, input[i]!.slice()));
}
