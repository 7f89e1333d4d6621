import { Session } from "node:inspector/promises";
import { runInNewContext } from "node:vm";
import { setFlagsFromString } from "node:v8";
import { parseDocument, type Document } from "@newsparse/corpus-loader";
import { analyzeDocument } from "../pipeline/document-stage.js";
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
  let chars = 0;
  for (let i = 0; i < n; i++) {
    const a = generateArticle(i, base);
    const d = parseDocument(a.text, { id: a.id, publishedAt: a.publishedAt });
    chars += a.text.length;
    documents.push(d);
    // as a worker hands it back
    packs.push(structuredClone(packRecords(analyzeDocument(d))));
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
