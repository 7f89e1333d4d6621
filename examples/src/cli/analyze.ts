/**
 * `pnpm analyze [PATH] [--format md|json|html|ndjson] [--out FILE] [--workers N]`
 *
 * Analyse a folder or file of articles (default: the bundled Niger 2024
 * corpus) and print a Markdown summary, the `CorpusAnalysis` JSON, or write a
 * self-contained HTML report. Relative paths resolve against the caller's
 * working directory (also under `pnpm --dir REPO analyze`).
 * `--workers N` runs the per-document stages on N worker threads (default:
 * every core from 200 documents on, this thread below; 0 = this thread).
 * `--format ndjson` streams: one line per document as it is done, then the
 * cross-document results, in bounded memory (see `AnalysisRecord`); on Linux
 * it starts itself again with glibc's `MALLOC_MMAP_THRESHOLD_` set (see
 * relaunch.ts; `NEWSPARSE_NO_RELAUNCH=1` keeps the first process).
 * `pnpm analyze distributed …` runs across machines (BullMQ + Redis).
 */
import { createWriteStream, type WriteStream } from "node:fs";
import { mkdir } from "node:fs/promises";
import { once } from "node:events";
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";
import type { Message } from "@newsparse/corpus-loader";
import { loadCorpus, streamCorpus } from "@newsparse/corpus-loader/node";
import { analyzeCorpusParallel } from "../pipeline/analyze-parallel.js";
import { analyzeStream } from "../pipeline/analyze-stream.js";
import { createNdjsonWriter } from "../pipeline/ndjson-writer.js";
import { renderMarkdownLines } from "../render-markdown.js";
import { writeJsonStream } from "../output/write-json-stream.js";
import { renderHtml } from "../report/render-html.js";
import { createProgress, resolveFromCaller, type Progress } from "./progress.js";
import { followParent, relaunch, shouldRelaunch } from "./relaunch.js";

const defaultCorpus = fileURLToPath(new URL("../../corpus/niger-2024", import.meta.url));
const usage = "usage: pnpm analyze [PATH] [--format md|json|html|ndjson] [--out FILE] [--workers N]";
const FORMATS = ["md", "json", "html", "ndjson"] as const;

interface Arguments {
  path: string;
  format: (typeof FORMATS)[number];
  out: string | undefined;
  workers: number | undefined;
}

function parseArguments(argv: readonly string[]): Arguments | string {
  const result: Arguments = { path: defaultCorpus, format: "md", out: undefined, workers: undefined };
  let sawPath = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [flag, inline] = arg.startsWith("--") && arg.includes("=") ? [arg.slice(0, arg.indexOf("=")), arg.slice(arg.indexOf("=") + 1)] : [arg, undefined];
    if (flag === "--help" || flag === "-h") return usage;
    if (flag === "--format" || flag === "--out" || flag === "--workers") {
      const value = inline ?? argv[++i];
      if (value === undefined || value === "") return `${flag} needs a value (${usage})`;
      if (flag === "--out") result.out = resolveFromCaller(value);
      else if (flag === "--workers") {
        if (!/^\d{1,3}$/.test(value)) return `--workers must be a whole number (0 = this thread), not "${value}"`;
        result.workers = Number(value);
      }
      else if ((FORMATS as readonly string[]).includes(value)) result.format = value as Arguments["format"];
      else return `--format must be ${FORMATS.join(", ")}, not "${value}"`;
    } else if (arg === "--") continue;
    else if (arg.startsWith("-")) return `unknown option ${arg} (${usage})`;
    else if (sawPath) return `only one PATH may be given (${usage})`;
    else {
      result.path = resolveFromCaller(arg);
      sawPath = true;
    }
  }
  return result;
}

async function main(argv: readonly string[]): Promise<number> {
  // the multi-machine mode has its own commands (see distributed.ts)
  if (argv[0] === "distributed") return (await import("./distributed.js")).distributedMain(argv.slice(1));
  const parsed = parseArguments(argv);
  if (typeof parsed === "string") {
    process.stderr.write(`analyze: ${parsed}\n`);
    return parsed === usage ? 0 : 2;
  }
  // streaming: glibc must return the large arrays the cross-document stages free (see relaunch.ts)
  if (parsed.format === "ndjson" && shouldRelaunch()) return relaunch();
  followParent();
  const started = Date.now();
  const progress = createProgress();
  if (parsed.format === "ndjson") return analyzeNdjson(parsed, progress, started);
  const corpus = await loadCorpus(parsed.path, { onProgress: (done, total) => progress.loaded(done, total) });
  progress.loadedAll(corpus.documents.length);
  if (corpus.documents.length === 0) {
    process.stderr.write(`analyze: no articles found in ${parsed.path}\n`);
    for (const m of corpus.messages) process.stderr.write(`analyze: ${m.severity}: ${m.reason}\n`);
    return 1;
  }
  const large = corpus.documents.length > 5;
  const stages = ["entities", "claims", "timeline", "output"];
  const analysis = await analyzeCorpusParallel(corpus.documents, {
    workers: parsed.workers ?? (corpus.documents.length >= 200 ? undefined : 0),
    onStage: large ? (stage) => progress.stage(stage, Math.max(0, stages.indexOf(stage)), stages.length) : undefined,
  });
  // Document-level loader messages are already in analysis.messages (from each document): add the others only.
  const onDocuments = new Set(corpus.documents.flatMap((d) => d.messages ?? []));
  analysis.messages = [...corpus.messages.filter((m) => !onDocuments.has(m)), ...analysis.messages];
  if (large) progress.stage(`writing ${parsed.format}`, stages.length - 1, stages.length);
  if (parsed.out) await mkdir(dirname(parsed.out), { recursive: true });
  // Streamed: the JSON of a large corpus is longer than the longest string V8 can build.
  const sink = parsed.out ? createWriteStream(parsed.out) : process.stdout;
  if (parsed.format === "json") await writeJsonStream(analysis, sink).then(() => writeLines(["", ""], sink));
  else if (parsed.format === "html") await writeLines([renderHtml(analysis)], sink);
  else await writeLines(renderMarkdownLines(analysis), sink);
  if (parsed.out) await new Promise<void>((resolve, reject) => (sink as WriteStream).once("error", reject).end(resolve));
  progress.stop();
  if (progress.announced || parsed.out) progress.line(`done in ${((Date.now() - started) / 1000).toFixed(1)} s${parsed.out ? `, wrote ${parsed.out}` : ""}`);
  return 0;
}

/** Write lines (each followed by a line break, except the last) with back-pressure, 1 MiB at a time. */
async function writeLines(lines: readonly string[], sink: NodeJS.WritableStream): Promise<void> {
  let buffer = "";
  for (let i = 0; i < lines.length; i++) {
    buffer += i < lines.length - 1 ? `${lines[i]}\n` : lines[i];
    if (buffer.length >= 1 << 20 || i === lines.length - 1) {
      if (!sink.write(buffer)) await once(sink as WriteStream, "drain");
      buffer = "";
    }
  }
}

/** `--format ndjson`: stream documents through the pool and write lines as they are ready. */
async function analyzeNdjson(parsed: Arguments, progress: Progress, started: number): Promise<number> {
  const loaderMessages: Message[] = [];
  if (parsed.out) await mkdir(dirname(parsed.out), { recursive: true });
  const sink = parsed.out ? createWriteStream(parsed.out) : process.stdout;
  const end = await analyzeStream(streamCorpus(parsed.path, { onMessage: (m) => loaderMessages.push(m) }), createNdjsonWriter(sink), {
    workers: parsed.workers,
    loaderMessages: () => loaderMessages,
    onStage: (stage) => progress.line(`${stage}…`),
    onDocument: (done) => done % 1000 === 0 && progress.line(`analysed ${done} documents`),
  });
  if (parsed.out) await new Promise<void>((resolve, reject) => (sink as WriteStream).once("error", reject).end(resolve));
  progress.stop();
  progress.line(`done in ${((Date.now() - started) / 1000).toFixed(1)} s: ${end.documents} documents, ${end.entities} entities, ${end.claims} claims, ${end.timelineEntries} timeline entries${parsed.out ? `, wrote ${parsed.out}` : ""}`);
  if (end.documents === 0) {
    process.stderr.write(`analyze: no articles found in ${parsed.path}\n`);
    return 1;
  }
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    const reason = error instanceof Error ? error.message : String(error);
    process.stderr.write(`analyze: ${reason.split("\n")[0]}\n`);
    process.exitCode = 1;
  },
);
