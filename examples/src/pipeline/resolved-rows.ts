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
  const mentions: Mention[] = new Array(resolved.from[e + 1]! - resolved.from[e]!);
  for (let k = resolved.from[e]!, j = 0; k < resolved.from[e + 1]!; k++, j++) mentions[j] = table.mention(resolved.rows[k]!, header.id);
  return { ...header, mentions };
}

/**
 * The entities as the claim stages read them (see `slimEntities`), from a resolution over a mention
 * table: id, type, name, aliases and roles as resolved, each mention `docId`, `start`, `end`, `text`.
 *
 * @param table - The mentions resolved.
 * @param resolved - Their resolution.
 * @returns Slim entities, in output order.
 */
export function slimEntitiesOfRows(table: MentionTable, resolved: RowResolution): Entity[] {
  const { entities, rows, from } = resolved;
  const out: Entity[] = new Array(entities.length);
  for (let e = 0; e < entities.length; e++) {
    const { id, type, name, aliases, roles } = entities[e]!;
    const mentions: Mention[] = new Array(from[e + 1]! - from[e]!);
    for (let k = from[e]!, j = 0; k < from[e + 1]!; k++, j++) {
      const i = rows[k]!;
      mentions[j] = slimMention(table.docId(i), table.start(i), table.end(i), table.text(i));
    }
    out[e] = { id, type, name, aliases, roles, mentions };
  }
  return out;
}

/**
 * The timeline's index of entity mentions (what `indexEntityMentions` gives for the resolved
 * entities: per document, in entity order then mention order, each mention's entity id and its
 * `start, end`), packed: each document's spans in an `Int32Array` and its ids in an array of
 * exactly their length. Two passes over the rows (count, then fill), no growing arrays.
 *
 * @param table - The mentions resolved.
 * @param resolved - Their resolution.
 * @returns The index.
 */
export function mentionIndexOfRows(table: MentionTable, resolved: RowResolution): EntityMentionIndex {
  const { entities, rows, from } = resolved;
  // documents by id (a repeated document id is one key, as in `indexEntityMentions`), in order of first use
  const slotOfId = new Map<string, number>();
  const docIds: string[] = [];
  const slots = new Int32Array(rows.length);
  const counts: number[] = [];
  for (let k = 0; k < rows.length; k++) {
    const docId = table.docId(rows[k]!);
    let slot = slotOfId.get(docId);
    if (slot === undefined) {
      slot = docIds.length;
      slotOfId.set(docId, slot);
      docIds.push(docId);
      counts.push(0);
    }
    slots[k] = slot;
    counts[slot]!++;
  }
  slotOfId.clear();
  const lists = docIds.map((_, s) => ({ ids: new Array<string>(counts[s]!), spans: new Int32Array(counts[s]! * 2) }));
  const fill = new Int32Array(docIds.length);
  for (let e = 0; e < entities.length; e++) {
    const id = entities[e]!.id;
    for (let k = from[e]!; k < from[e + 1]!; k++) {
      const i = rows[k]!;
      const slot = slots[k]!;
      const list = lists[slot]!;
      const at = fill[slot]!++;
      list.ids[at] = id;
      list.spans[2 * at] = table.start(i);
      list.spans[2 * at + 1] = table.end(i);
    }
  }
  const byDocument = new Map<string, { ids: readonly string[]; spans: readonly number[] }>();
  for (let s = 0; s < docIds.length; s++) byDocument.set(docIds[s]!, { ids: lists[s]!.ids, spans: lists[s]!.spans as unknown as readonly number[] });
  return { byDocument } as EntityMentionIndex;
}
