// Speed and memory of corpus-loader.
//   npx tsx --conditions=@newsparse/source packages/corpus-loader/scripts/bench.ts [--reps N] [--no-memory]
// Part 1a (one core, in process): MB/s of parseDocument (paragraphs + sentences
// + boilerplate + title) on in-memory text, no file I/O.
// Part 1b: MB/s end to end from files in a temp dir (walk + open/read +
// decode + metadata + parse), for streamCorpus (documents consumed and
// dropped) and loadCorpus (all documents kept in memory), with file sizes.
// The corpus is built from the seeds and, when ../shared/data exists,
// TimeML and PolNeAR raw news text.
// Every throughput figure is MB per CPU-second of this process
// (process.cpuUsage, the one-core figure; wall time is shown too), repeated
// --reps times (default 3): best and median are printed, because other
// processes on a shared machine slow single runs down.
// Part 2: peak memory while streaming a corpus ten times larger than the V8
// heap limit given to a child process (--max-old-space-size).
import { spawnSync } from "node:child_process";
import { mkdtemp, mkdir, rm, writeFile } from "node:fs/promises";
import { readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { createSentenceSplitter, parseDocument } from "../src/index.js";
import { loadCorpus, streamCorpus } from "../src/node.js";
import { polnearFiles, seedTexts, timemlFiles, timemlText } from "./corpus-sources.js";

const MB = 1024 * 1024;
const args = process.argv.slice(2);
const repsArg = args.indexOf("--reps");
const REPS = Math.max(1, repsArg >= 0 ? Number(args[repsArg + 1]) || 3 : 3);

async function child(dir: string): Promise<void> {
  let peakRss = 0;
  let peakHeap = 0;
  let docs = 0;
  let chars = 0;
  const sample = (): void => {
    const m = process.memoryUsage();
    peakRss = Math.max(peakRss, m.rss);
    peakHeap = Math.max(peakHeap, m.heapUsed);
  };
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  const duplicates = args.includes("--dedupe") ? {} : (false as const);
  for await (const doc of streamCorpus(dir, { duplicates, concurrency: 8, recursive: true })) {
    docs++;
    chars += doc.text.length;
    if (docs % 200 === 0) sample();
  }
  sample();
  const seconds = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(c0);
  process.stdout.write(JSON.stringify({ docs, chars, seconds, cpuSeconds: (cpu.user + cpu.system) / 1e6, peakRss, peakHeap }));
}

function corpusTexts(): { texts: string[]; sources: string } {
  const texts = seedTexts();
  const sources = ["5 seed articles"];
  const tml = timemlFiles();
  if (tml.length > 0) {
    for (const f of tml) texts.push(timemlText(readFileSync(f, "utf8")).trim());
    sources.push(`${tml.length} TimeML articles`);
  }
  const pol = polnearFiles();
  if (pol.length > 0) {
    for (const f of pol) texts.push(readFileSync(f, "utf8"));
    sources.push(`${pol.length} PolNeAR articles`);
  }
  if (tml.length === 0 && pol.length === 0) {
    console.log("skipped: ../shared/data not found (no TimeML/PolNeAR text); the bench uses the seeds only");
  }
  return { texts: texts.filter((t) => t.length > 0), sources: sources.join(", ") };
}

/** Write `targetBytes` of articles into `dir`, one file each (`<seq>_<id>.txt`), with a small per-file variation. */
async function writeCorpus(dir: string, texts: readonly string[], targetBytes: number, filesPerDir = 5000, articlesPerFile = 1): Promise<{ files: number; bytes: number }> {
  let bytes = 0;
  let files = 0;
  while (bytes < targetBytes) {
    const sub = join(dir, `d${Math.floor(files / filesPerDir)}`);
    if (files % filesPerDir === 0) await mkdir(sub, { recursive: true });
    const parts: string[] = [];
    for (let k = 0; k < articlesPerFile; k++) parts.push(texts[(files * articlesPerFile + k) % texts.length]!);
    const text = `${parts.join("\n\n")}\n\nStory ${files} ends here.\n`;
    const buf = Buffer.from(text, "utf8");
    await writeFile(join(sub, `${String(files).padStart(7, "0")}_${files.toString(16)}.txt`), buf);
    bytes += buf.length;
    files++;
  }
  return { files, bytes };
}

function row(cells: (string | number)[]): string {
  return `| ${cells.join(" | ")} |`;
}

async function main(): Promise<void> {
  if (args[0] === "--child") return child(args[1]!);
  const { texts, sources } = corpusTexts();
  const sampleBytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0);
  console.log(`corpus-loader bench: node ${process.version}, corpus built from ${sources} (${(sampleBytes / MB).toFixed(1)} MB of distinct text)\n`);

  // Part 1a: in-memory, one core.
  const target = 40 * MB;
  const pool: string[] = [];
  let size = 0;
  for (let i = 0; size < target; i++) {
    const t = texts[i % texts.length]!;
    pool.push(t);
    size += t.length;
  }
  // Wall time is shared with other processes on a busy machine; CPU time of this process is the one-core figure.
  const median = (xs: number[]): number => {
    const ys = [...xs].sort((a, b) => a - b);
    const m = ys.length >> 1;
    return ys.length % 2 === 1 ? ys[m]! : (ys[m - 1]! + ys[m]!) / 2;
  };
  /** Run `fn` REPS times; row with MB, best and median MB/s of CPU time, best MB/s of wall time. */
  const repeat = async (label: string, mb: number, fn: () => unknown, extra = ""): Promise<string> => {
    const cpuRates: number[] = [];
    const wallRates: number[] = [];
    for (let k = 0; k < REPS; k++) {
      const t0 = performance.now();
      const c0 = process.cpuUsage();
      await fn();
      const c = process.cpuUsage(c0);
      cpuRates.push(mb / ((c.user + c.system) / 1e6));
      wallRates.push(mb / ((performance.now() - t0) / 1000));
    }
    return row([label, mb.toFixed(1), Math.max(...cpuRates).toFixed(1), median(cpuRates).toFixed(1), Math.max(...wallRates).toFixed(1)]) + extra;
  };
  const measure = async (label: string, fn: (t: string) => unknown, limit = target): Promise<string> => {
    for (const t of pool.slice(0, 300)) fn(t); // warm-up
    let chars = 0;
    const texts: string[] = [];
    for (const t of pool) {
      texts.push(t);
      chars += t.length;
      if (chars >= limit) break;
    }
    return repeat(label, chars / MB, () => {
      for (const t of texts) fn(t);
    });
  };
  const rules = createSentenceSplitter();
  const intl = createSentenceSplitter({ engine: "intl" });
  const intlPlain = createSentenceSplitter({ engine: "intl", repair: false });
  const header = [
    row(["stage", "MB", `MB/s CPU, best of ${REPS}`, `MB/s CPU, median`, "MB/s wall, best"]),
    row(["---", "---:", "---:", "---:", "---:"]),
  ].join("\n");
  console.log(`Part 1a. In-memory text, no file I/O (MB = 2^20 UTF-16 code units; ${pool.length} articles, ${((size / pool.length) / 1024).toFixed(1)} K code units each on average):\n`);
  console.log(header);
  console.log(await measure("`parseDocument` (paragraphs + sentences + boilerplate + title)", (t) => parseDocument(t)));
  console.log(await measure("`parseDocument` without boilerplate rules", (t) => parseDocument(t, { rules: [] })));
  console.log(await measure("sentence splitter only (rules engine)", (t) => rules.split(t)));
  console.log(await measure("sentence splitter, `Intl.Segmenter` engine + repairs", (t) => intl.split(t), 4 * MB));
  console.log(await measure("plain `Intl.Segmenter`", (t) => intlPlain.split(t), 4 * MB));

  // Part 1b: from files.
  const root = await mkdtemp(join(tmpdir(), "corpus-loader-bench-"));
  try {
    const dir = join(root, "files");
    const written = await writeCorpus(dir, texts, 24 * MB);
    // Warm-up on a small separate folder so the JIT has compiled the file path before timing.
    const warm = join(root, "warm");
    await writeCorpus(warm, texts, 2 * MB);
    await loadCorpus(warm, { recursive: true });
    await rm(warm, { recursive: true, force: true });
    const mbFiles = written.bytes / MB;
    const avgKb = written.bytes / written.files / 1024;
    console.log(
      `\nPart 1b. From files, end to end (walk + open/fstat/read + decode + metadata + parse): ${written.files} plain-text files, ${mbFiles.toFixed(1)} MB on disk (MB = 2^20 bytes), ${avgKb.toFixed(1)} KB per file on average, in the page cache:\n`,
    );
    console.log(header);
    let count = 0;
    console.log(
      await repeat(`\`streamCorpus\`, ${written.files} files of ${avgKb.toFixed(1)} KB, documents consumed and dropped`, mbFiles, async () => {
        count = 0;
        for await (const doc of streamCorpus(dir, { recursive: true, duplicates: false })) if (doc) count++;
      }).then((r) => r + (count === written.files ? "" : `  (!) ${count} documents`)),
    );
    for (const duplicates of [false, true] as const) {
      let n = 0;
      console.log(
        await repeat(
          `\`loadCorpus\`, ${written.files} files of ${avgKb.toFixed(1)} KB, all documents kept${duplicates ? " + MinHash duplicates" : ""}`,
          mbFiles,
          async () => {
            n = (await loadCorpus(dir, { recursive: true, duplicates: duplicates ? {} : false })).documents.length;
          },
        ).then((r) => r + (n === written.files ? "" : `  (!) ${n} documents`)),
      );
    }
    await rm(dir, { recursive: true, force: true });

    // Bigger files: the per-file cost (open, read, decode, metadata, streaming) is spread over more text.
    const bigDir = join(root, "bigfiles");
    const bigWrittenFiles = await writeCorpus(bigDir, texts, 24 * MB, 5000, 16);
    const bigAvgKb = bigWrittenFiles.bytes / bigWrittenFiles.files / 1024;
    let nBig = 0;
    console.log(
      await repeat(`\`streamCorpus\`, ${bigWrittenFiles.files} files of ${bigAvgKb.toFixed(1)} KB (16 articles each), documents consumed and dropped`, bigWrittenFiles.bytes / MB, async () => {
        nBig = 0;
        for await (const doc of streamCorpus(bigDir, { recursive: true, duplicates: false })) if (doc) nBig++;
      }).then((r) => r + (nBig === bigWrittenFiles.files ? "" : `  (!) ${nBig} documents`)),
    );
    await rm(bigDir, { recursive: true, force: true });

    if (args.includes("--no-memory")) return;
    // Part 2: memory while streaming 10x the heap limit.
    const heapMb = 32;
    const big = join(root, "big");
    const bigWritten = await writeCorpus(big, texts, 10 * heapMb * MB + MB);
    console.log(`\nStreaming memory: ${bigWritten.files} files, ${(bigWritten.bytes / MB).toFixed(0)} MB on disk, child process with --max-old-space-size=${heapMb}:\n`);
    console.log(row(["run", "documents", "MB/s (CPU time)", "peak heapUsed MB", "peak RSS MB", "exit"]));
    console.log(row(["---", "---:", "---:", "---:", "---:", "---"]));
    const script = fileURLToPath(import.meta.url);
    for (const mode of ["", "--dedupe"]) {
      const res = spawnSync(
        process.execPath,
        [`--max-old-space-size=${heapMb}`, "--conditions=@newsparse/source", "--import", "tsx", script, "--child", big, ...(mode ? [mode] : [])],
        { encoding: "utf8", maxBuffer: 16 * MB, timeout: 20 * 60 * 1000 },
      );
      if (res.status !== 0) {
        console.log(row([`streamCorpus ${mode || "(duplicates off)"}`, "-", "-", "-", "-", `failed (${res.status}): ${(res.stderr || "").split("\n").find((l) => /heap|Error/.test(l)) ?? ""}`]));
        continue;
      }
      const r = JSON.parse(res.stdout) as { docs: number; chars: number; seconds: number; cpuSeconds: number; peakRss: number; peakHeap: number };
      console.log(
        row([
          `streamCorpus ${mode ? "(with MinHash duplicates)" : "(duplicates off)"}`,
          r.docs,
          (bigWritten.bytes / MB / r.cpuSeconds).toFixed(1),
          (r.peakHeap / MB).toFixed(0),
          (r.peakRss / MB).toFixed(0),
          "ok",
        ]),
      );
    }
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}

await main();
