import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseDocument } from "@newsparse/corpus-loader";
import { analyzeDocument } from "../pipeline/document-stage.js";
import { articleTexts, generateArticle } from "./bench-corpus.js";
import type { AnalysedBase } from "./synthetic-records.js";
import type { StageGc } from "./bench-stages-child.js";
import { childArgv } from "./bench-child.js";
import { growthExponent } from "./growth-exponent.js";

const MiB = 2 ** 20;
const childFile = fileURLToPath(new URL(import.meta.url.endsWith(".ts") ? "./bench-stages-child.ts" : "./bench-stages-child.js", import.meta.url));

/** What one child process reports (see bench-stages-child.ts). */
interface StageRun {
  n: number;
  chars: number;
  counts: { mentions: number; claims: number; timexes: number };
  entities: number;
  claimGroups: number;
  timelineEntries: number;
  wall: Record<string, number>;
  cpu: Record<string, number>;
  thread: Record<string, number>;
  gc: Record<string, StageGc>;
  totalWall: number;
  totalCpu: number;
  totalThread: number;
  heapLoaded: number;
  heapTextBytes: number;
  peakRss: number;
  hash: string;
  load: number;
}

/** The least of a figure over the repeated runs of one size (noise on a shared machine only adds time). */
const least = (runs: readonly StageRun[], pick: (r: StageRun) => number) => Math.min(...runs.map(pick));
/** Wall seconds of a stage's garbage-collection pauses. */
const pauses = (r: StageRun, stage: string) => (r.gc[stage] ? r.gc[stage]!.minorSeconds + r.gc[stage]!.majorSeconds : 0);
/**
 * Main-thread CPU seconds of a stage less its garbage collection. The pauses are wall time, which a
 * loaded machine stretches as much as the stage's own wall time, so the collector's share is taken
 * of the wall time and applied to the CPU seconds.
 */
const ownWork = (r: StageRun, stage: string) => (r.thread[stage] ?? 0) * (1 - Math.min(1, pauses(r, stage) / Math.max(1e-9, r.wall[stage] ?? 0)));

/**
 * `pnpm bench stages [--sizes 20000,50000,100000] [--base 400] [--repeat 1] [--jobs 1] [--base-file F]`: the
 * cross-document stages (entity resolution, speaker linking, claim grouping,
 * timeline) at corpus sizes too large to run the per-document stages for.
 * `base` real generated articles are analysed once (per-document stages, this
 * thread; `--base-file` keeps them in F for the next run); each size then synthesises its documents' per-document records from
 * them (names and numbers rotated, dates moved by whole weeks, offsets kept:
 * see synthetic-records.ts) and times `reduceCorpus` in its own process
 * (`--expose-gc`, so sizes do not share a heap; `--jobs` sizes at once).
 * Sizes run largest first, then smallest, then the others. With `--repeat R` every size runs R times
 * (later rounds alternate small to large and large to small), and each figure is the least of its R runs,
 * so that a burst of load on the shared machine does not make an exponent.
 * Prints per stage and size: CPU seconds of the main thread, the garbage
 * collections inside the stage (pauses and mark-compacts), the main thread
 * without them (the stage's own work), CPU seconds of the whole process,
 * the growth exponents between sizes, and memory.
 *
 * @param options - Sizes, number of base articles, repeats, parallel sizes, base cache file.
 */
export async function benchStages(options: { sizes: number[]; base: number; jobs?: number; repeat?: number; baseFile?: string }): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), "newsparse-bench-stages-"));
  try {
    const basePath = options.baseFile ?? join(dir, "base.json");
    if (options.baseFile && existsSync(options.baseFile)) {
      console.log(`base: analysed articles read from ${options.baseFile}.\n`);
    } else {
      const texts = articleTexts();
      const cpu0 = process.cpuUsage();
      const base: AnalysedBase[] = [];
      for (let i = 0; i < options.base; i++) {
        const article = generateArticle(i, texts);
        const document = parseDocument(article.text, { id: article.id, publishedAt: article.publishedAt });
        base.push({ document, result: analyzeDocument(document) });
      }
      const used = process.cpuUsage(cpu0);
      writeFileSync(basePath, JSON.stringify(base));
      const baseChars = base.reduce((s, b) => s + b.document.text.length, 0);
      console.log(
        `base: ${options.base} real articles (${(baseChars / 1e6).toFixed(2)} M chars, from ${texts.length} distinct texts) analysed once in ${((used.user + used.system) / 1e6).toFixed(1)} CPU s; ` +
          "each size synthesises its per-document records from them (copy k: names and numbers rotated, same length; dates moved by k mod 52 weeks) and runs the cross-document stages in its own process.\n",
      );
    }
    // each size in its own process; `jobs` of them at once (CPU seconds are per process, so running
    // sizes side by side changes wall time, not the figures, as long as memory suffices)
    const runOne = (n: number) =>
      new Promise<StageRun | undefined>((done) => {
        const child = spawn(process.execPath, [...childArgv(childFile, ["--max-old-space-size=16384"]), childFile, basePath, String(n)], { stdio: ["ignore", "pipe", "pipe"] });
        let stdout = "";
        let stderr = "";
        child.stdout.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
        child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr = (stderr + chunk).slice(-4000)));
        child.on("close", (code, signal) => {
          const line = stdout.trim().split("\n").at(-1) ?? "";
          if (code !== 0 || !line.startsWith("{")) {
            console.log(`size ${n} failed (exit ${code ?? signal}): ${stderr.trim().split("\n").slice(-5).join(" / ")}`);
            done(undefined);
            return;
          }
          const run = { ...(JSON.parse(line) as StageRun), load: loadavg()[0]! };
          // the raw figures as soon as a size is done, so a run stopped before the largest size still gives them
          console.error(`bench stages: ${n} documents, cross-document stages ${run.totalThread.toFixed(1)} main-thread CPU s, ${run.totalCpu.toFixed(1)} process CPU s (load ${run.load.toFixed(1)}): ${line}`);
          done(run);
        });
      });
    const repeat = Math.max(1, options.repeat ?? 1);
    const queue: number[] = [];
    // the largest size first, then the smallest (the two the growth exponent is read between), then the rest;
    // further repeats alternate small-to-large and large-to-small
    const ascending = [...options.sizes].sort((a, b) => a - b);
    const first = ascending.length > 1 ? [ascending.at(-1)!, ascending[0]!, ...ascending.slice(1, -1).reverse()] : ascending;
    for (let r = 0; r < repeat; r++) queue.push(...(r === 0 ? first : r % 2 === 1 ? ascending : [...ascending].reverse()));
    const found = new Map<number, StageRun[]>();
    await Promise.all(
      Array.from({ length: Math.max(1, Math.min(options.jobs ?? 1, queue.length)) }, async () => {
        for (let n = queue.shift(); n !== undefined; n = queue.shift()) {
          const run = await runOne(n);
          if (run) found.set(n, [...(found.get(n) ?? []), run]);
        }
      }),
    );
    const sizes = options.sizes.filter((n) => found.has(n));
    if (sizes.length === 0) return;
    const runsOf = (n: number) => found.get(n)!;
    for (const n of sizes) {
      const hashes = new Set(runsOf(n).map((r) => r.hash));
      if (hashes.size > 1) console.log(`**size ${n}: the repeated runs gave different outputs (${[...hashes].join(", ")})**`);
    }
    const stages = Object.keys(runsOf(sizes[0]!)[0]!.cpu);
    const pairs = sizes.slice(1).map((n, i) => [sizes[i]!, n] as const);
    if (sizes.length > 2) pairs.push([sizes[0]!, sizes.at(-1)!]);
    const table = (title: string, pick: (r: StageRun, stage: string) => number, total: ((r: StageRun) => number) | undefined, digits = 2, growth = true) => {
      const shown = growth ? pairs : [];
      console.log(`${title}\n`);
      console.log(`| stage | ${sizes.map((n) => `${n} docs`).join(" | ")} |${shown.map(([a, b]) => ` exponent ${a}→${b} |`).join("")}`);
      console.log(`|---|${sizes.map(() => "---:").join("|")}|${shown.map(() => "---:|").join("")}`);
      const row = (name: string, value: (r: StageRun) => number) => {
        const at = new Map(sizes.map((n) => [n, least(runsOf(n), value)]));
        const exps = shown.map(([a, b]) => growthExponent(at.get(a)!, at.get(b)!, a, b));
        console.log(`| ${name} | ${sizes.map((n) => at.get(n)!.toFixed(digits)).join(" | ")} |${exps.map((e) => ` ${Number.isFinite(e) ? e.toFixed(2) : "–"} |`).join("")}`);
      };
      for (const stage of stages) row(stage, (r) => pick(r, stage));
      if (total) row("**all cross-document stages**", total);
      console.log("");
    }
    const runs = sizes.map((n) => runsOf(n).length);
    const of = runs.every((r) => r === 1) ? "one run per size" : `least of ${runs.join("/")} runs per size, alternated`;
    table(`CPU seconds of the main thread, where the stages run (${of}):`, (r, s) => r.thread[s] ?? 0, (r) => r.totalThread);
    table("Share of each stage's wall time spent in garbage-collection pauses, % (scavenges + mark-compacts; V8's GCProfiler):", (r, s) => (100 * pauses(r, s)) / Math.max(1e-9, r.wall[s] ?? 0), undefined, 0, false);
    table("Scavenges (young-generation collections) inside each stage:", (r, s) => r.gc[s]?.minor ?? 0, undefined, 0);
    table("Mark-compacts (whole-heap collections) inside each stage:", (r, s) => r.gc[s]?.major ?? 0, undefined, 0, false);
    table("The stage's own work: main-thread CPU seconds less the garbage-collection share:", ownWork, (r) => stages.reduce((sum, s) => sum + ownWork(r, s), 0));
    table("CPU seconds of the process (garbage collection and compiling on V8's helper threads count too):", (r, s) => r.cpu[s] ?? 0, (r) => r.totalCpu);
    console.log("Spread of the repeated runs (largest / least main-thread CPU of the whole reduce) and load average after each run:\n");
    console.log(`| documents | runs | spread | load averages | output hash |`);
    console.log("|---:|---:|---:|---|---|");
    for (const n of sizes) {
      const t = runsOf(n).map((r) => r.totalThread);
      console.log(`| ${n} | ${t.length} | ${(Math.max(...t) / Math.min(...t)).toFixed(2)} | ${runsOf(n).map((r) => r.load.toFixed(1)).join(", ")} | ${runsOf(n)[0]!.hash} |`);
    }
    console.log("\nWall seconds (noisy on a shared machine; least of the runs):\n");
    console.log(`| stage | ${sizes.map((n) => `${n} docs`).join(" | ")} |`);
    console.log(`|---|${sizes.map(() => "---:").join("|")}|`);
    for (const stage of stages) console.log(`| ${stage} | ${sizes.map((n) => least(runsOf(n), (r) => r.wall[stage] ?? 0).toFixed(2)).join(" | ")} |`);
    console.log("\nSize and memory:\n");
    console.log("| documents | M chars | mentions | claims | timexes | entities | claim groups | timeline entries | records + documents heap MiB | of which texts MiB | per document KiB (without texts) | peak RSS MiB |");
    console.log("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
    for (const n of sizes) {
      const r = runsOf(n)[0]!;
      console.log(
        `| ${r.n} | ${(r.chars / 1e6).toFixed(1)} | ${r.counts.mentions} | ${r.counts.claims} | ${r.counts.timexes} | ${r.entities} | ${r.claimGroups} | ${r.timelineEntries} | ${(r.heapLoaded / MiB).toFixed(0)} | ${(r.heapTextBytes / MiB).toFixed(0)} | ${((r.heapLoaded - r.heapTextBytes) / 1024 / r.n).toFixed(1)} | ${(least(runsOf(n), (x) => x.peakRss) / MiB).toFixed(0)} |`,
      );
    }
    console.log("\nDocuments share their base's sentence and paragraph arrays, so the heap column undercounts a real run's documents; the streaming run spills texts and those arrays to disk.");
    console.log(`Load average at the end: ${loadavg().map((l) => l.toFixed(1)).join(" ")} (2 cores shared).`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
