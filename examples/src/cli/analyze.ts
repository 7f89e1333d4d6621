/**
 * `pnpm analyze [PATH] [--format md|json|html] [--out FILE]`
 *
 * Analyse a folder or file of articles (default: the bundled Niger 2024
 * corpus) and print a Markdown summary, the `CorpusAnalysis` JSON, or write a
 * self-contained HTML report. Relative paths resolve against the caller's
 * working directory (also under `pnpm --dir REPO analyze`).
 */
import { createWriteStream, type WriteStream } from "node:fs";
import { mkdir } from "node:fs/promises";
import { once } from "node:events";
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { loadCorpus } from "@newsparse/corpus-loader/node";
import { analyzeCorpus } from "../analyze-corpus.js";
import { renderMarkdownLines } from "../render-markdown.js";
import { writeJsonStream } from "../output/write-json-stream.js";
import { renderHtml } from "../report/render-html.js";
import { createProgress, resolveFromCaller } from "./progress.js";

const defaultCorpus = fileURLToPath(new URL("../../corpus/niger-2024", import.meta.url));
const usage = "usage: pnpm analyze [PATH] [--format md|json|html] [--out FILE]";
const FORMATS = ["md", "json", "html"] as const;

interface Arguments {
  path: string;
  format: (typeof FORMATS)[number];
  out: string | undefined;
}

function parseArguments(argv: readonly string[]): Arguments | string {
  const result: Arguments = { path: defaultCorpus, format: "md", out: undefined };
  let sawPath = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [flag, inline] = arg.startsWith("--") && arg.includes("=") ? [arg.slice(0, arg.indexOf("=")), arg.slice(arg.indexOf("=") + 1)] : [arg, undefined];
    if (flag === "--help" || flag === "-h") return usage;
    if (flag === "--format" || flag === "--out") {
      const value = inline ?? argv[++i];
      if (value === undefined || value === "") return `${flag} needs a value (${usage})`;
      if (flag === "--out") result.out = resolveFromCaller(value);
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
  const parsed = parseArguments(argv);
  if (typeof parsed === "string") {
    process.stderr.write(`analyze: ${parsed}\n`);
    return parsed === usage ? 0 : 2;
  }
  const started = Date.now();
  const progress = createProgress();
  const corpus = await loadCorpus(parsed.path, { onProgress: (done, total) => progress.loaded(done, total) });
  progress.loadedAll(corpus.documents.length);
  if (corpus.documents.length === 0) {
    process.stderr.write(`analyze: no articles found in ${parsed.path}\n`);
    for (const m of corpus.messages) process.stderr.write(`analyze: ${m.severity}: ${m.reason}\n`);
    return 1;
  }
  const large = corpus.documents.length > 5;
  const stages = ["entities", "claims", "timeline", "output"];
  const analysis = analyzeCorpus(corpus.documents, { onStage: large ? (stage) => progress.stage(stage, Math.max(0, stages.indexOf(stage)), stages.length) : undefined });
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
