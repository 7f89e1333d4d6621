import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { parseDocument, type Document } from "@newsparse/corpus-loader";
import { analyzeCorpus } from "../analyze-corpus.js";
import { launchChromium } from "../report/launch-chromium.js";
import { renderHtml } from "../report/render-html.js";
import { root } from "./run-package-scripts.js";

/** Options of {@link benchReport}. */
export interface BenchReportOptions {
  /** Documents in the corpus (default 1,000). */
  documents?: number;
  /** Page loads to time (default 5; the median and the fastest are reported: the machine may be shared). */
  runs?: number;
}

/**
 * A corpus of `count` documents: the bundled articles repeated with distinct
 * ids, outlets and publication dates (every fifth without a date).
 */
function benchCorpus(count: number): Document[] {
  const seeds = join(root, "examples/corpus/niger-2024");
  const texts = readdirSync(seeds)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((f) => readFileSync(join(seeds, f), "utf8"));
  return Array.from({ length: count }, (_, i) =>
    parseDocument(texts[i % texts.length]!, {
      id: `d${i}`,
      seq: i,
      outlet: `Outlet ${i % 37}`,
      publishedAt: i % 5 === 4 ? null : `2024-0${4 + (i % 3)}-${String(1 + (i % 28)).padStart(2, "0")}`,
    }),
  );
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/**
 * Time how long the HTML report of a large corpus takes to open in headless
 * Chromium and become interactive (its script has built every section), and
 * how long a click on the most mentioned person takes to highlight its
 * mentions. Prints a table; a figure, never a timed test.
 *
 * @param options - Corpus size and number of runs.
 * @returns False when Chromium could not be launched (the bench is skipped).
 */
export async function benchReport(options: BenchReportOptions = {}): Promise<boolean> {
  const count = options.documents ?? 1000;
  const runs = options.runs ?? 5;
  const documents = benchCorpus(count);
  const chars = documents.reduce((n, d) => n + d.text.length, 0);
  let t0 = performance.now();
  const analysis = analyzeCorpus(documents);
  const analyseSeconds = (performance.now() - t0) / 1000;
  t0 = performance.now();
  const html = renderHtml(analysis);
  const renderSeconds = (performance.now() - t0) / 1000;
  const work = mkdtempSync(join(tmpdir(), "newsparse-bench-report-"));
  const file = join(work, "report.html");
  writeFileSync(file, html);
  console.log(
    `corpus: ${count} documents, ${(chars / 1e6).toFixed(2)} M UTF-16 code units; ${analysis.entities.length} entities, ${analysis.claims.length} claims, ${analysis.timeline.length} timeline entries`,
  );
  console.log(`analyzeCorpus ${analyseSeconds.toFixed(2)} s; renderHtml ${renderSeconds.toFixed(2)} s; report ${(Buffer.byteLength(html) / 2 ** 20).toFixed(1)} MiB\n`);
  const browser = await launchChromium();
  if (typeof browser === "string") {
    console.log(`report bench skipped: ${browser}`);
    rmSync(work, { recursive: true, force: true });
    return false;
  }
  const loadBefore = loadavg().map((x) => x.toFixed(1)).join(", ");
  const interactive: number[] = [];
  const loaded: number[] = [];
  const clicks: number[] = [];
  const inPage: number[] = [];
  let phases = "";
  let rendered = 0;
  try {
    for (let run = 0; run < runs; run++) {
      const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
      const errors: string[] = [];
      page.on("pageerror", (e) => errors.push(e.message));
      await page.goto(pathToFileURL(file).href, { waitUntil: "load", timeout: 120_000 });
      await page.waitForSelector("html[data-ready=true]", { timeout: 120_000 });
      // a string, not a function: tsx would wrap named inner functions in a helper the page does not have
      const timing = (await page.evaluate(`(() => {
        const at = (name) => performance.getEntriesByName(name)[0]?.startTime ?? NaN;
        const nav = performance.getEntriesByType("navigation")[0];
        return {
          interactive: at("report-interactive"),
          load: nav ? nav.loadEventEnd : NaN,
          phases: "script starts " + at("report-start").toFixed(0) + ", JSON parsed " + at("report-parsed").toFixed(0) + ", sections built " + at("report-sections").toFixed(0) + ", all built " + at("report-built").toFixed(0) + ", first frame " + at("report-interactive").toFixed(0) + " ms",
        };
      })()`)) as { interactive: number; load: number; phases: string };
      interactive.push(timing.interactive);
      loaded.push(timing.load);
      const started = Date.now();
      await page.click("li.entity >> nth=0 >> button.ent-name");
      await page.waitForSelector("#texts .hl");
      clicks.push(Date.now() - started);
      inPage.push(Number(await page.evaluate(() => document.documentElement.dataset.lastSelectMs)));
      phases = timing.phases;
      rendered = await page.locator("#texts .text:not(.pending)").count();
      if (errors.length) throw new Error(`page errors: ${errors.join("; ")}`);
      await page.close();
    }
  } finally {
    await browser.close();
    rmSync(work, { recursive: true, force: true });
  }
  const row = (what: string, values: number[]) => console.log(`| ${what} | ${median(values).toFixed(0)} | ${Math.min(...values).toFixed(0)} |`);
  console.log(`| ${runs} loads in headless Chromium | median ms | fastest ms |`);
  console.log("|---|---:|---:|");
  row("open → interactive (every section built, first frame laid out and painted)", interactive);
  row("open → load event", loaded);
  row("click a person → mentions highlighted (incl. Playwright round trip)", clicks);
  row("of which in the page: render the texts and highlight", inPage);
  console.log(`\nload average before the page loads: ${loadBefore}; after: ${loadavg().map((x) => x.toFixed(1)).join(", ")}`);
  console.log(`\nlast load: ${phases}`);
  console.log(`\ndocument texts rendered after the click: ${rendered} of ${count} (the rest render as they scroll into view)`);
  return true;
}
