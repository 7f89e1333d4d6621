/**
 * `pnpm bench [package…] [--quick]`: each package's benchmark, then the whole
 * pipeline end to end on a large corpus built from the bundled seeds and, when
 * present, the raw news text in `../shared/data`. Prints MB/s (one core) and
 * peak memory per stage; then (`pnpm bench report`) how long the HTML report
 * of a 1,000-document corpus takes to open in headless Chromium. A benchmark,
 * never a timed test.
 *
 * `pnpm bench workers|scale|stages|stream|reduce|records|alloc [--docs N] [--workers …] [--sizes …]`: the
 * large-corpus figures (worker threads, cross-document growth end to end and
 * at archive sizes on synthesised records, streaming memory (end to end, and of the streaming
 * reducer at archive sizes on synthesised records), heap kept per document,
 * allocation per document) on generated corpora; see docs/guides/large-corpora.md.
 */
import { runPackageScripts } from "./run-package-scripts.js";
import { benchPipeline } from "./bench-pipeline.js";
import { benchReport } from "./bench-report.js";
import { benchScale, benchStream, benchWorkers } from "./bench-scale.js";
import { benchStages } from "./bench-stages.js";
import { benchReduce } from "./bench-reduce.js";
import { benchAlloc, benchRecords } from "./bench-records.js";

const optionValue = (name: string): string | undefined => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const numbers = (value: string | undefined, fallback: number[]) => (value ? value.split(",").map(Number).filter((n) => Number.isInteger(n) && n >= 0) : fallback);
const only = process.argv.slice(2).filter((a, i, all) => !a.startsWith("--") && !all[i - 1]?.match(/^--(docs|workers|sizes|base|jobs|repeat|base-file|warm|young|v8|compile-on-helpers)$/));
console.log("# newsparse benchmarks");
console.log(`node ${process.version}, ${process.platform}/${process.arch}, one core per process\n`);
const special = ["pipeline", "report", "workers", "scale", "stages", "stream", "reduce", "records", "alloc"];
const packages = only.filter((a) => !special.includes(a));
let failures = only.length > 0 && packages.length === 0 ? 0 : runPackageScripts("bench", packages);
if (only.length === 0 || only.includes("pipeline")) {
  console.log("\n## end to end: analyzeCorpus\n");
  try {
    await benchPipeline({ quick: process.argv.includes("--quick") });
  } catch (error) {
    failures++;
    console.log(`pipeline bench failed: ${error instanceof Error ? error.message : String(error)}`);
  }
}
if (only.length === 0 || only.includes("report")) {
  console.log("\n## HTML report: open and become interactive\n");
  try {
    await benchReport({ documents: process.argv.includes("--quick") ? 200 : 1000 });
  } catch (error) {
    failures++;
    console.log(`report bench failed: ${error instanceof Error ? error.message : String(error)}`);
  }
}
if (only.includes("workers")) {
  console.log("\n## all cores: per-document stages on worker threads\n");
  await benchWorkers({
    docs: Number(optionValue("--docs") ?? (process.argv.includes("--quick") ? 300 : 2000)),
    workers: numbers(optionValue("--workers"), [0, 1, 2]),
    warm: optionValue("--warm") === undefined ? undefined : Number(optionValue("--warm")),
    youngGenerationMb: optionValue("--young") === undefined ? undefined : Number(optionValue("--young")),
    v8Flags: optionValue("--v8"),
    concurrentCompilation: optionValue("--compile-on-helpers") === undefined ? undefined : optionValue("--compile-on-helpers") === "yes",
  });
}
if (only.includes("scale")) {
  console.log("\n## cross-document stages by corpus size\n");
  await benchScale({ sizes: numbers(optionValue("--sizes"), process.argv.includes("--quick") ? [500, 1000] : [2000, 8000, 20000]), workers: numbers(optionValue("--workers"), [2])[0] ?? 2 });
}
if (only.includes("stages")) {
  console.log("\n## cross-document stages at archive sizes (synthesised records)\n");
  await benchStages({ sizes: numbers(optionValue("--sizes"), process.argv.includes("--quick") ? [2000, 5000] : [20000, 50000, 100000]), base: Number(optionValue("--base") ?? 400), jobs: Number(optionValue("--jobs") ?? 1), repeat: Number(optionValue("--repeat") ?? 1), baseFile: optionValue("--base-file") });
}
if (only.includes("stream")) {
  console.log("\n## streaming: peak memory of --format ndjson\n");
  await benchStream({ docs: Number(optionValue("--docs") ?? (process.argv.includes("--quick") ? 300 : 2000)), workers: numbers(optionValue("--workers"), [2])[0] ?? 2, compare: !process.argv.includes("--no-compare"), v8Flags: optionValue("--v8") });
}
if (only.includes("reduce")) {
  console.log("\n## streaming reducer: peak memory of --format ndjson's cross-document stages (synthesised records)\n");
  await benchReduce({ docs: numbers(optionValue("--docs"), process.argv.includes("--quick") ? [2000] : [20000]), base: Number(optionValue("--base") ?? 400), baseFile: optionValue("--base-file"), v8Flags: optionValue("--v8") });
}
if (only.includes("records")) {
  console.log("\n## heap kept per document while streaming, and per record list unpacked\n");
  await benchRecords({ docs: Number(optionValue("--docs") ?? 300) });
}
if (only.includes("alloc")) {
  console.log("\n## allocation per document in the per-document stages\n");
  await benchAlloc({ docs: Number(optionValue("--docs") ?? 300) });
}
process.exitCode = failures ? 1 : 0;
