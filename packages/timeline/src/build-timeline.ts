import { excludedIndexOf, type Document, type Message } from "@newsparse/corpus-loader";
import type { EventMention, ReferenceDate, Timex, TimelineDateConflict, TimelineEntry } from "./schema.js";
import { formatDay } from "./calendar.js";
import { DEFAULT_EVENT_LEXICON, eventClassOf, type EventLexicon, irregularBaseOf } from "./event-lexicon.js";
import { type EntityMentions, contentWords, extractEventMentions } from "./extract-events.js";
import { mergeAcrossDocuments } from "./merge-across-documents.js";
import { resolveReferenceDates } from "./resolve-reference-dates.js";
import { compatible, within } from "./timex-interval.js";
import { getDefaultTagger } from "./tag-temporal-expressions.js";
import { InvalidDocumentsError } from "./errors.js";
import type { TemporalTagger } from "./temporal-tagger.js";

/** Options of {@link buildTimeline}. */
export interface BuildTimelineOptions {
  /** Entities from entity-extract, to attach participants (`{id, mentions[{docId,start,end}]}`). */
  entities?: readonly EntityMentions[];
  /** Tagger to use; defaults to the shared default tagger. */
  tagger?: TemporalTagger;
  /** Event trigger lexicon (word → class). */
  lexicon?: EventLexicon;
}

/** Result of {@link buildTimeline}. */
export interface TimelineResult {
  /** Every timex of every document (outside excluded ranges), with `docId`. */
  timexes: Timex[];
  /** Merged, dated events, ordered by date interval. */
  timeline: TimelineEntry[];
  /** Diagnostics (`inferred-reference-date`, `missing-reference-date`, `date-disagreement`). */
  messages: Message[];
  /** Event mentions, one per sentence and dated timex. */
  events: EventMention[];
  /** The reference date used for each document. */
  referenceDates: ReferenceDate[];
  /** Sources that give different dates for one event (`kind: "date"`), with the dating expressions as evidence. */
  conflicts: TimelineDateConflict[];
}

const SOURCE = "@newsparse/timeline";
const DISAGREEMENT_SIMILARITY = 0.35;
const MAX_CLUSTERS_PER_CLASS = 300;
const FINE = new Set(["month", "week", "day", "part-of-day", "time"]);
/** Granularities a date conflict is judged at: two outlets naming different days for one event. */
const DAY_LEVEL = new Set(["day", "part-of-day", "time"]);
/** Farthest apart (days) two dates of one event may be for a conflict; farther is another occurrence. */
const CONFLICT_MAX_DAYS = 31;
/** A timex that states its year ("May 5, 2024", "2023", "'98") does not rest on the reference date. */
const ABSOLUTE = /\d{4}|'\d\d\b/;

/** Locale-independent string order (`localeCompare` follows the machine's locale). */
function byCodeUnit(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let inter = 0;
  for (const x of a) if (b.has(x)) inter++;
  return inter / (a.size + b.size - inter);
}

function title(doc: Document, m: EventMention): string {
  let t = doc.text.slice(m.start, m.end).replace(/\s+/g, " ").trim();
  if (t.length > 140) {
    const cut = t.lastIndexOf(" ", 137);
    t = `${t.slice(0, cut > 60 ? cut : 137)}…`;
  }
  return t;
}

interface Cluster {
  cls: string;
  mentions: EventMention[];
  secondary: EventMention[];
  words: Set<string>;
}

/**
 * Tag every document, extract dated event mentions, and merge mentions of
 * the same event across documents into one timeline. Documents without
 * `publishedAt` get an inferred reference date, reported with a message and
 * in `referenceDates`; today's date is never used. Relative expressions of
 * an undated document ("talks began Wednesday", "last month") are solved
 * against the same events dated in the other documents of the run (see
 * {@link resolveReferenceDates}).
 *
 * Merging: two mentions are the same event when their dates are compatible
 * at their granularity (one interval contains the other) and their trigger
 * classes match; mentions whose trigger is not in the lexicon (`other:…`)
 * also need shared participants or alike sentences. Participants are
 * attached to entries but never veto a merge (entity extraction is noisy). A
 * mention also becomes a source of an entry whose class occurs anywhere in
 * its sentence at a compatible date. Entries of the same class whose
 * sentences are alike but whose dates are incompatible are flagged
 * `date-disagreement`.
 *
 * @param input - Loaded documents (with `publishedAt` where known). Entries that are not Documents are skipped with an `invalid-document` message.
 * @param options - Entities, tagger, lexicon.
 * @throws {@link InvalidDocumentsError} when `input` is not an array.
 * @returns Timexes, the timeline, event mentions, reference dates and messages.
 * @example
 * ```ts
 * const { timeline } = buildTimeline(documents);
 * timelineToMarkdown(timeline);
 * ```
 */
export function buildTimeline(input: readonly Document[], options: BuildTimelineOptions = {}): TimelineResult {
  if (!Array.isArray(input)) throw new InvalidDocumentsError("buildTimeline expects an array of Documents.");
  const tagger = options.tagger ?? getDefaultTagger();
  const messages: Message[] = [];
  // documents without a usable text or id are reported and skipped, never thrown on
  const documents: Document[] = [];
  const seenIds = new Set<string>();
  for (const [i, doc] of (input as readonly unknown[]).entries()) {
    const d = doc as Partial<Document> | null;
    if (!d || typeof d.text !== "string" || typeof d.id !== "string" || !Array.isArray(d.sentences) || !Array.isArray(d.excluded)) {
      messages.push({ severity: "error", ruleId: "invalid-document", reason: `Document #${i} is not a Document (needs id, text, sentences, excluded); skipped.`, source: SOURCE });
      continue;
    }
    if (seenIds.has(d.id)) {
      messages.push({ severity: "warning", ruleId: "duplicate-document-id", reason: `Document id ${d.id} appears twice; the second copy is skipped.`, source: SOURCE, docId: d.id });
      continue;
    }
    seenIds.add(d.id);
    documents.push(d as Document);
  }
  // 1. reference dates: metadata, else inferred (single document, corpus prior, cross-document anchors)
  const resolved = resolveReferenceDates(documents, { tagger, lexicon: options.lexicon });
  const referenceDates: ReferenceDate[] = resolved.referenceDates;
  const refs = resolved.days;
  for (const message of resolved.messages) messages.push(message);

  // 2. timexes and event mentions
  const timexes: Timex[] = [];
  const events: EventMention[] = [];
  for (const doc of documents) {
    const ref = refs.get(doc.id) ?? null;
    // documents the reference-date phase already tagged against this same day are not tagged again
    let tagged: Timex[] = resolved.tagged.get(doc.id) ?? [];
    try {
      if (!resolved.tagged.has(doc.id)) tagged = tagger.tag(doc.text, { referenceDate: ref ? formatDay(ref) : null });
    } catch (error) {
      messages.push({ severity: "error", ruleId: "tagger-failed", reason: String(error), source: SOURCE, docId: doc.id });
    }
    const excluded = excludedIndexOf(doc);
    const kept = tagged.filter((t) => !excluded.overlaps(t.start, t.end)).map((t) => ({ ...t, docId: doc.id }));
    // Loops, not push(...spread): a spread of an unbounded array overflows the call stack.
    for (const timex of kept) timexes.push(timex);
    for (const event of extractEventMentions(doc, kept, { entities: options.entities, lexicon: options.lexicon, referenceDate: ref ? formatDay(ref) : null })) events.push(event);
  }

  // 3. clustering
  const docById = new Map(documents.map((d) => [d.id, d]));
  // finer dates first, so coarse mentions join a fine entry
  const span = new Map(events.map((m) => [m, Date.parse(m.date.end.slice(0, 10)) - Date.parse(m.date.start.slice(0, 10))]));
  const order = [...events].sort(
    (a, b) => (span.get(a) ?? 0) - (span.get(b) ?? 0) || byCodeUnit(a.docId, b.docId) || a.start - b.start,
  );
  const clusters: Cluster[] = [];
  // clusters by class; past MAX_CLUSTERS_PER_CLASS new clusters stay unmerged, which keeps hostile input linear
  const byClass = new Map<string, Cluster[]>();
  const clusterDate = (c: Cluster) => (c.mentions[0] as EventMention).date;
  // Lexicon classes merge on class + compatible date (entity extraction is too noisy to veto);
  // unlexicalised triggers ("other:…") need shared participants or alike sentences.
  const participantsOk = (m: EventMention, c: Cluster) => {
    if (!c.cls.startsWith("other:")) return true;
    const theirs = new Set(c.mentions.flatMap((x) => x.participants));
    return m.participants.some((p) => theirs.has(p));
  };
  for (const m of order) {
    const doc = docById.get(m.docId);
    const words = new Set(doc ? contentWords(doc.text, m.start, m.end) : []);
    let target: Cluster | null = null;
    const sameClass = byClass.get(m.trigger.class) ?? [];
    const candidates = sameClass.filter(
      (c) =>
        c.cls === m.trigger.class &&
        compatible(m.date, clusterDate(c)) &&
        (participantsOk(m, c) || !(c.cls.startsWith("other:") && jaccard(words, c.words) < 0.2)),
    );
    const same = candidates.filter((c) => within(clusterDate(c), m.date) && within(m.date, clusterDate(c)));
    // a coarser mention ("a 2023 coup") joins a finer entry only when that entry is the only candidate
    if (same.length > 0) target = same[0] as Cluster;
    else if (candidates.length > 0) {
      const support = (c: Cluster) => new Set(c.mentions.map((x) => x.docId)).size;
      const ranked = [...candidates].sort((a, b) => support(b) - support(a));
      const top = ranked[0] as Cluster;
      const second = ranked[1];
      if (!second || support(top) > support(second)) target = top;
    }
    if (target) {
      target.mentions.push(m);
      for (const w of words) target.words.add(w);
    } else {
      const c: Cluster = { cls: m.trigger.class, mentions: [m], secondary: [], words };
      clusters.push(c);
      if (sameClass.length < MAX_CLUSTERS_PER_CLASS) {
        sameClass.push(c);
        byClass.set(c.cls, sameClass);
      }
    }
  }
  // secondary sources: the class appears in the sentence at a compatible date
  for (const m of events) {
    for (const cls of m.classes) {
      if (cls === m.trigger.class || cls === "statement") continue;
      for (const c of byClass.get(cls) ?? []) {
        if (c.mentions.includes(m)) continue;
        if (!within(m.date, clusterDate(c))) continue;
        if (!FINE.has(clusterDate(c).granularity)) continue;
        if (c.mentions.some((x) => x.docId === m.docId && x.start === m.start)) continue;
        if (c.mentions.length + c.secondary.length < 2 && c.mentions[0]?.docId === m.docId) continue;
        c.secondary.push(m);
      }
    }
  }

  const lexicon = options.lexicon ?? DEFAULT_EVENT_LEXICON;
  // 3b. one entry per event across outlets: groups of different documents on the same date whose
  // sentences share words (blocked by date value: linear)
  const into = mergeAcrossDocuments(
    clusters.map((c) => ({
      date: clusterDate(c),
      docIds: new Set(c.mentions.map((m) => m.docId)),
      words: c.words,
      participants: new Set(c.mentions.flatMap((m) => m.participants)),
      // event words: lexicon words, past-tense verbs and the triggers of its sentences, plus their classes
      triggers: new Set([
        ...[...c.words].filter((w) => eventClassOf(lexicon, w) !== undefined || irregularBaseOf(w) !== undefined || (w.length > 4 && w.endsWith("ed"))).filter((w) => eventClassOf(lexicon, w) !== "statement"),
        ...c.mentions.flatMap((m) => [m.trigger.text.toLowerCase(), ...[m.trigger.class, ...m.classes].filter((x) => !x.startsWith("other:") && x !== "statement")]),
      ]),
    })),
  );
  const merged = new Set<Cluster>();
  clusters.forEach((c, i) => {
    const root = clusters[into[i] as number] as Cluster;
    if (root === c) return;
    // loops, not push(...spread): a cluster's lists are unbounded
    for (const m of c.mentions) root.mentions.push(m);
    for (const m of c.secondary) root.secondary.push(m);
    for (const w of c.words) root.words.add(w);
    merged.add(c);
  });
  if (merged.size > 0) {
    for (let i = clusters.length - 1; i >= 0; i--) if (merged.has(clusters[i] as Cluster)) clusters.splice(i, 1);
    for (const [cls, group] of byClass) byClass.set(cls, group.filter((c) => !merged.has(c)));
  }

  // 4. disagreement: same class, alike sentences, incompatible dates
  const flags = new Map<Cluster, Set<string>>();
  const conflictPairs: { a: Cluster; b: Cluster; evidence: [EventMention, EventMention] }[] = [];
  const sentenceWords = new Map<EventMention, Set<string>>();
  const wordsOf = (m: EventMention): Set<string> => {
    let w = sentenceWords.get(m);
    if (!w) {
      const doc = docById.get(m.docId);
      w = new Set(doc ? contentWords(doc.text, m.start, m.end) : []);
      sentenceWords.set(m, w);
    }
    return w;
  };
  const disagreement = (a: Cluster, b: Cluster): [EventMention, EventMention] | null => {
    const sentencesA = new Set(a.mentions.map((m) => `${m.docId}:${m.start}`));
    if (b.mentions.some((m) => sentencesA.has(`${m.docId}:${m.start}`))) return null;
    for (const ma of a.mentions.slice(0, 20)) {
      if (!DAY_LEVEL.has(ma.date.granularity)) continue;
      for (const mb of b.mentions.slice(0, 20)) {
        if (mb.docId === ma.docId || !DAY_LEVEL.has(mb.date.granularity) || compatible(ma.date, mb.date)) continue;
        // "Thursday" and "Thursday night" are one day
        if (ma.date.start.slice(0, 10) === mb.date.start.slice(0, 10)) continue;
        const gap = Math.abs(Date.parse(ma.date.start.slice(0, 10)) - Date.parse(mb.date.start.slice(0, 10))) / 86_400_000;
        if (gap > CONFLICT_MAX_DAYS) continue;
        if (jaccard(wordsOf(ma), wordsOf(mb)) >= DISAGREEMENT_SIMILARITY) return [ma, mb];
      }
    }
    return null;
  };
  const flag = (a: Cluster, b: Cluster, evidence: [EventMention, EventMention]) => {
    conflictPairs.push({ a, b, evidence });
    for (const [x, y] of [[a, b], [b, a]] as const) {
      const set = flags.get(x) ?? new Set<string>();
      set.add(clusterDate(y).value);
      flags.set(x, set);
    }
    messages.push({
      severity: "info",
      ruleId: "date-disagreement",
      reason: `Sources disagree on when "${a.cls === "statement" ? b.cls : a.cls}" happened: ${clusterDate(a).value} vs ${clusterDate(b).value}.`,
      source: SOURCE,
      docId: evidence[1].docId,
      start: evidence[1].timex.start,
      end: evidence[1].timex.end,
    });
  };
  // buckets by every lexicon class the sentences name ("said" as a trigger hides "ended the accord"),
  // at most MAX_CLUSTERS_PER_CLASS per bucket
  const topicBuckets = new Map<string, Cluster[]>();
  for (const c of clusters) {
    const topics = new Set(c.mentions.flatMap((m) => [m.trigger.class, ...m.classes]).filter((x) => !x.startsWith("other:") && x !== "statement"));
    for (const t of topics) {
      const list = topicBuckets.get(t) ?? [];
      if (list.length < MAX_CLUSTERS_PER_CLASS) list.push(c);
      topicBuckets.set(t, list);
    }
  }
  const flagged = new Set<string>();
  const clusterIndex = new Map(clusters.map((c, i) => [c, i]));
  for (const group of topicBuckets.values()) {
    for (let i = 0; i < group.length; i++) {
      for (let j = i + 1; j < group.length; j++) {
        const a = group[i] as Cluster;
        const b = group[j] as Cluster;
        if (compatible(clusterDate(a), clusterDate(b))) continue;
        const pa = new Set(a.mentions.flatMap((x) => x.participants));
        const pb = b.mentions.flatMap((x) => x.participants);
        if (pa.size > 0 && pb.length > 0 && !pb.some((p) => pa.has(p))) continue;
        // two sentences of different documents, alike (a class such as "talks" recurs), each dating
        // the event to a day, the days incompatible but close (far apart is another occurrence), and
        // neither sentence on the other side (one sentence with two dates tells two moments)
        const evidence = disagreement(a, b);
        if (!evidence) continue;
        const key = `${clusterIndex.get(a)}:${clusterIndex.get(b)}`;
        if (flagged.has(key)) continue;
        flagged.add(key);
        flag(a, b, evidence);
      }
    }
  }

  // 5. entries
  const referenceOf = new Map(referenceDates.map((r) => [r.docId, r]));
  const timelineByCluster: TimelineEntry[] = clusters.map((c) => {
    const all = [...c.mentions, ...c.secondary];
    const sources: TimelineEntry["sources"] = [];
    const seen = new Set<string>();
    for (const m of all) {
      const key = `${m.docId}:${m.start}:${m.end}`;
      if (seen.has(key)) continue;
      seen.add(key);
      sources.push({ docId: m.docId, start: m.start, end: m.end });
    }
    // the finest date among the primary mentions
    const date = c.mentions.map((m) => m.date).reduce((a, b) => (within(b, a) ? b : a));
    // title: a headline among the primary sources, else the shortest primary sentence
    const headline = c.mentions.find((m) => {
      const d = docById.get(m.docId);
      return !!d?.titleSpan && d.titleSpan.start <= m.start && d.titleSpan.end >= m.end;
    });
    const first =
      headline ??
      c.mentions.reduce((a, b) => {
        const la = a.end - a.start;
        const lb = b.end - b.start;
        return (lb >= 30 && lb < la) || la < 30 ? b : a;
      });
    const doc = docById.get(first.docId);
    const tenses = new Set(c.mentions.map((m) => m.tense));
    const modalities = new Set(c.mentions.map((m) => m.modality));
    const entry: TimelineEntry = {
      id: "",
      date,
      title: doc ? title(doc, first) : first.trigger.text,
      sources,
      participants: [...new Set(all.flatMap((m) => m.participants))].sort(),
      tense: tenses.size === 1 ? (first.tense as TimelineEntry["tense"]) : tenses.has("future") ? "future" : "past",
      eventClass: c.cls,
      modality: modalities.has("planned") ? "planned" : modalities.has("hypothetical") && modalities.size === 1 ? "hypothetical" : "reported",
      mentionIds: all.map((m) => m.id),
    };
    // a date resting on an inferred publication date: no source states it outright
    const stated = c.mentions.some((m) => !referenceOf.get(m.docId)?.inferred || ABSOLUTE.test(m.timex.text));
    if (!stated) {
      const finest = c.mentions.find((m) => m.date === date) ?? first;
      const ref = referenceOf.get(finest.docId);
      entry.inferred = true;
      const shift = (iso: string | null | undefined, sign: 1 | -1, edge: string): string | null => {
        if (!iso || !ref?.value) return null;
        const delta = Math.round((Date.parse(`${iso}T00:00:00Z`) - Date.parse(`${ref.value}T00:00:00Z`)) / 86_400_000);
        const base = Date.parse(`${edge.slice(0, 10)}T00:00:00Z`) + delta * 86_400_000 - (sign === 1 ? 86_400_000 : 0);
        return new Date(base).toISOString().slice(0, 10);
      };
      entry.earliest = shift(ref?.earliest, -1, date.start);
      entry.latest = shift(ref?.latest, 1, date.end);
    }
    const f = flags.get(c);
    if (f) {
      entry.flags = ["date-disagreement"];
      entry.alternativeDates = [...f].sort();
    }
    return entry;
  });
  const timeline = [...timelineByCluster];
  timeline.sort((a, b) => byCodeUnit(a.date.start, b.date.start) || byCodeUnit(a.date.end, b.date.end) || b.sources.length - a.sources.length);
  timeline.forEach((e, i) => {
    e.id = `t${i + 1}`;
  });
  const entryOf = new Map(clusters.map((c, i) => [c, timelineByCluster[i] as TimelineEntry]));
  const conflicts: TimelineDateConflict[] = conflictPairs.map(({ a, b, evidence: pair }, i) => {
    const ea = entryOf.get(a) as TimelineEntry;
    const eb = entryOf.get(b) as TimelineEntry;
    const evidence = pair.map((m) => ({ docId: m.docId, start: m.timex.start, end: m.timex.end, text: m.timex.text, value: m.date.value }));
    const doc = docById.get(pair[0].docId);
    return {
      id: `d${i + 1}`,
      kind: "date",
      about: `Sources disagree on when this happened (${doc ? title(doc, pair[0]) : pair[0].trigger.text}): ${pair[0].date.value} ("${evidence[0]?.text}", ${pair[0].docId}) vs ${pair[1].date.value} ("${evidence[1]?.text}", ${pair[1].docId}).`,
      entryIds: [ea.id, eb.id],
      dates: [pair[0].date.value, pair[1].date.value],
      evidence,
    };
  });
  return { timexes, timeline, messages, events, referenceDates, conflicts };
}
