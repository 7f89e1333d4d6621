import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseDocument } from "@newsparse/corpus-loader";
import { loadCorpus } from "@newsparse/corpus-loader/node";
import { analyzeCorpus } from "../src/index.js";
import { analyzeCorpusParallel } from "../src/pipeline/analyze-parallel.js";
import { dayKey } from "../src/pipeline/day-key.js";
import { createDocumentPool, workerExecArgv } from "../src/pipeline/document-pool.js";
import { analyzeDocument } from "../src/pipeline/document-stage.js";
import { InvalidAnalysisNdjsonError, readAnalysisNdjson } from "../src/pipeline/read-analysis-ndjson.js";
import { createSpillStore } from "../src/pipeline/spill-store.js";
import { threadCpu } from "../src/pipeline/thread-cpu.js";

const root = resolve(import.meta.dirname, "../..");
const tsx = join(root, "node_modules/.bin/tsx");
const cli = join(root, "examples/src/cli/analyze.ts");
const corpus = join(root, "examples/corpus/niger-2024");
const work = mkdtempSync(join(tmpdir(), "newsparse-pipeline-"));
const run = promisify(execFile);

function analyze(args: string[]) {
  return run(tsx, ["--conditions=@newsparse/source", cli, ...args], { cwd: root, encoding: "utf8", maxBuffer: 64 * 2 ** 20 }).then(
    (r) => ({ code: 0, stdout: r.stdout, stderr: r.stderr }),
    (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, stdout: e.stdout, stderr: e.stderr }),
  );
}

let single: string;
let pooled: { code: number; stderr: string };
let ndjson: { code: number; stderr: string };

beforeAll(async () => {
  // the reference: the single-threaded analyzeCorpus, as `pnpm analyze --format json` wrote it before worker threads
  const loaded = await loadCorpus(corpus);
  const reference = analyzeCorpus(loaded.documents);
  // as analyze.ts does: loader messages already on a document are listed once, with that document's
  const onDocuments = new Set(loaded.documents.flatMap((d) => d.messages ?? []));
  reference.messages = [...loaded.messages.filter((m) => !onDocuments.has(m)), ...reference.messages];
  single = `${JSON.stringify(reference, null, 2)}\n`;
  [pooled, ndjson] = await Promise.all([
    analyze([corpus, "--format", "json", "--workers", "2", "--out", join(work, "pooled.json")]),
    analyze([corpus, "--format", "ndjson", "--workers", "1", "--out", join(work, "analysis.ndjson")]),
  ]);
}, 300_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe("per-document stages on worker threads", () => {
  it("gives output byte-identical to the single-threaded analyzeCorpus with 2 worker threads", () => {
    expect(pooled.code, pooled.stderr).toBe(0);
    expect(readFileSync(join(work, "pooled.json"), "utf8")).toBe(single);
  });

  it("gives the same analysis with the per-document stages on this thread (workers: 0)", async () => {
    const loaded = await loadCorpus(corpus);
    const timings: Record<string, number> = {};
    const analysis = await analyzeCorpusParallel(loaded.documents, { workers: 0, timings });
    const onDocuments = new Set(loaded.documents.flatMap((d) => d.messages ?? []));
    analysis.messages = [...loaded.messages.filter((m) => !onDocuments.has(m)), ...analysis.messages];
    expect(`${JSON.stringify(analysis, null, 2)}\n`).toBe(single);
    expect(Object.keys(timings)).toEqual(["per-document", "resolution", "speaker linking", "claim grouping", "timeline"]);
  });

  it("runs the pipeline in the workers as ES modules, as on this thread, with the same results", async () => {
    // from the TypeScript source, piscina's require() of a .ts worker would run tsx's CommonJS translation of
    // every module (each imported binding read through a getter), about 1.3 times the CPU
    const pool = createDocumentPool({ workers: 1 });
    try {
      const document = parseDocument("Amina Diallo said on Monday that 300 people had left Niamey.", { id: "d1", publishedAt: "2024-08-05" });
      const [result] = await pool.run([document]);
      expect(result).toEqual(analyzeDocument(document));
      expect([...pool.threads.values()].map((t) => t.esModules)).toEqual([true]);
    } finally {
      await pool.close();
    }
  }, 60_000);

  it("gives the workers the parent's module-loading options and none of its V8 or process-wide ones", () => {
    const parent = ["--max-old-space-size=4096", "--expose-gc", "--require", "/x/preflight.cjs", "--import", "file:///x/loader.mjs", "--stack-size=2000", "--conditions=@newsparse/source", "--enable-source-maps", "-C", "custom"];
    expect(workerExecArgv(parent, true)).toEqual(["--require", "/x/preflight.cjs", "--import", "file:///x/loader.mjs", "--conditions=@newsparse/source", "--enable-source-maps", "-C", "custom", "--import", "tsx"]);
    expect(workerExecArgv(["--expose-gc"], false)).toEqual(["--conditions=@newsparse/source"]);
  });

  it("starts its workers when the process runs with V8 options (node --max-old-space-size=… --expose-gc)", async () => {
    // Node refuses a worker whose execArgv holds such an option (ERR_WORKER_INVALID_EXEC_ARGV, uncaught: the process ended)
    const pool = join(root, "examples/src/pipeline/document-pool.ts");
    const script = `import { createDocumentPool } from ${JSON.stringify(pool)}; import { parseDocument } from "@newsparse/corpus-loader";
      const pool = createDocumentPool({ workers: 1 });
      const [r] = await pool.run([parseDocument("Amina Diallo left Niamey on Monday.", { id: "d1", publishedAt: "2024-08-05" })]);
      await pool.close(); console.log("analysed " + r.docId);`;
    const { stdout } = await run(process.execPath, ["--max-old-space-size=2048", "--expose-gc", "--import", "tsx", "--conditions=@newsparse/source", "--input-type=module", "-e", script], { cwd: join(root, "examples"), encoding: "utf8" });
    expect(stdout.trim()).toBe("analysed d1");
  }, 60_000);

  it("rejects a --workers value that is not a whole number", async () => {
    const result = await analyze([corpus, "--workers", "two"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("--workers must be a whole number");
  });
});

describe("--format ndjson", () => {
  it("writes a header, one line per document, the cross-document lines and an end line that read back to the JSON analysis", async () => {
    expect(ndjson.code, ndjson.stderr).toBe(0);
    const lines = readFileSync(join(work, "analysis.ndjson"), "utf8").trimEnd().split("\n");
    const types = lines.map((l) => (JSON.parse(l) as { type: string }).type);
    expect(types[0]).toBe("header");
    expect(types.slice(1, 6)).toEqual(["document", "document", "document", "document", "document"]);
    expect(types.at(-1)).toBe("end");
    const rebuilt = await readAnalysisNdjson(lines);
    expect(`${JSON.stringify(rebuilt, null, 2)}\n`).toBe(single);
  });

  it("refuses a cut-short file and a malformed line, naming the line", async () => {
    const lines = readFileSync(join(work, "analysis.ndjson"), "utf8").trimEnd().split("\n");
    await expect(readAnalysisNdjson(lines.slice(0, -1))).rejects.toThrow(/no end line/);
    await expect(readAnalysisNdjson([lines[0]!, "{not json"])).rejects.toThrow(InvalidAnalysisNdjsonError);
    await expect(readAnalysisNdjson([lines[0]!, '{"type":"entity","entity":{}}'])).rejects.toThrow(/line 2: not an analysis record/);
  });
});

describe("spill store", () => {
  it("gives back each document's text and structure exactly, with few documents in memory", () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: "binary", maxLength: 200 }), { minLength: 1, maxLength: 12 }), (texts) => {
        const store = createSpillStore({ cacheSize: 2 });
        try {
          const originals = texts.map((t, i) => parseDocument(t, { id: `d${i}` }));
          const spilled = originals.map((d) => store.add(d));
          // read in reverse and twice, so most reads miss the 2-entry cache
          for (let i = spilled.length - 1; i >= 0; i--) expect(JSON.stringify(spilled[i])).toBe(JSON.stringify(originals[i]));
          for (let i = 0; i < spilled.length; i++) expect(spilled[i]!.text).toBe(originals[i]!.text);
        } finally {
          store.close();
        }
      }),
      { numRuns: 20 },
    );
  });
});

describe("dayKey", () => {
  it("keys ISO days, null for none, and leaves other forms uncached", () => {
    expect(dayKey("2024-05-15")).toBe("2024-05-15");
    expect(dayKey(" 2024-05-15T10:00:00Z")).toBe("2024-05-15");
    expect(dayKey(null)).toBeNull();
    expect(dayKey(undefined)).toBeNull();
    expect(dayKey("2024-02-30")).toBeUndefined();
    expect(dayKey("May 15, 2024")).toBeUndefined();
    expect(dayKey(new Date())).toBeUndefined();
  });
});

describe("threadCpu", () => {
  it("counts this thread's own CPU time on Linux (and is absent elsewhere)", () => {
    const before = threadCpu();
    if (process.platform !== "linux") {
      expect(before).toBeUndefined();
      return;
    }
    let x = 0;
    for (let i = 0; i < 2e7; i++) x = (x * 31 + i) % 1_000_003;
    const after = threadCpu()!;
    expect(x).toBeGreaterThanOrEqual(0);
    expect(after.cpu).toBeGreaterThan(before!.cpu);
    // one thread's time: never more than the whole process's
    const process_ = process.cpuUsage();
    expect(after.cpu).toBeLessThanOrEqual((process_.user + process_.system) / 1e6 + 0.05);
    expect(after.waited).toBeGreaterThanOrEqual(0);
  });
});
