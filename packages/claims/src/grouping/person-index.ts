import type { Entity } from "@newsparse/entity-extract";
import { createMentionTable, type MentionTable } from "../mention-table.js";
import type { TitleMention } from "../titles.js";
import { createSpanIndex, type SpanIndex } from "./span-index.js";

/** Person entities indexed for {@link personKey} and {@link personHolding}: mentions by document, names and aliases (lower-cased). */
export interface PersonIndex {
  /** The persons' mentions by document (typed columns, each document's rows also by start). */
  mentions: MentionTable;
  byName: Map<string, Entity>;
  /** The span indexes of the documents whose titles were looked up last (a few: titles come document by document). */
  spans: Map<number, SpanIndex>;
}

/** How many documents' span indexes {@link personKey} keeps (memory stays bounded; titles are read document by document). */
const KEPT_SPAN_INDEXES = 64;

/**
 * Index the PERSON entities of entity-extract (once per grouping: quantities and titles share it).
 *
 * @param entities - Entities of every document.
 * @returns Mentions by document and entities by lower-cased name or alias (the first entity wins).
 */
export function indexPersons(entities: readonly Entity[]): PersonIndex {
  const index: PersonIndex = { mentions: createMentionTable(entities, { keep: (e) => e.type === "PERSON", sorted: true }), byName: new Map(), spans: new Map() };
  for (const entity of entities) {
    if (entity.type !== "PERSON") continue;
    for (const name of [entity.name, ...entity.aliases.map((a) => a.text)]) {
      const key = name.toLowerCase();
      if (!index.byName.has(key)) index.byName.set(key, entity);
    }
  }
  return index;
}

/**
 * Whether a document has person mentions.
 *
 * @param persons - The person index.
 * @param docId - The document.
 * @returns True when it has.
 */
export function hasPersons(persons: PersonIndex, docId: string): boolean {
  return persons.mentions.ordinal.has(docId);
}

/** A document's person mentions indexed once while it is among the last looked up (a title per mention scanned every mention of the document). */
function spanIndexOf(persons: PersonIndex, o: number): SpanIndex {
  let index = persons.spans.get(o);
  if (index) {
    // most recently used last
    persons.spans.delete(o);
    persons.spans.set(o, index);
    return index;
  }
  const { first, start, end } = persons.mentions;
  index = createSpanIndex(Array.from(start.subarray(first[o]!, first[o + 1]!)), Array.from(end.subarray(first[o]!, first[o + 1]!)));
  persons.spans.set(o, index);
  if (persons.spans.size > KEPT_SPAN_INDEXES) persons.spans.delete(persons.spans.keys().next().value!);
  return index;
}

/**
 * Who a title belongs to, across documents: the first person (in entity order) with a mention overlapping the
 * name, else one with that name or alias, else the surname.
 *
 * @param t - A title mention.
 * @param persons - The person index.
 * @returns A key (`entity:<id>` or `surname:<name>`) and a label.
 */
export function personKey(t: TitleMention, persons: PersonIndex): { key: string; label: string } {
  const { mentions } = persons;
  const o = mentions.ordinal.get(t.docId);
  // the first mention in the document's rows with m.start < name.end and m.end > name.start
  const first = o === undefined ? undefined : spanIndexOf(persons, o).query(t.name.end - 1, t.name.start + 1)[0];
  const overlapping = first === undefined ? undefined : mentions.entities[mentions.entity[mentions.first[o!]! + first]!]!;
  const e = overlapping ?? persons.byName.get(t.name.text.toLowerCase());
  if (e) return { key: `entity:${e.id}`, label: e.name };
  const parts = t.name.text.split(/\s+/);
  return { key: `surname:${(parts[parts.length - 1] ?? "").toLowerCase().replace(/[’']s$/, "")}`, label: t.name.text };
}

/**
 * The person whose mention holds `[start, end)` of a document: of the mentions that hold it, the first in the
 * document's rows (entity order). A binary search over the mentions sorted once by start, then only those that
 * start within the longest mention's length before `start` (it was a scan of every mention of the document per figure).
 *
 * @param persons - The person index.
 * @param docId - The document.
 * @param start - Start of the span.
 * @param end - End of the span.
 * @returns The entity, or undefined.
 */
export function personHolding(persons: PersonIndex, docId: string, start: number, end: number): Entity | undefined {
  const table = persons.mentions;
  const o = table.ordinal.get(docId);
  if (o === undefined) return undefined;
  const byStart = table.byStart!;
  const from = table.first[o]!;
  const longest = table.longest![o]!;
  // the last mention starting at or before `start`
  let lo = from;
  let hi = table.first[o + 1]!;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (table.start[byStart[mid]!]! <= start) lo = mid + 1;
    else hi = mid;
  }
  let best = -1;
  for (let i = lo - 1; i >= from && table.start[byStart[i]!]! >= start - longest; i--) {
    const row = byStart[i]!;
    if (end <= table.end[row]! && (best < 0 || row < best)) best = row;
  }
  return best < 0 ? undefined : table.entities[table.entity[best]!];
}
