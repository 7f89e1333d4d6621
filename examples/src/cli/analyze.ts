/**
 * `pnpm analyze [PATH] [--format md|json|ndjson] [--out FILE] [--workers N]`
 *
 * Analyse a folder or file of articles (default: the bundled Niger 2024
 * corpus) and print a Markdown summary or the `CorpusAnalysis` JSON.
 * `--workers N` runs the per-document stages on N worker threads (default:
 * every core from 200 documents on, this thread below; 0 = this thread).
 * `--format ndjson` streams: one line per document as it is done, then the
 * cross-document results, in bounded memory (see `AnalysisRecord`).
 * `pnpm analyze distributed …` runs across machines (BullMQ + Redis).
 */
import { writeFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { createWriteStream } from "node:fs";
import { finished } from "node:stream/promises";
import type { Message } from "@newsparse/corpus-loader";
import { loadCorpus, streamCorpus } from "@newsparse/corpus-loader/node";
import { analyzeStream } from "../pipeline/analyze-stream.js";
import { createNdjsonWriter } from "../pipeline/ndjson-writer.js";
import { analyzeCorpusParallel } from "../pipeline/analyze-parallel.js";
import { renderMarkdown } from "../render-markdown.js";

const defaultCorpus = fileURLToPath(new URL("../../corpus/niger-2024", import.meta.url));
const usage = "usage: pnpm analyze [PATH] [--format md|json|ndjson] [--out FILE] [--workers N]";

interface Arguments {
  path: string;
  format: "md" | "json" | "ndjson";
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
      if (flag === "--out") result.out = value;
      else if (flag === "--workers") {
        if (!/^\d{1,3}$/.test(value)) return `--workers must be a whole number (0 = this thread), not "${value}"`;
        result.workers = Number(value);
      }
      else if (value === "md" || value === "json" || value === "ndjson") result.format = value;
      else return `--format must be md, json or ndjson, not "${value}"`;
    } else if (arg === "--") continue;
    else if (arg.startsWith("-")) return `unknown option ${arg} (${usage})`;
    else if (sawPath) return `only one PATH may be given (${usage})`;
    else {
      result.path = arg;
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
  const started = Date.now();
  let announced = false;
  const progress = (line: string) => {
    announced = true;
    process.stderr.write(`analyze: ${line}\n`);
  };
  if (parsed.format === "ndjson") return analyzeNdjson(parsed, progress, started);
  const corpus = await loadCorpus(parsed.path, {
    onProgress: (done, total) => {
      if ((total ?? done) > 5 && (done % 100 === 0 || done === total)) progress(`loaded ${done}${total ? `/${total}` : ""} documents`);
    },
  });
  if (corpus.documents.length === 0) {
    process.stderr.write(`analyze: no articles found in ${parsed.path}\n`);
    for (const m of corpus.messages) process.stderr.write(`analyze: ${m.severity}: ${m.reason}\n`);
    return 1;
  }
  const large = corpus.documents.length > 5;
  const workers = parsed.workers ?? (corpus.documents.length >= 200 ? undefined : 0);
  const analysis = await analyzeCorpusParallel(corpus.documents, {
    workers,
    onStage: large ? (stage) => progress(`${stage}…`) : undefined,
    onDocument: large ? (done, total) => done % 1000 === 0 && progress(`analysed ${done}/${total} documents`) : undefined,
  });
  analysis.messages.unshift(...corpus.messages);
  const output = parsed.format === "json" ? `${JSON.stringify(analysis, null, 2)}\n` : renderMarkdown(analysis);
  if (parsed.out) await writeFile(parsed.out, output);
  else process.stdout.write(output);
  if (announced || parsed.out) progress(`done in ${((Date.now() - started) / 1000).toFixed(1)} s${parsed.out ? `, wrote ${parsed.out}` : ""}`);
  return 0;
}

/** `--format ndjson`: stream documents through the pool and write lines as they are ready. */
async function analyzeNdjson(parsed: Arguments, progress: (line: string) => void, started: number): Promise<number> {
  const loaderMessages: Message[] = [];
  const stream = parsed.out ? createWriteStream(parsed.out) : process.stdout;
  const end = await analyzeStream(streamCorpus(parsed.path, { onMessage: (m) => loaderMessages.push(m) }), createNdjsonWriter(stream), {
    workers: parsed.workers,
    loaderMessages: () => loaderMessages,
    onStage: (stage) => progress(`${stage}…`),
    onDocument: (done) => done % 1000 === 0 && progress(`analysed ${done} documents`),
  });
  if (parsed.out) {
    stream.end();
    await finished(stream);
  }
  progress(`done in ${((Date.now() - started) / 1000).toFixed(1)} s: ${end.documents} documents, ${end.entities} entities, ${end.claims} claims, ${end.timelineEntries} timeline entries${parsed.out ? `, wrote ${parsed.out}` : ""}`);
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
