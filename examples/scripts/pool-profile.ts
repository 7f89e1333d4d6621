/**
 * The per-document stages on a pool of worker threads, alone (no cross-document stages), with the CPU time of every
 * thread of the process, and optionally a `perf` recording of the timed part (to see what V8's helper threads do).
 *
 *   cd examples && nice pnpm exec tsx --conditions=@newsparse/source scripts/pool-profile.ts [workers] [docs] [warm] [--perf file.data] [--hash] [--trace] [--v8 FLAGS]
 *
 * Warm-up as in `pnpm bench workers` (far rotations of the same base texts until every worker has analysed `warm`
 * documents), then the timed documents. Threads are read from `/proc/self/task/<tid>/schedstat` before and after.
 * With `--perf`, `perf record -F 499 -p <pid>` runs over the timed part only; read it with
 * `perf script -i file.data -F tid,sym`. With `--trace`, V8's `--trace-opt --trace-deopt-verbose` log of the timed part
 * (after a line `=== timed part starts`), for `packages/entity-extract/scripts/summarise-trace-opt.mjs`.
 */
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { loadavg } from "node:os";
import { setFlagsFromString } from "node:v8";
import { parseDocument, type Document } from "@newsparse/corpus-loader";
import { articleTexts, generateArticle } from "../src/cli/bench-corpus.js";
import { createDocumentPool } from "../src/pipeline/document-pool.js";
import { mapDocuments } from "../src/pipeline/map-documents.js";

const args = process.argv.slice(2);
const flag = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args.splice(i, 2)[1] : undefined;
};
const perfFile = flag("--perf");
const withHash = args.includes("--hash");
// V8's optimisation and deoptimisation log over the timed part only (flags are process-wide: the workers log too)
const trace = args.includes("--trace");
// V8 flags set (process-wide) before the pool starts, e.g. "--interrupt-budget=270336"
const v8Flags = flag("--v8");
if (v8Flags) setFlagsFromString(v8Flags);
const positional = args.filter((a) => !a.startsWith("--"));
const workers = Number(positional[0] ?? 2);
const docs = Number(positional[1] ?? 2000);
const warm = Number(positional[2] ?? 400);
const base = articleTexts();

function threads(): Map<number, number> {
  const out = new Map<number, number>();
  for (const tid of readdirSync("/proc/self/task")) {
    try {
      out.set(Number(tid), Number(readFileSync(`/proc/self/task/${tid}/schedstat`, "latin1").split(" ")[0]) / 1e9);
    } catch {
      // ended
    }
  }
  return out;
}

const pool = createDocumentPool({ workers });
const warmDocs = Array.from({ length: Math.max(8, warm) * workers * 2 }, (_, i) => {
  const a = generateArticle(1000 * base.length + (i % base.length), base);
  return parseDocument(a.text, { id: `warm-${i}`, publishedAt: a.publishedAt });
});
let next = 0;
for (let round = 0; round < 100; round++) {
  if (pool.threads.size >= workers && [...pool.threads.values()].every((t) => t.documents >= warm)) break;
  await Promise.all(Array.from({ length: workers }, () => pool.runPacked(Array.from({ length: 8 }, () => warmDocs[next++ % warmDocs.length]!), { json: false })));
}
const articles = Array.from({ length: docs }, (_, i) => generateArticle(i, base));
const chars = articles.reduce((s, a) => s + a.text.length, 0);
let perf: ReturnType<typeof spawn> | undefined;
if (perfFile) {
  perf = spawn("perf", ["record", "-F", "499", "-p", String(process.pid), "-o", perfFile], { stdio: "inherit" });
  await new Promise((r) => setTimeout(r, 1500));
}
if (trace) {
  console.log("=== timed part starts");
  setFlagsFromString("--trace-opt --trace-deopt-verbose");
}
const before = threads();
const workerBefore = new Map([...pool.threads].map(([id, t]) => [id, t.cpu?.cpu ?? 0]));
const p0 = process.cpuUsage();
const t0 = performance.now();
const hash = withHash ? createHash("sha256") : undefined;
function* parsed(): Generator<Document> {
  for (const a of articles) yield parseDocument(a.text, { id: a.id, publishedAt: a.publishedAt });
}
for await (const { result } of mapDocuments(parsed(), { pool, packed: { strings: new Map(), json: false } })) {
  hash?.update(JSON.stringify(result));
}
const wall = (performance.now() - t0) / 1000;
if (trace) setFlagsFromString("--no-trace-opt --no-trace-deopt-verbose");
const pu = process.cpuUsage(p0);
const after = threads();
if (perf) {
  perf.kill("SIGINT");
  await new Promise((r) => perf!.once("exit", r));
}
const all = (pu.user + pu.system) / 1e6;
const rows = [...after].map(([tid, cpu]) => [tid, cpu - (before.get(tid) ?? 0)] as const).filter(([, d]) => d > 0.05);
const workerJs = [...pool.threads].map(([id, t]) => (t.cpu?.cpu ?? 0) - (workerBefore.get(id) ?? 0));
const js = workerJs.reduce((s, c) => s + c, 0);
const main = (after.get(process.pid) ?? 0) - (before.get(process.pid) ?? 0);
console.log(
  `${workers} worker(s), ${docs} documents (${(chars / 1e6).toFixed(2)} MB): wall ${wall.toFixed(1)} s, CPU ${all.toFixed(1)} s (${(chars / 1e6 / all).toFixed(2)} MB per CPU s); ` +
    `workers' JS ${workerJs.map((c) => c.toFixed(1)).join(" + ")}, main ${main.toFixed(1)}, helpers ${(all - js - main).toFixed(1)}; bound vs JS of one worker ${(2 * js / all).toFixed(2)}x` +
    (hash ? `; hash ${hash.digest("hex").slice(0, 12)}` : "") +
    `; load ${loadavg()[0]!.toFixed(1)}`,
);
console.log(`threads (tid: CPU s): ${rows.map(([tid, d]) => `${tid}${tid === process.pid ? "(main)" : ""}: ${d.toFixed(2)}`).join(", ")}`);
await pool.close();
