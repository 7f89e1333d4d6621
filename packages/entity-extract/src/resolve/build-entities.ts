import { createMessage, type Message } from "@newsparse/corpus-loader";
import { getCountryLexicon } from "../lexicon/countries.js";
import { getTitleHeadWords } from "../lexicon/titles.js";
import { cloneWith } from "../pipeline/clone-with.js";
import { EntityType, type Alias, type Entity, type Mention, type Role } from "../schema.js";
import { IntColumn } from "./interner.js";
import { firstNamesCompatible, nameBeforeLowerCaseTail, nameParts } from "./name-similarity.js";
import type { MentionRows } from "./mention-rows.js";

/** Entity types by code (the schema's order). */
export const TYPES: readonly EntityType[] = EntityType.options;
const TYPE_CODE = new Map(TYPES.map((t, i) => [t, i]));

/** What the clustering hands to {@link buildEntities}, one value per input position. */
export interface Grouping {
  /** Union-find root of each input position's entity (−1: none); {@link buildEntities} writes over it. */
  rootOf: Int32Array;
  /** Code of each position's text (dense, from 0). */
  textOf: Int32Array;
  /** Number of text codes. */
  texts: number;
  /** Code of each position's document, in order of first mention. */
  docOf: Int32Array;
}

/** Output of {@link buildEntities}. */
export interface BuiltEntities {
  entities: Entity[];
  /** The input mentions with `entityId` (none with `"rows"`). */
  mentions: Mention[];
  messages: Message[];
  /** Input positions by entity: entity `e` holds `rows[from[e]]` … `rows[from[e + 1] − 1]`, in input order. */
  rows: Int32Array;
  from: Int32Array;
}

/**
 * What {@link buildEntities} puts in each entity's `mentions`: copies of the input mentions with
 * `entityId`, the input mentions themselves with `entityId` set, or nothing (`"rows"`: the entities'
 * `mentions` are empty and `rows`/`from` say which positions each holds; an empty `mentions`,
 * `aliases` or `roles` is then one frozen array shared by all).
 */
export type MentionOutput = "copies" | "in-place" | "rows";

/**
 * Entities from the union-find roots, in order of first mention, each with its mentions in input
 * order: a counting sort of the input positions by entity (typed arrays; no array per entity, no
 * sorting, no map keyed by mention objects). An entity's forms are grouped by text code.
 *
 * @param input - The mentions resolved.
 * @param g - Their grouping.
 * @param output - What the entities' `mentions` hold.
 * @param objects - The mention objects `input` reads (for `"copies"` and `"in-place"`).
 * @returns Entities, mentions with `entityId`, spelling-variant messages, positions by entity.
 */
export function buildEntities(input: MentionRows, g: Grouping, output: MentionOutput, objects?: readonly Mention[]): BuiltEntities {
  const { rootOf } = g;
  const n = input.length;
  let maxRoot = -1;
  for (let i = 0; i < n; i++) if (rootOf[i]! > maxRoot) maxRoot = rootOf[i]!;
  const slotOfRoot = new Int32Array(maxRoot + 1).fill(-1);
  // each position's entity slot, written over its root (read just before)
  const slotOf = rootOf;
  let count = 0;
  for (let i = 0; i < n; i++) {
    const r = rootOf[i]!;
    if (r < 0) {
      slotOf[i] = -1;
      continue;
    }
    let slot = slotOfRoot[r]!;
    if (slot < 0) slot = slotOfRoot[r] = count++;
    slotOf[i] = slot;
  }
  const from = new Int32Array(count + 1);
  for (let i = 0; i < n; i++) if (slotOf[i]! >= 0) from[slotOf[i]! + 1]!++;
  for (let e = 0; e < count; e++) from[e + 1]! += from[e]!;
  const order = new Int32Array(from[count]!);
  const fill = from.slice(0, count);
  for (let i = 0; i < n; i++) if (slotOf[i]! >= 0) order[fill[slotOf[i]!]!++] = i;
  if (output !== "rows" && objects?.length !== n) throw new Error("internal error: buildEntities needs the mention objects");
  const builder = new EntityBuilder(input, g, output, output === "rows" ? undefined : objects);
  const entities: Entity[] = [];
  for (let e = 0; e < count; e++) entities.push(builder.build(e, `E${e + 1}`, order, from[e]!, from[e + 1]!));
  return { entities, mentions: builder.out, messages: builder.messages, rows: order, from };
}

/** The empty `aliases`, `roles` and `mentions` of the entities built for `"rows"` (frozen: shared by all). */
const NONE: readonly never[] = Object.freeze([]);

/** Scratch state reused from entity to entity (the forms of one entity are grouped by text code). */
class EntityBuilder {
  readonly messages: Message[] = [];
  readonly out: Mention[];
  /** Per text code: the entity (+1) whose forms list it last, and its form slot there. */
  private readonly formEntity: Int32Array;
  private readonly formSlot: Int32Array;
  // The current entity's forms, in order of first mention.
  private formText: number[] = [];
  private formCount: number[] = [];
  private formFirst: number[] = [];
  private formDocs: string[][] = [];
  private formLastDoc: number[] = [];
  private readonly typeCount = new IntColumn(TYPES.length, 0);
  /** Per text code: its number of words + 1, and 1 when it ends in lower-case words the tagger ran on into (0: not worked out). */
  private readonly wordsOfText: Int32Array;
  private readonly tailOfText: Uint8Array;

  constructor(
    private readonly input: MentionRows,
    private readonly g: Grouping,
    private readonly output: MentionOutput,
    private readonly objects: readonly Mention[] | undefined,
  ) {
    this.out = objects ? objects.slice() : [];
    this.formEntity = new Int32Array(g.texts);
    this.formSlot = new Int32Array(g.texts);
    this.wordsOfText = new Int32Array(g.texts);
    this.tailOfText = new Uint8Array(g.texts);
  }

  build(e: number, id: string, order: Int32Array, from: number, to: number): Entity {
    const { input, g } = this;
    // The type most of its mentions have (the first seen among equals).
    const typeCount = this.typeCount.data;
    typeCount.fill(0);
    let type = -1;
    const typesSeen: number[] = [];
    for (let k = from; k < to; k++) {
      const t = TYPE_CODE.get(input.type(order[k]!))!;
      if (typeCount[t]!++ === 0) typesSeen.push(t);
    }
    for (const t of typesSeen) if (type < 0 || typeCount[t]! > typeCount[type]!) type = t;
    const entityType = TYPES[type]!;
    // Per form (distinct text), its count, first mention and documents in first-seen order.
    this.formText = [];
    this.formCount = [];
    this.formFirst = [];
    this.formDocs = [];
    this.formLastDoc = [];
    const stamp = e + 1;
    for (let k = from; k < to; k++) {
      const i = order[k]!;
      const t = g.textOf[i]!;
      const doc = g.docOf[i]!;
      let f: number;
      if (this.formEntity[t] === stamp) {
        f = this.formSlot[t]!;
        this.formCount[f]!++;
        const last = this.formLastDoc[f]!;
        // Input is in document order, so a form's documents mostly come in rising order; a document
        // id written again later (a repeated id) is checked against the list.
        if (doc > last) {
          this.formDocs[f]!.push(input.docId(i));
          this.formLastDoc[f] = doc;
        } else if (doc < last && !this.formDocs[f]!.includes(input.docId(i))) this.formDocs[f]!.push(input.docId(i));
      } else {
        f = this.formText.length;
        this.formEntity[t] = stamp;
        this.formSlot[t] = f;
        this.formText.push(t);
        this.formCount.push(1);
        this.formFirst.push(i);
        this.formDocs.push([input.docId(i)]);
        this.formLastDoc.push(doc);
      }
    }
    const name = this.canonicalName(entityType);
    const aliases: Alias[] = [];
    for (let f = 0; f < this.formText.length; f++) {
      const first = this.formFirst[f]!;
      const text = input.text(first);
      if (text === name) continue;
      const spellingVariant = isSpellingVariant(entityType, text, name);
      aliases.push({ text, docIds: exact(this.formDocs[f]!), spellingVariant });
      if (spellingVariant) {
        this.messages.push(
          createMessage(`"${text}" looks like a spelling variant of "${name}" (entity ${id}).`, {
            ruleId: "spelling-variant",
            severity: "info",
            source: "@newsparse/entity-extract",
            docId: input.docId(first),
            start: input.start(first),
            end: input.end(first),
          }),
        );
      }
    }
    const roles: Role[] = [];
    let seen: Set<string> | undefined;
    for (let k = from; k < to; k++) {
      const mentionRoles = input.roles(order[k]!);
      if (!mentionRoles) continue;
      seen ??= new Set();
      for (const r of mentionRoles) {
        const key = `${r.docId}:${r.start}:${r.end}`;
        if (!seen.has(key)) {
          seen.add(key);
          roles.push(r);
        }
      }
    }
    const objects = this.objects;
    if (!objects) {
      // `"rows"`: a corpus's entities are held until its later stages are done, most of them without
      // aliases or roles; their empty lists are one frozen array rather than two arrays each
      return { id, type: entityType, name, aliases: aliases.length > 0 ? exact(aliases) : (NONE as unknown as Alias[]), roles: roles.length > 0 ? exact(roles) : (NONE as unknown as Role[]), mentions: NONE as unknown as Mention[] };
    }
    const mentions: Mention[] = [];
    for (let k = from; k < to; k++) {
      const i = order[k]!;
      const m = this.output === "in-place" ? setEntityId(objects[i]!, id) : withEntityId(objects[i]!, id);
      this.out[i] = m;
      mentions.push(m);
    }
    return { id, type: entityType, name, aliases: exact(aliases), roles: exact(roles), mentions };
  }

  /** The entity's name among its forms: persons prefer full names; others an acronym's expansion and a country's own name. */
  private canonicalName(type: EntityType): string {
    const lex = getCountryLexicon();
    const titleHeads = getTitleHeadWords();
    let best = "";
    let bestScore = -1;
    for (let f = 0; f < this.formText.length; f++) {
      const first = this.formFirst[f]!;
      const text = this.input.text(first);
      const flags = this.input.flags(first);
      const t = this.formText[f]!;
      if (this.wordsOfText[t] === 0) {
        this.wordsOfText[t] = text.split(/\s+/).length + 1;
        this.tailOfText[t] = nameBeforeLowerCaseTail(text) !== null ? 1 : 0;
      }
      const words = this.wordsOfText[t]! - 1;
      let score = this.formCount[f]! * 10 + Math.min(words, 5) * 3 + text.length / 100;
      if (type === "PERSON" && words >= 2 && !/^(?:the|a|an)\s/i.test(text) && !titleHeads.has(text.slice(0, text.indexOf(" ")).toLowerCase())) score += 1e6;
      if (flags.includes("acronym-expansion")) score += 1e6;
      if (flags.includes("acronym")) score -= 1e5;
      // A name the tagger ran on into a verb ("Saints have") is the worst name of its entity.
      if (this.tailOfText[t] === 1) score -= 1e7;
      if (type === "GPE" && lex.countryByName.get(text.toLowerCase()) === text) score += 1e6;
      if (score > bestScore) {
        bestScore = score;
        best = text;
      }
    }
    return best;
  }
}

/**
 * A list filled by `push`, as a copy of its exact length: a list grown from empty keeps room for 16
 * more items, and an entity's lists are held as long as the entity.
 */
function exact<T>(list: T[]): T[] {
  return list.length > 0 ? list.slice() : list;
}

function isSpellingVariant(type: EntityType, alias: string, name: string): boolean {
  if (alias.toLowerCase() === name.toLowerCase()) return alias !== name;
  if (type !== "PERSON") return false;
  const a = nameParts(alias);
  const n = nameParts(name);
  const nameTokens = new Set(n.tokens);
  if (a.tokens.every((t) => nameTokens.has(t))) return false; // short form: "Maier", "Kurt Campbell"
  if (a.last === n.last && (a.tokens.length === 1 || firstNamesCompatible(a.first, n.first))) return false;
  return true;
}

/** Keys of a mention in the schema's order, without and with each optional key (the order the pipeline writes). */
const KEYS_BASE = ["docId", "start", "end", "text", "type", "confidence", "source", "flags"];
const KEY_ORDERS: readonly (readonly string[])[] = [
  KEYS_BASE,
  [...KEYS_BASE, "refersTo"],
  [...KEYS_BASE, "roles"],
  [...KEYS_BASE, "refersTo", "roles"],
];

/** Whether a mention's own keys are exactly `keys`, in that order (then the literal copy below keeps its key order). */
function hasKeys(m: Mention, keys: readonly string[]): boolean {
  let k = 0;
  for (const key in m) {
    if (key === "entityId" && k === keys.length) continue;
    if (keys[k] !== key) return false;
    k++;
  }
  return k === keys.length;
}

/**
 * The mention with its entity id. A mention with the pipeline's keys in the pipeline's order is copied as one object
 * literal, which keeps its properties inside the object: about 60 bytes, against about 140 for a copy built key by
 * key ({@link cloneWith}); at 100,000 documents there are six million of them, and the heap they fill is what the
 * garbage collector walks. Any other mention is copied key by key, keeping its key order.
 */
function withEntityId(m: Mention, entityId: string): Mention {
  const refersTo = Object.prototype.hasOwnProperty.call(m, "refersTo");
  const roles = Object.prototype.hasOwnProperty.call(m, "roles");
  if (!hasKeys(m, KEY_ORDERS[(refersTo ? 1 : 0) + (roles ? 2 : 0)]!)) return cloneWith(m, { entityId });
  const { docId, start, end, text, type, confidence, source, flags } = m;
  if (refersTo && roles) return { docId, start, end, text, type, confidence, source, flags, refersTo: m.refersTo, roles: m.roles, entityId };
  if (refersTo) return { docId, start, end, text, type, confidence, source, flags, refersTo: m.refersTo, entityId };
  if (roles) return { docId, start, end, text, type, confidence, source, flags, roles: m.roles, entityId };
  return { docId, start, end, text, type, confidence, source, flags, entityId };
}

/** The mention itself with its entity id set (added last, or replaced where it already is: the key order of a copy). */
function setEntityId(m: Mention, entityId: string): Mention {
  m.entityId = entityId;
  return m;
}
