/**
 * CPU of the default temporal tagger on the bench's generated documents.
 *
 *   cd examples && nice pnpm exec tsx --conditions=@newsparse/source scripts/tag-cost.ts [docs] [passes] [--rules]
 *
 * Tags the documents `passes` times and prints this thread's CPU seconds for each pass after the first (the first
 * compiles the hot code). With `--rules`, the last pass also times each parser alone (wall milliseconds, so run it on
 * a quiet machine) with its candidate count: which rules cost most.
 */
import { getDefaultTagger, type TaggerContext } from "@newsparse/timeline";
import { articleTexts, generateArticle } from "../src/cli/bench-corpus.js";
import { threadCpu } from "../src/pipeline/thread-cpu.js";

const args = process.argv.slice(2);
const positional = args.filter((a) => !a.startsWith("--"));
const docs = Number(positional[0] ?? 600);
const passes = Math.max(2, Number(positional[1] ?? 4));
const base = articleTexts();
const articles = Array.from({ length: docs }, (_, i) => generateArticle(i, base));
const tagger = getDefaultTagger();
const figures: string[] = [];
for (let pass = 0; pass < passes; pass++) {
  const t = threadCpu()?.cpu ?? 0;
  for (const a of articles) tagger.tag(a.text, { referenceDate: a.publishedAt });
  if (pass > 0) figures.push(((threadCpu()?.cpu ?? 0) - t).toFixed(2));
}
console.log(`tagging ${docs} documents, CPU s per pass after the first: ${figures.join(" ")}`);

if (args.includes("--rules")) {
  // each parser on its own, with the context the tagger gives it (the tense reading is not timed: a constant here)
  const parsers = tagger.configuration.parsers;
  const cost = new Map<string, number>();
  const counts = new Map<string, number>();
  for (const a of articles) {
    const [year, month, day] = a.publishedAt.split("-").map(Number) as [number, number, number];
    const context: TaggerContext = { docId: a.id, text: a.text, messages: [], reference: { year, month, day }, tenseAt: () => "past" };
    for (const parser of parsers) {
      const t = performance.now();
      const found = parser.parse(context);
      cost.set(parser.name, (cost.get(parser.name) ?? 0) + performance.now() - t);
      counts.set(parser.name, (counts.get(parser.name) ?? 0) + found.length);
    }
  }
  const total = [...cost.values()].reduce((s, c) => s + c, 0);
  console.log(`parsers alone: ${total.toFixed(0)} ms over ${docs} documents`);
  for (const [name, c] of [...cost].sort((x, y) => y[1] - x[1])) console.log(`${c.toFixed(0).padStart(6)} ms ${((100 * c) / total).toFixed(1).padStart(5)}%  ${name} (${counts.get(name)} candidates)`);
}
