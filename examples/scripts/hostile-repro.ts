/**
 * Reproductions of issue 18 (hostile input): prints one figure per case.
 *
 *   pnpm exec tsx --conditions=@newsparse/source examples/scripts/hostile-repro.ts [case ...]
 *
 * Each case runs in its own child process with a time limit, so a hang or a
 * crash is recorded as a figure ("timeout after 60 s", "crashed: ...") and the
 * next case still runs. Sizes are smaller than the issue's (which took minutes
 * each before the fixes); the growth ratio between two sizes shows the shape
 * (about 2 for linear work on 2x input, about 4 for quadratic).
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync, createWriteStream, statSync } from "node:fs";
import { execFileSync } from "node:child_process";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Document } from "@newsparse/corpus-loader";

const self = fileURLToPath(import.meta.url);
const now = () => performance.now();
const secs = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

function time<T>(f: () => T): [T, number] {
  const t = now();
  const r = f();
  return [r, now() - t];
}

/** An article of about `bytes` characters whose paragraphs (all different) alternate with "Advertisement" lines. */
function advertArticle(bytes: number): string {
  const parts: string[] = ["Soldiers leave Niamey"];
  let n = parts[0]!.length;
  for (let i = 1; n < bytes; i++) {
    const para = `The minister said on Tuesday that ${i} soldiers would leave Niamey, according to Reuters.`;
    parts.push(para, "Advertisement");
    n += para.length + 13 + 4;
  }
  return parts.join("\n\n");
}

const cases: Record<string, () => Promise<void> | void> = {
  async "1-excluded-ranges"() {
    const { parseDocument } = await import("@newsparse/corpus-loader");
    const { extractClaims } = await import("@newsparse/claims");
    const { extractEntities } = await import("@newsparse/entity-extract");
    const { buildTimeline } = await import("@newsparse/timeline");
    const sizes = (process.env.REPRO_SIZES ?? "500000,1000000").split(",").map(Number);
    const stages: Record<string, (d: Document) => { items: number; errors: number }> = {
      parseDocument: (d) => ({ items: parseDocument(d.text, { id: "ads" }).sentences.length, errors: 0 }),
      claims: (d) => {
        const r = extractClaims([d]);
        return { items: r.claims.length, errors: r.messages.filter((m) => m.severity === "error").length };
      },
      entities: (d) => {
        const r = extractEntities([d]);
        return { items: r.entities.reduce((n, e) => n + e.mentions.length, 0), errors: r.messages.filter((m) => m.severity === "error").length };
      },
      timeline: (d) => {
        const r = buildTimeline([d]);
        return { items: r.timexes.length, errors: r.messages.filter((m) => m.severity === "error").length };
      },
    };
    const warm = parseDocument(advertArticle(20_000), { id: "ads" });
    for (const f of Object.values(stages)) f(warm);
    const docs = sizes.map((size) => parseDocument(advertArticle(size), { id: "ads" }));
    console.log(`  (${docs[1]!.excluded.length} excluded ranges at ${sizes[1]! / 1000} KB)`);
    for (const [name, f] of Object.entries(stages)) {
      const cells = docs.map((d, i) => {
        const [r, ms] = time(() => f(d));
        return { text: `${sizes[i]! / 1000} KB ${secs(ms)} (${r.items} items, ${r.errors} errors)`, ms };
      });
      console.log(`  ${name}: ${cells.map((c) => c.text).join(", ")}; ratio ${(cells[1]!.ms / cells[0]!.ms).toFixed(2)}`);
    }
  },
  async "2-no-spaces"() {
    const { tagTemporalExpressions } = await import("@newsparse/timeline");
    const t: number[] = [];
    for (const mb of [1, 2, 4]) t.push(time(() => tagTemporalExpressions("a".repeat(mb * 1_000_000), { referenceDate: "2024-07-26" }))[1]);
    console.log(`  tagTemporalExpressions on 1/2/4 MB of "a": ${t.map(secs).join(" / ")}; ratio 4 MB / 2 MB ${(t[2]! / t[1]!).toFixed(2)}`);
  },
  async "3-many-timexes"() {
    const { parseDocument } = await import("@newsparse/corpus-loader");
    const { buildTimeline } = await import("@newsparse/timeline");
    const t: number[] = [];
    for (const n of [20_000, 40_000]) {
      const doc = parseDocument("Monday ".repeat(n), { id: "mondays" });
      t.push(time(() => buildTimeline([doc]))[1]);
    }
    console.log(`  buildTimeline "Monday " x 20,000 / 40,000: ${t.map(secs).join(" / ")}; ratio ${(t[1]! / t[0]!).toFixed(2)}`);
    const doc = parseDocument("Monday ".repeat(150_000), { id: "mondays" });
    const [r, ms] = time(() => buildTimeline([doc]));
    console.log(`  buildTimeline "Monday " x 150,000: ${secs(ms)}, ${r.timexes.length} timexes`);
  },
  async "4-many-sentences"() {
    const { parseDocument } = await import("@newsparse/corpus-loader");
    const { extractClaims } = await import("@newsparse/claims");
    const { extractEntities } = await import("@newsparse/entity-extract");
    const sentence = '"We will leave," the minister said. ';
    for (const n of [1_000, 140_000]) {
      const doc = parseDocument(sentence.repeat(n), { id: "said" });
      const [c, ms] = time(() => extractClaims([doc]));
      const failed = c.messages.filter((m) => m.severity === "error").length;
      console.log(`  extractClaims on ${n.toLocaleString("en")} sentences: ${c.claims.length} claims, ${failed} error messages, ${secs(ms)}`);
    }
    const doc = parseDocument("Mr. Tinubu met Mr. Tiani. ".repeat(75_000), { id: "met" });
    const [e, ms] = time(() => extractEntities([doc]));
    const mentions = e.entities.reduce((n, x) => n + x.mentions.length, 0);
    console.log(`  extractEntities on 150,000 sentences: ${mentions} mentions, ${e.messages.filter((m) => m.severity === "error").length} error messages, ${secs(ms)}`);
  },
  async "5a-deep-html"() {
    const { loadCorpus } = await import("@newsparse/corpus-loader/node");
    const dir = mkdtempSync(join(tmpdir(), "np-deep-"));
    for (const depth of [500, 1000, 2500]) {
      const file = join(dir, `deep-${depth}.html`);
      writeFileSync(file, `<html><body>${"<div>".repeat(depth)}<p>The minister spoke in Niamey on Monday.</p>${"</div>".repeat(depth)}</body></html>`);
      const t = now();
      const r = await loadCorpus(file);
      console.log(`  loadCorpus on ${depth} nested <div>s (${(statSync(file).size / 1000).toFixed(0)} KB): ${secs(now() - t)}, ${r.documents.length} document(s), messages: ${r.messages.map((m) => m.ruleId).join(", ") || "none"}`);
    }
    rmSync(dir, { recursive: true, force: true });
  },
  async "5b-fifo"() {
    const { loadCorpus } = await import("@newsparse/corpus-loader/node");
    const dir = mkdtempSync(join(tmpdir(), "np-fifo-"));
    execFileSync("mkfifo", [join(dir, "pipe")]);
    symlinkSync(join(dir, "pipe"), join(dir, "a.txt"));
    writeFileSync(join(dir, "b.txt"), "The minister spoke in Niamey on Monday.");
    const t = now();
    const r = await loadCorpus(dir);
    console.log(`  loadCorpus on a folder with a .txt symlink to a FIFO: ${secs(now() - t)}, ${r.documents.length} document(s), messages: ${r.messages.map((m) => `${m.ruleId} (${m.file})`).join(", ")}`);
    rmSync(dir, { recursive: true, force: true });
  },
  async "6-output-size"() {
    const { loadCorpus } = await import("@newsparse/corpus-loader/node");
    const { analyzeCorpus } = await import("../src/analyze-corpus.js");
    const corpus = await loadCorpus(fileURLToPath(new URL("../corpus/niger-2024", import.meta.url)));
    const one = analyzeCorpus(corpus.documents);
    const unit = JSON.stringify(one, null, 2).length;
    // Repeat the analysis (by reference: cheap in memory) until its JSON passes V8's string limit (~512 MiB).
    const times = Math.ceil(600_000_000 / unit);
    const rep = <T>(xs: T[]): T[] => Array.from({ length: times }, () => xs).flat();
    const big = { ...one, documents: rep(one.documents), entities: rep(one.entities), claims: rep(one.claims), timexes: rep(one.timexes), timeline: rep(one.timeline) };
    console.log(`  bundled corpus JSON ${(unit / 1e6).toFixed(1)} MB; repeated ${times}x (about ${((unit * times) / 1e6).toFixed(0)} MB)`);
    const t = now();
    try {
      const s = JSON.stringify(big, null, 2);
      console.log(`  JSON.stringify: ${(s.length / 1e6).toFixed(0)} MB string in ${secs(now() - t)}`);
    } catch (error) {
      console.log(`  JSON.stringify: ${(error as Error).message} after ${secs(now() - t)}`);
    }
    let writer: ((v: unknown, out: NodeJS.WritableStream) => Promise<void>) | undefined;
    try {
      const mod = (await import("../src/output/write-json-stream.js" as string)) as { writeJsonStream: typeof writer };
      writer = mod.writeJsonStream;
    } catch {
      console.log("  streaming JSON writer: not present");
    }
    if (writer) {
      const file = join(tmpdir(), "np-big.json");
      const t2 = now();
      const out = createWriteStream(file);
      await writer(big, out);
      await new Promise<void>((resolve, reject) => out.end((error?: Error | null) => (error ? reject(error) : resolve())));
      console.log(`  writeJsonStream: ${(statSync(file).size / 1e6).toFixed(0)} MB written in ${secs(now() - t2)}, peak RSS ${(process.resourceUsage().maxRSS / 1e6).toFixed(2)} GB`);
      rmSync(file, { force: true });
    }
  },
  async "7-determinism"() {
    const { loadCorpus } = await import("@newsparse/corpus-loader/node");
    const { analyzeCorpus } = await import("../src/analyze-corpus.js");
    const files: [string, string][] = [
      ["a/dupid.txt", "The minister spoke in Niamey on Monday. Soldiers left."],
      ["b/dupid.txt", "The president spoke in Abuja on Tuesday. Troops arrived."],
      ["c/copy.txt", "The minister spoke in Niamey on Monday. Soldiers left."],
      ["d/zeta.txt", "Åsa Öberg met Zoe Adams in Paris on Friday."],
    ];
    const out: string[] = [];
    for (const order of [files, [...files].reverse()]) {
      // tmpfs lists a folder in reverse creation order (ext4 in hash order), so creation order shows there.
      const dir = mkdtempSync(join(existsSync("/dev/shm") ? "/dev/shm" : tmpdir(), "np-order-"));
      for (const [name, text] of order) {
        mkdirSync(join(dir, name, ".."), { recursive: true });
        writeFileSync(join(dir, name), text);
      }
      const corpus = await loadCorpus(dir, { recursive: true });
      const analysis = analyzeCorpus(corpus.documents);
      out.push(JSON.stringify(analysis));
      console.log(`  order ${out.length}: ids ${corpus.documents.map((d) => `${d.id}=${d.source}${d.duplicateOf ? ` (dup of ${d.duplicateOf.id})` : ""}`).join(", ")}`);
      rmSync(dir, { recursive: true, force: true });
    }
    console.log(`  JSON identical across creation orders: ${out[0] === out[1]}`);
    const md = (lang: string) =>
      spawnSync(process.execPath, [...process.execArgv, self, "--inner", "7b-markdown-locale"], { env: { ...process.env, LC_ALL: lang, LANG: lang }, encoding: "utf8" }).stdout;
    const en = md("en_US.UTF-8");
    const sv = md("sv_SE.UTF-8");
    console.log(`  Markdown identical under en_US and sv_SE: ${en === sv && en.length > 0}`);
  },
  async "7b-markdown-locale"() {
    const { parseDocument } = await import("@newsparse/corpus-loader");
    const { analyzeCorpus } = await import("../src/analyze-corpus.js");
    const { renderMarkdown } = await import("../src/render-markdown.js");
    const doc = parseDocument("Zoe Adams met Åsa Öberg and Anna Berg in Paris. Zoe Adams said Åsa Öberg and Anna Berg agreed.", { id: "names" });
    process.stdout.write(renderMarkdown(analyzeCorpus([doc])));
  },
  async "8-injection"() {
    const { loadCorpus } = await import("@newsparse/corpus-loader/node");
    const { analyzeCorpus } = await import("../src/analyze-corpus.js");
    const { renderMarkdown } = await import("../src/render-markdown.js");
    const { timelineToMarkdown, timelineToICalendar } = await import("@newsparse/timeline");
    const hostile = "x\n# Injected\n<script>alert(1)</script>";
    const corpus = await loadCorpus({
      records: [{ id: hostile, title: "T <script>", text: "The minister said <b>bold</b> on Monday that troops will leave on 5 August 2024. <script>alert(2)</script>" }],
    });
    const analysis = analyzeCorpus(corpus.documents);
    const md = renderMarkdown(analysis);
    const bad = (s: string) => s.split("\n").filter((l) => /^#+ Injected|<script|<b>/i.test(l)).length;
    console.log(`  renderMarkdown: ${bad(md)} injected lines (heading or raw <script>/<b>)`);
    const entry = { ...analysis.timeline[0]!, sources: analysis.timeline[0]!.sources.map((s) => ({ ...s, docId: hostile })) };
    console.log(`  timelineToMarkdown: ${bad(timelineToMarkdown([entry]))} injected lines`);
    const ics = timelineToICalendar([{ ...entry, modality: "planned", title: "🎉".repeat(60) }]);
    const broken = ics.split("\r\n").filter((l) => /[\ud800-\udbff]$|^ ?[\udc00-\udfff]/.test(l)).length;
    const long = ics.split("\r\n").filter((l) => Buffer.byteLength(l) > 75).length;
    console.log(`  timelineToICalendar: ${broken} lines cutting a surrogate pair, ${long} lines over 75 octets`);
  },
  async "9-minor"() {
    const { loadCorpus } = await import("@newsparse/corpus-loader/node");
    const { analyzeCorpus } = await import("../src/analyze-corpus.js");
    const { decodeBytes, normalizeDate } = await import("@newsparse/corpus-loader");
    const { tagTemporalExpressions } = await import("@newsparse/timeline");
    void loadCorpus;
    void analyzeCorpus;
    const dir = mkdtempSync(join(tmpdir(), "np-messages-"));
    writeFileSync(join(dir, "same.txt"), "One text here about Niger.");
    writeFileSync(join(dir, "same.md"), "Other text here about Mali.");
    writeFileSync(join(dir, "bad.txt"), Uint8Array.from([0x61, 0xff, 0x62, 0x20, 0x63]));
    const cli = fileURLToPath(new URL("../src/cli/analyze.ts", import.meta.url));
    const r = spawnSync(process.execPath, [...process.execArgv, cli, dir, "--format", "json"], { encoding: "utf8", maxBuffer: 1 << 26 });
    const messages = (JSON.parse(r.stdout) as { messages: unknown[] }).messages;
    const keys = messages.map((m) => JSON.stringify(m));
    console.log(`  pnpm analyze --format json on a duplicate id and invalid UTF-8: ${messages.length} messages, of which repeated: ${keys.length - new Set(keys).size}`);
    rmSync(dir, { recursive: true, force: true });
    const hour25 = tagTemporalExpressions("The meeting starts at 25:30 on Monday.", { referenceDate: "2024-07-26" }).filter((t) => /25/.test(t.text));
    console.log(`  "25:30" tagged as a time: ${hour25.map((t) => `${t.text}=${t.value}`).join(", ") || "no"}`);
    console.log(`  normalizeDate("2024-07-26T25:61"): ${JSON.stringify(normalizeDate("2024-07-26T25:61"))}`);
    const bom = decodeBytes(new Uint8Array([0xff, 0xfe, 0x41, 0x00]));
    console.log(`  decodeBytes(FF FE 41 00): ${JSON.stringify(bom.text)} encoding ${bom.encoding}`);
  },
};

const argv = process.argv.slice(2);
if (argv[0] === "--inner") {
  await cases[argv[1]!]!();
} else {
  const chosen = argv.length > 0 ? argv : Object.keys(cases).filter((k) => k !== "7b-markdown-locale");
  const limit = Number(process.env.REPRO_TIMEOUT ?? 180) * 1000;
  for (const name of chosen) {
    console.log(`# ${name}`);
    const t = now();
    const r = spawnSync(process.execPath, [...process.execArgv, "--max-old-space-size=6144", self, "--inner", name], { stdio: ["ignore", "inherit", "pipe"], timeout: limit, encoding: "utf8" });
    if (r.error || r.signal) console.log(`  timeout after ${secs(limit)} (killed)`);
    else if (r.status !== 0) console.log(`  crashed (exit ${r.status}): ${(r.stderr.split("\n").find((l) => /Error/.test(l)) ?? r.stderr.slice(0, 200)).trim()}`);
    console.log(`  [${secs(now() - t)}]`);
  }
}
void readFileSync;
