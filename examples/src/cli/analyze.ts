import { writeFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { loadCorpus } from "@newsparse/corpus-loader/node";
import { analyzeCorpus } from "../analyze-corpus.js";

const defaultCorpus = fileURLToPath(new URL("../../corpus/niger-2024", import.meta.url));

async function main(argv: string[]): Promise<number> {
  let path = defaultCorpus;
  let format = "md";
  let out: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === "--format") format = argv[++i] ?? "";
    else if (arg.startsWith("--format=")) format = arg.slice(9);
    else if (arg === "--out") out = argv[++i];
    else if (arg.startsWith("--out=")) out = arg.slice(6);
    else if (arg === "--") continue;
    else if (arg.startsWith("-")) return fail(`unknown option ${arg}`);
    else path = arg;
  }
  if (format !== "md" && format !== "json") return fail(`--format must be md or json, not ${format}`);
  const corpus = await loadCorpus(path);
  const analysis = analyzeCorpus(corpus.documents);
  analysis.messages.unshift(...corpus.messages);
  const output = format === "json" ? JSON.stringify(analysis, null, 2) + "\n" : JSON.stringify(analysis.entities.length);
  if (out) await writeFile(out, output);
  else process.stdout.write(output);
  return 0;
}

function fail(reason: string): number {
  process.stderr.write(`analyze: ${reason}\n`);
  return 2;
}

main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    process.stderr.write(`analyze: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
