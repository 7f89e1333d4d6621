import { createMessage, excludedIndexOf, parseDocument, type Document, type Message } from "@newsparse/corpus-loader";
import type { EventMention, ReferenceDate, Timex, TimelineDateConflict, TimelineEntry } from "./schema.js";
import { formatDay } from "./dates/calendar.js";
import type { EventLexicon } from "./events/event-lexicon.js";
import { type EntityMentionIndex, type EntityMentions, extractEventMentions } from "./events/extract-events.js";
import { type ResolvedReferenceDates, resolveReferenceDates } from "./reference-date/resolve-reference-dates.js";
import { getDefaultTagger } from "./tagging/tag-temporal-expressions.js";
import { InvalidDocumentsError } from "./errors.js";
import type { TemporalTagger } from "./tagging/temporal-tagger.js";
import { checkedTagger } from "./tagging/checked-tagger.js";
import { addSecondarySources, clusterEvents, mergeClustersAcrossDocuments } from "./timeline/cluster-events.js";
import { findDateDisagreements, toDateConflicts } from "./timeline/date-disagreements.js";
import { buildTimelineEntries } from "./timeline/timeline-entries.js";
import type { WordPool } from "./timeline/word-pool.js";
import { EventTable } from "./timeline/event-table.js";

/** Options of {@link buildTimeline}. */
export interface BuildTimelineOptions {
  /**
   * Entities from entity-extract, to attach participants (`{id, mentions[{docId,start,end}]}`), or their
   * `indexEntityMentions` index (the same participants; lets a large run drop the entities first).
   */
  entities?: readonly EntityMentions[] | EntityMentionIndex;
  /**
   * Tagger to use; defaults to the shared default tagger. What it returns is checked: an item that is not a
   * `Timex` (a field missing or of the wrong type), whose span is outside the text or whose `text` is not the
   * text at its span, is dropped with an `invalid-timex` message (document, index, field, reason).
   */
  tagger?: TemporalTagger;
  /** Event trigger lexicon (word → class). */
  lexicon?: EventLexicon;
  /** Id of the document made from a string input (default `"doc"`); ignored for Documents. */
  docId?: string;
  /** Publication date of the document made from a string input (default: none, so it is inferred); ignored for Documents. */
  publishedAt?: string | null;
  /**
   * Called as each phase starts (`reference dates`, `tagging and events`, `clustering`, `merging across documents`,
   * `disagreements and entries`), e.g. to report progress or memory per phase of a large run.
   */
  onPhase?: (phase: string) => void;
  /**
   * Hand each document's timexes over as soon as they are tagged instead of keeping them to the end (a streaming
   * writer puts them on disk): called once per document, in input order (documents skipped in phase 0 are not
   * called), with the timexes `result.timexes` would list for it (with `docId`, outside excluded ranges, in text
   * order; possibly none). When given, `result.timexes` is empty.
   */
  onTimexes?: (timexes: readonly Timex[], docId: string) => void;
}

/** Result of {@link buildTimeline}. */
export interface TimelineResult {
  /** Every timex of every document (outside excluded ranges), with `docId`; empty when handed over (`onTimexes`). */
  timexes: Timex[];
  /** Merged, dated events, ordered by date interval. */
  timeline: TimelineEntry[];
  /**
   * Diagnostics: `invalid-document`, `duplicate-document-id`,
   * `inferred-reference-date`, `missing-reference-date`, `date-disagreement`,
   * `tagger-failed`, `invalid-timex`, and the tagger's own (`parser-failed`, `refiner-failed`,
   * `invalid-span`, `chrono-failed`).
   */
  messages: Message[];
  /** Event mentions, one per sentence and dated timex. */
  events: EventMention[];
  /** The reference date used for each document. */
  referenceDates: ReferenceDate[];
  /** Sources that give different dates for one event (`kind: "date"`), with the dating expressions as evidence. */
  conflicts: TimelineDateConflict[];
}

const SOURCE = "@newsparse/timeline";

/** A string becomes one Document (corpus-loader's `parseDocument`), a Document a list of one; a list is kept. */
function toInput(input: unknown, options: BuildTimelineOptions): readonly unknown[] {
  if (typeof input === "string") return [parseDocument(input, { id: options.docId ?? "doc", publishedAt: options.publishedAt ?? null })];
  if (Array.isArray(input)) return input;
  const d = input as Partial<Document> | null;
  if (typeof d === "object" && d !== null && typeof d.text === "string" && typeof d.id === "string") return [d];
  throw new InvalidDocumentsError("buildTimeline expects a string, a Document or an array of Documents.");
}

/** Phase 0: documents without a usable text or id are reported and skipped, never thrown on; so are repeated ids. */
function validDocuments(input: readonly unknown[], messages: Message[]): Document[] {
  const documents: Document[] = [];
  const seenIds = new Set<string>();
  for (const [i, doc] of input.entries()) {
    const d = doc as Partial<Document> | null;
    if (!d || typeof d.text !== "string" || typeof d.id !== "string" || !Array.isArray(d.sentences) || !Array.isArray(d.excluded)) {
      messages.push(createMessage(`Document #${i} is not a Document (needs id, text, sentences, excluded); skipped.`, { ruleId: "invalid-document", severity: "error", source: SOURCE }));
      continue;
    }
    if (seenIds.has(d.id)) {
      messages.push(createMessage(`Document id ${d.id} appears twice; the second copy is skipped.`, { ruleId: "duplicate-document-id", severity: "warning", source: SOURCE, docId: d.id }));
      continue;
    }
    seenIds.add(d.id);
    documents.push(d as Document);
  }
  return documents;
}

/** Whether a timex has exactly the keys the tagger gives, in its order (`mod` last when present), and no `docId`. */
function taggerShape(t: Timex): "plain" | "mod" | undefined {
  const keys = Reflect.ownKeys(t);
  if (keys.length !== 6 && keys.length !== 7) return undefined;
  for (let i = 0; i < keys.length; i++) {
    if (keys[i] !== TAGGER_KEYS[i] || !Object.prototype.propertyIsEnumerable.call(t, keys[i]!)) return undefined;
  }
  return keys.length === 6 ? "plain" : "mod";
}

/** The keys of a timex as the tagger makes it. */
const TAGGER_KEYS = ["start", "end", "text", "type", "value", "rule", "mod"];

/**
 * A timex of the run: a copy with its `docId` (same keys, same order as `{ ...t, docId }`), its text the pool's. The
 * copy is assigned, not spread: in V8 a spread followed by a new key gives each copy a hidden class of its own, about
 * 260 bytes more a timex, and a run keeps every timex of the corpus.
 */
function keptTimex(t: Timex, docId: string, words: WordPool): Timex {
  // (an own `__proto__` key would set the copy's prototype when assigned)
  if (Object.hasOwn(t, "__proto__")) return { ...t, docId, text: words.own(t.text) };
  // the tagger's own key order: a literal, its fields inside the object (an assigned copy keeps three or four of
  // them in an array of their own, about 40 bytes more a timex)
  const shape = taggerShape(t);
  if (shape === "plain") return { start: t.start, end: t.end, text: words.own(t.text), type: t.type, value: t.value, rule: t.rule, docId };
  if (shape === "mod") return { start: t.start, end: t.end, text: words.own(t.text), type: t.type, value: t.value, rule: t.rule, mod: t.mod, docId };
  const copy = Object.assign({}, t);
  copy.docId = docId;
  copy.text = words.own(t.text);
  return copy;
}

/**
 * Phase 2: timexes (outside excluded ranges) and event mentions of every
 * document. Documents the reference-date phase already tagged against their
 * final day are not tagged again (and their timexes are let go once copied); the kept timexes are listed, or handed
 * to `options.onTimexes` document by document; the tagger's messages go to
 * `messages`. The event mentions go into a table as they are found (a few numbers each, with their
 * sentences' words), not kept as objects.
 */
function tagDocuments(
  documents: readonly Document[],
  resolved: ResolvedReferenceDates,
  tagger: TemporalTagger,
  options: BuildTimelineOptions,
  messages: Message[],
): { timexes: Timex[]; events: EventTable } {
  const timexes: Timex[] = [];
  // the words the run keeps (timex texts, triggers, sentences' content words), each once
  const events = new EventTable();
  const words = events.words;
  // the reference-date phase reported the tagger's messages it saw; a text tagged again reports each once
  const reported = new Set(messages.map((m) => JSON.stringify(m)));
  for (const doc of documents) {
    const ref = resolved.days.get(doc.id) ?? null;
    let tagged: Timex[] = resolved.tagged.get(doc.id) ?? [];
    const taggedBefore = resolved.tagged.delete(doc.id);
    try {
      if (!taggedBefore) {
        const run: Message[] = [];
        tagged = tagger.tag(doc.text, { referenceDate: ref ? formatDay(ref) : null, docId: doc.id, messages: run });
        for (const message of run) if (!reported.has(JSON.stringify(message))) messages.push(message);
      }
    } catch (error) {
      messages.push(createMessage(String(error), { ruleId: "tagger-failed", severity: "error", source: SOURCE, docId: doc.id }));
    }
    const excluded = excludedIndexOf(doc);
    // texts and trigger words held to the end of the run: each once, and none a view into its document's text
    const kept = tagged.filter((t) => !excluded.overlaps(t.start, t.end)).map((t) => keptTimex(t, doc.id, words));
    // handed over: only the event mentions that a timex dates hold it from here on
    if (options.onTimexes) options.onTimexes(kept, doc.id);
    // Loops, not push(...spread): a spread of an unbounded array overflows the call stack.
    else for (const timex of kept) timexes.push(timex);
    const text = doc.text;
    for (const event of extractEventMentions(doc, kept, { entities: options.entities, lexicon: options.lexicon, referenceDate: ref ? formatDay(ref) : null })) events.add(event, text);
  }
  events.trim();
  return { timexes, events };
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
 * The phases: 0. check the documents; 1. reference dates; 2. timexes and
 * event mentions; 3. clustering (3a. secondary sources, 3b. one entry per
 * event across outlets); 4. date disagreements; 5. entries; 6. conflicts.
 *
 * @param input - Loaded documents (with `publishedAt` where known), one Document, or a string (parsed with corpus-loader's `parseDocument`, id `options.docId ?? "doc"`). Entries of a list that are not Documents are skipped with an `invalid-document` message.
 * @param options - Entities, tagger, lexicon; for a string, its id and publication date.
 * @throws {@link InvalidDocumentsError} when `input` is neither a string, a Document nor an array.
 * @returns Timexes, the timeline, event mentions, reference dates, conflicts and messages.
 * @example
 * ```ts
 * import { buildTimeline, timelineToMarkdown } from "@newsparse/timeline";
 *
 * const { timeline } = buildTimeline("Protesters rallied in Niamey on April 13, 2024.", { publishedAt: "2024-04-14" });
 * console.log(timelineToMarkdown(timeline));
 * ```
 */
export function buildTimeline(input: string | Document | readonly Document[], options: BuildTimelineOptions = {}): TimelineResult {
  const messages: Message[] = [];
  // a user's tagger is checked (the default one makes sound timexes, span-checked as it makes them)
  const tagger = options.tagger ? checkedTagger(options.tagger, messages) : getDefaultTagger();
  const documents = validDocuments(toInput(input, options), messages);
  options.onPhase?.("reference dates");
  // 1. reference dates: metadata, else inferred (single document, corpus prior, cross-document anchors)
  const resolved = resolveReferenceDates(documents, { tagger, lexicon: options.lexicon });
  for (const message of resolved.messages) messages.push(message);
  // 2. timexes and event mentions
  options.onPhase?.("tagging and events");
  const { timexes, events } = tagDocuments(documents, resolved, tagger, options, messages);
  // 3. clustering; 3a. secondary sources; 3b. one entry per event across outlets
  options.onPhase?.("clustering");
  const found = clusterEvents(events);
  addSecondarySources(events, found.byClass);
  options.onPhase?.("merging across documents");
  mergeClustersAcrossDocuments(events, found, options.lexicon);
  options.onPhase?.("disagreements and entries");
  // 4. disagreement: same class, alike sentences, incompatible dates
  const disagreements = findDateDisagreements(events, found.clusters, messages);
  // the entries and `result.events` read no sentence words
  events.releaseWords();
  // 5. entries; 6. conflicts between entries
  const docById = new Map(documents.map((d) => [d.id, d]));
  const { timeline, entryOf } = buildTimelineEntries(events, found.clusters, docById, resolved.referenceDates, disagreements.alternatives);
  const conflicts = toDateConflicts(disagreements.pairs, entryOf, docById);
  const result: TimelineResult = { timexes, timeline, messages, events: [], referenceDates: resolved.referenceDates, conflicts };
  return withEventObjects(result, events);
}

/**
 * The result with its `events` made objects from the table when first read (a large run that never
 * reads them never holds them); reading or assigning makes it a plain property.
 */
function withEventObjects(result: TimelineResult, table: EventTable): TimelineResult {
  const settle = (events: EventMention[]) => {
    Object.defineProperty(result, "events", { value: events, writable: true, enumerable: true, configurable: true });
    return events;
  };
  Object.defineProperty(result, "events", {
    enumerable: true,
    configurable: true,
    get: () => settle(Array.from({ length: table.length }, (_, k) => table.mention(k))),
    set: settle,
  });
  return result;
}
