import type { Entity } from "@newsparse/entity-extract";
import type { Refiner } from "@newsparse/corpus-loader";
import type { ClaimContext } from "../pipeline.js";
import type { Claim, Speaker } from "../schema.js";
import { createMentionTable, type MentionTable } from "../mention-table.js";

function normalize(s: string): string {
  return s.toLowerCase().replace(/[’']s$/, "").replace(/\s+/g, " ").trim();
}

function lastWord(s: string): string {
  const w = normalize(s).split(" ");
  return w[w.length - 1] ?? "";
}

/**
 * Find the entity a speaker refers to: an entity mention in the same document
 * that covers the speaker's head word, else a name or alias equal to the
 * speaker, else a person whose surname is the speaker's last word (when only
 * one person matches).
 *
 * @param speaker - The speaker (with offsets).
 * @param docId - Document id.
 * @param entities - Entities from entity-extract.
 * @returns The entity, or undefined.
 */
export function findSpeakerEntity(speaker: Pick<Speaker, "text" | "start" | "end" | "kind">, docId: string, entities: readonly Entity[]): Entity | undefined {
  if (speaker.kind === "pronoun") return undefined;
  const index = indexOf(entities);
  if (speaker.start !== undefined && speaker.end !== undefined) {
    let best: Entity | undefined;
    let bestScore = 0;
    const { mentions } = index;
    const o = mentions.ordinal.get(docId);
    const to = o === undefined ? 0 : mentions.first[o + 1]!;
    for (let row = o === undefined ? 0 : mentions.first[o]!; row < to; row++) {
      const start = mentions.start[row]!;
      const end = mentions.end[row]!;
      if (end <= speaker.start || start >= speaker.end) continue;
      // the mention must cover the head (last character) of the speaker phrase
      if (end < speaker.end - 1) continue;
      const overlap = Math.min(end, speaker.end) - Math.max(start, speaker.start);
      const e = entities[mentions.entity[row]!]!;
      const score = overlap + (e.type === "PERSON" ? 0.5 : 0);
      if (score > bestScore) {
        best = e;
        bestScore = score;
      }
    }
    if (best) return best;
  }
  if (speaker.kind === "anonymous") return undefined;
  const named = index.byName.get(normalize(speaker.text).replace(/^the /, ""));
  if (named) return named;
  const surname = lastWord(speaker.text);
  if (!/^[a-z\u00c0-\u024f-]{2,}$/.test(surname)) return undefined;
  if (!/^\p{Lu}/u.test(speaker.text.split(/\s+/).pop() ?? "")) return undefined;
  const persons = index.personsBySurname.get(surname) ?? [];
  return persons.length === 1 ? persons[0] : undefined;
}

/** Lookups over one entity list, built once: the refiner runs once per document over the same (corpus-wide) list. */
interface EntityIndex {
  /** Mentions of each document, with their entity (typed columns: every mention of a corpus is in it). */
  mentions: MentionTable;
  /** Normalised name or alias → first entity (in list order) that has it. */
  byName: Map<string, Entity>;
  /** Last word of a person's name or alias → the persons that have it. */
  personsBySurname: Map<string, Entity[]>;
}

const indexes = new WeakMap<readonly Entity[], EntityIndex>();

function indexOf(entities: readonly Entity[]): EntityIndex {
  let index = indexes.get(entities);
  if (index) return index;
  index = { mentions: createMentionTable(entities), byName: new Map(), personsBySurname: new Map() };
  for (const entity of entities) {
    for (const name of [entity.name, ...entity.aliases.map((a) => a.text)]) {
      const key = normalize(name);
      if (!index.byName.has(key)) index.byName.set(key, entity);
    }
    if (entity.type === "PERSON") {
      const surnames = new Set([entity.name, ...entity.aliases.map((a) => a.text)].map(lastWord));
      for (const surname of surnames) {
        const list = index.personsBySurname.get(surname);
        if (list) list.push(entity);
        else index.personsBySurname.set(surname, [entity]);
      }
    }
  }
  indexes.set(entities, index);
  return index;
}

/**
 * Link speakers to entity ids (`entities` option). Person entities make the
 * speaker a named person; organisations and places make it an institution.
 */
export const entityLinkRefiner: Refiner<ClaimContext, Claim> = {
  name: "link-entities",
  refine(context, claims) {
    if (context.entities.length === 0) return claims;
    const cache = new Map<string, Entity | undefined>();
    for (const c of claims) {
      const s = c.speaker;
      if (!s) continue;
      const key = `${s.start}:${s.end}:${s.text}`;
      let e = cache.get(key);
      if (!cache.has(key)) {
        e = findSpeakerEntity(s, c.docId, context.entities);
        cache.set(key, e);
      }
      if (!e) continue;
      s.entityId = e.id;
      if (e.type === "PERSON") {
        s.kind = "person";
        s.anonymous = false;
      } else if (s.kind !== "document" && s.kind !== "anonymous") {
        s.kind = "institution";
        s.anonymous = false;
      }
    }
    return claims;
  },
};
