import { Session } from "node:inspector/promises";
import { runInNewContext } from "node:vm";
import { setFlagsFromString } from "node:v8";
import { parseDocument, type Document } from "@newsparse/corpus-loader";
import { deserialize, serialize } from "node:v8";
import { analyzeDocument, type DocumentResult } from "../pipeline/document-stage.js";
import { compactResult } from "../pipeline/compact-result.js";
import type { SpillStore } from "../pipeline/spill-store.js";
import { packRecords, partRange, recordsView, type PackedRecords } from "../pipeline/packed-result.js";
import { createSpillStore } from "../pipeline/spill-store.js";
import { articleTexts, generateArticle } from "./bench-corpus.js";

/** `global.gc`, exposed on demand (the bench runs without `--expose-gc`). */
function collector(): () => void {
  const existing = (globalThis as { gc?: () => void }).gc;
  if (existing) return existing;
  setFlagsFromString("--expose-gc");
  return runInNewContext("gc") as () => void;
}

/**
 * `pnpm bench records [--docs N]`: the heap a streaming run keeps per document,
 * part by part (the spilled document, the packed result view, the wrapper), and
 * what each record list takes once unpacked into objects (what a cross-document
 * stage holds while it reads them). Documents analysed on this thread.
 *
 * @param options - Documents to measure.
 */
export async function benchRecords(options: { docs: number }): Promise<void> {
  const n = options.docs;
  const base = articleTexts();
  const documents: Document[] = [];
  const packs: PackedRecords[] = [];
  const samples: { document: Document; result: DocumentResult }[] = [];
  let chars = 0;
  for (let i = 0; i < n; i++) {
    const a = generateArticle(i, base);
    const d = parseDocument(a.text, { id: a.id, publishedAt: a.publishedAt });
    chars += a.text.length;
    documents.push(d);
    // as a worker hands it back
    const result = analyzeDocument(d);
    if (samples.length < 100) samples.push({ document: d, result });
    packs.push(structuredClone(packRecords(result)));
  }
  const gc = collector();
  const heap = () => {
    gc();
    gc();
    return process.memoryUsage().heapUsed;
  };
  const rows: [string, number][] = [];
  const spill = createSpillStore();
  try {
    const strings = new Map<string, string>();
    let before = heap();
    const lights = documents.map((d) => spill.add(d));
    rows.push(["document, texts and structure spilled (kept)", heap() - before]);
    before = heap();
    documents.length = 0;
    rows.push(["document as loaded (for comparison; dropped)", before - heap()]);
    const bytes = packs.reduce((s, p) => s + p.bytes.length, 0);
    before = heap();
    const views = packs.map((p) => {
      const offset = spill.addBytes(p.bytes);
      return recordsView(p, strings, (part) => {
        const [start, end] = partRange(p.lengths, part);
        return spill.readBytes(offset + start, end - start);
      });
    });
    packs.length = 0;
    rows.push(["result view, records on disk (kept)", heap() - before]);
    before = heap();
    const kept = views.map((result, index) => ({ key: { seq: index, source: null }, index, document: lights[index], result }));
    rows.push(["wrapper (kept)", heap() - before]);
    for (const part of ["mentions", "claims", "timexes"] as const) {
      before = heap();
      const lists = views.map((v) => v[part]);
      rows.push([`${part} unpacked into objects (while a stage reads them)`, heap() - before]);
      lists.length = 0;
    }
    console.log(`${n} generated documents, ${(chars / n).toFixed(0)} characters on average; packed records ${(bytes / n / 1024).toFixed(1)} KiB per document on disk\n`);
    console.log("| part | heap per document |");
    console.log("|---|---:|");
    for (const [name, b] of rows) console.log(`| ${name} | ${b >= 2048 ? `${(b / n / 1024).toFixed(1)} KiB` : `${(b / n).toFixed(0)} B`} |`);
    console.log(`\nKept while streaming: ${((rows[0]![1] + rows[2]![1] + rows[3]![1]) / n).toFixed(0)} B per document (${kept.length} kept).`);
    mainThreadCost(samples, spill);
  } finally {
    spill.close();
  }
}

/**
 * `pnpm bench alloc [--docs N]`: bytes allocated per document by the per-document
 * stages (V8's sampling heap profiler, collected objects included: what the
 * garbage collector has to clear), by stage (the first package frame on the
 * stack) and by function. Documents analysed on this thread after a warm-up.
 *
 * @param options - Documents to profile.
 */
export async function benchAlloc(options: { docs: number }): Promise<void> {
  const n = options.docs;
  const base = articleTexts();
  const articles = Array.from({ length: n + 50 }, (_, i) => generateArticle(i, base));
  for (const a of articles.slice(n)) analyzeDocument(parseDocument(a.text, { id: a.id, publishedAt: a.publishedAt }));
  const session = new Session();
  session.connect();
  await session.post("HeapProfiler.enable");
  await session.post("HeapProfiler.startSampling", { samplingInterval: 4096, includeObjectsCollectedByMajorGC: true, includeObjectsCollectedByMinorGC: true } as never);
  let chars = 0;
  for (const a of articles.slice(0, n)) {
    chars += a.text.length;
    analyzeDocument(parseDocument(a.text, { id: a.id, publishedAt: a.publishedAt }));
  }
  interface Node {
    callFrame: { functionName: string; url: string; lineNumber: number };
    selfSize: number;
    children: Node[];
  }
  const { profile } = (await session.post("HeapProfiler.stopSampling")) as unknown as { profile: { head: Node } };
  session.disconnect();
  const byFunction = new Map<string, number>();
  const byStage = new Map<string, number>();
  let total = 0;
  const walk = (node: Node, stage: string) => {
    const url = node.callFrame.url;
    const m = /packages\/([^/]+)\/src\/([^/]+)/.exec(url);
    const s = stage === "" && m ? `${m[1]}/${m[2]!.replace(/\.ts$/, "")}` : stage;
    const key = `${node.callFrame.functionName || "(anonymous)"} ${url.replace(/.*\/(packages|node_modules)\//, "")}`;
    byFunction.set(key, (byFunction.get(key) ?? 0) + node.selfSize);
    byStage.set(s || "(other)", (byStage.get(s || "(other)") ?? 0) + node.selfSize);
    total += node.selfSize;
    for (const child of node.children) walk(child, s);
  };
  walk(profile.head, "");
  const kib = (b: number) => (b / n / 1024).toFixed(1);
  console.log(`${n} generated documents, ${(chars / n).toFixed(0)} characters on average: ${kib(total)} KiB allocated per document (${(total / chars).toFixed(0)} bytes per character)\n`);
  console.log("| stage (first package frame) | KiB per document | share |");
  console.log("|---|---:|---:|");
  for (const [k, v] of [...byStage].sort((a, b) => b[1] - a[1]).slice(0, 8)) console.log(`| ${k} | ${kib(v)} | ${((100 * v) / total).toFixed(1)} % |`);
  console.log("\n| function (self) | KiB per document | share |");
  console.log("|---|---:|---:|");
  for (const [k, v] of [...byFunction].sort((a, b) => b[1] - a[1]).slice(0, 15)) console.log(`| ${k.replace(/\|/g, "\\|")} | ${kib(v)} | ${((100 * v) / total).toFixed(1)} % |`);
}

/**
 * CPU time this thread spends per document as a result arrives from a worker in a streaming run: as
 * objects (structured clone, then the line written by `JSON.stringify`, strings interned and the records
 * serialised to be kept) against packed (the line from the worker's JSON, the bytes appended to the spill file).
 */
function mainThreadCost(samples: readonly { document: Document; result: DocumentResult }[], spill: SpillStore): void {
  const rounds = 5;
  const cpu = (fn: () => void) => {
    fn();
    const start = process.cpuUsage();
    for (let r = 0; r < rounds; r++) fn();
    const used = process.cpuUsage(start);
    return (used.user + used.system) / 1000 / rounds / samples.length;
  };
  const wire = samples.map(({ result }) => serialize(result));
  const packedWire = samples.map(({ result }) => serialize(packRecords(result, { json: true })));
  const asObjects = cpu(() => {
    const strings = new Map<string, string>();
    samples.forEach(({ document }, i) => {
      const result = structuredCloneReceive(wire[i]!) as DocumentResult;
      JSON.stringify({ type: "document", document, mentions: result.mentions, claims: result.claims, timexes: result.timexes?.timexes ?? [] });
      compactResult(result, strings);
      Buffer.from(serialize(result.mentions));
      Buffer.from(serialize(result.claims));
    });
  });
  const packed = cpu(() => {
    samples.forEach(({ document }, i) => {
      const p = structuredCloneReceive(packedWire[i]!) as PackedRecords;
      void `{"type":"document","document":${JSON.stringify(document)},${p.json}}\n`.length;
      spill.addBytes(p.bytes);
    });
  });
  console.log(`\nThis thread's CPU per document as results arrive (${samples.length} documents, ${rounds} rounds): as objects ${asObjects.toFixed(2)} ms, packed ${packed.toFixed(2)} ms.`);
}

/** The receiving half of a structured clone (V8's deserialiser, as `postMessage` uses). */
function structuredCloneReceive(bytes: Buffer): unknown {
  return deserialize(bytes);
}
