import type { Document } from "@newsparse/corpus-loader";
import type { EventMention, Timex } from "../schema.js";
import { irregularBaseOf, DEFAULT_EVENT_LEXICON, eventClassOf, type EventLexicon, WEAK_CLASSES } from "./event-lexicon.js";
import { timexInterval } from "../dates/timex-interval.js";
import { clauseTense } from "../tagging/tense.js";
import { negationsWords, hypotheticalWords, stopWords } from "../lexicon/events.js";

/** An entity with mentions, as produced by `@newsparse/entity-extract`. */
export interface EntityMentions {
  /** Entity id. */
  id: string;
  /** Mentions with their document offsets. */
  mentions: readonly { docId: string; start: number; end: number }[];
}

interface Token {
  start: number;
  end: number;
  lower: string;
}

/**
 * Entity mentions by document, compact (no object per mention): what the
 * timeline reads of a corpus's entities. Build it once with
 * {@link indexEntityMentions}; the entities themselves can then be dropped.
 */
export interface EntityMentionIndex {
  /** Per document id: each mention's entity id, and its `start`, `end` at `2k`, `2k + 1` of `spans`; entity order, then mention order. */
  readonly byDocument: ReadonlyMap<string, { readonly ids: readonly string[]; readonly spans: readonly number[] }>;
}

const mentionIndexes = new WeakMap<readonly EntityMentions[], EntityMentionIndex>();

/**
 * Index entities' mentions by document, for {@link extractEventMentions} and
 * `buildTimeline` (option `entities`). Same participants as the entities
 * themselves, in less memory: three array slots per mention.
 *
 * @param entities - Entities with their mentions (e.g. from `@newsparse/entity-extract`).
 * @returns The index.
 * @example
 * ```ts
 * const index = indexEntityMentions([{ id: "e1", mentions: [{ docId: "a", start: 0, end: 5 }] }]);
 * index.byDocument.get("a"); // { ids: ["e1"], spans: [0, 5] }
 * ```
 */
export function indexEntityMentions(entities: readonly EntityMentions[]): EntityMentionIndex {
  const byDocument = new Map<string, { ids: string[]; spans: number[] }>();
  for (const e of entities) {
    if (!e || !Array.isArray(e.mentions)) continue;
    for (const m of e.mentions) {
      let list = byDocument.get(m.docId);
      if (!list) byDocument.set(m.docId, (list = { ids: [], spans: [] }));
      list.ids.push(e.id);
      list.spans.push(m.start, m.end);
    }
  }
  return { byDocument };
}

/**
 * Entity mentions grouped by document, built once per entity list:
 * `extractEventMentions` runs once per document over the same corpus-wide list.
 */
function mentionsByDocument(entities: readonly EntityMentions[] | EntityMentionIndex): EntityMentionIndex {
  if (!Array.isArray(entities)) return entities as EntityMentionIndex;
  const list = entities as readonly EntityMentions[];
  let index = mentionIndexes.get(list);
  if (index) return index;
  index = indexEntityMentions(list);
  mentionIndexes.set(list, index);
  return index;
}

const NO_MENTIONS = { ids: [], spans: [] } as const;

function tokens(text: string, start: number, end: number): Token[] {
  const out: Token[] = [];
  let i = start;
  while (i < end) {
    const c = text.charCodeAt(i);
    const isWord = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
    if (!isWord) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < end) {
      const d = text.charCodeAt(j);
      const inner = (d >= 97 && d <= 122) || (d >= 65 && d <= 90) || (d >= 48 && d <= 57) || ((d === 45 || d === 39 || d === 0x2019) && j + 1 < end && /[A-Za-z]/.test(text[j + 1] ?? ""));
      if (inner) j++;
      else break;
    }
    out.push({ start: i, end: j, lower: text.slice(i, j).toLowerCase() });
    i = j;
  }
  return out;
}

const WINDOW = 400;

const NEGATIONS = new Set(negationsWords);
const HYPOTHETICAL = new Set(hypotheticalWords);
const STOP = new Set(stopWords);

/** Content words of a sentence (lower case, stop words out, first 1,000 characters), used to compare sentences. */
export function contentWords(text: string, start: number, end: number): string[] {
  return tokens(text, start, Math.min(end, start + 1000))
    .map((t) => t.lower)
    .filter((w) => w.length > 2 && !STOP.has(w) && !/^\d+$/.test(w));
}

/** Options of {@link extractEventMentions}. */
export interface ExtractEventsOptions {
  /** Entities whose mentions give participants, or their {@link indexEntityMentions} index. */
  entities?: readonly EntityMentions[] | EntityMentionIndex | undefined;
  /** Trigger lexicon. */
  lexicon?: EventLexicon | undefined;
  /** Reference day `YYYY-MM-DD`: events dated after it are planned/scheduled. */
  referenceDate?: string | null | undefined;
}

/**
 * Event mentions of one document: for every sentence and every dated timex
 * in it (DATE or TIME with a calendar value), the nearest trigger word, the
 * entities mentioned in the sentence, tense, modality and polarity.
 *
 * @param doc - The document (sentences over kept text).
 * @param timexes - Timexes of the document (already filtered of excluded ranges).
 * @param options - Entities and lexicon.
 * @returns Event mentions in text order.
 */
export function extractEventMentions(doc: Document, timexes: readonly Timex[], options: ExtractEventsOptions = {}): EventMention[] {
  const lexicon = options.lexicon ?? DEFAULT_EVENT_LEXICON;
  const text = doc.text;
  const docMentions = options.entities ? (mentionsByDocument(options.entities).byDocument.get(doc.id) ?? NO_MENTIONS) : NO_MENTIONS;
  const out: EventMention[] = [];
  const sentences = [...doc.sentences].sort((a, b) => a.start - b.start);
  let si = 0;
  for (const timex of timexes) {
    if (timex.type !== "DATE" && timex.type !== "TIME") continue;
    const date = timexInterval(timex.value);
    if (!date) continue;
    while (si < sentences.length && (sentences[si]?.end ?? 0) <= timex.start) si++;
    const sentence = sentences[si];
    let sStart: number;
    let sEnd: number;
    if (sentence && sentence.start <= timex.start && sentence.end >= timex.end) {
      sStart = sentence.start;
      sEnd = sentence.end;
    } else {
      // the timex straddles a (provisional) sentence boundary: use its line
      sStart = text.lastIndexOf("\n", timex.start) + 1;
      const nl = text.indexOf("\n", timex.end);
      sEnd = nl < 0 ? text.length : nl;
    }
    // bounded window: a run-on "sentence" (no punctuation) must not make this quadratic
    const toks = tokens(text, Math.max(sStart, timex.start - WINDOW), Math.min(sEnd, timex.end + WINDOW));
    const classes = new Set<string>();
    let best: { tok: Token; cls: string; score: number } | null = null;
    const timexTokIndex = toks.findIndex((t) => t.start >= timex.start);
    const anchor = timexTokIndex < 0 ? toks.length : timexTokIndex;
    const timexEndIndex = (() => {
      const k = toks.findIndex((t) => t.start >= timex.end);
      return k < 0 ? toks.length : k;
    })();
    let negative = false;
    let hypothetical = false;
    toks.forEach((t, k) => {
      if (t.start >= timex.start && t.end <= timex.end) return;
      if (NEGATIONS.has(t.lower) || t.lower.endsWith("n't") || t.lower.endsWith("n’t")) negative = true;
      if (HYPOTHETICAL.has(t.lower)) hypothetical = true;
      const cls = eventClassOf(lexicon, t.lower);
      if (!cls) return;
      classes.add(cls);
      const distance = k < anchor ? anchor - k : k - timexEndIndex + 1;
      const score = distance + (WEAK_CLASSES.has(cls) ? 4 : 0) + (k > timexEndIndex ? 0.5 : 0);
      if (!best || score < best.score) best = { tok: t, cls, score };
    });
    let trigger: EventMention["trigger"];
    const chosen = best as { tok: Token; cls: string; score: number } | null;
    if (chosen) {
      trigger = { start: chosen.tok.start, end: chosen.tok.end, text: text.slice(chosen.tok.start, chosen.tok.end), class: chosen.cls };
    } else {
      // nearest verb-looking word
      let pick: Token | null = null;
      let pickDist = Infinity;
      toks.forEach((t, k) => {
        if (t.start >= timex.start && t.end <= timex.end) return;
        if (!((t.lower.endsWith("ed") && t.lower.length > 4) || irregularBaseOf(t.lower) !== undefined)) return;
        const d = Math.abs(k - anchor);
        if (d < pickDist) {
          pickDist = d;
          pick = t;
        }
      });
      const p = pick as Token | null;
      trigger = p
        ? { start: p.start, end: p.end, text: text.slice(p.start, p.end), class: `other:${p.lower}` }
        : { start: timex.start, end: timex.end, text: timex.text, class: "other:date" };
    }
    const ahead = options.referenceDate ? date.start.slice(0, 10) > options.referenceDate : false;
    const tense = ahead ? "future" : (clauseTense(text, timex.start, timex.end) ?? "past");
    const modality: EventMention["modality"] = hypothetical && tense !== "past" ? "hypothetical" : tense === "future" ? "planned" : "reported";
    const participants = new Set<string>();
    const { ids, spans } = docMentions;
    for (let k = 0; k < ids.length; k++) if (spans[2 * k]! >= sStart && spans[2 * k + 1]! <= sEnd) participants.add(ids[k]!);
    out.push({
      id: `${doc.id}:e${out.length}`,
      docId: doc.id,
      start: sStart,
      end: sEnd,
      trigger,
      participants: [...participants].sort(),
      // a timex that already carries this docId (as buildTimeline's do) is shared, not copied: one object per timex in a large run
      timex: timex.docId === doc.id ? timex : { ...timex, docId: doc.id },
      date,
      tense: tense === "present" ? "present" : tense,
      modality,
      polarity: negative ? "negative" : "positive",
      classes: [...classes].sort(),
    });
  }
  return out;
}
