/**
 * CPU of the per-document stages on this thread, by stage, on the bench's generated corpus (after a warm-up).
 *
 *   cd examples && nice pnpm exec tsx --conditions=@newsparse/source scripts/profile-documents.ts [docs] [warm] [--prof file.cpuprofile] [--repeat N] [--hash] [--trace]
 *
 * Prints, for the timed documents, the CPU seconds of this thread (`/proc/thread-self/schedstat`) and of the whole
 * process in each stage (parsing, entity extraction without resolution, claims, temporal tagging), and with `--hash` a hash of the
 * results (the same for the same code; hashing is not in the stages' figures). With `--prof` the timed part is profiled (inspector) into that file, to be
 * read with `node ../packages/entity-extract/scripts/summarise-profile.mjs file.cpuprofile`.
 */
import { createHash } from "node:crypto";
import { writeFileSync } from "node:fs";
import { Session } from "node:inspector/promises";
import { loadavg } from "node:os";
import { setFlagsFromString } from "node:v8";
import { parseDocument, type Document } from "@newsparse/corpus-loader";
import { getDefaultEntityExtractor } from "@newsparse/entity-extract";
import { defaultClaimExtractor } from "@newsparse/claims";
import { getDefaultTagger } from "@newsparse/timeline";
import { articleTexts, generateArticle, type GeneratedArticle } from "../src/cli/bench-corpus.js";
import { threadCpu } from "../src/pipeline/thread-cpu.js";

const args = process.argv.slice(2);
const flag = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args.splice(i, 2)[1] : undefined;
};
const profFile = flag("--prof");
const repeat = Number(flag("--repeat") ?? 1);
const docs = Number(args[0] ?? 600);
const warm = Number(args[1] ?? 400);
const base = articleTexts();

const stages = ["parse", "entities", "claims", "timexes"] as const;
type Stage = (typeof stages)[number];
const cpu = () => threadCpu()?.cpu ?? 0;
const processCpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
};

function run(articles: readonly GeneratedArticle[], spent?: Record<Stage, number>, hash?: ReturnType<typeof createHash>): void {
  for (const article of articles) {
    let t = cpu();
    const lap = (stage: Stage) => {
      if (!spent) return;
      const now = cpu();
      spent[stage] += now - t;
      t = now;
    };
    const document: Document = parseDocument(article.text, { id: article.id, publishedAt: article.publishedAt });
    lap("parse");
    const entities = getDefaultEntityExtractor().extract(document, { resolve: false });
    lap("entities");
    const claims = defaultClaimExtractor.extract(document);
    lap("claims");
    const timexes = getDefaultTagger().tag(document.text, { referenceDate: article.publishedAt });
    lap("timexes");
    hash?.update(JSON.stringify([document.sentences, document.excluded, entities.mentions, claims.claims, timexes]));
  }
}

// warm-up: far rotations of the same base texts, as `bench workers` does
const articles = (first: number, count: number) => Array.from({ length: count }, (_, i) => generateArticle(first + i, base));
run(articles(1000 * base.length, warm));
const timed = articles(0, docs);
const chars = timed.reduce((s, a) => s + a.text.length, 0);
const withHash = args.includes("--hash");
// V8's optimisation and deoptimisation log over the timed part only
const trace = args.includes("--trace");
const session = profFile ? new Session() : undefined;
if (session) {
  session.connect();
  await session.post("Profiler.enable");
  await session.post("Profiler.setSamplingInterval", { interval: 500 });
  await session.post("Profiler.start");
}
if (trace) {
  console.log("=== timed part starts");
  setFlagsFromString("--trace-opt --trace-deopt-verbose");
}
for (let r = 0; r < repeat; r++) {
  const spent: Record<Stage, number> = { parse: 0, entities: 0, claims: 0, timexes: 0 };
  const hash = withHash ? createHash("sha256") : undefined;
  const t0 = cpu();
  const p0 = processCpu();
  run(timed, spent, hash);
  const thread = cpu() - t0;
  const all = processCpu() - p0;
  console.log(
    `${docs} documents, ${(chars / 1e6).toFixed(2)} MB: this thread ${thread.toFixed(2)} CPU s, process ${all.toFixed(2)} CPU s (${(chars / 1e6 / all).toFixed(2)} MB per CPU s); ` +
      stages.map((s) => `${s} ${spent[s].toFixed(2)}`).join(", ") +
      (hash ? `; hash ${hash.digest("hex").slice(0, 12)}` : "") + `; load ${loadavg()[0]!.toFixed(1)}`,
  );
}
if (session && profFile) {
  const { profile } = await session.post("Profiler.stop");
  writeFileSync(profFile, JSON.stringify(profile));
  console.log(`profile: ${profFile}`);
}
