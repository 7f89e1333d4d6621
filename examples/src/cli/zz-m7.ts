import { parseDocument } from "@newsparse/corpus-loader";
import { articleTexts, generateArticle } from "./bench-corpus.js";
import { createDocumentPool } from "../pipeline/document-pool.js";
import { threadCpu } from "../pipeline/thread-cpu.js";
const base = articleTexts();
const W = Number(process.argv[2] ?? 1);
const ROUNDS = Number(process.argv[3] ?? 6);
const PER = 100 * W;
const pool = createDocumentPool({ workers: W });
const proc = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1e6; };
let idx = 0;
for (let round = 0; round < ROUNDS; round++) {
  // the same 400-text window, rotated each round: same genre mix every round
  const docs = Array.from({ length: PER }, () => { const i = idx++; return generateArticle((i % 400) + base.length * Math.floor(i / 400), base); }).map((a) => parseDocument(a.text, { id: a.id, publishedAt: a.publishedAt }));
  const before = new Map([...pool.threads].map(([k, v]) => [k, { ...v, cpu: v.cpu && { ...v.cpu } }]));
  const p0 = proc(); const m0 = threadCpu()!;
  const batches = [];
  for (let i = 0; i < docs.length; i += 10) batches.push(pool.runPacked(docs.slice(i, i + 10), { json: false }));
  await Promise.all(batches);
  const total = proc() - p0; const main = threadCpu()!.cpu - m0.cpu;
  const ws = [...pool.threads].map(([k, v]) => { const b = before.get(k); return { cpu: (v.cpu?.cpu ?? 0) - (b?.cpu?.cpu ?? 0), docs: v.documents - (b?.documents ?? 0) }; });
  const js = ws.reduce((s, w) => s + w.cpu, 0);
  console.log(`W${W} round ${round}: total ${total.toFixed(2)} main ${main.toFixed(2)} workers ${ws.map((w) => `${w.cpu.toFixed(2)}/${w.docs}`).join(" ")} helpers ${(total - main - js).toFixed(2)} | ms per doc (JS) ${(js / PER * 1000).toFixed(1)} (all) ${(total / PER * 1000).toFixed(1)}`);
}
await pool.close();
