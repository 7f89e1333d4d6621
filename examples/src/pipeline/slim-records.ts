import type { Entity, Mention } from "@newsparse/entity-extract";
import type { Claim } from "@newsparse/claims";
import { intern, type StringPool } from "./compact-result.js";

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

/**
 * What claim grouping reads of a claim. Its id is kept as the part after `<docId>#` (`r1`, `n12`: a few distinct
 * strings, shared through the pool) and the speaker's place as two numbers; `id` and `speaker` are read through
 * getters, and JSON gives the plain shape. Ten fields in the object, where the id string and a speaker object took
 * about as much again: grouping holds every claim of a corpus (millions at 100,000 documents).
 */
class SlimClaim {
  constructor(
    readonly docId: string,
    /** The id after `<docId>#`, or undefined when the id is not of that form. */
    private readonly idTail: string | undefined,
    /** The whole id, when it is not `<docId>#…`. */
    private readonly ownId: string | undefined,
    readonly kind: Claim["kind"],
    readonly start: number,
    readonly end: number,
    readonly text: string,
    private readonly speakerStart: number | undefined,
    private readonly speakerEnd: number | undefined,
    /** Whether the claim has a speaker with a place (start or end). */
    private readonly placed: boolean,
    readonly quantity: Claim["quantity"],
  ) {}

  get id(): string {
    return this.ownId ?? `${this.docId}#${this.idTail}`;
  }

  get speaker(): { start?: number; end?: number } | undefined {
    return this.placed ? { start: this.speakerStart, end: this.speakerEnd } : undefined;
  }

  toJSON(): Record<string, unknown> {
    return { id: this.id, kind: this.kind, docId: this.docId, start: this.start, end: this.end, text: this.text, speaker: this.speaker, quantity: this.quantity };
  }
}

/**
 * The claims as claim grouping reads them: id, kind, place, the speaker's place, and for quantity
 * claims their text and quantity (grouping compares figures; other claims only locate titles). The
 * quote texts, cues, flags, parts and the rest of the speaker stay out, so a streaming run can write
 * the full claims to disk before grouping.
 *
 * @param claims - Speaker-linked claims.
 * @param pool - The run's string pool (ids' parts after `<docId>#` are shared through it); default one for this call.
 * @returns Slim claims, same order.
 */
export function slimClaims(claims: readonly Claim[], pool: StringPool = new Map()): Claim[] {
  const out: Claim[] = new Array(claims.length);
  for (let i = 0; i < claims.length; i++) {
    const c = claims[i]!;
    const placed = !!c.speaker && (c.speaker.start !== undefined || c.speaker.end !== undefined);
    const quantity = c.kind === "quantity";
    const tailed = c.id.length > c.docId.length + 1 && c.id.startsWith(c.docId) && c.id[c.docId.length] === "#";
    const tail = tailed ? intern(pool, c.id.slice(c.docId.length + 1)) : undefined;
    out[i] = new SlimClaim(c.docId, tail, tailed ? undefined : c.id, c.kind, c.start, c.end, quantity ? c.text : "", placed ? c.speaker!.start : undefined, placed ? c.speaker!.end : undefined, placed, quantity ? c.quantity : undefined) as unknown as Claim;
  }
  return out;
}
