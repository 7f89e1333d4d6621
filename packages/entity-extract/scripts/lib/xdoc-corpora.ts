/**
 * Readers for the cross-document coreference corpora in ../shared/data/xdoc (ECB+ 1.0 and
 * MEANTIME English, Apple topic). Both come as tokens with stand-off mention and coreference
 * annotation; each document is rebuilt as text (tokens joined with single spaces except before
 * closing punctuation, one sentence per paragraph) with a token → character map, and its gold
 * *named* entity mentions are returned with character offsets and a gold cluster id.
 *
 * Named mentions (proper names):
 *   - MEANTIME: the annotation says so: `syntactic_type` NAM (a name) or PRE.NAM (a name used as a
 *     pre-modifier, "Apple" in "Apple CEO").
 *   - ECB+ has no syntactic type. An entity mention (HUMAN_PART*, NON_HUMAN_PART*, LOC_*) is named
 *     when, after a leading determiner or possessive, every token is capitalised or a name connector
 *     (of, and, de, &, -, ., 's), at least one token is capitalised, and it is not a capitalised
 *     closed-class word (He, The, Officials…): "Ellen DeGeneres", "the Indianapolis Colts", "U.N.",
 *     but not "the talk show host" or "He". Headline sentences are title case, so a headline
 *     mention may pass wrongly; the test is the same for every system compared.
 * Only the sentences each corpus annotates are scored: ECB+ lists them
 * (ECBplus_coreference_sentences.dev-topics.csv); MEANTIME annotates the first sentences of each
 * article (here: every sentence up to the last one holding an annotated mention).
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { dataRoot } from "./conll.js";

/** Root of the cross-document data. */
export const xdocRoot = path.join(dataRoot, "xdoc");

/** One gold named mention, in characters of the rebuilt text. */
export interface GoldMention {
  start: number;
  end: number;
  text: string;
  /** Gold entity (cross-document instance, within-document chain, or the mention itself). */
  cluster: string;
  /** Annotation tag (HUMAN_PART_PER, ORG, …). */
  tag: string;
}

/** A rebuilt document with its gold named mentions. */
export interface XdocDocument {
  id: string;
  text: string;
  gold: GoldMention[];
}

/** One topic: documents resolved together. */
export interface XdocTopic {
  name: string;
  split: "train" | "validation" | "report";
  documents: XdocDocument[];
}

interface Token {
  id: string;
  sentence: number;
  text: string;
}

const ENTITY_ATTRIBUTES = /&(amp|lt|gt|quot|apos);/g;
const UNESCAPE: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
const unescape = (s: string): string => s.replace(ENTITY_ATTRIBUTES, (_m, e: string) => UNESCAPE[e]!);

function readTokens(xml: string): Token[] {
  const out: Token[] = [];
  const re = /<token\b([^>]*)>([^<]*)<\/token>/g;
  for (let m = re.exec(xml); m; m = re.exec(xml)) {
    const attrs = m[1]!;
    const id = /t_id="(\d+)"/.exec(attrs)![1]!;
    const sentence = Number(/sentence="(\d+)"/.exec(attrs)![1]!);
    out.push({ id, sentence, text: unescape(m[2]!) });
  }
  return out;
}

const NO_SPACE_BEFORE = /^(?:[,.;:!?%)\]}]|'s|'|n't|'re|'ve|'ll|'d|'m|''|\.\.\.)$/i;
const NO_SPACE_AFTER = /^(?:[([{$]|``)$/;

/** Rebuild text from tokens: one paragraph per sentence; returns per-token offsets. */
function rebuild(tokens: readonly Token[], skipSentence: (s: number) => boolean): { text: string; offsets: Map<string, [number, number, number]> } {
  let text = "";
  const offsets = new Map<string, [number, number, number]>();
  let sentence = -1;
  let previous = "";
  let beforePrevious = "";
  for (const t of tokens) {
    if (skipSentence(t.sentence)) continue;
    if (t.sentence !== sentence) {
      if (text) text += "\n\n";
      sentence = t.sentence;
      previous = "";
      beforePrevious = "";
    } else if (!NO_SPACE_BEFORE.test(t.text) && !NO_SPACE_AFTER.test(previous) && !(previous === "." && /^\p{Lu}$/u.test(beforePrevious) && /^\p{Lu}$/u.test(t.text))) text += " ";
    // ("U . S ." was "U.S." before tokenisation.)
    offsets.set(t.id, [text.length, text.length + t.text.length, t.sentence]);
    text += t.text;
    beforePrevious = previous;
    previous = t.text;
  }
  if (!text.endsWith("\n")) text += "\n";
  return { text, offsets };
}

interface Markable {
  tag: string;
  mId: string;
  tokens: string[];
  attrs: string;
}

function readMarkables(xml: string): { mentions: Markable[]; instances: Map<string, string> } {
  const section = xml.slice(xml.indexOf("<Markables>"), xml.indexOf("</Markables>"));
  const mentions: Markable[] = [];
  const instances = new Map<string, string>();
  const re = /<([A-Z_.-]+)\b([^>]*?)(\/?)>/g;
  for (let m = re.exec(section); m; m = re.exec(section)) {
    const tag = m[1]!;
    if (tag === "Markables" || tag === "token_anchor") continue;
    const attrs = m[2]!;
    const mId = /m_id="(\d+)"/.exec(attrs)?.[1];
    if (!mId) continue;
    if (m[3] === "/") {
      // Self-closing: an instance descriptor (target of coreference).
      const instance = /instance_id="([^"]+)"/.exec(attrs)?.[1];
      if (instance) instances.set(mId, instance);
      continue;
    }
    const close = section.indexOf(`</${tag}>`, re.lastIndex);
    const body = section.slice(re.lastIndex, close);
    const tokens = [...body.matchAll(/t_id="(\d+)"/g)].map((x) => x[1]!);
    re.lastIndex = close;
    if (tokens.length) mentions.push({ tag, mId, tokens, attrs });
    else {
      const instance = /instance_id="([^"]+)"/.exec(attrs)?.[1];
      if (instance) instances.set(mId, instance);
    }
  }
  return { mentions, instances };
}

/** mention m_id → gold cluster id, from relations named `relation` (source → target). */
function readChains(xml: string, relations: readonly string[], instances: Map<string, string>, docId: string): Map<string, string> {
  const out = new Map<string, string>();
  const section = xml.slice(xml.indexOf("<Relations>"));
  for (const relation of relations) {
    const re = new RegExp(`<${relation}\\b([^>]*)>([\\s\\S]*?)</${relation}>`, "g");
    for (let m = re.exec(section); m; m = re.exec(section)) {
      const body = m[2]!;
      const target = /<target m_id="(\d+)"/.exec(body)?.[1];
      if (!target) continue;
      const cluster = instances.get(target) ?? `${docId}#${target}`;
      for (const s of body.matchAll(/<source m_id="(\d+)"/g)) out.set(s[1]!, cluster);
    }
  }
  return out;
}

const DETERMINERS = new Set(["the", "a", "an", "this", "that", "these", "those", "his", "her", "its", "their", "our", "my", "your"]);
const CONNECTORS = new Set(["of", "and", "&", "de", "del", "la", "le", "du", "van", "von", "der", "bin", "al", "-", ".", "'s", "'", "for", "the", "on", "in"]);
const CLOSED_CLASS = new Set(
  "he she it they we i you him her them us me his hers its their our my your who whom which what that this these those there here one both all some many most several each another other others someone somebody anyone everyone police officials authorities".split(" "),
);

function capitalised(word: string): boolean {
  return /^[\p{Lu}\p{N}]/u.test(word);
}

/**
 * The ECB+ test for a proper-name mention (see the file comment).
 *
 * @returns The index of the name's first word (after a determiner or preposition), or −1 when the mention is not a name.
 */
export function namedStart(words: readonly string[], lowerCaseWords: ReadonlySet<string> = new Set()): number {
  return isNamedTokens(words, lowerCaseWords) ? leadingFunctionWords(words) : -1;
}

function leadingFunctionWords(words: readonly string[]): number {
  let i = 0;
  while (i < words.length - 1 && (DETERMINERS.has(words[i]!.toLowerCase()) || PREPOSITIONS.has(words[i]!))) i++;
  return i;
}

const PREPOSITIONS = new Set(["in", "at", "on", "near", "from", "to", "of", "outside", "inside", "across"]);

function isNamedTokens(words: readonly string[], lowerCaseWords: ReadonlySet<string>): boolean {
  const core = words.slice(leadingFunctionWords(words));
  if (!core.some((w) => /^\p{Lu}/u.test(w))) return false;
  if (core.length === 1 && CLOSED_CLASS.has(core[0]!.toLowerCase())) return false;
  if (core.every((w) => CLOSED_CLASS.has(w.toLowerCase()) || CONNECTORS.has(w.toLowerCase()))) return false;
  if (!core.some((w) => /^\p{Lu}/u.test(w) && !lowerCaseWords.has(w.toLowerCase()))) return false;
  return core.every((w, j) => capitalised(w) || (j > 0 && j < core.length - 1 && CONNECTORS.has(w.toLowerCase())) || w === "'s" || w === ".");
}

const ECB_ENTITY_TAG = /^(HUMAN_PART|NON_HUMAN_PART|LOC_)/;
const ECB_TRAIN = new Set([1, 3, 4, 6, 7, 8, 9, 10, 11, 13, 14, 16, 19, 20, 22, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33]);
const ECB_VALIDATION = new Set([2, 5, 12, 18, 21, 23, 34, 35]);

/** ECB+ topics (train and validation), or null when the data is absent. */
export function readEcbPlus(): XdocTopic[] | null {
  const root = path.join(xdocRoot, "ecbplus", "ECB+_LREC2014");
  if (!existsSync(root)) return null;
  const scored = new Map<string, Set<number>>();
  for (const line of readFileSync(path.join(root, "ECBplus_coreference_sentences.dev-topics.csv"), "utf8").split(/\r?\n/).slice(1)) {
    const [topic, file, sentence] = line.split(",");
    if (!topic || !file || sentence === undefined) continue;
    const key = `${topic}_${file}`;
    let set = scored.get(key);
    if (!set) scored.set(key, (set = new Set()));
    set.add(Number(sentence));
  }
  const topics: XdocTopic[] = [];
  const topicDirs = readdirSync(path.join(root, "ECB+"))
    .map(Number)
    .filter((n) => Number.isFinite(n))
    .sort((a, b) => a - b);
  for (const topic of topicDirs) {
    const split = ECB_TRAIN.has(topic) ? "train" : ECB_VALIDATION.has(topic) ? "validation" : "report";
    const dir = path.join(root, "ECB+", String(topic));
    const files = readdirSync(dir)
      .filter((f) => f.endsWith(".xml"))
      .sort((a, b) => a.localeCompare(b, "en", { numeric: true }));
    const documents: XdocDocument[] = [];
    const lowerCaseWords = new Set<string>();
    const xmls = files.map((file) => readFileSync(path.join(dir, file), "utf8"));
    // Lower-case words of the article texts (not of the URLs in sentence 0 of the ECB+ articles).
    for (const [fileIndex, xml] of xmls.entries()) for (const t of readTokens(xml)) if (/^\p{Ll}/u.test(t.text) && !(files[fileIndex]!.includes("ecbplus") && t.sentence === 0)) lowerCaseWords.add(t.text);
    for (const [fileIndex, file] of files.entries()) {
      const xml = xmls[fileIndex]!;
      const id = file.replace(/\.xml$/, "");
      const plus = id.endsWith("ecbplus");
      const tokens = readTokens(xml);
      // ECB+ articles carry their URL as sentence 0: not article text.
      const { text, offsets } = rebuild(tokens, (s) => plus && s === 0);
      const { mentions, instances } = readMarkables(xml);
      const chains = readChains(xml, ["CROSS_DOC_COREF", "INTRA_DOC_COREF"], instances, id);
      const sentences = scored.get(id) ?? new Set<number>();
      const words = new Map(tokens.map((t) => [t.id, t.text]));
      const gold: GoldMention[] = [];
      for (const mk of mentions) {
        if (!ECB_ENTITY_TAG.test(mk.tag)) continue;
        const spans = mk.tokens.map((t) => offsets.get(t)).filter((x): x is [number, number, number] => !!x);
        if (spans.length !== mk.tokens.length || !sentences.has(spans[0]![2])) continue;
        const from = namedStart(mk.tokens.map((t) => words.get(t)!), lowerCaseWords);
        if (from < 0) continue;
        const cluster = chains.get(mk.mId);
        if (!cluster) continue;
        const start = Math.min(...spans.slice(from).map((s) => s[0]));
        const end = Math.max(...spans.map((s) => s[1]));
        gold.push({ start, end, text: text.slice(start, end), cluster, tag: mk.tag });
      }
      documents.push({ id, text, gold: dedupe(gold) });
    }
    topics.push({ name: `ECB+ ${topic}`, split, documents });
  }
  return topics;
}

/** MEANTIME English, Apple topic (one topic of 30 articles), or null when absent. */
export function readMeantimeApple(): XdocTopic | null {
  const dir = path.join(xdocRoot, "meantime", "meantime_newsreader_english_oct15", "intra_cross-doc_annotation", "corpus_apple");
  if (!existsSync(dir)) return null;
  const documents: XdocDocument[] = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith(".xml")).sort()) {
    const xml = readFileSync(path.join(dir, file), "utf8");
    const id = file.replace(/\.xml$/, "");
    const tokens = readTokens(xml);
    const { text, offsets } = rebuild(tokens, () => false);
    const { mentions, instances } = readMarkables(xml);
    const chains = readChains(xml, ["REFERS_TO"], instances, id);
    const tokenText = new Map(tokens.map((t) => [t.id, t.text]));
    let lastAnnotated = -1;
    for (const mk of mentions) for (const t of mk.tokens) lastAnnotated = Math.max(lastAnnotated, offsets.get(t)?.[2] ?? -1);
    const gold: GoldMention[] = [];
    for (const mk of mentions) {
      if (mk.tag !== "ENTITY_MENTION") continue;
      const type = /syntactic_type="([^"]*)"/.exec(mk.attrs)?.[1];
      if (type !== "NAM" && type !== "PRE.NAM") continue;
      const spans = mk.tokens.map((t) => offsets.get(t)).filter((x): x is [number, number, number] => !!x);
      if (spans.length !== mk.tokens.length || spans[0]![2] > lastAnnotated) continue;
      // The name begins at its first capitalised word (or iPhone-like word): "the recently announced iPhone 4".
      const words = mk.tokens.map((t) => tokenText.get(t)!);
      let from = words.findIndex((w) => /^(?:\p{Lu}|\p{N}|\p{Ll}+\p{Lu})/u.test(w));
      if (from < 0) from = 0;
      const start = Math.min(...spans.slice(from).map((s) => s[0]));
      const end = Math.max(...spans.map((s) => s[1]));
      gold.push({ start, end, text: text.slice(start, end), cluster: chains.get(mk.mId) ?? `${id}#m${mk.mId}`, tag: type });
    }
    documents.push({ id, text, gold: dedupe(gold) });
  }
  return { name: "MEANTIME Apple", split: "report", documents };
}

/** One gold mention per span (a span annotated twice keeps its first reading). */
function dedupe(gold: GoldMention[]): GoldMention[] {
  const seen = new Set<string>();
  const out: GoldMention[] = [];
  for (const g of gold.sort((a, b) => a.start - b.start || a.end - b.end)) {
    const k = `${g.start}:${g.end}`;
    if (seen.has(k)) continue;
    seen.add(k);
    out.push(g);
  }
  return out;
}
