import { DEFAULT_EVENT_LEXICON, eventClassOf, type EventLexicon, irregularBaseOf } from "../events/event-lexicon.js";
import { compatible, within } from "../dates/timex-interval.js";
import { byCodeUnit } from "./by-code-unit.js";
import { type EventCluster, clusterDate, clusterSentenceKeys } from "./event-cluster.js";
import type { EventTable } from "./event-table.js";
import { jaccard } from "./jaccard.js";
import { memoBy } from "./memo-by.js";
import { CodedGroups, mergeCodedGroups } from "./merge-across-documents.js";

/** Past this many clusters of one class, new clusters stay unmerged: hostile input stays linear. */
export const MAX_CLUSTERS_PER_CLASS = 300;
/** Granularities fine enough for a secondary source to join. */
const FINE = new Set(["month", "week", "day", "part-of-day", "time"]);

/** The clusters of a run, and the mergeable ones by trigger class. */
export interface EventClusters {
  /** Every cluster, in the order they were opened. */
  clusters: EventCluster[];
  /** Clusters by class (at most {@link MAX_CLUSTERS_PER_CLASS} each). */
  byClass: Map<string, EventCluster[]>;
}

/**
 * Phase 3 of `buildTimeline`: cluster event mentions. Finer dates go first,
 * so coarse mentions join a fine cluster. Lexicon classes merge on class and
 * compatible date (entity extraction is too noisy to veto); unlexicalised
 * triggers (`other:…`) also need shared participants or alike sentences.
 *
 * @param table - Event mentions of every document (with their sentences' words).
 * @returns The clusters.
 */
export function clusterEvents(table: EventTable): EventClusters {
  const n = table.length;
  // the mentions' positions, finest dates first (a stable sort: ties keep the input order); numbers, not a map by mention
  const span = new Float64Array(n);
  for (let k = 0; k < n; k++) {
    const date = table.date(k);
    span[k] = Date.parse(date.end.slice(0, 10)) - Date.parse(date.start.slice(0, 10));
  }
  const order = Array.from({ length: n }, (_, k) => k).sort((a, b) => span[a]! - span[b]! || byCodeUnit(table.docId(a), table.docId(b)) || table.start(a) - table.start(b));
  const clusters: EventCluster[] = [];
  const byClass = new Map<string, EventCluster[]>();
  // per cluster, kept up to date as mentions join: its documents (its support) and participants, and an
  // unlexicalised (`other:…`) cluster's sentence words; so a mention's look-up costs the same however large
  // the clusters grow. Codes, and only while clustering.
  const docsOf = new Map<EventCluster, Set<number>>();
  const participantsOf = new Map<EventCluster, Set<number>>();
  const wordsOf = new Map<EventCluster, Set<number>>();
  const join = (c: EventCluster, k: number, participants: readonly number[], words: Set<number>) => {
    let docs = docsOf.get(c);
    let theirs = participantsOf.get(c);
    if (!docs || !theirs) {
      docs = new Set();
      theirs = new Set();
      docsOf.set(c, docs);
      participantsOf.set(c, theirs);
    }
    docs.add(table.docCode(k));
    for (const p of participants) theirs.add(p);
    if (!c.cls.startsWith("other:")) return;
    const own = wordsOf.get(c);
    if (own) for (const w of words) own.add(w);
    else wordsOf.set(c, words);
  };
  const support = (c: EventCluster) => (docsOf.get(c) as Set<number>).size;
  const participantsOk = (participants: readonly number[], c: EventCluster) => {
    if (!c.cls.startsWith("other:")) return true;
    const theirs = participantsOf.get(c) as Set<number>;
    return participants.some((p) => theirs.has(p));
  };
  // per class and date interval: the clusters of the class whose date is compatible with it, in
  // creation order. A cluster's date never changes and a class's list only grows, so each date
  // checks each cluster of its class once, not every mention on that date again
  const compatibleOf = new Map<string, { seen: number; list: EventCluster[] }>();
  for (const k of order) {
    const cls = table.triggerClass(k);
    const date = table.date(k);
    const participants = table.participantCodes(k);
    const sentenceWords = new Set(table.wordCodes(k));
    let target: EventCluster | null = null;
    const sameClass = byClass.get(cls) ?? [];
    const key = `${cls}\u0000${date.start}\u0000${date.end}`;
    let compatibleClusters = compatibleOf.get(key);
    if (!compatibleClusters) {
      compatibleClusters = { seen: 0, list: [] };
      compatibleOf.set(key, compatibleClusters);
    }
    for (; compatibleClusters.seen < sameClass.length; compatibleClusters.seen++) {
      const c = sameClass[compatibleClusters.seen] as EventCluster;
      if (c.cls === cls && compatible(date, clusterDate(c))) compatibleClusters.list.push(c);
    }
    const candidates = compatibleClusters.list.filter(
      (c) => participantsOk(participants, c) || !(c.cls.startsWith("other:") && jaccard(sentenceWords, wordsOf.get(c) ?? new Set<number>()) < 0.2),
    );
    const same = candidates.filter((c) => within(clusterDate(c), date) && within(date, clusterDate(c)));
    // a coarser mention ("a 2023 coup") joins a finer entry only when that entry is the only candidate
    if (same.length > 0) target = same[0] as EventCluster;
    else if (candidates.length > 0) {
      // the candidate with the most documents, when no other has as many (one pass, not a sort)
      let top = candidates[0] as EventCluster;
      let best = support(top);
      let tied = false;
      for (let i = 1; i < candidates.length; i++) {
        const s = support(candidates[i] as EventCluster);
        if (s > best) {
          top = candidates[i] as EventCluster;
          best = s;
          tied = false;
        } else if (s === best) tied = true;
      }
      if (!tied) target = top;
    }
    if (target) {
      target.mentions.push(k);
      join(target, k, participants, sentenceWords);
    } else {
      const c: EventCluster = { cls, date, mentions: [k], secondary: [] };
      join(c, k, participants, sentenceWords);
      clusters.push(c);
      if (sameClass.length < MAX_CLUSTERS_PER_CLASS) {
        sameClass.push(c);
        byClass.set(c.cls, sameClass);
      }
    }
  }
  return { clusters, byClass };
}

/**
 * Phase 3a of `buildTimeline`: a mention becomes a secondary source of a
 * cluster whose class appears in its sentence at a compatible date.
 *
 * @param table - Event mentions of every document.
 * @param byClass - Clusters by class (changed in place).
 */
export function addSecondarySources(table: EventTable, byClass: ReadonlyMap<string, EventCluster[]>): void {
  // each cluster's sentences (document and start), built once: its primary mentions do not change here
  const sentences = memoBy((c: EventCluster) => clusterSentenceKeys(table, c));
  // per class, its fine clusters by the months their date spans: a mention inside a cluster's date starts
  // in one of those months, so it looks only at the clusters of its own month, not at every cluster of
  // the class. Which clusters a mention joins does not depend on the order they are looked at.
  const byMonth = memoBy((cls: string) => indexByMonth(byClass.get(cls) ?? []));
  for (let k = 0; k < table.length; k++) {
    let key: string | undefined;
    const triggerClass = table.triggerClass(k);
    const date = table.date(k);
    for (const cls of table.classes(k)) {
      if (cls === triggerClass || cls === "statement") continue;
      const index = byMonth(cls);
      // (a reversed interval is checked against every cluster, as before)
      const month = date.start <= date.end ? monthOf(date.start) : undefined;
      for (const list of month === undefined ? [index.all] : [index.months.get(month), index.other]) {
        if (!list) continue;
        for (const c of list) {
          if (!within(date, clusterDate(c))) continue;
          // a primary mention of the cluster, or another event of the same sentence
          key ??= table.sentenceKey(k);
          if (sentences(c).has(key)) continue;
          if (c.mentions.length + c.secondary.length < 2 && c.mentions.length > 0 && table.docCode(c.mentions[0]!) === table.docCode(k)) continue;
          c.secondary.push(k);
        }
      }
    }
  }
}

const MONTH = /^(\d{4})-(\d{2})/;

/** `YYYY-MM` of an ISO date-time, or undefined for another form. */
function monthOf(iso: string): string | undefined {
  return MONTH.test(iso) ? iso.slice(0, 7) : undefined;
}

/**
 * A class's fine clusters filed under each month their date spans (at most three months; a date
 * outside `YYYY-MM` or spanning more goes to `other`, looked at by every mention), and `all` of them
 * for a mention whose own date is not of that form.
 */
function indexByMonth(clusters: readonly EventCluster[]): { months: Map<string, EventCluster[]>; other: EventCluster[]; all: EventCluster[] } {
  const months = new Map<string, EventCluster[]>();
  const other: EventCluster[] = [];
  const all: EventCluster[] = [];
  for (const c of clusters) {
    const date = clusterDate(c);
    if (!FINE.has(date.granularity)) continue;
    const from = MONTH.exec(date.start);
    const to = MONTH.exec(date.end);
    let spanned: string[] | undefined;
    if (from && to) {
      spanned = [];
      let year = Number(from[1]);
      let month = Number(from[2]);
      const last = Number(to[1]) * 12 + Number(to[2]);
      while (year * 12 + month <= last && spanned.length <= 3) {
        spanned.push(`${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}`);
        if (++month > 12) {
          month = 1;
          year++;
        }
      }
      if (spanned.length > 3) spanned = undefined;
    }
    if (spanned) {
      for (const key of spanned) {
        const list = months.get(key);
        if (list) list.push(c);
        else months.set(key, [c]);
      }
    } else other.push(c);
  }
  for (const c of clusters) if (FINE.has(clusterDate(c).granularity)) all.push(c);
  return { months, other, all };
}

/** Whether a class names an event for the cross-document merge (not an unclassed `other:` verb, not a statement). */
function isEventClass(cls: string): boolean {
  return !cls.startsWith("other:") && cls !== "statement";
}

/**
 * Phase 3b of `buildTimeline`: one entry per event across outlets. Groups
 * of different documents on the same date whose sentences share words
 * (blocked by date value: linear, see {@link mergeCodedGroups}) become
 * one cluster.
 *
 * @param table - The run's event mentions.
 * @param found - The clusters (changed in place: merged ones are removed).
 * @param lexicon - Event lexicon (default {@link DEFAULT_EVENT_LEXICON}).
 */
export function mergeClustersAcrossDocuments(table: EventTable, found: EventClusters, lexicon: EventLexicon = DEFAULT_EVENT_LEXICON): void {
  const { clusters, byClass } = found;
  // the groups as codes: a few bytes a word, document or participant instead of five sets per cluster
  const groups = new CodedGroups();
  const triggers: string[] = [];
  const docs: number[] = [];
  const ids: number[] = [];
  const codes = new Set<number>();
  for (const c of clusters) {
    triggers.length = 0;
    docs.length = 0;
    ids.length = 0;
    // the content words of its sentences, in the order its mentions joined it
    codes.clear();
    for (const k of c.mentions) for (const w of table.wordCodes(k)) codes.add(w);
    const words = Array.from(codes, (w) => table.words.word(w));
    // event words: lexicon words, past-tense verbs and the triggers of its sentences, plus their classes
    for (const w of words) {
      const cls = eventClassOf(lexicon, w);
      if (cls !== "statement" && (cls !== undefined || irregularBaseOf(w) !== undefined || (w.length > 4 && w.endsWith("ed")))) triggers.push(w);
    }
    for (const k of c.mentions) {
      docs.push(table.docCode(k));
      for (const p of table.participantCodes(k)) ids.push(p);
      triggers.push(table.triggerText(k).toLowerCase());
      const cls = table.triggerClass(k);
      if (isEventClass(cls)) triggers.push(cls);
      for (const x of table.classes(k)) if (isEventClass(x)) triggers.push(x);
    }
    groups.add(clusterDate(c), words, triggers, docs, ids);
  }
  const into = mergeCodedGroups(groups);
  const merged = new Set<EventCluster>();
  clusters.forEach((c, i) => {
    const root = clusters[into[i] as number] as EventCluster;
    if (root === c) return;
    // loops, not push(...spread): a cluster's lists are unbounded
    for (const k of c.mentions) root.mentions.push(k);
    for (const k of c.secondary) root.secondary.push(k);
    merged.add(c);
  });
  if (merged.size > 0) {
    // one pass (a splice per merged cluster moved the rest of the list each time: quadratic)
    let kept = 0;
    for (const c of clusters) if (!merged.has(c)) clusters[kept++] = c;
    clusters.length = kept;
    for (const [cls, group] of byClass) byClass.set(cls, group.filter((c) => !merged.has(c)));
  }
}
