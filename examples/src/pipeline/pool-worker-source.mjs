// Entry of the document pool's workers when the pipeline runs from its TypeScript source (tsx).
//
// piscina loads a worker's file with `require()` first. tsx, on Node versions whose module hooks do not
// reach worker threads (Node 20, 22 before 22.22.3, 24 before 24.11.1), registers only its CommonJS hook
// there, so `require("./pool-worker.ts")` would run every module of the pipeline as esbuild's CommonJS
// translation, in which each imported binding is read through a getter on an exports object. Measured on
// the bench corpus, that made a worker's JavaScript take about 1.3 times the CPU the same code takes as
// ES modules on the main thread. This file is an ES module (so `require()` of it fails on Node 20 and
// piscina falls back to `import()`), registers tsx's ES module hooks in the worker when none are active,
// and loads the worker as ES modules, as on the main thread.
import { register } from "tsx/esm/api";

// With tsx's hooks active, "./pool-worker.js" resolves to the .ts file beside this one; without them it stays .js.
let hooked = false;
try {
  hooked = import.meta.resolve("./pool-worker.js").endsWith(".ts");
} catch {
  // not resolvable: no hooks
}
if (!hooked) register();

const { default: analyzeBatch } = await import("./pool-worker.ts");
export default analyzeBatch;
