import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseDocument } from "@newsparse/corpus-loader";
import { analyzeDocument } from "../pipeline/document-stage.js";
import { articleTexts, generateArticle } from "./bench-corpus.js";
import type { AnalysedBase } from "./synthetic-records.js";
import type { ReduceStage } from "./bench-reduce-child.js";
import { childArgv } from "./bench-child.js";
import { streamingEnvironment } from "./relaunch.js";
import { growthExponent } from "./growth-exponent.js";

const MiB = 2 ** 20;
const childFile = fileURLToPath(new URL(import.meta.url.endsWith(".ts") ? "./bench-reduce-child.ts" : "./bench-reduce-child.js", import.meta.url));

/** What the child reports. */
interface ReduceRun {
  n: number;
  mentions: number;
  chars: number;
  stages: ReduceStage[];
  maxRss: number;
  lines: number;
  hash: string;
  load: number;
}

/**
 * `pnpm bench reduce [--docs 20000] [--base 400] [--base-file F]`: peak memory of the streaming
 * reducer (`--format ndjson`'s cross-document stages) at archive sizes, without the per-document
 * stages: `base` generated articles are analysed once (`--base-file` keeps them for the next run),
 * and each document's records are synthesised from them (names and numbers rotated; see
 * synthetic-records.ts) and handed to the reducer packed, as a worker hands them over. The run is a
 * child process with Node's default heap limit and the environment `analyze --format ndjson` runs in
 * (`streamingEnvironment`: glibc's mmap threshold set on Linux unless the caller set it or
 * `NEWSPARSE_NO_RELAUNCH`). Prints per stage the peak RSS, the RSS and live / committed heap at its end, and the output's hash (identical code gives identical bytes).
 *
 * @param options - Documents per run (each size its own process, one after the other), base articles, base cache
 * file, and V8 flags for the child (`--v8 "--heap-growing-percent=30"`, split on spaces).
 */
export async function benchReduce(options: { docs: number[]; base: number; baseFile?: string; v8Flags?: string }): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), "newsparse-bench-reduce-"));
  const runs: ReduceRun[] = [];
  try {
    const basePath = options.baseFile ?? join(dir, "base.json");
    if (options.baseFile && existsSync(options.baseFile)) console.log(`base: analysed articles read from ${options.baseFile}.\n`);
    else {
      const texts = articleTexts();
      const base: AnalysedBase[] = [];
      for (let i = 0; i < options.base; i++) {
        const article = generateArticle(i, texts);
        const document = parseDocument(article.text, { id: article.id, publishedAt: article.publishedAt });
        base.push({ document, result: analyzeDocument(document) });
      }
      writeFileSync(basePath, JSON.stringify(base));
      console.log(`base: ${options.base} generated articles analysed once; each document's records are synthesised from them (names and numbers rotated) and handed to the streaming reducer packed.\n`);
    }
    if (options.v8Flags) console.log(`V8 flags of the reducer: ${options.v8Flags}\n`);
    for (const n of options.docs) {
      const run = await new Promise<ReduceRun | undefined>((done) => {
        const child = spawn(process.execPath, [...childArgv(childFile, options.v8Flags?.split(/\s+/).filter(Boolean)), childFile, basePath, String(n)], { stdio: ["ignore", "pipe", "pipe"], env: streamingEnvironment() });
        let stdout = "";
        let stderr = "";
        child.stdout.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
        child.stderr.setEncoding("utf8").on("data", (chunk: string) => {
          process.stderr.write(chunk);
          stderr = (stderr + chunk).slice(-4000);
        });
        child.on("close", (code, signal) => {
          const line = stdout.trim().split("\n").at(-1) ?? "";
          if (code !== 0 || !line.startsWith("{")) {
            console.log(`${n} documents failed (exit ${code ?? signal}): ${stderr.trim().split("\n").slice(-5).join(" / ")}`);
            done(undefined);
          } else done(JSON.parse(line) as ReduceRun);
        });
      });
      if (!run) continue;
      console.log(`### ${n} documents (${run.mentions} mentions, ${(run.mentions / n).toFixed(1)} per document; ${(run.chars / 1e6).toFixed(0)} M chars): peak RSS **${(run.maxRss / MiB).toFixed(0)} MiB**\n`);
      console.log("| stage | peak RSS MiB | RSS at its end MiB | live heap at its end MiB | committed heap MiB | CPU s (process, cumulative) | main-thread CPU s (the stage's own) |");
      console.log("|---|---:|---:|---:|---:|---:|---:|");
      for (const s of run.stages) console.log(`| ${s.stage} | ${(s.peakRss / MiB).toFixed(0)} | ${(s.rss / MiB).toFixed(0)} | ${(s.heapLive / MiB).toFixed(0)} | ${(s.heapCommitted / MiB).toFixed(0)} | ${s.cpu.toFixed(0)} | ${s.threadCpu?.toFixed(1) ?? "–"} |`);
      console.log(`\nOutput: ${run.lines} lines, sha256 ${run.hash}; load average ${run.load.toFixed(1)} at the end.\n`);
      runs.push(run);
    }
    printExponents(runs);
    console.log(`The machine is shared (load average ${loadavg().map((l) => l.toFixed(1)).join(" ")} at the end): CPU seconds are noisy; memory is not.`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The cross-document stages whose growth issue 15 bounds, and the rows of `bench reduce` that make each. */
const GROWTH: readonly { name: string; rows: (stage: string) => boolean }[] = [
  { name: "entity resolution", rows: (s) => s === "entities: resolution" },
  { name: "speaker linking and claim grouping", rows: (s) => s === "claims" },
  { name: "timeline merging across documents", rows: (s) => s === "timeline: merging across documents" },
  { name: "timeline (every phase)", rows: (s) => s.startsWith("timeline") },
  { name: "every cross-document stage", rows: (s) => !s.startsWith("synthesising") && s !== "end" },
];

/**
 * With two sizes or more: each cross-document stage's main-thread CPU at the smallest and the largest size, and the
 * exponent k of time ∝ documents^k between them (1 is linear).
 */
function printExponents(runs: readonly ReduceRun[]): void {
  const sorted = [...runs].sort((a, b) => a.n - b.n);
  const first = sorted[0];
  const last = sorted.at(-1);
  if (!first || !last || first.n === last.n || first.stages.some((s) => s.threadCpu === undefined)) return;
  const own = (run: ReduceRun, rows: (stage: string) => boolean) => run.stages.filter((s) => rows(s.stage)).reduce((sum, s) => sum + (s.threadCpu ?? 0), 0);
  console.log(`### Growth from ${first.n} to ${last.n} documents (main-thread CPU of each stage's own work, its closing collection left out)\n`);
  console.log(`| stage | CPU s at ${first.n} | CPU s at ${last.n} | exponent |`);
  console.log("|---|---:|---:|---:|");
  for (const { name, rows } of GROWTH) {
    const a = own(first, rows);
    const b = own(last, rows);
    const k = growthExponent(a, b, first.n, last.n);
    console.log(`| ${name} | ${a.toFixed(2)} | ${b.toFixed(2)} | ${Number.isFinite(k) ? k.toFixed(2) : "–"} |`);
  }
  console.log("");
}
