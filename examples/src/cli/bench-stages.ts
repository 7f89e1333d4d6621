import { spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseDocument } from "@newsparse/corpus-loader";
import { analyzeDocument } from "../pipeline/document-stage.js";
import { articleTexts, generateArticle } from "./bench-corpus.js";
import type { AnalysedBase } from "./synthetic-records.js";

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
  totalWall: number;
  totalCpu: number;
  heapLoaded: number;
  heapTextBytes: number;
  peakRss: number;
}

/** Node flags for a child: the parent's loader (tsx under `pnpm bench`), the source condition, a clean heap with `gc()`. */
function childArgv(): string[] {
  const argv = [...process.execArgv];
  if (childFile.endsWith(".ts") && !argv.some((a) => a.includes("tsx"))) argv.push("--import", "tsx");
  if (!argv.some((a) => a.includes("@newsparse/source"))) argv.push("--conditions=@newsparse/source");
  return [...argv, "--expose-gc", "--max-old-space-size=16384"];
}

const exponent = (t1: number, t2: number, n1: number, n2: number) => Math.log(t2 / t1) / Math.log(n2 / n1);

/**
 * `pnpm bench stages [--sizes 20000,50000,100000] [--base 400] [--jobs 1]`: the
 * cross-document stages (entity resolution, speaker linking, claim grouping,
 * timeline) at corpus sizes too large to run the per-document stages for.
 * `base` real generated articles are analysed once (per-document stages, this
 * thread); each size then synthesises its documents' per-document records from
 * them (names and numbers rotated, dates moved by whole weeks, offsets kept:
 * see synthetic-records.ts) and times `reduceCorpus` in its own process
 * (`--expose-gc`, so sizes do not share a heap; `--jobs` sizes at once). Prints each stage's CPU and
 * wall seconds per size, the growth exponents, and memory.
 *
 * @param options - Sizes and number of base articles.
 */
export async function benchStages(options: { sizes: number[]; base: number; jobs?: number }): Promise<void> {
  const texts = articleTexts();
  const dir = mkdtempSync(join(tmpdir(), "newsparse-bench-stages-"));
  try {
    const cpu0 = process.cpuUsage();
    const base: AnalysedBase[] = [];
    for (let i = 0; i < options.base; i++) {
      const article = generateArticle(i, texts);
      const document = parseDocument(article.text, { id: article.id, publishedAt: article.publishedAt });
      base.push({ document, result: analyzeDocument(document) });
    }
    const used = process.cpuUsage(cpu0);
    const basePath = join(dir, "base.json");
    writeFileSync(basePath, JSON.stringify(base));
    const baseChars = base.reduce((s, b) => s + b.document.text.length, 0);
    console.log(
      `base: ${options.base} real articles (${(baseChars / 1e6).toFixed(2)} M chars, from ${texts.length} distinct texts) analysed once in ${((used.user + used.system) / 1e6).toFixed(1)} CPU s; ` +
        "each size synthesises its per-document records from them (copy k: names and numbers rotated, same length; dates moved by k mod 52 weeks) and runs the cross-document stages in its own process.\n",
    );
    // each size in its own process; `jobs` of them at once (CPU seconds are per process, so running
    // sizes side by side changes wall time, not the figures, as long as memory suffices)
    const runOne = (n: number) =>
      new Promise<StageRun | undefined>((done) => {
        const child = spawn(process.execPath, [...childArgv(), childFile, basePath, String(n)], { stdio: ["ignore", "pipe", "pipe"] });
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
          const run = JSON.parse(line) as StageRun;
          // the raw figures as soon as a size is done, so a run stopped before the largest size still gives them
          console.error(`bench stages: ${n} documents, cross-document stages ${run.totalCpu.toFixed(1)} CPU s (load ${loadavg()[0]!.toFixed(1)}): ${line}`);
          done(run);
        });
      });
    const found = new Map<number, StageRun>();
    const queue = [...options.sizes];
    await Promise.all(
      Array.from({ length: Math.max(1, Math.min(options.jobs ?? 1, queue.length)) }, async () => {
        for (let n = queue.shift(); n !== undefined; n = queue.shift()) {
          const run = await runOne(n);
          if (run) found.set(n, run);
        }
      }),
    );
    const runs = options.sizes.map((n) => found.get(n)).filter((r): r is StageRun => r !== undefined);
    if (runs.length === 0) return;
    const stages = Object.keys(runs[0]!.cpu);
    const first = runs[0]!;
    const last = runs.at(-1)!;
    const pairs = runs.slice(1).map((r, i) => [runs[i]!, r] as const);
    if (runs.length > 2) pairs.push([first, last]);
    console.log("CPU seconds of the process (the cross-document stages run on one thread; garbage collection on V8's helper threads counts too):\n");
    console.log(`| stage | ${runs.map((r) => `${r.n} docs`).join(" | ")} | ${pairs.map(([a, b]) => `exponent ${a.n}→${b.n}`).join(" | ")} |`);
    console.log(`|---|${runs.map(() => "---:").join("|")}|${pairs.map(() => "---:").join("|")}|`);
    const row = (name: string, pick: (r: StageRun) => number) => {
      const exps = pairs.map(([a, b]) => exponent(pick(a), pick(b), a.n, b.n));
      console.log(`| ${name} | ${runs.map((r) => pick(r).toFixed(2)).join(" | ")} | ${exps.map((e) => (Number.isFinite(e) ? e.toFixed(2) : "–")).join(" | ")} |`);
    };
    for (const stage of stages) row(stage, (r) => r.cpu[stage] ?? 0);
    row("**all cross-document stages**", (r) => r.totalCpu);
    console.log("\nWall seconds (noisy on a shared machine):\n");
    console.log(`| stage | ${runs.map((r) => `${r.n} docs`).join(" | ")} |`);
    console.log(`|---|${runs.map(() => "---:").join("|")}|`);
    for (const stage of stages) console.log(`| ${stage} | ${runs.map((r) => (r.wall[stage] ?? 0).toFixed(2)).join(" | ")} |`);
    console.log("\nSize and memory:\n");
    console.log("| documents | M chars | mentions | claims | timexes | entities | claim groups | timeline entries | records + documents heap MiB | of which texts MiB | per document KiB (without texts) | peak RSS MiB |");
    console.log("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
    for (const r of runs) {
      console.log(
        `| ${r.n} | ${(r.chars / 1e6).toFixed(1)} | ${r.counts.mentions} | ${r.counts.claims} | ${r.counts.timexes} | ${r.entities} | ${r.claimGroups} | ${r.timelineEntries} | ${(r.heapLoaded / MiB).toFixed(0)} | ${(r.heapTextBytes / MiB).toFixed(0)} | ${((r.heapLoaded - r.heapTextBytes) / 1024 / r.n).toFixed(1)} | ${(r.peakRss / MiB).toFixed(0)} |`,
      );
    }
    console.log("\nDocuments share their base's sentence and paragraph arrays, so the heap column undercounts a real run's documents; the streaming run spills texts and those arrays to disk.");
    console.log(`Load average at the end: ${loadavg().map((l) => l.toFixed(1)).join(" ")} (2 cores shared).`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
