import type { Reporter, TestModule } from "vitest/node";

/**
 * Prints `vitest: N passed, N failed, N skipped` alone on a line at the end of
 * a run (the line CI reads), and fails a run that executed no test.
 */
export default class SummaryReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    let passed = 0;
    let failed = 0;
    let skipped = 0;
    for (const mod of testModules) {
      for (const test of mod.children.allTests()) {
        const state = test.result().state;
        if (state === "passed") passed++;
        else if (state === "failed") failed++;
        else skipped++;
      }
      if (mod.state() === "failed" && [...mod.children.allTests()].length === 0) failed++;
    }
    if (passed + failed === 0) {
      process.exitCode = 1;
      console.log("vitest: no test ran");
    }
    console.log(`vitest: ${passed} passed, ${failed} failed, ${skipped} skipped`);
  }
}
