import type { Entity, Mention, RowResolution } from "@newsparse/entity-extract";
import type { EntityMentionIndex } from "@newsparse/timeline";
import type { MentionTable } from "./mention-table.js";
import { slimMention } from "./slim-records.js";

/**
 * Entity `e` of a resolution over a mention table, with its mentions built back as objects (`entityId`
 * last): the entity `resolveEntities` gives for the same mentions, same JSON.
 *
 * @param table - The mentions resolved.
 * @param resolved - Their resolution.
 * @param e - Entity number.
 * @returns A new entity object (its mentions are garbage once it is written).
 */
export function entityOfRows(table: MentionTable, resolved: RowResolution, e: number): Entity {
  const header = resolved.entities[e]!;
  const mentions = mentionRange(table, resolved, header.id, resolved.from[e]!, resolved.from[e + 1]!);
  // the header's keys, then `mentions`: a spread followed by a new key would give every entity a V8 map of its own
  const entity = Object.assign({}, header);
  entity.mentions = mentions;
  return entity;
}

/**
 * Mentions `from` (inclusive) to `to` (exclusive) of a resolution's row order (an entity's are
 * `resolved.from[e]` to `resolved.from[e + 1]`) built back as objects with `entityId` last, as in
 * {@link entityOfRows}.
 *
 * @param table - The mentions resolved.
 * @param resolved - Their resolution.
 * @param entityId - The entity they belong to.
 * @param from - First position in `resolved.rows`.
 * @param to - Position after the last.
 * @returns New mention objects.
 */
export function mentionRange(table: MentionTable, resolved: RowResolution, entityId: string, from: number, to: number): Mention[] {
  const mentions: Mention[] = new Array(to - from);
  for (let k = from, j = 0; k < to; k++, j++) mentions[j] = table.mention(resolved.rows[k]!, entityId);
  return mentions;
}

/**
 * What the later stages read of the resolved mentions, kept after the mention table is dropped:
 * per mention (entity by entity, each entity's in input order) four 32-bit integers, its document
 * id's code, start, end and text code; 16 bytes a mention, against 64 for a slim mention object
 * and its slot. The claim stages read the entities through {@link EntitySpans.entities} (each
 * entity's `mentions` built when read), the timeline through {@link EntitySpans.mentionIndex}.
 */
export class EntitySpans {
  readonly #data: Int32Array;
  readonly #from: Int32Array;
  readonly #docIds: string[] = [];
  readonly #texts: readonly string[];
  readonly #headers: readonly Entity[];

  /**
   * @param table - The mentions resolved.
   * @param resolved - Their resolution.
   */
  constructor(table: MentionTable, resolved: RowResolution) {
    const { rows, from } = resolved;
    this.#data = new Int32Array(rows.length * 4);
    this.#from = from;
    this.#texts = table.texts;
    this.#headers = resolved.entities;
    const codes = new Map<string, number>();
    let lastId: string | undefined;
    let lastCode = -1;
    for (let k = 0; k < rows.length; k++) {
      const i = rows[k]!;
      const docId = table.docId(i);
      if (docId !== lastId) {
        let code = codes.get(docId);
        if (code === undefined) {
          code = this.#docIds.length;
          this.#docIds.push(docId);
          codes.set(docId, code);
        }
        lastId = docId;
        lastCode = code;
      }
      this.#data[4 * k] = lastCode;
      this.#data[4 * k + 1] = table.start(i);
      this.#data[4 * k + 2] = table.end(i);
      this.#data[4 * k + 3] = table.textCode(i);
    }
  }

  /** Entity `e`'s mentions as slim mentions (`docId`, `start`, `end`, `text`), built afresh. */
  mentionsOf(e: number): Mention[] {
    const data = this.#data;
    const from = this.#from[e]!;
    const out: Mention[] = new Array(this.#from[e + 1]! - from);
    for (let j = 0, k = from; j < out.length; j++, k++) out[j] = slimMention(this.#docIds[data[4 * k]!]!, data[4 * k + 1]!, data[4 * k + 2]!, this.#texts[data[4 * k + 3]!]!);
    return out;
  }

  /**
   * The entities as the claim stages read them (`slimEntities`' kind): id, type, name, aliases and
   * roles as resolved; `mentions` is built from the spans each time it is read (read it once per use).
   *
   * @returns One read-only entity per resolved entity, same order.
   */
  entities(): Entity[] {
    return this.#headers.map((h, e) => new SpanEntity(this, e, h) as unknown as Entity);
  }

  /**
   * The timeline's index of entity mentions: what `indexEntityMentions` gives for the resolved
   * entities, packed (per document, entity ids in an array of exactly their length and spans in an
   * `Int32Array`). Two passes over the spans (count, then fill).
   *
   * @returns The index.
   */
  mentionIndex(): EntityMentionIndex {
    const data = this.#data;
    const n = data.length / 4;
    // documents in order of first use (as `indexEntityMentions` meets them)
    const slotOf = new Int32Array(this.#docIds.length).fill(-1);
    const docs: number[] = [];
    const counts: number[] = [];
    for (let k = 0; k < n; k++) {
      const d = data[4 * k]!;
      if (slotOf[d]! < 0) {
        slotOf[d] = docs.length;
        docs.push(d);
        counts.push(0);
      }
      counts[slotOf[d]!]!++;
    }
    const lists = docs.map((_, s) => ({ ids: new Array<string>(counts[s]!), spans: new Int32Array(counts[s]! * 2) }));
    const fill = new Int32Array(docs.length);
    for (let e = 0; e < this.#headers.length; e++) {
      const id = this.#headers[e]!.id;
      for (let k = this.#from[e]!; k < this.#from[e + 1]!; k++) {
        const slot = slotOf[data[4 * k]!]!;
        const list = lists[slot]!;
        const at = fill[slot]!++;
        list.ids[at] = id;
        list.spans[2 * at] = data[4 * k + 1]!;
        list.spans[2 * at + 1] = data[4 * k + 2]!;
      }
    }
    const byDocument = new Map<string, { ids: readonly string[]; spans: readonly number[] }>();
    for (let s = 0; s < docs.length; s++) byDocument.set(this.#docIds[docs[s]!]!, { ids: lists[s]!.ids, spans: lists[s]!.spans as unknown as readonly number[] });
    return { byDocument } as EntityMentionIndex;
  }
}

/**
 * An entity whose mentions are read from {@link EntitySpans} when asked for, and its other fields
 * from the resolved entity it stands for: three fields, not a copy of the resolved entity's (the
 * claim stages hold one per resolved entity).
 */
class SpanEntity {
  readonly #header: Entity;
  readonly #spans: EntitySpans;
  readonly #e: number;

  constructor(spans: EntitySpans, e: number, header: Entity) {
    this.#header = header;
    this.#spans = spans;
    this.#e = e;
  }

  get id(): string {
    return this.#header.id;
  }
  get type(): Entity["type"] {
    return this.#header.type;
  }
  get name(): string {
    return this.#header.name;
  }
  get aliases(): Entity["aliases"] {
    return this.#header.aliases;
  }
  get roles(): Entity["roles"] {
    return this.#header.roles;
  }
  get mentions(): Mention[] {
    return this.#spans.mentionsOf(this.#e);
  }

  toJSON(): Entity {
    return { id: this.id, type: this.type, name: this.name, aliases: this.aliases, roles: this.roles, mentions: this.mentions };
  }
}
