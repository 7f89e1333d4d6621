/**
 * `pnpm bench [package…] [--quick]`: each package's benchmark, then the whole
 * pipeline end to end on a large corpus built from the bundled seeds and, when
 * present, the raw news text in `../shared/data`. Prints MB/s (one core) and
 * peak memory per stage; then (`pnpm bench report`) how long the HTML report
 * of a 1,000-document corpus takes to open in headless Chromium. A benchmark,
 * never a timed test.
 */
import { runPackageScripts } from "./run-package-scripts.js";
import { benchPipeline } from "./bench-pipeline.js";
import { benchReport } from "./bench-report.js";

const only = process.argv.slice(2).filter((a) => !a.startsWith("--"));
console.log("# newsparse benchmarks");
console.log(`node ${process.version}, ${process.platform}/${process.arch}, one core per process\n`);
const packages = only.filter((a) => a !== "pipeline" && a !== "report");
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
process.exitCode = failures ? 1 : 0;
