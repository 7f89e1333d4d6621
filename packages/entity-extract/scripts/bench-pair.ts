/**
 * The full pipeline (`extractEntities`, tag + rules + resolve) of this checkout and of another one, in one process,
 * on the text of `scripts/bench.ts` (the seed corpus plus the PolNeAR dev texts, to 2 MB), alternating warm passes:
 * on a shared, loaded machine only such paired runs compare two versions. Prints each one's model load + first call,
 * first pass (not paired: the checkout loaded first pays for compiling code both share; swap the order to see both),
 * warm passes in CPU seconds, the pass-by-pass ratio, and whether the outputs are identical (JSON).
 *
 *   npx tsx --conditions=@newsparse/source packages/entity-extract/scripts/bench-pair.ts /path/to/other/checkout [--pairs 6] [--first other]
 */
import path from "node:path";
import { parseDocument, type Document } from "@newsparse/corpus-loader";
import { extractEntities } from "../src/index.js";
import { repoRoot, readNewsTexts } from "./lib/news-texts.js";

const args = process.argv.slice(2);
const other = args.find((a) => !a.startsWith("--") && !/^\d+$/.test(a) && a !== "other");
if (!other) {
  console.error("usage: bench-pair.ts /path/to/other/checkout [--pairs 6] [--first other]");
  process.exit(1);
}
const pairsIndex = args.indexOf("--pairs");
const pairs = pairsIndex >= 0 ? Number(args[pairsIndex + 1]) : 6;
const otherFirst = args.includes("--first") && args[args.indexOf("--first") + 1] === "other";
const otherExtract = ((await import(path.resolve(other, "packages/entity-extract/src/index.ts"))) as { extractEntities: typeof extractEntities }).extractEntities;
const systems = [
  { name: `this checkout (${repoRoot})`, run: extractEntities },
  { name: path.resolve(other), run: otherExtract },
];
if (otherFirst) systems.reverse();

const { texts } = readNewsTexts(["dev"]);
const docs: Document[] = [];
let bytes = 0;
for (let round = 0; bytes < 2e6; round++) {
  for (const t of texts) {
    if (bytes >= 2e6) break;
    docs.push(parseDocument(t, { id: `d${docs.length}` }));
    bytes += Buffer.byteLength(t, "utf8");
  }
}
const cpu = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
};
const results = systems.map((s) => {
  let t = cpu();
  s.run("Warm up: Chris Maier met Nigerien officials in Niamey.");
  const load = cpu() - t;
  t = cpu();
  const output = JSON.stringify(s.run(docs));
  return { load, first: cpu() - t, output, warm: [] as number[] };
});
for (let p = 0; p < pairs; p++) {
  for (const k of p % 2 ? [1, 0] : [0, 1]) {
    const t = cpu();
    systems[k]!.run(docs);
    results[k]!.warm.push(cpu() - t);
  }
}
console.log(`${docs.length} documents, ${(bytes / 1e6).toFixed(2)} MB; ${pairs} warm passes each, alternating`);
systems.forEach((s, k) => {
  const r = results[k]!;
  const w = [...r.warm].sort((a, b) => a - b);
  console.log(`${s.name}: load + first call ${r.load.toFixed(3)} s, pass 1 ${r.first.toFixed(2)} s, warm min ${w[0]!.toFixed(2)} s median ${w[w.length >> 1]!.toFixed(2)} s CPU`);
});
const mine = systems[0]!.run === extractEntities ? 0 : 1;
const ratios = results[mine]!.warm.map((t, i) => t / results[1 - mine]!.warm[i]!).sort((a, b) => a - b);
console.log(`this checkout / other, warm pass by pass: median ${ratios[ratios.length >> 1]!.toFixed(3)} (${ratios.map((x) => x.toFixed(2)).join(" ")}); outputs ${results[0]!.output === results[1]!.output ? "identical" : "DIFFER"}`);
