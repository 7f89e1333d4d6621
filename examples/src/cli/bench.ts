/**
 * `pnpm bench [package…] [--quick]`: each package's benchmark, then the whole
 * pipeline end to end on a large corpus built from the bundled seeds and, when
 * present, the raw news text in `../shared/data`. Prints MB/s (one core) and
 * peak memory per stage. A benchmark, never a timed test.
 */
import { runPackageScripts } from "./run-package-scripts.js";
import { benchPipeline } from "./bench-pipeline.js";

const only = process.argv.slice(2).filter((a) => !a.startsWith("--"));
console.log("# newsparse benchmarks");
console.log(`node ${process.version}, ${process.platform}/${process.arch}, one core per process\n`);
const packages = only.filter((a) => a !== "pipeline");
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
process.exitCode = failures ? 1 : 0;
