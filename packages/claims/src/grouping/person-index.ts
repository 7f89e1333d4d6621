import type { Entity } from "@newsparse/entity-extract";
import type { TitleMention } from "../titles.js";

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

/**
 * Who a title belongs to, across documents: the first person (in entity order) with a mention overlapping the
 * name, else one with that name or alias, else the surname.
 *
 * @param t - A title mention.
 * @param persons - The person index.
 * @returns A key (`entity:<id>` or `surname:<name>`) and a label.
 */
export function personKey(t: TitleMention, persons: PersonIndex): { key: string; label: string } {
  const overlapping = persons.mentionsByDoc.get(t.docId)?.find((m) => m.start < t.name.end && m.end > t.name.start)?.entity;
  const e = overlapping ?? persons.byName.get(t.name.text.toLowerCase());
  if (e) return { key: `entity:${e.id}`, label: e.name };
  const parts = t.name.text.split(/\s+/);
  return { key: `surname:${(parts[parts.length - 1] ?? "").toLowerCase().replace(/[’']s$/, "")}`, label: t.name.text };
}
