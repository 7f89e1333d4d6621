import type { Entity } from "@newsparse/entity-extract";
import type { TitleMention } from "../titles.js";
import { createSpanIndex, type SpanIndex } from "./span-index.js";

/** Person entities indexed for {@link personKey}: mentions by document, names and aliases (lower-cased). */
export interface PersonIndex {
  mentionsByDoc: Map<string, { entity: Entity; start: number; end: number }[]>;
  byName: Map<string, Entity>;
}

/**
 * Index the PERSON entities of entity-extract.
 *
 * @param entities - Entities of every document.
 * @returns Mentions by document and entities by lower-cased name or alias (the first entity wins).
 */
export function indexPersons(entities: readonly Entity[]): PersonIndex {
  const index: PersonIndex = { mentionsByDoc: new Map(), byName: new Map() };
  for (const entity of entities) {
    if (entity.type !== "PERSON") continue;
    for (const m of entity.mentions) {
      let list = index.mentionsByDoc.get(m.docId);
      if (!list) index.mentionsByDoc.set(m.docId, (list = []));
      list.push({ entity, start: m.start, end: m.end });
    }
    for (const name of [entity.name, ...entity.aliases.map((a) => a.text)]) {
      const key = name.toLowerCase();
      if (!index.byName.has(key)) index.byName.set(key, entity);
    }
  }
  return index;
}

const spanIndexes = new WeakMap<readonly { start: number; end: number }[], SpanIndex>();

/** A document's person mentions indexed once (a title per mention scanned every mention of the document). */
function spanIndexOf(list: readonly { start: number; end: number }[]): SpanIndex {
  let index = spanIndexes.get(list);
  if (!index) {
    index = createSpanIndex(list.map((m) => m.start), list.map((m) => m.end));
    spanIndexes.set(list, index);
  }
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
  const list = persons.mentionsByDoc.get(t.docId);
  // the first mention in the document's list with m.start < name.end and m.end > name.start
  const first = list ? spanIndexOf(list).query(t.name.end - 1, t.name.start + 1)[0] : undefined;
  const overlapping = first === undefined ? undefined : list![first]!.entity;
  const e = overlapping ?? persons.byName.get(t.name.text.toLowerCase());
  if (e) return { key: `entity:${e.id}`, label: e.name };
  const parts = t.name.text.split(/\s+/);
  return { key: `surname:${(parts[parts.length - 1] ?? "").toLowerCase().replace(/[’']s$/, "")}`, label: t.name.text };
}

type PersonMention = { entity: Entity; start: number; end: number };

/** A document's person mentions sorted by start (with their place in the document's list), and the longest one's length. */
interface SortedMentions {
  byStart: { m: PersonMention; order: number }[];
  longest: number;
}

const sortedLists = new WeakMap<readonly PersonMention[], SortedMentions>();

function sortedMentions(list: readonly PersonMention[]): SortedMentions {
  let sorted = sortedLists.get(list);
  if (!sorted) {
    const byStart = list.map((m, order) => ({ m, order })).sort((a, b) => a.m.start - b.m.start || a.order - b.order);
    sorted = { byStart, longest: list.reduce((n, m) => Math.max(n, m.end - m.start), 0) };
    sortedLists.set(list, sorted);
  }
  return sorted;
}

/**
 * The person whose mention holds `[start, end)` of a document: of the mentions that hold it, the first in the
 * document's list (entity order). A binary search over the mentions sorted once per document, then only those that
 * start within the longest mention's length before `start` (it was a scan of every mention of the document per figure).
 *
 * @param persons - The person index.
 * @param docId - The document.
 * @param start - Start of the span.
 * @param end - End of the span.
 * @returns The entity, or undefined.
 */
export function personHolding(persons: PersonIndex, docId: string, start: number, end: number): Entity | undefined {
  const list = persons.mentionsByDoc.get(docId);
  if (!list) return undefined;
  const { byStart, longest } = sortedMentions(list);
  // the last mention starting at or before `start`
  let lo = 0;
  let hi = byStart.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (byStart[mid]!.m.start <= start) lo = mid + 1;
    else hi = mid;
  }
  let best: { m: PersonMention; order: number } | undefined;
  for (let i = lo - 1; i >= 0 && byStart[i]!.m.start >= start - longest; i--) {
    const x = byStart[i]!;
    if (end <= x.m.end && (!best || x.order < best.order)) best = x;
  }
  return best?.m.entity;
}
