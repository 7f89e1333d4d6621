/**
 * PolNeAR part of the claims evaluation: direct quotes and all attributions (brat standoff), span and speaker
 * scores, and with `errors > 0` the direct-quote misses grouped by cause (span conventions, missed quotes,
 * false quotes, speaker errors) with up to `errors` examples each.
 *
 * Used by `scripts/eval.ts` (`--only=polnear`); tune on `--split=train`, report on `--split=dev`.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { parseDocument } from "@newsparse/corpus-loader";
import { extractClaims, type Claim } from "../src/index.js";

/** Options of {@link evalPolnear}. */
export interface PolnearOptions {
  /** `../shared/data`. */
  dataDir: string;
  /** `dev` (report) or `train` (tuning). */
  split: string;
  /** Examples to print per error cause (0: none, counts only when `why`). */
  errors: number;
  /** Print the error causes with their counts. */
  why: boolean;
  /** Join a quote continued in the next paragraph (flag `continuation`, same speaker) with the quote before it, as PolNeAR train mostly does (annotators differ; chosen on train: exact F1 82.4 → 82.9). `--merge-paragraphs=false` turns it off. */
  mergeParagraphs: boolean;
}

interface Frag {
  start: number;
  end: number;
}
interface GoldAttribution {
  content: Frag[];
  source: Frag[];
  cue: Frag[];
  direct: boolean;
}
interface PredAttribution {
  content: Frag[];
  speaker?: { text: string; start?: number; end?: number; written: string; writtenStart?: number; writtenEnd?: number; entityId?: string; phrase?: string };
  direct: boolean;
  /** A quoted phrase inside a sentence (lower-case start): scored with all attributions, not as a direct quote. */
  partial?: boolean;
}

const QUOTE_OPEN = new Set(["“", "\"", "‘", "«", "'"]);

/** Attributions of one brat `.ann` file (events with a Content; `direct` when the content opens with a quotation mark). */
export function parseAnn(ann: string, text: string): GoldAttribution[] {
  const spans = new Map<string, { type: string; frags: Frag[] }>();
  const events: string[] = [];
  for (const line of ann.split("\n")) {
    const parts = line.split("\t");
    const id = parts[0] ?? "";
    if (id.startsWith("T")) {
      const meta = parts[1] ?? "";
      const sp = meta.indexOf(" ");
      const type = meta.slice(0, sp);
      const frags = meta
        .slice(sp + 1)
        .split(";")
        .map((f) => f.trim().split(" ").map(Number))
        .filter((f) => f.length === 2 && Number.isFinite(f[0]) && Number.isFinite(f[1]))
        .map(([s, e]) => ({ start: s!, end: e! }));
      spans.set(id, { type, frags });
    } else if (id.startsWith("E")) events.push(parts[1] ?? "");
  }
  const out: GoldAttribution[] = [];
  for (const e of events) {
    const roles = new Map(e.split(" ").map((r) => [r.split(":")[0]!, r.split(":")[1]!] as const));
    const content = spans.get(roles.get("Content") ?? "");
    if (!content || content.frags.length === 0) continue;
    const source = spans.get(roles.get("Source") ?? "");
    const cue = spans.get(roles.get("Cue") ?? "");
    const first = text.slice(content.frags[0]!.start, content.frags[0]!.end).trimStart();
    out.push({ content: trimFrags(content.frags, text), source: source ? source.frags : [], cue: cue ? cue.frags : [], direct: QUOTE_OPEN.has(first[0] ?? "") });
  }
  return out;
}

function trimFrags(frags: Frag[], text: string): Frag[] {
  return frags
    .map((f) => {
      let { start, end } = f;
      while (start < end && /\s/.test(text[start]!)) start++;
      while (end > start && /\s/.test(text[end - 1]!)) end--;
      return { start, end };
    })
    .filter((f) => f.end > f.start);
}

function extent(f: Frag[]): Frag {
  return { start: Math.min(...f.map((x) => x.start)), end: Math.max(...f.map((x) => x.end)) };
}

function size(f: Frag[]): number {
  return f.reduce((n, x) => n + x.end - x.start, 0);
}

function overlap(a: Frag[], b: Frag[]): number {
  let n = 0;
  for (const x of a) for (const y of b) n += Math.max(0, Math.min(x.end, y.end) - Math.max(x.start, y.start));
  return n;
}

/**
 * Exact span match, ignoring final punctuation and apostrophes at the edges: PolNeAR's newswire files often cut
 * one apostrophe of a `''…''` pair (`''He's got it,'` for `''He's got it,''`).
 */
function sameExtent(a: Frag[], b: Frag[], text: string): boolean {
  const x = extent(a);
  const y = extent(b);
  const norm = (f: Frag) => {
    let { start, end } = f;
    while (end > start && /[.,;:'\s]/.test(text[end - 1]!)) end--;
    while (start < end && text[start] === "'") start++;
    return `${start}:${end}`;
  };
  return norm(x) === norm(y);
}

function predictions(claims: readonly Claim[], text: string, mergeParagraphs: boolean): PredAttribution[] {
  const out: PredAttribution[] = [];
  const seenParts = new Set<string>();
  for (const c of claims) {
    if (c.kind === "quantity") continue;
    if (c.kind === "quote" && c.flags?.includes("in-reported-speech")) continue;
    // unattributed quotes count as attributions only when they look like speech (not a scare-quoted phrase)
    if (c.kind === "quote" && !c.speaker && (c.flags?.includes("partial") || c.flags?.includes("title") || c.flags?.includes("embedded") || c.text.split(/\s+/).length < 4)) continue;
    let content: Frag[] = [{ start: c.start, end: c.end }];
    if (c.parts) {
      const key = JSON.stringify(c.parts);
      if (seenParts.has(key)) continue;
      seenParts.add(key);
      content = c.parts.map((p) => ({ ...p }));
    }
    const s = c.speaker ?? { text: "", anonymous: false };
    // PolNeAR annotates a quote continued after its attribution (split or next sentence / paragraph) as one content
    const last = out[out.length - 1];
    const sameSpeaker = (last?.speaker?.start === s.start && s.start !== undefined) || (!last?.speaker && !c.speaker);
    if (c.kind === "quote" && last?.direct && (c.flags?.includes("continuation") || c.flags?.includes("split")) && sameSpeaker && (mergeParagraphs || !text.slice(extent(last.content).end, c.start).includes("\n"))) {
      for (const f of content) if (!last.content.some((x) => x.start === f.start)) last.content.push(f);
      continue;
    }
    out.push({
      content,
      direct: c.kind === "quote",
      partial: c.kind === "quote" && !!c.flags?.includes("partial"),
      speaker: c.speaker && { text: s.text, start: s.start, end: s.end, written: s.mention?.text ?? s.text, writtenStart: s.mention?.start ?? s.start, writtenEnd: s.mention?.end ?? s.end, entityId: s.entityId, phrase: s.mention ? undefined : s.phrase?.text },
    });
  }
  return out;
}

interface Tally {
  gold: number;
  pred: number;
  exact: number;
  overlap: number;
  spkN: number;
  spkExact: number;
  spkLenient: number;
}

function newTally(): Tally {
  return { gold: 0, pred: 0, exact: 0, overlap: 0, spkN: 0, spkExact: 0, spkLenient: 0 };
}

function lastWord(s: string): string {
  const w = s.toLowerCase().replace(/[’']s\b/g, "").split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  return w[w.length - 1] ?? "";
}

/** Errors by cause: cause → example lines. */
type Causes = Map<string, string[]>;

function note(causes: Causes | null, cause: string, line: string): void {
  if (!causes) return;
  let list = causes.get(cause);
  if (!list) causes.set(cause, (list = []));
  list.push(line);
}

const PRONOUN_SOURCES = new Set(["he", "she", "they", "it", "we", "i", "you"]);

/** What a scorer needs about the document beyond the scored attributions: every quote claim, to say why a gold quote was missed. */
interface DocView {
  text: string;
  id: string;
  quotes: readonly Claim[];
  allGold: readonly GoldAttribution[];
}

function clip(text: string, f: Frag, n = 100): string {
  return JSON.stringify(text.slice(f.start, f.end).slice(0, n));
}

function around(text: string, f: Frag, n = 60): string {
  return JSON.stringify(text.slice(Math.max(0, f.start - n), f.start) + "⟦" + text.slice(f.start, f.end).slice(0, 80) + "⟧" + text.slice(f.end, f.end + n));
}

function score(gold: GoldAttribution[], pred: PredAttribution[], doc: DocView, t: Tally, causes: Causes | null): void {
  const { text } = doc;
  t.gold += gold.length;
  t.pred += pred.length;
  const goldOf = new Map<number, number>();
  const predOf = new Map<number, number>();
  pred.forEach((p, i) => {
    const g = gold.findIndex((x, j) => !predOf.has(j) && sameExtent(x.content, p.content, text));
    if (g >= 0) {
      predOf.set(g, i);
      goldOf.set(i, g);
      t.exact++;
      t.overlap++;
      speaker(gold[g]!, p);
    }
  });
  pred.forEach((p, i) => {
    if (goldOf.has(i)) return;
    let best = -1;
    let bestOv = 0;
    gold.forEach((g, j) => {
      if (predOf.has(j)) return;
      const ov = overlap(g.content, p.content);
      if (ov >= 0.5 * Math.max(size(g.content), size(p.content)) && ov > bestOv) {
        best = j;
        bestOv = ov;
      }
    });
    if (best >= 0) {
      predOf.set(best, i);
      goldOf.set(i, best);
      t.overlap++;
      boundary(gold[best]!, p);
      speaker(gold[best]!, p);
    }
  });
  if (!causes) return;
  pred.forEach((p, i) => {
    if (goldOf.has(i)) return;
    const pe = extent(p.content);
    const hit = gold.findIndex((g) => overlap(g.content, p.content) > 0);
    const where = `${doc.id} ${around(text, pe)} <= ${p.speaker?.written ?? "(no speaker)"}`;
    if (hit >= 0) note(causes, predOf.has(hit) ? "span: we split what gold joins (our extra part)" : "span: overlaps a gold quote by < 50%", where);
    else if (doc.allGold.some((g) => overlap(g.content, p.content) > 0)) {
      const g = doc.allGold.find((x) => overlap(x.content, p.content) > 0)!;
      note(causes, "false: quote inside a gold non-direct content", `${where} GOLD ${clip(text, extent(g.content), 160)} <= ${g.source.map((f) => text.slice(f.start, f.end)).join(" ")} [${g.cue.map((f) => text.slice(f.start, f.end)).join(" ")}]`);
    }
    else if (doc.quotes.some((q) => q.start === pe.start && q.flags?.includes("title"))) note(causes, "false: title-like quote", where);
    else note(causes, p.speaker ? "false: attributed quote, no gold" : "false: unattributed quote, no gold", where);
  });
  gold.forEach((g, j) => {
    if (predOf.has(j)) return;
    const ge = extent(g.content);
    const where = `${doc.id} ${around(text, ge)} <= ${g.source.map((f) => text.slice(f.start, f.end)).join(" ")} [${g.cue.map((f) => text.slice(f.start, f.end)).join(" ")}]`;
    const hit = pred.findIndex((p) => overlap(g.content, p.content) > 0);
    const q = doc.quotes.find((c) => Math.min(c.end, ge.end) > Math.max(c.start, ge.start));
    if (hit >= 0) note(causes, goldOf.has(hit) ? "span: we join what gold splits (gold's extra part)" : "span: overlaps our quote by < 50%", where);
    else if (!q) note(causes, "missed: no quotation found there", where);
    else if (q.flags?.includes("partial")) note(causes, "missed: lower-case (partial) quote, not scored as direct", where);
    else if (q.flags?.includes("in-reported-speech")) note(causes, "missed: quote inside reported speech", where);
    else if (!q.speaker) note(causes, q.flags?.includes("title") ? "missed: title-like quote without speaker" : "missed: short quote without speaker", where);
    else note(causes, "missed: other", where);
  });

  function boundary(g: GoldAttribution, p: PredAttribution): void {
    if (!causes) return;
    const ge = extent(g.content);
    const pe = extent(p.content);
    const extra = (a: number, b: number) => text.slice(Math.min(a, b), Math.max(a, b));
    const gap = extra(ge.start, pe.start) + extra(ge.end, pe.end);
    const where = `${doc.id} start ${pe.start - ge.start} end ${pe.end - ge.end} gold ${clip(text, ge, 80)} ours ${clip(text, pe, 80)} diff ${JSON.stringify(gap.slice(0, 100))}`;
    const goldWider = ge.start <= pe.start && ge.end >= pe.end;
    const para = gap.includes("\n");
    if (para) note(causes, goldWider ? "span: gold joins paragraphs we keep apart" : pe.start <= ge.start && pe.end >= ge.end ? "span: we join paragraphs gold keeps apart" : "span: paragraph boundary, mixed", where);
    else if (/[“”"]/.test(gap)) note(causes, goldWider ? "span: gold joins quotes in one paragraph we keep apart" : "span: we join quotes in one paragraph gold keeps apart", where);
    else note(causes, "span: other boundary", where);
  }

  /** The shape of a missed speaker, for counts only: where the gold source is, what it is, where its cue is. */
  function missShape(g: GoldAttribution, pe: Frag, goldText: string): string {
    const gs = extent(g.source);
    const between = gs.start >= pe.end ? text.slice(pe.end, gs.start) : gs.end <= pe.start ? text.slice(gs.end, pe.start) : "";
    const where = gs.start < pe.end && gs.end > pe.start ? "inside the quote" : between.includes("\n") ? "another paragraph" : /[.!?][”"’']?\s/.test(between) ? "same paragraph, another sentence" : "same sentence";
    const words = goldText.split(/\s+/).filter(Boolean).length;
    const what = PRONOUN_SOURCES.has(goldText.toLowerCase()) ? "pronoun" : /^\p{Lu}/u.test(goldText) ? `capitalised, ${words > 4 ? "> 4 words" : "≤ 4 words"}` : `lower-case, ${words > 4 ? "> 4 words" : "≤ 4 words"}`;
    const cue = g.cue.length === 0 ? "no cue" : extent(g.cue).start < gs.start ? "cue before source" : "cue after source";
    const gap = where === "same sentence" ? (between.replace(/[\s,”"’'—–-]/g, "").length === 0 ? ", adjacent" : ", words between") : "";
    // the stretch between the quote and the source with words abstracted (w) and the cue marked (CUE)
    let shape = "";
    if (where === "same sentence" && gs.start >= pe.end && g.cue.length) {
      const ce = extent(g.cue);
      const abs = (x: string) => x.replace(/\p{L}[\p{L}\p{N}.’'-]*/gu, "w").replace(/\s+/g, " ").replace(/(w )+w/g, "w+").trim();
      shape = ce.start >= pe.end && ce.end <= gs.start ? ` [${abs(text.slice(pe.end, ce.start))} CUE ${abs(text.slice(ce.end, gs.start))}]` : ` [${abs(between)}]`;
      shape += ` words between quote end and source ${between.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length}, quote ends ${JSON.stringify(text.slice(Math.max(pe.start, pe.end - 2), pe.end))}`;
    } else if (where === "same sentence" && gs.end <= pe.start && g.cue.length) {
      // before the quote: the stretch from the source's end to the quote, words abstracted, the cue marked
      const ce = extent(g.cue);
      const abs = (x: string) => x.replace(/\p{L}[\p{L}\p{N}.’'-]*/gu, "w").replace(/\s+/g, " ").replace(/(w )+w/g, "w+").trim();
      shape = ce.start >= gs.end && ce.end <= pe.start ? ` [${abs(text.slice(gs.end, ce.start))} CUE ${abs(text.slice(ce.end, pe.start))}]` : ` [${abs(between)}]`;
    }
    return `${where}${gap}; ${what}; ${cue}${shape}`;
  }

  function speaker(g: GoldAttribution, p: PredAttribution): void {
    if (g.source.length === 0) return;
    t.spkN++;
    const goldText = g.source.map((f) => text.slice(f.start, f.end)).join(" ").trim();
    const s = p.speaker;
    const gs = extent(g.source);
    const pe = extent(p.content);
    if (!s) {
      const side = gs.start < pe.start ? "before" : "after";
      note(causes, `speaker: none (gold source ${side} the quote)`, `${doc.id} ${around(text, pe, 90)} gold ${JSON.stringify(goldText)}`);
      if (causes) note(causes, `  · ${side}: ${missShape(g, pe, goldText)}`, `${doc.id} ${around(text, pe, 90)} gold ${JSON.stringify(goldText)}`);
      return;
    }
    // edges: quotes, commas and a final period (annotators differ on `Fla` / `Fla.`, as on a quote's final punctuation)
    const norm = (x: string) => x.toLowerCase().replace(/^[\s'"‘’“”,]+|[\s'"‘’“”,.]+$/g, "");
    const exact = (s.writtenStart === gs.start && s.writtenEnd === gs.end) || norm(s.written) === norm(goldText) || (s.phrase !== undefined && norm(s.phrase) === norm(goldText));
    const spanOverlap = s.writtenStart !== undefined && s.writtenEnd !== undefined && Math.min(s.writtenEnd, gs.end) > Math.max(s.writtenStart, gs.start);
    const lenient = exact || spanOverlap || lastWord(s.written) === lastWord(goldText) || lastWord(s.text) === lastWord(goldText);
    if (exact) t.spkExact++;
    if (lenient) t.spkLenient++;
    if (exact || !causes) return;
    const line = `${doc.id} gold ${JSON.stringify(goldText)} ours ${JSON.stringify(s.written)} (${s.text}) for ${clip(text, pe, 60)}`;
    if (lenient) {
      const longer = s.writtenStart !== undefined && s.writtenEnd !== undefined && s.writtenStart <= gs.start && s.writtenEnd >= gs.end;
      note(causes, longer ? "speaker (lenient only): ours is longer" : gs.start <= (s.writtenStart ?? -1) && gs.end >= (s.writtenEnd ?? Infinity) ? "speaker (lenient only): gold is longer (appositive, title)" : "speaker (lenient only): other mention of the same speaker", line);
      return;
    }
    const gsl = goldText.toLowerCase();
    if (PRONOUN_SOURCES.has(gsl)) note(causes, "speaker wrong: gold is a pronoun", line);
    else if (PRONOUN_SOURCES.has(s.written.toLowerCase())) note(causes, "speaker wrong: ours is a pronoun", line);
    else if (spanOverlap || (s.writtenStart !== undefined && Math.abs(s.writtenStart - gs.start) < 40)) note(causes, "speaker wrong: nearby phrase (boundary)", line);
    else note(causes, "speaker wrong: other", line);
  }
}

function prf(t: Tally, key: "exact" | "overlap"): [string, string, string] {
  const p = t.pred ? t[key] / t.pred : 0;
  const r = t.gold ? t[key] / t.gold : 0;
  const f = p + r ? (2 * p * r) / (p + r) : 0;
  return [(100 * p).toFixed(1), (100 * r).toFixed(1), (100 * f).toFixed(1)];
}

/**
 * Score claims on one PolNeAR split and print the tables (and the error causes when asked).
 *
 * @param options - Data directory, split and what to print.
 */
export function evalPolnear(options: PolnearOptions): void {
  const { dataDir, split } = options;
  const base = resolve(dataDir, "quotes/polnear", split);
  if (!existsSync(base)) {
    console.log(`skipped: ${base} not found`);
    return;
  }
  const textDir = resolve(base, "text");
  const annDir = resolve(base, "attributions");
  const texts = new Map(readdirSync(textDir).map((f) => [f.replace(/\.txt$/, ""), f]));
  const direct = newTally();
  const all = newTally();
  const causes: Causes | null = options.why || options.errors > 0 ? new Map() : null;
  let docs = 0;
  let bytes = 0;
  const t0 = performance.now();
  for (const annFile of readdirSync(annDir).sort()) {
    if (!annFile.endsWith(".ann")) continue;
    const stem = annFile.replace(/\.ann$/, "");
    const textFile = texts.get(stem) ?? texts.get(stem.replace(/_[0-9a-f]{4}$/, ""));
    if (!textFile) continue;
    const text = readFileSync(resolve(textDir, textFile), "utf8");
    const gold = parseAnn(readFileSync(resolve(annDir, annFile), "utf8"), text);
    const doc = parseDocument(text, { id: stem });
    const { claims } = extractClaims(doc);
    const pred = predictions(claims, text, options.mergeParagraphs);
    const view: DocView = { text, id: stem, quotes: claims.filter((c) => c.kind === "quote"), allGold: gold };
    score(gold.filter((g) => g.direct), pred.filter((p) => p.direct && !p.partial), view, direct, causes);
    score(gold, pred, view, all, null);
    docs++;
    bytes += text.length;
  }
  const secs = (performance.now() - t0) / 1000;
  console.log(`\nPolNeAR ${split}: ${docs} documents, ${direct.gold} direct-quote and ${all.gold} total gold attributions (${(bytes / 1e6).toFixed(2)} MB in ${secs.toFixed(1)} s)\n`);
  console.log("| attributions | gold | predicted | exact P | exact R | exact F1 | ≥50% overlap P | R | F1 |");
  console.log("|---|---:|---:|---:|---:|---:|---:|---:|---:|");
  for (const [name, t] of [["direct quotes", direct], ["all (direct + reported)", all]] as const) {
    const e = prf(t, "exact");
    const o = prf(t, "overlap");
    console.log(`| ${name} | ${t.gold} | ${t.pred} | ${e.join(" | ")} | ${o.join(" | ")} |`);
  }
  console.log("\n| speaker accuracy on matched attributions | matched with a gold source | exact | surname / same entity |");
  console.log("|---|---:|---:|---:|");
  for (const [name, t] of [["direct quotes", direct], ["all", all]] as const) {
    console.log(`| ${name} | ${t.spkN} | ${((100 * t.spkExact) / Math.max(1, t.spkN)).toFixed(1)}% | ${((100 * t.spkLenient) / Math.max(1, t.spkN)).toFixed(1)}% |`);
  }
  if (!causes || causes.size === 0) return;
  console.log(`\nDirect-quote errors on ${split} by cause (a span error can count on both sides: our extra quote and gold's missed one):\n`);
  const sorted = [...causes].sort((a, b) => b[1].length - a[1].length);
  for (const [cause, lines] of sorted) console.log(`${String(lines.length).padStart(5)}  ${cause}`);
  if (options.errors === 0) return;
  for (const [cause, lines] of sorted) {
    console.log(`\n## ${cause} (${lines.length})`);
    for (const l of lines.slice(0, options.errors)) console.log(`- ${l}`);
  }
}
