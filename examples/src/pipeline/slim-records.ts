import type { Entity, Mention } from "@newsparse/entity-extract";
import type { Claim } from "@newsparse/claims";
import type { StringPool } from "./compact-result.js";

/**
 * What the claim stages read of an entity mention: where it is and its text. A class, so the
 * millions a large run keeps share one hidden class with four in-object fields (about a third of a
 * full mention, which also has type, confidence, source, a flags array and the `entityId` added by
 * resolution in an out-of-object property array).
 */
class SlimMention {
  constructor(
    readonly docId: string,
    readonly start: number,
    readonly end: number,
    readonly text: string,
  ) {}
}

/**
 * A slim mention ({@link slimEntities}' kind) from its fields, for slim entities built from other
 * sources than mention objects (a mention table).
 *
 * @returns A read-only mention with `docId`, `start`, `end` and `text` only.
 */
export function slimMention(docId: string, start: number, end: number, text: string): Mention {
  return new SlimMention(docId, start, end, text) as unknown as Mention;
}

const intern = (pool: StringPool, s: string): string => {
  const seen = pool.get(s);
  if (seen !== undefined) return seen;
  pool.set(s, s);
  return s;
};

/**
 * The entities as the claim stages (speaker linking, claim grouping) read them: id, type, name,
 * aliases and roles as they are, each mention reduced to `docId`, `start`, `end` and `text` (texts
 * shared through `pool`: a name is written many times). Read-only: the full entities, with every
 * mention field, are what the output holds (a streaming run has written them to disk by then).
 *
 * @param entities - Resolved entities.
 * @param pool - The run's string pool.
 * @returns Entities with slim mentions, same order.
 */
export function slimEntities(entities: readonly Entity[], pool: StringPool): Entity[] {
  const out: Entity[] = new Array(entities.length);
  for (let i = 0; i < entities.length; i++) {
    const e = entities[i]!;
    const mentions: Mention[] = new Array(e.mentions.length);
    for (let k = 0; k < e.mentions.length; k++) {
      const m = e.mentions[k]!;
      mentions[k] = new SlimMention(m.docId, m.start, m.end, intern(pool, m.text)) as unknown as Mention;
    }
    out[i] = { id: e.id, type: e.type, name: e.name, aliases: e.aliases, roles: e.roles, mentions };
  }
  return out;
}

/** What claim grouping reads of a claim. */
class SlimClaim {
  constructor(
    readonly id: string,
    readonly kind: Claim["kind"],
    readonly docId: string,
    readonly start: number,
    readonly end: number,
    readonly text: string,
    readonly speaker: { start?: number; end?: number } | undefined,
    readonly quantity: Claim["quantity"],
  ) {}
}

/**
 * The claims as claim grouping reads them: id, kind, place, the speaker's place, and for quantity
 * claims their text and quantity (grouping compares figures; other claims only locate titles). The
 * quote texts, cues, flags, parts and the rest of the speaker stay out, so a streaming run can write
 * the full claims to disk before grouping.
 *
 * @param claims - Speaker-linked claims.
 * @returns Slim claims, same order.
 */
export function slimClaims(claims: readonly Claim[]): Claim[] {
  const out: Claim[] = new Array(claims.length);
  for (let i = 0; i < claims.length; i++) {
    const c = claims[i]!;
    const speaker = c.speaker && (c.speaker.start !== undefined || c.speaker.end !== undefined) ? { start: c.speaker.start, end: c.speaker.end } : undefined;
    const quantity = c.kind === "quantity";
    out[i] = new SlimClaim(c.id, c.kind, c.docId, c.start, c.end, quantity ? c.text : "", speaker, quantity ? c.quantity : undefined) as unknown as Claim;
  }
  return out;
}
