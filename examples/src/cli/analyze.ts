/**
 * `pnpm analyze [PATH] [--format md|json|html] [--out FILE]`
 *
 * Analyse a folder or file of articles (default: the bundled Niger 2024
 * corpus) and print a Markdown summary, the `CorpusAnalysis` JSON, or write a
 * self-contained HTML report. Relative paths resolve against the caller's
 * working directory (also under `pnpm --dir REPO analyze`).
 */
import { mkdir, writeFile } from "node:fs/promises";
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { loadCorpus } from "@newsparse/corpus-loader/node";
import { analyzeCorpus } from "../analyze-corpus.js";
import { renderMarkdown } from "../render-markdown.js";
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
  analysis.messages.unshift(...corpus.messages);
  if (large) progress.stage(`writing ${parsed.format}`, stages.length - 1, stages.length);
  const output = parsed.format === "json" ? `${JSON.stringify(analysis, null, 2)}\n` : parsed.format === "html" ? renderHtml(analysis) : renderMarkdown(analysis);
  if (parsed.out) {
    await mkdir(dirname(parsed.out), { recursive: true });
    await writeFile(parsed.out, output);
  } else process.stdout.write(output);
  progress.stop();
  if (progress.announced || parsed.out) progress.line(`done in ${((Date.now() - started) / 1000).toFixed(1)} s${parsed.out ? `, wrote ${parsed.out}` : ""}`);
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
