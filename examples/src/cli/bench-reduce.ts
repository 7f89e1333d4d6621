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
 * child process with Node's default heap limit. Prints per stage the peak RSS, the RSS and live /
 * committed heap at its end, and the output's hash (identical code gives identical bytes).
 *
 * @param options - Documents per run (each size its own process, one after the other), base articles, base cache file.
 */
export async function benchReduce(options: { docs: number[]; base: number; baseFile?: string }): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), "newsparse-bench-reduce-"));
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
    for (const n of options.docs) {
      const run = await new Promise<ReduceRun | undefined>((done) => {
        const child = spawn(process.execPath, [...childArgv(childFile), childFile, basePath, String(n)], { stdio: ["ignore", "pipe", "pipe"] });
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
      console.log("| stage | peak RSS MiB | RSS at its end MiB | live heap at its end MiB | committed heap MiB | CPU s (process, cumulative) |");
      console.log("|---|---:|---:|---:|---:|---:|");
      for (const s of run.stages) console.log(`| ${s.stage} | ${(s.peakRss / MiB).toFixed(0)} | ${(s.rss / MiB).toFixed(0)} | ${(s.heapLive / MiB).toFixed(0)} | ${(s.heapCommitted / MiB).toFixed(0)} | ${s.cpu.toFixed(0)} |`);
      console.log(`\nOutput: ${run.lines} lines, sha256 ${run.hash}; load average ${run.load.toFixed(1)} at the end.\n`);
    }
    console.log(`The machine is shared (load average ${loadavg().map((l) => l.toFixed(1)).join(" ")} at the end): CPU seconds are noisy; memory is not.`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
