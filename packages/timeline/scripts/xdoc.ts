/**
 * Readers for the multi-document news sets in `../shared/data/xdoc` (BASIL,
 * MEANTIME Apple), for the evaluation scripts. Node-only; nothing is copied.
 */
import { existsSync, readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { GoldTimex } from "./timeml.js";

/** `../shared/data/xdoc` beside the repository, or null (the caller prints "skipped"). */
export function xdocDataDir(): string | null {
  const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");
  const dir = path.resolve(repoRoot, "../shared/data/xdoc");
  return existsSync(dir) ? dir : null;
}

/** One BASIL article. */
export interface BasilArticle {
  id: string;
  triplet: string;
  source: string;
  title: string;
  date: string;
  text: string;
}

/** BASIL triplets (three outlets on one event), sorted by triplet id. */
export function loadBasil(xdoc: string): BasilArticle[][] {
  const root = path.join(xdoc, "basil/articles");
  const byTriplet = new Map<string, BasilArticle[]>();
  for (const year of readdirSync(root).sort()) {
    for (const f of readdirSync(path.join(root, year)).sort()) {
      if (!f.endsWith(".json")) continue;
      const raw = JSON.parse(readFileSync(path.join(root, year, f), "utf8")) as {
        source: string;
        title: string;
        date: string;
        "triplet-uuid": string;
        "body-paragraphs": string[][];
      };
      const body = raw["body-paragraphs"].map((p) => p.join(" ")).join("\n\n");
      const a: BasilArticle = { id: f.replace(/\.json$/, ""), triplet: raw["triplet-uuid"], source: raw.source, title: raw.title, date: raw.date.slice(0, 10), text: `${raw.title}\n\n${body}` };
      const list = byTriplet.get(a.triplet) ?? [];
      list.push(a);
      byTriplet.set(a.triplet, list);
    }
  }
  return [...byTriplet.keys()].sort().map((k) => (byTriplet.get(k) as BasilArticle[]).sort((a, b) => a.id.localeCompare(b.id)));
}

/** One MEANTIME article rebuilt from its tokens. */
export interface MeantimeDocument {
  id: string;
  dct: string;
  text: string;
  /** Title = sentence 0. */
  titleEnd: number;
  timexes: GoldTimex[];
  /** Gold event mentions with the cross-document instance they refer to (when any). */
  events: { start: number; end: number; sentence: number; instance: string | null }[];
  /** Character range of each sentence. */
  sentences: { start: number; end: number }[];
  /** End of the fully annotated part (title, date line and four sentences: sentences 0–5). */
  annotatedEnd: number;
}

const NO_SPACE_BEFORE = /^(?:[,.;:!?%)\]}]|'s|'|n't|'re|'ve|'ll|'d|'m|'')$/i;
const NO_SPACE_AFTER = /^(?:[([{$]|``)$/;
const XML_ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
const unescape = (s: string) => s.replace(/&(amp|lt|gt|quot|apos);/g, (_, e: string) => XML_ENTITIES[e] ?? _);
const attr = (tag: string, name: string) => new RegExp(`\\b${name}="([^"]*)"`).exec(tag)?.[1] ?? "";

/**
 * The MEANTIME Apple articles (cross-document annotation), text rebuilt from
 * tokens: one sentence per line, tokens joined by single spaces except before
 * closing punctuation and clitics and after opening brackets (a token → character
 * map gives the gold offsets).
 */
export function loadMeantime(xdoc: string): MeantimeDocument[] {
  const dir = path.join(xdoc, "meantime/meantime_newsreader_english_oct15/intra_cross-doc_annotation/corpus_apple");
  const out: MeantimeDocument[] = [];
  for (const f of readdirSync(dir).sort()) {
    if (!f.endsWith(".xml")) continue;
    const xml = readFileSync(path.join(dir, f), "utf8");
    const tokenRe = /<token [^>]*number="(\d+)"[^>]*sentence="(\d+)"[^>]*t_id="(\d+)"[^>]*>([^<]*)<\/token>/g;
    const tokens = new Map<string, { start: number; end: number; sentence: number }>();
    let text = "";
    let lastSentence = -1;
    let prev = "";
    const sentences: { start: number; end: number }[] = [];
    for (let m = tokenRe.exec(xml); m; m = tokenRe.exec(xml)) {
      const sentence = Number(m[2]);
      const word = unescape(m[4] ?? "").replace(/^``$|^''$/, '"');
      const raw = unescape(m[4] ?? "");
      if (sentence !== lastSentence) {
        if (text.length > 0) text += "\n";
        sentences[sentence] = { start: text.length, end: text.length };
        lastSentence = sentence;
      } else if (!NO_SPACE_BEFORE.test(raw) && !NO_SPACE_AFTER.test(prev)) text += " ";
      const start = text.length;
      text += word;
      tokens.set(m[3] as string, { start, end: text.length, sentence });
      (sentences[sentence] as { end: number }).end = text.length;
      prev = raw;
    }
    const span = (block: string) => {
      const ids = [...block.matchAll(/t_id="(\d+)"/g)].map((x) => tokens.get(x[1] as string)).filter((x) => x !== undefined);
      if (ids.length === 0) return null;
      return { start: Math.min(...ids.map((x) => x.start)), end: Math.max(...ids.map((x) => x.end)), sentence: ids[0]?.sentence ?? 0 };
    };
    let dct = "";
    const timexes: GoldTimex[] = [];
    for (const m of xml.matchAll(/<TIMEX3 ([^>]*)>([\s\S]*?)<\/TIMEX3>/g)) {
      const tag = m[1] ?? "";
      if (attr(tag, "functionInDocument") === "CREATION_TIME") dct = attr(tag, "value").slice(0, 10);
      const s = span(m[2] ?? "");
      if (!s) continue;
      timexes.push({ start: s.start, end: s.end, text: text.slice(s.start, s.end), type: attr(tag, "type"), value: attr(tag, "value") });
    }
    // event mention m_id → instance via REFERS_TO (source mention → target EVENT with instance_id)
    const instanceOf = new Map<string, string>();
    for (const m of xml.matchAll(/<EVENT ([^>]*)\/>/g)) {
      const id = attr(m[1] ?? "", "instance_id");
      if (id) instanceOf.set(attr(m[1] ?? "", "m_id"), id);
    }
    const mentionInstance = new Map<string, string>();
    for (const m of xml.matchAll(/<REFERS_TO [^>]*>([\s\S]*?)<\/REFERS_TO>/g)) {
      const target = /<target m_id="(\d+)"/.exec(m[1] ?? "")?.[1];
      const instance = target ? instanceOf.get(target) : undefined;
      if (!instance) continue;
      for (const s of (m[1] ?? "").matchAll(/<source m_id="(\d+)"/g)) mentionInstance.set(s[1] as string, instance);
    }
    const events: MeantimeDocument["events"] = [];
    for (const m of xml.matchAll(/<EVENT_MENTION ([^>]*)>([\s\S]*?)<\/EVENT_MENTION>/g)) {
      const s = span(m[2] ?? "");
      if (!s) continue;
      events.push({ ...s, instance: mentionInstance.get(attr(m[1] ?? "", "m_id")) ?? null });
    }
    out.push({ id: f.split("_")[0] as string, dct, text, titleEnd: sentences[0]?.end ?? 0, timexes, events, sentences, annotatedEnd: sentences[5]?.end ?? text.length });
  }
  return out;
}
