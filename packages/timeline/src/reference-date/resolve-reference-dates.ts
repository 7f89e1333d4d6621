import { createMessage, type Document, type Message } from "@newsparse/corpus-loader";
import type { ReferenceDate, Timex } from "../schema.js";
import { type CalendarDay, formatDay, fromDayNumber, toCalendarDay, toDayNumber } from "../dates/calendar.js";
import type { EventLexicon } from "../events/event-lexicon.js";
import { type InferredReferenceDate, inferReferenceDate } from "./infer-reference-date.js";
import {
  type AnchorConstraint,
  type AnchorEvent,
  type ReferenceCue,
  collectAnchorEvents,
  createAnchorIndex,
  matchAnchors,
  referenceCues,
  scoreReferenceDate,
} from "./anchor-reference-date.js";
import type { TemporalTagger } from "../tagging/temporal-tagger.js";
import { type SimilarDocument, createSimilarityIndex } from "./similar-documents.js";

const SOURCE = "@newsparse/timeline";
/** Rounds of anchoring: documents dated in one round anchor the next. */
const ANCHOR_ROUNDS = 3;

/** Options of {@link resolveReferenceDates}. */
export interface ResolveReferenceDatesOptions {
  /** Tagger used to read relative expressions and date anchor events. */
  tagger: TemporalTagger;
  /** Event trigger lexicon (word → class). */
  lexicon?: EventLexicon | undefined;
}

/** Result of {@link resolveReferenceDates}. */
export interface ResolvedReferenceDates {
  /** One record per document, in input order. */
  referenceDates: ReferenceDate[];
  /** Document id → reference day (null when none could be inferred). */
  days: Map<string, CalendarDay | null>;
  /** `inferred-reference-date`, `missing-reference-date` and `tagger-failed` messages. */
  messages: Message[];
  /**
   * Timexes of documents this phase already tagged against their final
   * reference day (document id → timexes), so the caller need not tag them again.
   */
  tagged: Map<string, Timex[]>;
}

function median(days: CalendarDay[]): CalendarDay | null {
  if (days.length === 0) return null;
  const n = days.map(toDayNumber).sort((a, b) => a - b);
  return fromDayNumber(n[Math.floor((n.length - 1) / 2)] ?? 0);
}

/** Margin by which the most alike dated document must beat the runner-up to set the prior alone. */
const CLEAR_WINNER = 1.25;
/** Largest ± days of an inferred date whose year-less dates ("April 25") may anchor other documents. */
const YEAR_SAFE_UNCERTAINTY = 60;
/** Least ± days of an estimate resting on the corpus median alone. */
const CORPUS_PRIOR_UNCERTAINTY = 365;
/** Least cosine similarity for a dated article to count as the same story. */
const MIN_STORY_SIMILARITY = 0.03;
/** Least ± days of an estimate resting on a story prior. */
const STORY_MIN_UNCERTAINTY = 30;

interface StoryPrior {
  day: CalendarDay;
  label: string;
  uncertaintyDays: number;
}

/**
 * Prior from the most alike dated documents: the best one's date when it
 * clearly beats the runner-up, else the median date of the close ones.
 */
function storyPrior(all: readonly SimilarDocument[]): StoryPrior | null {
  // barely alike articles are not the same story
  const near = all.filter((x) => x.score >= MIN_STORY_SIMILARITY);
  const top = near[0];
  if (!top) return null;
  const second = near[1];
  const close = !second || top.score >= CLEAR_WINNER * second.score ? [top] : near.filter((x) => x.score * CLEAR_WINNER >= top.score);
  const day = median(close.map((x) => toCalendarDay(x.value)).filter((d): d is CalendarDay => d !== null));
  if (!day) return null;
  // the story's articles may span weeks: the prior is off by up to the spread of the alike ones
  let spread = STORY_MIN_UNCERTAINTY;
  for (const x of near) {
    const d = toCalendarDay(x.value);
    if (d && x.score * 2 >= top.score) spread = Math.max(spread, Math.abs(toDayNumber(d) - toDayNumber(day)));
  }
  const label = `prior ${formatDay(day)} (most alike dated article${close.length > 1 ? "s" : ""}: ${close.map((x) => `${x.docId} ${x.score.toFixed(2)}`).join(", ")})`;
  return { day, label, uncertaintyDays: spread };
}

/** The record with the interval the inference supports (`earliest`/`latest`, null = open). */
function withInterval(r: InferredReferenceDate): ReferenceDate {
  const ref = r.reference;
  const day = toCalendarDay(ref.value);
  if (!day) return { ...ref, earliest: null, latest: null };
  const n = toDayNumber(day);
  if (r.basis === "unbounded") return { ...ref, earliest: null, latest: null };
  // only a date certainly in the past is a hard lower bound; one read as past by default may lie ahead
  if (r.basis === "after") return { ...ref, earliest: r.earliest ?? null, latest: null };
  if (r.basis === "before") return { ...ref, earliest: null, latest: r.upper ?? null };
  return { ...ref, earliest: formatDay(fromDayNumber(n - ref.uncertaintyDays)), latest: formatDay(fromDayNumber(n + ref.uncertaintyDays)) };
}

/** Tagging shared by the phases of {@link resolveReferenceDates}: each text tagged once per reference day. */
interface TaggingCache {
  /** Timexes of a document against a day (cached: the final day's are handed to the caller). */
  taggedWith(doc: Document, day: CalendarDay): Timex[];
  /** Timexes of an undated document without a reference day (cached; a tagger error is a message). */
  untagged(doc: Document): Timex[];
  /** The last tagging against a day, per document. */
  readonly taggedAt: Map<string, { ref: string; timexes: Timex[] }>;
  /** The tagger's own messages (a chrono failure, a stage that threw): each once, however often a text is tagged. */
  readonly tagMessages: Message[];
}

function createTaggingCache(tagger: TemporalTagger, messages: Message[]): TaggingCache {
  const taggedAt = new Map<string, { ref: string; timexes: Timex[] }>();
  const reported = new Set<string>();
  const tagMessages: Message[] = [];
  const tagWith = (doc: Document, referenceDate: string | null): Timex[] => {
    const run: Message[] = [];
    const timexes = tagger.tag(doc.text, { referenceDate, docId: doc.id, messages: run });
    for (const message of run) {
      const key = JSON.stringify(message);
      if (reported.has(key)) continue;
      reported.add(key);
      tagMessages.push(message);
    }
    return timexes;
  };
  const untaggedCache = new Map<string, Timex[]>();
  return {
    taggedAt,
    tagMessages,
    taggedWith(doc, day) {
      const ref = formatDay(day);
      const hit = taggedAt.get(doc.id);
      if (hit && hit.ref === ref) return hit.timexes;
      const timexes = tagWith(doc, ref);
      taggedAt.set(doc.id, { ref, timexes });
      return timexes;
    },
    untagged(doc) {
      let tags = untaggedCache.get(doc.id);
      if (!tags) {
        try {
          tags = tagWith(doc, null);
        } catch (error) {
          tags = [];
          messages.push(createMessage(String(error), { ruleId: "tagger-failed", severity: "error", source: SOURCE, docId: doc.id }));
        }
        untaggedCache.set(doc.id, tags);
      }
      return tags;
    },
  };
}

/**
 * Steps 1 and 2 of {@link resolveReferenceDates}: each undated document on
 * its own, then against the corpus median, then, for documents still weak,
 * against the date of the dated (or strongly inferred) document most alike.
 */
function inferWithPriors(
  documents: readonly Document[],
  missing: readonly Document[],
  days: ReadonlyMap<string, CalendarDay | null>,
  cache: TaggingCache,
): Map<string, InferredReferenceDate> {
  const first = new Map(missing.map((d) => [d.id, inferReferenceDate(d, null, { timexes: cache.untagged(d) })]));
  const known = [...days.values()].filter((d): d is CalendarDay => d !== null);
  for (const r of first.values()) if (r.strong && r.reference.value) known.push(toCalendarDay(r.reference.value) as CalendarDay);
  const corpusPrior = median(known);
  // the corpus median says little about an article unlike every dated one: ± a year at least,
  // more when the dates it summarises spread wider
  let corpusSpread = CORPUS_PRIOR_UNCERTAINTY;
  if (corpusPrior) for (const k of known) corpusSpread = Math.max(corpusSpread, Math.abs(toDayNumber(k) - toDayNumber(corpusPrior)));
  // second pass: month-day mentions placed against the corpus median, then, for documents still
  // weak, against the date of the dated (or strongly inferred) document most alike (same story)
  const inferred = new Map<string, InferredReferenceDate>();
  for (const d of missing) {
    const r = first.get(d.id) as InferredReferenceDate;
    inferred.set(d.id, r.strong ? r : inferReferenceDate(d, corpusPrior, { uncertaintyDays: corpusSpread, timexes: cache.untagged(d) }));
  }
  // given dates first: an inferred date is a prior only when no article with a given date is alike
  const given = new Map<string, string>();
  for (const [id, day] of days) if (day) given.set(id, formatDay(day));
  const dated = new Map(given);
  for (const [id, r] of inferred) if (r.strong && r.reference.value) dated.set(id, r.reference.value);
  // with a given-date article on the same story, every undated document is placed against it
  const stillWeak = given.size > 0 ? missing : missing.filter((d) => !inferred.get(d.id)?.strong);
  if (dated.size > 0 && stillWeak.length > 0) {
    const similarGiven = given.size > 0 ? createSimilarityIndex(documents, given) : null;
    const similar = dated.size > given.size ? createSimilarityIndex(documents, dated) : similarGiven;
    for (const d of stillWeak) {
      const fromGiven = similarGiven ? storyPrior(similarGiven.nearest(d, 3)) : null;
      if (!fromGiven && inferred.get(d.id)?.strong) continue;
      const prior = fromGiven ?? (similar ? storyPrior(similar.nearest(d, 3)) : null);
      if (prior) {
        inferred.set(
          d.id,
          inferReferenceDate(d, prior.day, { label: prior.label, uncertaintyDays: prior.uncertaintyDays, timexes: cache.untagged(d), trusted: fromGiven !== null }),
        );
      }
    }
  }
  return inferred;
}

/**
 * Step 3 of {@link resolveReferenceDates}: documents still weak are anchored
 * across documents, in up to {@link ANCHOR_ROUNDS} rounds (`inferred` is
 * updated in place).
 */
function anchorAcrossDocuments(
  documents: readonly Document[],
  missing: readonly Document[],
  days: ReadonlyMap<string, CalendarDay | null>,
  inferred: Map<string, InferredReferenceDate>,
  context: { tagger: TemporalTagger; lexicon: EventLexicon | undefined; cache: TaggingCache; messages: Message[] },
): void {
  const { tagger, lexicon, cache, messages } = context;
  let pending = missing.filter((d) => !inferred.get(d.id)?.strong);
  if (pending.length === 0) return;
  const anchors: AnchorEvent[] = [];
  const addAnchors = (doc: Document, day: CalendarDay, absoluteOnly: boolean, uncertaintyDays = 0) => {
    // a date without its year is placed by the inferred date: only when that is close enough
    const requireYear = uncertaintyDays > YEAR_SAFE_UNCERTAINTY;
    try {
      for (const anchor of collectAnchorEvents(doc, day, tagger, { lexicon, absoluteOnly, requireYear, untagged: absoluteOnly ? cache.untagged(doc) : undefined, tagged: cache.taggedWith(doc, day) })) anchors.push(anchor);
    } catch (error) {
      messages.push(createMessage(String(error), { ruleId: "tagger-failed", severity: "error", source: SOURCE, docId: doc.id }));
    }
  };
  // anchors: metadata documents (any date) and strongly inferred ones (dates stated outright)
  for (const doc of documents) {
    const meta = days.get(doc.id);
    const r = inferred.get(doc.id);
    const day = meta ?? (r?.strong && r.reference.value ? toCalendarDay(r.reference.value) : null);
    if (day) addAnchors(doc, day, !meta, meta ? 0 : (r?.reference.uncertaintyDays ?? 0));
  }
  const cues = new Map<string, ReferenceCue[]>();
  for (const doc of pending) cues.set(doc.id, referenceCues(doc, cache.untagged(doc), { lexicon }));
  const base = new Map(pending.map((d) => [d.id, inferred.get(d.id) as InferredReferenceDate]));
  const constraints = new Map<string, AnchorConstraint[]>(pending.map((d) => [d.id, []]));
  // each round matches the pending documents against the anchors new since the last one
  let fresh = 0;
  for (let round = 0; round < ANCHOR_ROUNDS && pending.length > 0 && fresh < anchors.length; round++) {
    const index = createAnchorIndex(anchors.slice(fresh));
    fresh = anchors.length;
    const next: Document[] = [];
    for (const doc of pending) {
      const found = constraints.get(doc.id) as AnchorConstraint[];
      const docCues = cues.get(doc.id) ?? [];
      for (const anchor of matchAnchors(doc, docCues, index)) found.push(anchor);
      const r = scoreReferenceDate(base.get(doc.id) as InferredReferenceDate, docCues, found);
      inferred.set(doc.id, r);
      const day = r.strong && r.reference.value ? toCalendarDay(r.reference.value) : null;
      if (day) addAnchors(doc, day, true, r.reference.uncertaintyDays);
      else next.push(doc);
    }
    pending = next;
  }
}

/** The warning that reports an inferred (or missing) publication date. */
function inferredDateMessage(doc: Document, r: InferredReferenceDate): Message {
  const value = r.reference.value;
  const interval =
    r.basis === "unbounded"
      ? "(a guess: only bare years, no interval)"
      : r.basis === "after"
        ? r.earliest
          ? `(on or after ${r.earliest}, no upper limit)`
          : `(after dates read as past, none certainly past: no interval)`
        : r.basis === "before"
          ? `(on or before ${r.upper ?? value}, no lower limit)`
          : `± ${r.reference.uncertaintyDays} days`;
  return createMessage(
    value
      ? `No publication date: inferred ${value} ${interval} from the text (${r.reference.evidence.slice(-3).join("; ") || "no evidence"}).`
      : "No publication date and none could be inferred: relative dates stay unresolved.",
    { ruleId: value ? "inferred-reference-date" : "missing-reference-date", severity: "warning", source: SOURCE, docId: doc.id },
  );
}

/**
 * The reference (publication) date of every document: `publishedAt` when
 * present, else inferred and flagged, never today's date.
 *
 * 1. each undated document on its own ({@link inferReferenceDate}: dates it
 *    reports as past bound it from below, scheduled ones from above, a
 *    deadline "N months" away points back);
 * 2. again with a prior to place month-day mentions without a year: the
 *    date of the dated (or strongly inferred) document most alike in its
 *    words, since articles on one story appear close together
 *    ({@link createSimilarityIndex}), else the median of those dates;
 * 3. documents still weak are anchored across documents
 *    (as {@link anchorReferenceDate}): their relative expressions ("Wednesday",
 *    "last month", "in the coming days") are solved against the same events
 *    dated in documents whose date is known, in up to three rounds, a
 *    document anchored in one round anchoring the next (only with the dates
 *    its text states outright).
 *
 * @param documents - Valid documents (unique ids).
 * @param options - Tagger and lexicon.
 * @returns Reference dates, the day per document, and messages.
 * @example
 * ```ts
 * import { parseDocument } from "@newsparse/corpus-loader";
 * import { getDefaultTagger, resolveReferenceDates } from "@newsparse/timeline";
 *
 * const documents = [parseDocument("Talks began on April 25, 2024, and ended on Friday.", { id: "a" })];
 * const { referenceDates } = resolveReferenceDates(documents, { tagger: getDefaultTagger() });
 * console.log(referenceDates[0]);
 * ```
 */
export function resolveReferenceDates(documents: readonly Document[], options: ResolveReferenceDatesOptions): ResolvedReferenceDates {
  const { tagger, lexicon } = options;
  const messages: Message[] = [];
  const days = new Map<string, CalendarDay | null>();
  const records = new Map<string, ReferenceDate>();
  const missing: Document[] = [];
  const cache = createTaggingCache(tagger, messages);
  for (const doc of documents) {
    const day = toCalendarDay(doc.publishedAt);
    if (day) {
      days.set(doc.id, day);
      records.set(doc.id, { docId: doc.id, value: formatDay(day), inferred: false, uncertaintyDays: 0, evidence: ["publishedAt"] });
    } else missing.push(doc);
  }
  if (missing.length > 0) {
    const inferred = inferWithPriors(documents, missing, days, cache);
    anchorAcrossDocuments(documents, missing, days, inferred, { tagger, lexicon, cache, messages });
    for (const doc of missing) {
      const r = inferred.get(doc.id) as InferredReferenceDate;
      const value = r.reference.value;
      days.set(doc.id, value ? toCalendarDay(value) : null);
      records.set(doc.id, withInterval(r));
      messages.push(inferredDateMessage(doc, r));
    }
  }
  const referenceDates = documents.map((d) => records.get(d.id) as ReferenceDate);
  // timexes tagged against a reference day are kept for the caller when that day is the final one
  const tagged = new Map<string, Timex[]>();
  for (const [id, hit] of cache.taggedAt) {
    const day = days.get(id);
    if (day && formatDay(day) === hit.ref) tagged.set(id, hit.timexes);
  }
  for (const message of cache.tagMessages) messages.push(message);
  return { referenceDates, days, messages, tagged };
}
