import type { Entity } from "@newsparse/entity-extract";
import type { ClaimRefiner } from "../pipeline.js";
import type { Speaker } from "../schema.js";

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
  if (speaker.start !== undefined && speaker.end !== undefined) {
    let best: Entity | undefined;
    let bestScore = 0;
    for (const e of entities) {
      for (const m of e.mentions) {
        if (m.docId !== docId || m.end <= speaker.start || m.start >= speaker.end) continue;
        // the mention must cover the head (last character) of the speaker phrase
        if (m.end < speaker.end - 1) continue;
        const overlap = Math.min(m.end, speaker.end) - Math.max(m.start, speaker.start);
        const score = overlap + (e.type === "PERSON" ? 0.5 : 0);
        if (score > bestScore) {
          best = e;
          bestScore = score;
        }
      }
    }
    if (best) return best;
  }
  if (speaker.kind === "anonymous") return undefined;
  const text = normalize(speaker.text).replace(/^the /, "");
  for (const e of entities) {
    if (normalize(e.name) === text || e.aliases.some((a) => normalize(a.text) === text)) return e;
  }
  const surname = lastWord(speaker.text);
  if (!/^[a-z\u00c0-\u024f-]{2,}$/.test(surname)) return undefined;
  if (!/^\p{Lu}/u.test(speaker.text.split(/\s+/).pop() ?? "")) return undefined;
  const persons = entities.filter((e) => e.type === "PERSON" && (lastWord(e.name) === surname || e.aliases.some((a) => lastWord(a.text) === surname)));
  return persons.length === 1 ? persons[0] : undefined;
}

/**
 * Link speakers to entity ids (`entities` option). Person entities make the
 * speaker a named person; organisations and places make it an institution.
 */
export const entityLinkRefiner: ClaimRefiner = {
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
