import { ARMED_GROUP_KEYS } from "../lexicon/armed-groups.js";
import { wordAlternation, type Message } from "@newsparse/corpus-loader";
import { getCountryLexicon } from "../lexicon/countries.js";
import { getTitleHeadWords } from "../lexicon/titles.js";
import { acronymOf, asAcronym, getAcronymExpansions } from "../lexicon/acronyms.js";
import { getWordnetGazetteer } from "../lexicon/wordnet-gazetteer.js";
import { getNicknames } from "../lexicon/nicknames.js";
import type { Entity, Mention, Role } from "../schema.js";
import { clearNameMemos, firstNamesCompatible, jaroWinkler, Memo, nameBeforeLowerCaseTail, normalizeName } from "./name-similarity.js";
import { GENERIC_ORGANIZATION_HEADS, GEOGRAPHIC_HEADS } from "../lexicon/head-words.js";
import { BODY_OF_HEADS, LEGAL_FORM_WORDS } from "../lexicon/head-words.js";
import { BRITISH_TO_AMERICAN } from "../lexicon/spelling-variants.js";
import { KIND_HEADS } from "../lexicon/kind-heads.js";
import { NAME_OPENING_ABBREVIATIONS } from "../lexicon/name-abbreviations.js";
import { IntColumn, Interner } from "./interner.js";
import { NameCodes } from "./name-codes.js";
import { NameTable } from "./name-table.js";
import { ClusterStore } from "./cluster-store.js";
import { PersonGuard } from "./person-guard.js";
import { buildEntities, TYPES } from "./build-entities.js";
import { mentionArrayRows, type MentionRows } from "./mention-rows.js";

export { nameBeforeLowerCaseTail } from "./name-similarity.js";

/** Thresholds of the resolver (measured on the seed corpus; see README). */
export interface ResolveOptions {
  /** Jaro-Winkler similarity above which two surnames are spelling variants (default 0.86). */
  surnameVariantThreshold?: number;
  /** Largest blocking bucket compared pairwise; bigger buckets compare each member with the first N only (default 64). */
  maxBlockSize?: number;
  /**
   * The caller hands the mentions over: each gets its `entityId` set on itself instead of on a
   * copy, which saves a copy per mention on a large collection (the output is the same; the input
   * mentions are changed). Default false.
   */
  inPlace?: boolean;
}

/** Output of {@link resolveEntities}. */
export interface Resolution {
  entities: Entity[];
  mentions: Mention[];
  messages: Message[];
}

const PERSON = TYPES.indexOf("PERSON");
const GPE = TYPES.indexOf("GPE");
const NORP = TYPES.indexOf("NORP");
const TYPE_CODE = new Map(TYPES.map((t, i) => [t, i]));

const AMERICAN = BRITISH_TO_AMERICAN;
const BRITISH = new RegExp(`\\b${wordAlternation(Object.keys(BRITISH_TO_AMERICAN))}\\b`, "g");

/** Generic geographic heads: "Mediterranean Sea" is the "Mediterranean" when nothing else in the corpus is. */
const GEO_HEADS = new Set(GEOGRAPHIC_HEADS);

/** Legal-form words ending an organisation's name ("Microsoft Corp.", "Apple Inc."): the name is the same without them. */
const DESIGNATOR = new RegExp(` ${wordAlternation(LEGAL_FORM_WORDS)}$`);

/** "Department of X" and the like (capture 1 the head, 2 the rest). */
const BODY_OF = new RegExp(`^(${wordAlternation(BODY_OF_HEADS)}) of (.{1,60})$`);

/**
 * Type-free key of a name: normalised (case, dots, diacritics, "the", hyphens), legal form dropped,
 * known other names of one body folded ("ISIS" / "Islamic State"), "Department of X" as "X department",
 * a leading country dropped from a three-word organisation name. Mentions of any type (but NORP)
 * with one key are one entity: a typing error in one article must not keep two mentions apart.
 */
export function nameKey(text: string): string {
  let key = nameKeyCache.get(text);
  if (key === undefined) {
    key = nameKeyUncached(text);
    nameKeyCache.set(text, key);
  }
  return key;
}

// Names repeat across mentions and documents: keys are memoised (bounded), like normalizeName.
const nameKeyCache = new Memo<string>(50_000);

function nameKeyUncached(text: string): string {
  const lex = getCountryLexicon();
  let n = normalizeName(text).replace(/^the /, "").replace(/-/g, " ");
  // British and American spellings of one name: "Promises Treatment Centre" / "Center".
  if (BRITISH.test(n)) n = n.replace(BRITISH, (w) => AMERICAN[w] ?? w);
  n = ARMED_GROUP_KEYS.get(n) ?? n;
  if (n.includes(" ")) n = n.replace(DESIGNATOR, "");
  const words = n.split(" ");
  // "Ft. Myers" / "Fort Myers".
  const opening = words.length > 1 ? NAME_OPENING_ABBREVIATIONS[words[0]!] : undefined;
  if (opening) {
    words[0] = opening;
    n = words.join(" ");
  }
  if (words.length >= 3 && (lex.countryByName.has(words[0]!) || lex.countryByName.has(`${words[0]} ${words[1]}`))) {
    const skip = lex.countryByName.has(words[0]!) ? 1 : 2;
    n = words.slice(skip).join(" ");
  }
  const of = BODY_OF.exec(n);
  // "Department of the Treasury" / "Treasury Department".
  if (of) n = `${of[2]!.replace(/^the /, "")} ${of[1]}`;
  return `N:${n}`;
}

/** Key of a non-person mention: the country it names, its demonym's country, or its {@link nameKey}. */
/** What a non-person mention's key is read from. */
type KeyedMention = { readonly text: string; readonly type: Mention["type"]; readonly flags: readonly string[]; readonly refersTo?: string | undefined };

function mentionKey(m: KeyedMention): string {
  const lex = getCountryLexicon();
  // A name whose first word is all lower case ("night club") is no capitalised name before a tail
  // (a brand written "iPhone" still is: "iPhone sales").
  const core = /^[\p{Ll}'’-]+(?: |$)/u.test(m.text) ? null : nameBeforeLowerCaseTail(m.text);
  if (core !== null) return nameKey(core);
  const n = normalizeName(m.text).replace(/^the /, "");
  // A country name is one entity whatever type a mention got ("US" tagged ORG as the government).
  const countryOfName = m.flags.includes("metonymy") ? undefined : (lex.countryByName.get(m.text.toLowerCase()) ?? lex.countryByName.get(n));
  if (countryOfName && m.type !== "NORP") return `GPE:${countryOfName.toLowerCase()}`;
  if (m.type === "GPE" && !m.flags.includes("metonymy")) {
    const country = lex.countryByName.get(m.text.toLowerCase()) ?? lex.countryByName.get(n) ?? m.refersTo;
    if (country) return `GPE:${country.toLowerCase()}`;
  }
  if (m.type === "NORP") {
    const country = lex.countryByDemonym.get(m.text.toLowerCase()) ?? m.refersTo;
    return country ? `NORP:of ${country.toLowerCase()}` : `NORP:${n.replace(/s$/, "")}`;
  }
  if (m.type === "GPE" || m.type === "LOC") return nameKey(m.text);
  // A curated acronym is its expansion ("AP" / "Associated Press", "Nato" / "NATO").
  const acronym = asAcronym(m.text);
  if (acronym) {
    const expansions = getAcronymExpansions().get(acronym);
    if (expansions) return nameKey(expansions[0]!);
  }
  return nameKey(m.text);
}

/** Whether a one-word name is a known place (country, WordNet place): such a word is not taken for a surname. */
function knownPlace(word: string): boolean {
  if (getCountryLexicon().countryByName.has(word)) return true;
  const mask = getWordnetGazetteer().masks.get(word);
  return mask !== undefined && (mask & PLACE_BITS) !== 0;
}
/**
 * Institution words that many places have one of: a place-prefixed name ending in one of them
 * ("Pennsylvania Senate", "Staunton Police Department") is never the short form's only long form.
 */
const GENERIC_ORG_HEADS = new Set(GENERIC_ORGANIZATION_HEADS);
/** Kind words after a place's or body's own name ("Rehab Center", "Church", "Police Department"'s "Department"). */
const KINDS = new Set(KIND_HEADS);

/** WordNet type bits of GPE and LOC (bit order PER, GPE, LOC, …). */
const PLACE_BITS = 0b110;

function roleWords(roles: readonly Role[]): Set<string> {
  const heads = getTitleHeadWords();
  const out = new Set<string>();
  for (const r of roles) for (const w of r.text.toLowerCase().split(/[^\p{L}.]+/u)) if (heads.has(w) || w === "prime") out.add(w);
  return out;
}

/**
 * Resolve mentions into entities, within each document and across documents.
 *
 * Within a document, surname-only and title+surname mentions join the full
 * name that shares the surname (or a near spelling of it, when only one name
 * fits). Across documents, person clusters are compared only inside blocks
 * sharing a surname, a phonetic surname key or the same two given names, so
 * the work grows linearly with the number of documents; they merge when
 * surnames match and first names are compatible, when surnames are near
 * spellings and first names match, or when two given names match and the
 * roles share a head word. Other types merge on a normalised name, country,
 * or acronym/expansion link.
 *
 * @param mentions - Mentions of all documents, in document order.
 * @param options - Thresholds.
 * @returns Entities with deterministic ids `E1`, `E2`, … (in order of first mention), mentions with `entityId`, and spelling-variant messages.
 */
export function resolveEntities(mentions: readonly Mention[], options: ResolveOptions = {}): Resolution {
  // The work is split into module-level functions (no closures created per call): a call site that
  // TurboFan specialised on one call's closure deoptimised on the next call's ("wrong call target"),
  // and the whole large function was compiled again on every call.
  const rows = mentionArrayRows(mentions);
  const grouping = clusterMentions(rows, options);
  const { entities, mentions: out, messages } = buildEntities(rows, grouping, options.inPlace === true ? "in-place" : "copies", mentions);
  clearMemos();
  return { entities, mentions: out, messages };
}

/** Output of {@link resolveMentionRows}. */
export interface RowResolution {
  /**
   * The entities as {@link resolveEntities} gives them (same ids, order, names, aliases, roles), each
   * with `mentions` empty: entity `e` (`entities[e]`) holds the input positions `rows[from[e]]` …
   * `rows[from[e + 1] − 1]`, in input order, and each of those mentions has `entityId` `entities[e].id`.
   * An empty `mentions`, `aliases` or `roles` is one frozen array shared by all entities.
   */
  entities: Entity[];
  /** Input positions, entity by entity. */
  rows: Int32Array;
  /** Where each entity's positions start in `rows` (one more than there are entities). */
  from: Int32Array;
  /** Spelling-variant messages, as {@link resolveEntities} gives them. */
  messages: Message[];
}

/**
 * {@link resolveEntities} over mentions read by position ({@link MentionRows}), for a caller that
 * keeps a large corpus's mentions as columns rather than objects: the same grouping, ids, names,
 * aliases, roles and messages, with each entity's mentions given as input positions instead of
 * mention objects (the caller builds the mentions, `entityId` last, when it writes them). Rows that
 * give their texts' codes ({@link MentionRows.textCode}) are resolved on those codes.
 *
 * @param mentions - Mentions of all documents, in document order.
 * @param options - Thresholds (`inPlace` does not apply).
 * @returns Entities without mentions, and the positions each holds.
 */
export function resolveMentionRows(mentions: MentionRows, options: ResolveOptions = {}): RowResolution {
  const grouping = clusterMentions(mentions, options);
  const { entities, messages, rows, from } = buildEntities(mentions, grouping, "rows");
  clearMemos();
  return { entities, rows, from, messages };
}

/** Empty the name memos once a resolution is done: they are full after a large one, and only resolution reads them. */
function clearMemos(): void {
  clearNameMemos();
  nameKeyCache.clear();
}

/** Mutable state of one {@link resolveEntities} call: integer codes and typed arrays, no object per mention or cluster. */
interface ResolveState {
  variantThreshold: number;
  maxBlock: number;
  /** The mentions being resolved (clusters hold positions in it). */
  input: MentionRows;
  /** Mention texts and the other name strings whose parts are asked for. */
  names: NameCodes;
  /** Code of each input position's text in `names`. */
  textOf: Int32Array;
  /** Parts of person names, by name code. */
  parts: NameTable;
  /** Cross-document keys (`N:…`, `GPE:…`, `NORP:…`). */
  keys: Interner;
  clusters: ClusterStore;
  /** Written given names, middle initials and suffixes of each set of clusters (no merge may name two people). */
  guard: PersonGuard;
  roleCache: Map<number, Set<string>>;
  /** Comparison round counter of mergeBlocks. */
  stamp: number;
  /** Per name code: the last {@link distinctTexts} call that listed it. */
  seen: IntColumn;
  seenRound: number;
  /** The list {@link distinctTexts} fills (one list, reused). */
  texts: number[];
  /**
   * Key code of a non-person mention without `refersTo`, by (text code, type, metonymy); see
   * {@link mentionKeyCode}: per text code, the first (type, metonymy) pair met (−1: none) and its key,
   * other pairs (rare: one text typed two ways) in a map.
   */
  mentionKeyPair: IntColumn;
  mentionKeyOf: IntColumn;
  mentionKeys: Map<number, number>;
  /** Per name code: the code of its {@link nameKey} (−1 until asked). */
  textKeys: IntColumn;
  /** Per key code: the words of an `N:` key's name (undefined until asked). */
  keyWords: (string[] | undefined)[];
}

/**
 * The grouping itself: per input position, the union-find root of its entity (−1 for none). The
 * clusters, blocks and codes live only inside this call, so they are garbage before the output is
 * built, and the peak memory is the larger of the two rather than their sum.
 */
function clusterMentions(mentions: MentionRows, options: ResolveOptions): { rootOf: Int32Array; textOf: Int32Array; texts: number; docOf: Int32Array } {
  // the caller's codes of the mention texts when it has them (see MentionRows.textCode)
  const names = new NameCodes(codedTexts(mentions));
  const parts = new NameTable(names);
  // the person guard's three columns in the cluster store's buffer
  const clusters = new ClusterStore(mentions.length, 3);
  const state: ResolveState = {
    variantThreshold: options.surnameVariantThreshold ?? 0.86,
    maxBlock: options.maxBlockSize ?? 64,
    input: mentions,
    names,
    textOf: new Int32Array(mentions.length),
    parts,
    keys: new Interner(),
    clusters,
    guard: new PersonGuard(clusters.spare, parts),
    roleCache: new Map(),
    stamp: 0,
    seen: new IntColumn(names.size, -1),
    seenRound: 0,
    texts: [],
    mentionKeyPair: new IntColumn(names.size, -1),
    mentionKeyOf: new IntColumn(names.size, -1),
    mentionKeys: new Map(),
    textKeys: new IntColumn(names.size, -1),
    keyWords: [],
  };
  const docOf = withinDocuments(state);
  acrossDocuments(state);
  const rootOf = new Int32Array(mentions.length).fill(-1);
  const { next } = clusters;
  for (let c = 0; c < clusters.count; c++) {
    const r = clusters.find(c);
    for (let i = clusters.first[c]!; i >= 0; i = next[i]!) rootOf[i] = r;
  }
  // Texts coded after the mentions' own (words of keys) are no mention's: the output needs the mentions' codes only.
  let texts = 0;
  for (let i = 0; i < state.textOf.length; i++) if (state.textOf[i]! >= texts) texts = state.textOf[i]! + 1;
  return { rootOf, textOf: state.textOf, texts, docOf };
}

/** The caller's distinct mention texts by code, when it gives codes ({@link MentionRows.textCode}). */
function codedTexts(input: MentionRows): readonly string[] | undefined {
  return input.textCode !== undefined && input.texts !== undefined ? input.texts : undefined;
}

/**
 * Clusters of each document (full names, surnames, keyed non-person names). Documents are taken in
 * order of first mention, each with its positions in input order: a counting sort by document code
 * (no array per document).
 *
 * @returns The document code of each input position.
 */
function withinDocuments(state: ResolveState): Int32Array {
  const { input, names, textOf } = state;
  const n = input.length;
  const docs = new Interner();
  const docOf = new Int32Array(n);
  const coded = codedTexts(input) !== undefined;
  for (let i = 0; i < n; i++) {
    docOf[i] = docs.id(input.docId(i));
    textOf[i] = coded ? input.textCode!(i) : names.id(input.text(i));
  }
  const from = new Int32Array(docs.size + 1);
  for (let i = 0; i < n; i++) from[docOf[i]! + 1]!++;
  for (let d = 0; d < docs.size; d++) from[d + 1]! += from[d]!;
  const order = new Int32Array(n);
  const fill = from.slice(0, docs.size);
  for (let i = 0; i < n; i++) order[fill[docOf[i]!]!++] = i;
  for (let d = 0; d < docs.size; d++) resolveWithinDocument(state, order, from[d]!, from[d + 1]!);
  return docOf;
}

/** Links between the clusters of all documents: types, blocks of persons, bare surnames, other forms of names. */
function acrossDocuments(state: ResolveState): void {
  linkAcrossTypes(state);
  // the keys' words are read there only
  state.keyWords = [];
  const blocks = buildBlocks(state);
  mergeBlocks(state, blocks);
  linkBareSurnames(state, blocks);
  linkNameForms(state);
}

/**
 * Unite two clusters' sets unless their written names name two people (see {@link PersonGuard}).
 *
 * @returns Whether the two are one set now.
 */
function unite(state: ResolveState, a: number, b: number): boolean {
  const { clusters, guard } = state;
  const ra = clusters.find(a);
  const rb = clusters.find(b);
  if (ra === rb) return true;
  if (!guard.compatible(ra, rb)) return false;
  clusters.union(ra, rb);
  const root = clusters.find(ra);
  guard.merge(root, root === ra ? rb : ra);
  return true;
}

/**
 * Unite a cluster whose name is a person's full name with words in front of it ("House Speaker
 * Nancy Pelosi", whose parts read "House" as the given name) with that person: the words in front
 * are no given name, so the set keeps the person's parts and is not checked against the others.
 */
function adopt(state: ResolveState, c: number, person: number): void {
  const { clusters, guard } = state;
  const rc = clusters.find(c);
  const rp = clusters.find(person);
  if (rc === rp) return;
  clusters.union(rc, rp);
  guard.replace(clusters.find(rc), rp);
}

/** Number of tokens of a cluster's name parts (−1: the cluster has none). */
function tokenCount(state: ResolveState, c: number): number {
  const p = state.clusters.parts[c]!;
  return p < 0 ? -1 : state.parts.tokens.data[p]!;
}

/** Surname code of a cluster's name parts. */
function lastOf(state: ResolveState, c: number): number {
  return state.parts.last.data[state.clusters.parts[c]!]!;
}

/**
 * The distinct texts of a cluster's mentions (codes, in order of first mention): each call walks
 * the cluster's mention list, with a round stamp per name code for the duplicates. The list is
 * reused by the next call: read it before calling again.
 */
function distinctTexts(state: ResolveState, c: number): readonly number[] {
  const { clusters, textOf } = state;
  const seen = state.seen.reserve(state.names.size);
  const round = ++state.seenRound;
  const out = state.texts;
  out.length = 0;
  for (let i = clusters.first[c]!; i >= 0; i = clusters.next[i]!) {
    const t = textOf[i]!;
    if (seen[t] !== round) {
      seen[t] = round;
      out.push(t);
    }
  }
  return out;
}

/** Person clusters of one document, indexed so that each lookup touches only clusters sharing a surname, its phonetic key or its first two letters. */
interface PersonIndex {
  /** By surname code. */
  byLast: Map<number, number[]>;
  /** By phonetic code of the surname. */
  byPhonetic: Map<number, number[]>;
  /** By the surname's first two letters. */
  byPrefix: Map<string, number[]>;
  /** Full names by given-name code. */
  byFirst: Map<number, number[]>;
}

function indexCluster(state: ResolveState, index: PersonIndex, c: number): void {
  const last = lastOf(state, c);
  const { maxBlock } = state;
  addIndexed(index.byLast, last, c, maxBlock);
  addIndexed(index.byPhonetic, state.parts.phonetic(last), c, maxBlock);
  addIndexed(index.byPrefix, state.parts.word(last).slice(0, 2), c, maxBlock);
  if (tokenCount(state, c) >= 2) addIndexed(index.byFirst, state.parts.first.data[state.clusters.parts[c]!]!, c, maxBlock);
}

function addIndexed<K>(map: Map<K, number[]>, key: K, c: number, maxBlock: number): void {
  const list = map.get(key);
  if (!list) map.set(key, [c]);
  else if (!list.includes(c) && list.length < maxBlock) list.push(c);
}

function resolveWithinDocument(state: ResolveState, order: Int32Array, from: number, to: number): void {
  const { input, textOf, clusters, parts, keys } = state;
  const index: PersonIndex = { byLast: new Map(), byPhonetic: new Map(), byPrefix: new Map(), byFirst: new Map() };
  const { byLast } = index;
  const singles: number[] = [];
  const keyed = new Map<number, number>();
  const tokens = parts.tokens;
  for (let k = from; k < to; k++) {
    const i = order[k]!;
    const type = input.type(i);
    if (type === "PERSON") {
      const t = parts.row(textOf[i]!);
      if (tokens.data[t]! < 2) {
        singles.push(i);
        continue;
      }
      const same = findCompatible(state, byLast.get(parts.last.data[t]!), t);
      if (same >= 0) {
        clusters.addMention(same, i);
        state.guard.absorb(same, t);
        if (tokens.data[t]! > tokens.data[clusters.parts[same]!]!) clusters.parts[same] = t;
      } else {
        const c = clusters.add(PERSON, i, t);
        state.guard.absorb(c, t);
        indexCluster(state, index, c);
      }
      continue;
    }
    const flags = input.flags(i);
    const refersTo = input.refersTo(i);
    const key = mentionKeyCode(state, i, type, flags, refersTo, textOf[i]!);
    const refKey = refersTo && (flags.includes("acronym") || flags.includes("acronym-expansion")) ? keys.id(nameKey(refersTo)) : -1;
    const existing = keyed.get(key) ?? (refKey >= 0 ? keyed.get(refKey) : undefined);
    if (existing !== undefined) {
      clusters.addMention(existing, i);
      clusters.addKey(existing, key);
      keyed.set(key, existing);
      if (refKey >= 0) keyed.set(refKey, existing);
    } else {
      const c = clusters.add(TYPE_CODE.get(type)!, i, -1);
      clusters.addKey(c, key);
      if (refKey >= 0) clusters.addKey(c, refKey);
      keyed.set(key, c);
      if (refKey >= 0) keyed.set(refKey, c);
    }
  }
  // Surname-only mentions: exact surname first, else one near spelling.
  for (const i of singles) attachSurname(state, index, i);
}

/**
 * Code of a non-person mention's {@link mentionKey}, worked out once per text, type and metonymy
 * flag (what the key depends on besides `refersTo`, which few mentions have).
 */
function mentionKeyCode(state: ResolveState, i: number, type: Mention["type"], flags: readonly string[], refersTo: string | undefined, text: number): number {
  if (refersTo !== undefined) return state.keys.id(mentionKey({ text: state.input.text(i), type, flags, refersTo }));
  const pair = TYPE_CODE.get(type)! * 2 + (flags.includes("metonymy") ? 1 : 0);
  const pairs = state.mentionKeyPair.reserve(text + 1);
  const first = pairs[text]!;
  if (first === pair) return state.mentionKeyOf.data[text]!;
  let key = first < 0 ? undefined : state.mentionKeys.get(text * 32 + pair);
  if (key === undefined) {
    key = state.keys.id(mentionKey({ text: state.input.text(i), type, flags }));
    if (first < 0) {
      pairs[text] = pair;
      state.mentionKeyOf.reserve(text + 1)[text] = key;
    } else state.mentionKeys.set(text * 32 + pair, key);
  }
  return key;
}

/** Code of the {@link nameKey} of a name (by name code), worked out once per name. */
function textKey(state: ResolveState, t: number): number {
  const column = state.textKeys.reserve(t + 1);
  let key = column[t]!;
  if (key < 0) key = column[t] = state.keys.id(nameKey(state.names.string(t)));
  return key;
}

/** The words of an `N:` key's name, split once per key. */
function keyWords(state: ResolveState, k: number): string[] {
  let words = state.keyWords[k];
  if (!words) words = state.keyWords[k] = state.keys.strings[k]!.slice(2).split(" ");
  return words;
}

/** Whether the middle initials and generational suffixes of two names allow one person (see middleCompatible). */
function middlesAgree(state: ResolveState, a: number, b: number): boolean {
  const { parts } = state;
  const ma = parts.middle.data[a]!;
  const mb = parts.middle.data[b]!;
  if (ma !== parts.none && mb !== parts.none && ma !== mb) return false;
  return parts.suffix.data[a] === parts.suffix.data[b];
}

/** Whether the first names of two names are compatible ({@link firstNamesCompatible}). */
function firstsAgree(state: ResolveState, a: number, b: number): boolean {
  const { parts } = state;
  return firstNamesCompatible(parts.word(parts.first.data[a]!), parts.word(parts.first.data[b]!));
}

/** The first full-name cluster of the list whose first names are compatible with name `t`, or −1. */
function findCompatible(state: ResolveState, list: readonly number[] | undefined, t: number): number {
  if (!list) return -1;
  const { clusters, parts } = state;
  for (const c of list) {
    const p = clusters.parts[c]!;
    if (parts.tokens.data[p]! >= 2 && firstsAgree(state, p, t) && middlesAgree(state, p, t) && state.guard.allows(c, t)) return c;
  }
  return -1;
}

function attachSurname(state: ResolveState, index: PersonIndex, mentionIndex: number): void {
  const { byLast, byPhonetic, byPrefix, byFirst } = index;
  const { clusters, parts } = state;
  const t = state.textOf[mentionIndex]!;
  const wCode = parts.last.data[t]!;
  const w = parts.word(wCode);
  const full: number[] = [];
  for (const c of byLast.get(wCode) ?? []) if (tokenCount(state, c) >= 2) full.push(c);
  let target = full;
  // A lone given name is the one full name of the document before it with that given name
  // ("Jermayne" after "Jermayne Timmons", even when a "Jermayne Taylor" comes later).
  if (!target.length && /^\p{Lu}\p{Ll}/u.test(state.names.string(t))) {
    const given = byFirst.get(wCode)?.filter((c) => clusters.first[c]! < mentionIndex);
    if (given?.length === 1) target = given;
  }
  if (!target.length && w.length >= 5) {
    const near = new Set([...(byPhonetic.get(parts.phonetic(wCode)) ?? []), ...(byPrefix.get(w.slice(0, 2)) ?? [])]);
    target = [];
    for (const c of near) {
      const lastCode = lastOf(state, c);
      const last = parts.word(lastCode);
      if (tokenCount(state, c) >= 2 && last[0] === w[0] && Math.abs(last.length - w.length) <= 2 && (jaroWinkler(last, w) >= state.variantThreshold || parts.phonetic(lastCode) === parts.phonetic(wCode))) target.push(c);
    }
  }
  if (target.length === 1) {
    clusters.addMention(target[0]!, mentionIndex);
  } else {
    let own = -1;
    for (const c of byLast.get(wCode) ?? []) {
      if (tokenCount(state, c) === 1) {
        own = c;
        break;
      }
    }
    if (own >= 0) {
      clusters.addMention(own, mentionIndex);
    } else indexCluster(state, index, clusters.add(PERSON, mentionIndex, t));
  }
}

/** Key code of `N:word`. */
function wordKey(state: ResolveState, word: string): number {
  return state.keys.id(`N:${word}`);
}

/** Whether a cluster is a nationality or group (NORP) and nothing else: such clusters are no names of other types. */
function norpOnly(state: ResolveState, c: number): boolean {
  const { clusters, keys } = state;
  if (clusters.type[c] !== NORP) return false;
  for (let e = clusters.firstKey(c); e >= 0; e = clusters.nextKey(e)) if (keys.strings[clusters.keyAt(e)]!.startsWith("N:")) return false;
  return true;
}

/** Flags over the codes of `parts.words`: the surnames of full-name clusters (of persons only, when `personsOnly`). */
function surnameFlags(state: ResolveState, personsOnly: boolean): Uint8Array {
  const { clusters, parts } = state;
  const flags = new Uint8Array(parts.words.size);
  for (let c = 0; c < clusters.count; c++) if ((!personsOnly || clusters.type[c] === PERSON) && tokenCount(state, c) >= 2) flags[lastOf(state, c)] = 1;
  return flags;
}

/** Flags over the codes of `parts.words`: the given names of full-name person clusters. */
function givenNameFlags(state: ResolveState): Uint8Array {
  const { clusters, parts } = state;
  const flags = new Uint8Array(parts.words.size);
  for (let c = 0; c < clusters.count; c++) if (clusters.type[c] === PERSON && tokenCount(state, c) >= 2) flags[parts.first.data[clusters.parts[c]!]!] = 1;
  return flags;
}

/**
 * The name row of a non-person cluster whose one text reads as a person's full name: two to four
 * capitalised words, no digits, a given name and a surname that full-name persons of the corpus
 * have (−1: none).
 */
function personLikeName(state: ResolveState, c: number, givenNames: Uint8Array, surnames: Uint8Array, rows: IntColumn): number {
  const { clusters, names, parts } = state;
  if (clusters.type[c] === NORP) return -1;
  const texts = distinctTexts(state, c);
  if (texts.length !== 1) return -1;
  const t = texts[0]!;
  const column = rows.reserve(t + 1);
  if (column[t] !== -2) return column[t]!;
  column[t] = -1;
  const text = names.string(t);
  if (!/^\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){1,3}$/u.test(text)) return -1;
  // The surname first, so that only names ending in one are parsed.
  const lastWord = parts.words.find(normalizeName(text.slice(text.lastIndexOf(" ") + 1)));
  if (lastWord < 0 || lastWord >= surnames.length || surnames[lastWord] !== 1) return -1;
  const p = parts.row(t);
  if (parts.tokens.data[p]! < 2) return -1;
  const first = parts.first.data[p]!;
  const last = parts.last.data[p]!;
  if (first < givenNames.length && givenNames[first] === 1 && last < surnames.length && surnames[last] === 1) column[t] = p;
  return column[t]!;
}

/**
 * Variant keys of an `N:` key of several words: the name written in one word ("night club" /
 * "nightclub", "Wal-Mart" / "Walmart"), and, for a name ending in a kind word, a `K:` key without
 * its other kind words ("Betty Ford Treatment Center" / "Betty Ford Center"; a `K:` key is no name:
 * no short or long forms are read from it).
 */
function variantKeys(state: ResolveState, k: number): readonly number[] {
  const { keys } = state;
  const key = keys.strings[k]!;
  if (!key.startsWith("N:") || !key.includes(" ")) return NO_KEYS;
  const out = [keys.id(key.replace(/ /g, ""))];
  const words = keyWords(state, k);
  if (KINDS.has(words[words.length - 1]!) && !KINDS.has(words[0]!)) {
    const inner = words.filter((w, i) => i === 0 || i === words.length - 1 || !KINDS.has(w));
    out.push(keys.id(`K:${inner.join(" ")}`));
  }
  return out;
}
const NO_KEYS: readonly number[] = [];

/** Whether a word (a string) is one of the flagged surnames. */
function isSurname(state: ResolveState, flags: Uint8Array, word: string): boolean {
  const code = state.parts.words.find(word);
  return code >= 0 && code < flags.length && flags[code] === 1;
}

/**
 * Typing errors must not block a merge. A person's full name is also a type-free key, so the
 * same full name typed GPE in another article joins the person ("Zurana Horton"). A one-word
 * name typed otherwise that is the surname of a full-name person of the corpus, and not a known
 * place, becomes a bare surname ("Hansbrough" typed GPE), linked below like any bare surname.
 * A bare surname and a one-word name of another type with the same spelling are one entity
 * (again unless the word is a known place).
 */
function linkAcrossTypes(state: ResolveState): void {
  const titleWords = getTitleHeadWords();
  const { clusters, keys, names, parts } = state;
  const surnames = surnameFlags(state, false);
  const personSurnames = surnameFlags(state, true);
  const givenNames = givenNameFlags(state);
  // Per key code, its variant keys; per name code, its person-name row (see personLikeName), worked out once.
  const variants = new Map<number, readonly number[]>();
  const personRows = new IntColumn(names.size, -2);
  for (let c = 0; c < clusters.count; c++) {
    if (clusters.type[c] === PERSON) {
      const p = clusters.parts[c]!;
      if (parts.tokens.data[p]! >= 2) {
        for (const t of distinctTexts(state, c)) if (parts.tokens.data[parts.row(t)]! >= 2) clusters.addKey(c, textKey(state, t));
      } else if (!knownPlace(parts.word(parts.last.data[p]!))) clusters.addKey(c, wordKey(state, parts.word(parts.last.data[p]!)));
      continue;
    }
    if (norpOnly(state, c)) continue;
    let word: string | null = null;
    const own = clusters.keys(c);
    // One name written in one word or in several ("night club" / "nightclub", "Wal-Mart" / "Walmart"),
    // and with or without a kind word before its last ("Betty Ford Treatment Center" / "Betty Ford Center").
    for (const k of own) {
      let extra = variants.get(k);
      if (extra === undefined) variants.set(k, (extra = variantKeys(state, k)));
      for (const v of extra) clusters.addKey(c, v);
    }
    for (const k of own) {
      const key = keys.strings[k]!;
      if (key.startsWith("N:") && !key.includes(" ")) word = key.slice(2);
    }
    // A title and a surname typed as an organisation ("Judge Gorsuch", "General Flynn") is the person.
    for (const k of own) {
      if (!keys.strings[k]!.startsWith("N:")) continue;
      const words = keyWords(state, k);
      if (words.length === 2 && titleWords.has(words[0]!) && isSurname(state, surnames, words[1]!)) {
        clusters.parts[c] = parts.row(names.id(words[1]!));
        clusters.addKey(c, wordKey(state, words[1]!));
      }
    }
    if (clusters.parts[c]! >= 0) continue;
    // A person's name typed otherwise ("Hillary Rodham Clinton" typed GPE) is compared as a person
    // name, when the corpus's persons have both its given name and its surname.
    const person = personLikeName(state, c, givenNames, personSurnames, personRows);
    if (person >= 0) {
      clusters.parts[c] = person;
      state.guard.absorb(c, person);
      continue;
    }
    if (word && isSurname(state, surnames, word) && !knownPlace(word)) {
      const texts = distinctTexts(state, c);
      if (texts.every((t) => /^\p{Lu}/u.test(names.string(t)) && !oneWord(names.string(t)).includes(" "))) {
        clusters.parts[c] = parts.row(names.id(oneWord(names.string(texts[0]!))));
        clusters.addKey(c, wordKey(state, word));
      }
    }
  }
}

/** A one-word name before a lower-case tail the tagger took in ("Luck has" → "Luck"). */
function oneWord(text: string): string {
  return nameBeforeLowerCaseTail(text) ?? text;
}

/**
 * Blocking buckets of person clusters (surname, phonetic surname, two given names) as lists of
 * cluster ids (`members[from[b]]` … `members[from[b + 1] - 1]`), numbered in order of first use;
 * non-person clusters sharing a key are united here.
 */
interface Blocks {
  from: Int32Array;
  members: Int32Array;
  /** 1 for a surname block. */
  surname: Uint8Array;
  count: number;
}

function buildBlocks(state: ResolveState): Blocks {
  const { clusters, parts } = state;
  const keyOwner = new Int32Array(state.keys.size).fill(-1);
  // Block codes: one counter for all three kinds, so that blocks are numbered in order of first use.
  const bySurname = new IntColumn(parts.words.size, -1);
  const byPhonetic = new IntColumn(parts.phonetics.size, -1);
  const byGiven = new Map<string, number>();
  const surnameBlock: number[] = [];
  let count = 0;
  const entryBlock = new IntColumn(clusters.count, 0);
  const entryCluster = new IntColumn(clusters.count, 0);
  let entries = 0;
  const enter = (block: number, c: number): void => {
    entryBlock.reserve(entries + 1)[entries] = block;
    entryCluster.reserve(entries + 1)[entries] = c;
    entries++;
  };
  for (let c = 0; c < clusters.count; c++) {
    for (let e = clusters.firstKey(c); e >= 0; e = clusters.nextKey(e)) {
      const k = clusters.keyAt(e);
      const owner = keyOwner[k]!;
      if (owner < 0) keyOwner[k] = c;
      else unite(state, owner, c);
    }
    const p = clusters.parts[c]!;
    if (p < 0) continue;
    const last = parts.last.data[p]!;
    let b = bySurname.reserve(last + 1)[last]!;
    if (b < 0) {
      b = bySurname.data[last] = count++;
      surnameBlock[b] = 1;
    }
    enter(b, c);
    const phonetic = parts.phonetic(last);
    b = byPhonetic.reserve(phonetic + 1)[phonetic]!;
    if (b < 0) b = byPhonetic.data[phonetic] = count++;
    enter(b, c);
    if (parts.givenCount.data[p]! >= 2) {
      const key = `${parts.given0.data[p]},${parts.given1.data[p]}`;
      b = byGiven.get(key) ?? -1;
      if (b < 0) byGiven.set(key, (b = count++));
      enter(b, c);
    }
  }
  const from = new Int32Array(count + 1);
  const block = entryBlock.data;
  const cluster = entryCluster.data;
  for (let e = 0; e < entries; e++) from[block[e]! + 1]!++;
  for (let b = 0; b < count; b++) from[b + 1]! += from[b]!;
  const members = new Int32Array(entries);
  const fill = from.slice(0, count);
  for (let e = 0; e < entries; e++) members[fill[block[e]!]!++] = cluster[e]!;
  const surname = new Uint8Array(count);
  for (let b = 0; b < count; b++) surname[b] = surnameBlock[b] === 1 ? 1 : 0;
  return { from, members, surname, count };
}

function rolesOf(state: ResolveState, c: number): Set<string> {
  let r = state.roleCache.get(c);
  if (!r) {
    const roles: Role[] = [];
    const { clusters } = state;
    for (let i = clusters.first[c]!; i >= 0; i = clusters.next[i]!) {
      const mentionRoles = state.input.roles(i);
      if (mentionRoles) for (const role of mentionRoles) roles.push(role);
    }
    r = roleWords(roles);
    state.roleCache.set(c, r);
  }
  return r;
}

function samePerson(state: ResolveState, a: number, b: number): boolean {
  const { parts, clusters } = state;
  const pa = clusters.parts[a]!;
  const pb = clusters.parts[b]!;
  const ta = parts.tokens.data[pa]!;
  const tb = parts.tokens.data[pb]!;
  const lastA = parts.last.data[pa]!;
  const lastB = parts.last.data[pb]!;
  if (ta === 1 || tb === 1) {
    // A bare surname only joins an identical surname.
    return lastA === lastB;
  }
  if (!middlesAgree(state, pa, pb)) return false;
  if (lastA === lastB) return firstsAgree(state, pa, pb);
  const la = parts.word(lastA);
  const lb = parts.word(lastB);
  const jw = jaroWinkler(la, lb);
  const near = jw >= state.variantThreshold || (parts.phonetic(lastA) === parts.phonetic(lastB) && Math.abs(la.length - lb.length) <= 2);
  if (near && la[0] === lb[0] && firstsAgree(state, pa, pb) && parts.word(parts.first.data[pa]!).length >= 3 && parts.word(parts.first.data[pb]!).length >= 3) return true;
  if (parts.givenCount.data[pa]! >= 2 && parts.givenCount.data[pb]! >= 2 && parts.given0.data[pa] === parts.given0.data[pb] && parts.given1.data[pa] === parts.given1.data[pb]) {
    const ra = rolesOf(state, a);
    for (const w of rolesOf(state, b)) if (ra.has(w)) return true;
  }
  return false;
}

/**
 * First-name keys of a cluster inside a block: two full names can only be one person when their
 * first names are compatible (equal, a short form of one another, one a prefix of three or more
 * letters of the other, or an initial of it), and every compatible pair shares one of these keys:
 * the name itself, each formal name it may stand for (nickname data), its first three letters,
 * and its first letter for initials. Bare surnames have a key of their own. Keys are coded, and
 * each first name's keys are worked out once.
 */
class FirstNameKeys {
  private readonly codes = new Interner();
  private readonly register = new Map<number, number[]>();
  private readonly lookup = new Map<number, number[]>();
  readonly bare: number[];

  constructor(private readonly parts: NameTable) {
    this.bare = [this.codes.id("bare")];
  }

  /** Keys a cluster is filed under (`register`) or looked up by (`lookup`); `first` is a code in the name table's words. */
  keys(first: number, bare: boolean, lookup: boolean): readonly number[] {
    if (bare) return this.bare;
    const table = lookup ? this.lookup : this.register;
    let keys = table.get(first);
    if (!keys) {
      const f = this.parts.word(first);
      let strings: string[];
      if (f.length === 1) strings = lookup ? [`i:${f}`, `l:${f}`] : [`i:${f}`];
      else {
        strings = [`f:${f}`];
        for (const formal of getNicknames().get(f) ?? []) if (formal !== f) strings.push(`f:${formal}`);
        if (f.length >= 3) strings.push(`3:${f.slice(0, 3)}`);
        strings.push(lookup ? `i:${f[0]}` : `l:${f[0]}`);
      }
      keys = strings.map((s) => this.codes.id(s));
      table.set(first, keys);
    }
    return keys;
  }
}

/**
 * Each cluster of a block is compared with the representatives of the persons the block has found
 * so far whose first names could match its own (looked up by {@link FirstNameKeys}; at most
 * maxBlockSize per key), so the work per cluster does not grow with the number of people who share
 * a surname, and a block of any length costs linear work. A bare surname and a full name are
 * linked below, once the full names are grouped.
 */
function mergeBlocks(state: ResolveState, blocks: Blocks): void {
  const { clusters, maxBlock, parts } = state;
  const { from, members } = blocks;
  const stamps = clusters.stamp;
  stamps.fill(0, 0, clusters.count);
  const firstNameKeys = new FirstNameKeys(parts);
  for (let b = 0; b < blocks.count; b++) {
    if (from[b + 1]! - from[b]! < 2) continue;
    const reps = new Map<number, number[]>();
    for (let k = from[b]!; k < from[b + 1]!; k++) {
      const c = members[k]!;
      const p = clusters.parts[c]!;
      const bare = parts.tokens.data[p] === 1;
      const first = parts.first.data[p]!;
      let known = false;
      const stamp = ++state.stamp;
      for (const key of firstNameKeys.keys(first, bare, true)) {
        const list = reps.get(key);
        if (!list) continue;
        for (const r of list) {
          // A representative filed under two of the keys is compared once.
          if (stamps[r] === stamp) continue;
          stamps[r] = stamp;
          if (clusters.find(r) === clusters.find(c)) known = true;
          else if (samePerson(state, r, c) && unite(state, r, c)) known = true;
        }
      }
      if (known) continue;
      for (const key of firstNameKeys.keys(first, bare, false)) {
        const list = reps.get(key);
        if (!list) reps.set(key, [c]);
        else if (list.length < maxBlock) list.push(c);
      }
    }
  }
}

/**
 * A bare surname must not glue distinct people together ("Clinton" between "Hillary Clinton" and
 * "Bill Clinton"): it joins the one person with that surname, or the one with at least twice the
 * mentions of any other; otherwise it stays an entity of its own.
 */
function linkBareSurnames(state: ResolveState, blocks: Blocks): void {
  const { clusters } = state;
  const mentionCount = new Int32Array(clusters.count);
  for (let c = 0; c < clusters.count; c++) if (clusters.type[c] === PERSON && tokenCount(state, c) !== 1) mentionCount[clusters.find(c)]! += clusters.size[c]!;
  const links: number[] = [];
  const { from, members } = blocks;
  for (let b = 0; b < blocks.count; b++) {
    if (!blocks.surname[b]) continue;
    const bareIds: number[] = [];
    const people = new Map<number, number>();
    for (let k = from[b]!; k < from[b + 1]!; k++) {
      const c = members[k]!;
      if (tokenCount(state, c) === 1) bareIds.push(c);
      else {
        const r = clusters.find(c);
        people.set(r, mentionCount[r]!);
      }
    }
    if (!bareIds.length || people.size === 0) continue;
    const ranked = [...people].sort((x, y) => y[1] - x[1] || x[0] - y[0]);
    const [top, second] = ranked;
    if (!second || top![1] >= 2 * second[1]) for (const id of bareIds) links.push(id, top![0]);
  }
  for (let k = 0; k < links.length; k += 2) unite(state, links[k]!, links[k + 1]!);
}

/**
 * Other forms of one name, found anywhere in the corpus:
 *  - an acronym and its expansion ("IBF" / "International Boxing Federation") when the corpus
 *    holds one expansion of it (curated acronyms are keyed by their expansion already);
 *  - a short and a long form of a team or organisation named after a place ("Colts" /
 *    "Indianapolis Colts", "Red Sox" / "Boston Red Sox") when one long form in the corpus ends
 *    with that short form after a place name;
 *  - a place or body and its name without its kind words ("Cliffside" / "Cliffside Rehab Center",
 *    "Staunton Police" / "Staunton Police Department") when the corpus's long forms of that name
 *    extend one another, and the short name is no known place.
 */
function linkNameForms(state: ResolveState): void {
  const { clusters, keys, names } = state;
  const lex = getCountryLexicon();
  const expansions = new Map<string, number>();
  const longForms = new Map<string, number>();
  const kindForms = new Map<string, { names: string[]; roots: number[] }>();
  const corpusPlaces = new Set<string>();
  for (let c = 0; c < clusters.count; c++) {
    if (clusters.type[c] !== GPE) continue;
    for (let e = clusters.firstKey(c); e >= 0; e = clusters.nextKey(e)) {
      const k = keys.strings[clusters.keyAt(e)]!;
      if (k.startsWith("N:") || k.startsWith("GPE:")) corpusPlaces.add(k.slice(k.indexOf(":") + 1));
    }
  }
  const surnames = surnameFlags(state, true);
  // What each key and text gives, worked out once (the same names recur in cluster after cluster).
  const formsOfKey = new Map<number, KeyForms | null>();
  const acronymOfText = new Map<number, string>();
  for (let c = 0; c < clusters.count; c++) {
    if (norpOnly(state, c) || tokenCount(state, c) >= 2) continue;
    const root = clusters.find(c);
    for (let e = clusters.firstKey(c); e >= 0; e = clusters.nextKey(e)) {
      const k = clusters.keyAt(e);
      let forms = formsOfKey.get(k);
      if (forms === undefined) formsOfKey.set(k, (forms = keyForms(state, k, corpusPlaces)));
      if (forms === null) continue;
      for (const long of forms.longForms) addUnique(longForms, long, root);
      for (const short of forms.kindShorts) {
        const known = kindForms.get(short) ?? kindForms.set(short, { names: [], roots: [] }).get(short)!;
        if (known.names.length < 4 && !known.names.includes(forms.name)) {
          known.names.push(forms.name);
          known.roots.push(root);
        }
      }
    }
    for (const t of distinctTexts(state, c)) {
      let acronym = acronymOfText.get(t);
      if (acronym === undefined) {
        const text = names.string(t);
        acronymOfText.set(t, (acronym = text.includes(" ") ? acronymOf(text) : ""));
      }
      if (!acronym) continue;
      addUnique(expansions, acronym, root);
      // "The Hollywood Reporter" is also "THR": a capitalised article can be part of the acronym.
      if (names.string(t).startsWith("The ")) addUnique(expansions, `T${acronym}`, root);
    }
  }
  const links: number[] = [];
  const adopted: number[] = [];
  linkNameSuffixesAndGivenNames(state, surnames, links, adopted);
  const asAcronymOfText = new Map<number, string | null>();
  const nameOfKey = new Map<number, string | null>();
  for (let c = 0; c < clusters.count; c++) {
    const tokens = tokenCount(state, c);
    if (norpOnly(state, c) || tokens >= 2 || (tokens >= 0 && surnames[lastOf(state, c)] === 1)) continue;
    for (let e = clusters.firstKey(c); e >= 0; e = clusters.nextKey(e)) {
      const code = clusters.keyAt(e);
      let name = nameOfKey.get(code);
      if (name === undefined) {
        const k = keys.strings[code]!;
        nameOfKey.set(code, (name = k.startsWith("N:") ? k.slice(2) : null));
      }
      if (name === null) continue;
      const long = longForms.get(name);
      if (long !== undefined && long !== AMBIGUOUS) links.push(c, long);
      const kind = kindForms.get(name);
      if (kind && nestedNames(kind.names) && !knownPlace(name) && !lex.cities.has(name)) for (const root of kind.roots) links.push(c, root);
    }
    for (const t of distinctTexts(state, c)) {
      let acronym = asAcronymOfText.get(t);
      if (acronym === undefined) asAcronymOfText.set(t, (acronym = asAcronym(names.string(t))));
      if (!acronym || getAcronymExpansions().has(acronym)) continue;
      const found = expansions.get(acronym);
      if (found !== undefined && found !== AMBIGUOUS) {
        links.push(c, found);
        break;
      }
    }
  }
  for (let k = 0; k < adopted.length; k += 2) adopt(state, adopted[k]!, adopted[k + 1]!);
  for (let k = 0; k < links.length; k += 2) unite(state, links[k]!, links[k + 1]!);
}

/** The other forms an `N:` key of several words files its cluster under (see {@link linkNameForms}). */
interface KeyForms {
  /** The key's name. */
  name: string;
  /** Short forms whose long form it is (before a geographic head; after a place name). */
  longForms: string[];
  /** Its name before its kind words. */
  kindShorts: string[];
}

/** The forms of one key, or null for a key that is no name of several words. */
function keyForms(state: ResolveState, k: number, corpusPlaces: ReadonlySet<string>): KeyForms | null {
  const key = state.keys.strings[k]!;
  if (!key.startsWith("N:")) return null;
  const lex = getCountryLexicon();
  const name = key.slice(2);
  const words = name.split(" ");
  if (words.length < 2) return null;
  const forms: KeyForms = { name, longForms: [], kindShorts: [] };
  if (GEO_HEADS.has(words[words.length - 1]!)) forms.longForms.push(words.slice(0, -1).join(" "));
  // "Cliffside Rehab Center": its name before the kind words, filed under that name.
  for (let cut = words.length - 1; cut >= Math.max(1, words.length - 2) && KINDS.has(words[cut]!); cut--) {
    // "Police Department" does not make every "Police" one body.
    if (words.slice(0, cut).every((w) => GENERIC_ORG_HEADS.has(w) || KINDS.has(w))) continue;
    forms.kindShorts.push(words.slice(0, cut).join(" "));
  }
  // After a place or a nationality, whatever the length of the rest: "Malibu Promises Treatment
  // Center" / "Promises Treatment Center", "Chinese Communist Party" / "Communist Party".
  for (let cut = 1; cut < words.length && cut <= 3; cut++) {
    const prefix = words.slice(0, cut).join(" ");
    const demonym = lex.countryByDemonym.has(prefix);
    if (!corpusPlaces.has(prefix) && !lex.countryByName.has(prefix) && !lex.cities.has(prefix) && !demonym) continue;
    // After a nationality only a name of two words or more: "American Express" is no "Express".
    if (demonym && cut > words.length - 2) continue;
    const short = words.slice(cut).join(" ");
    // "Pennsylvania Senate" is not the Senate, "Staunton Police" not every police force.
    if (GENERIC_ORG_HEADS.has(short.split(" ")[0]!)) continue;
    forms.longForms.push(short);
  }
  // After any other words, a rest of two words or more that is itself a name: "Senate Judiciary
  // Committee" / "Judiciary Committee" (linked only when the corpus has one such long form). Not
  // the complement of a preposition ("Office of Special Counsel" is no "Special Counsel"), and not
  // a generic body ("Police Department").
  for (let cut = 1; cut <= words.length - 2; cut++) {
    if (MINOR_WORDS.has(words[cut - 1]!) || MINOR_WORDS.has(words[cut]!)) continue;
    if (GENERIC_ORG_HEADS.has(words[cut]!) || KINDS.has(words[cut]!)) continue;
    const short = words.slice(cut).join(" ");
    if (!forms.longForms.includes(short)) forms.longForms.push(short);
  }
  return forms;
}

/** Function words inside names ("Bank of America", "Council on Foreign Relations"). */
const MINOR_WORDS = new Set(["of", "on", "and", "the", "for", "in", "de", "des", "du", "la", "le", "&", "to", "at", "a"]);

/** Value of a {@link addUnique} map whose key was seen with two different roots. */
const AMBIGUOUS = -1;

/**
 * File a root under a key, remembering only whether the key has one root or several (a number per
 * key, not a Set: these maps hold every name of the corpus).
 */
function addUnique(map: Map<string, number>, key: string, root: number): void {
  const seen = map.get(key);
  if (seen === undefined) map.set(key, root);
  else if (seen !== root) map.set(key, AMBIGUOUS);
}

/** {@link addUnique} over an array indexed by word code ({@link UNSET}: no root yet). */
function addUniqueCode(column: IntColumn, code: number, root: number): void {
  const data = column.reserve(code + 1);
  const seen = data[code]!;
  if (seen === UNSET) data[code] = root;
  else if (seen !== root) data[code] = AMBIGUOUS;
}
const UNSET = -2;

/** Whether names extend one another ("morningside recovery", "morningside recovery center"): one place, written longer or shorter. */
function nestedNames(names: readonly string[]): boolean {
  if (names.length > 3) return false;
  const sorted = [...names].sort((a, b) => a.length - b.length);
  for (let i = 1; i < sorted.length; i++) if (!sorted[i]!.startsWith(`${sorted[i - 1]!} `)) return false;
  return true;
}

/**
 * People written with something in front of the name in one article ("Coroner Gary Hargrove",
 * "American Hasim Rahman", a title or a nationality the tagger took into the name) join the
 * person whose full name ends the mention, when one person of the corpus has that full name.
 * A one-word name that is the given name of exactly one full-name person of the corpus, and no
 * surname or known place, is that person ("Katie" beside "Katie Jenkin"); so is a blend of the
 * first letters of one person's given name and surname ("LiLo", "J.Lo", "A-Rod").
 */
function linkNameSuffixesAndGivenNames(state: ResolveState, surnames: Uint8Array, links: number[], adopted: number[]): void {
  const { clusters, parts, names } = state;
  linkBlends(state, surnames, links);
  // By word code of a full name's tokens joined, and of a given name: the one person's root, or AMBIGUOUS.
  const personByName = new IntColumn(parts.words.size, UNSET);
  const personByGiven = new IntColumn(parts.words.size, UNSET);
  for (let c = 0; c < clusters.count; c++) {
    if (clusters.type[c] !== PERSON || tokenCount(state, c) < 2) continue;
    const root = clusters.find(c);
    addUniqueCode(personByGiven, parts.first.data[clusters.parts[c]!]!, root);
    for (const t of distinctTexts(state, c)) {
      const p = parts.row(t);
      const tokens = parts.tokens.data[p]!;
      if (tokens === 2 || tokens === 3) addUniqueCode(personByName, parts.joined.data[p]!, root);
    }
  }
  // Per name code, worked out once: the word codes of its last three and last two words (names of
  // three words or more), or of the name itself when it is a lone capitalised word that is no
  // surname or known place (−1: none; −2: not worked out yet).
  const lookups = new Int32Array(names.size * 3).fill(-2);
  const at = (column: IntColumn, code: number): number => (code >= 0 && code < column.data.length ? column.data[code]! : UNSET);
  for (let c = 0; c < clusters.count; c++) {
    if (clusters.type[c] === NORP) continue;
    const root = clusters.find(c);
    for (const t of distinctTexts(state, c)) {
      if (lookups[3 * t] === -2) nameLookups(state, surnames, t, lookups);
      const last3 = lookups[3 * t]!;
      const last2 = lookups[3 * t + 1]!;
      const given = lookups[3 * t + 2]!;
      let person = at(personByName, last3);
      if (person === UNSET || person === AMBIGUOUS) person = at(personByName, last2);
      if (person !== UNSET && person !== AMBIGUOUS) {
        if (person !== root) adopted.push(c, person);
        continue;
      }
      person = at(personByGiven, given);
      if (person !== UNSET && person !== AMBIGUOUS) links.push(c, person);
    }
  }
}

/** A blend of a name's first letters: one to three of the given name, two to five of the surname ("LiLo", "J.Lo", "A-Rod"). */
const BLEND = /^(\p{Lu}\p{Ll}{0,2})[-.]?(\p{Lu}\p{Ll}{1,4})$/u;

/**
 * Blends ("LiLo" for "Lindsay Lohan") join the one person of the corpus whose given name and
 * surname open with their two parts. The persons are filed only under the blends the corpus has
 * (rare), so the work stays one pass over the clusters.
 */
function linkBlends(state: ResolveState, surnames: Uint8Array, links: number[]): void {
  const { clusters, parts, names } = state;
  // Blend key ("li|lo") → clusters written so; surname part → given-name parts wanted with it.
  const wanted = new Map<string, number[]>();
  const bySurnamePart = new Map<string, string[]>();
  const blendOfText = new Map<number, string | null>();
  for (let c = 0; c < clusters.count; c++) {
    if (clusters.type[c] === NORP || tokenCount(state, c) >= 2) continue;
    for (const t of distinctTexts(state, c)) {
      let key = blendOfText.get(t);
      if (key === undefined) {
        const text = names.string(t);
        const blend = text.length <= 10 ? BLEND.exec(text) : null;
        key = blend && !isSurname(state, surnames, normalizeName(text)) && !knownPlace(normalizeName(text)) ? `${blend[1]!.toLowerCase()}|${blend[2]!.toLowerCase()}` : null;
        blendOfText.set(t, key);
      }
      if (key === null) continue;
      const list = wanted.get(key);
      if (list) list.push(c);
      else {
        wanted.set(key, [c]);
        const [given, surname] = key.split("|") as [string, string];
        const givens = bySurnamePart.get(surname);
        if (givens) givens.push(given);
        else bySurnamePart.set(surname, [given]);
      }
    }
  }
  if (!wanted.size) return;
  const person = new Map<string, number>();
  for (let c = 0; c < clusters.count; c++) {
    if (clusters.type[c] !== PERSON || tokenCount(state, c) < 2) continue;
    const p = clusters.parts[c]!;
    const first = parts.word(parts.first.data[p]!);
    const last = parts.word(parts.last.data[p]!);
    if (first.length < 2) continue;
    for (let b = 2; b <= 5 && b <= last.length; b++) {
      const givens = bySurnamePart.get(last.slice(0, b));
      if (!givens) continue;
      for (const given of givens) if (given.length < first.length && first.startsWith(given)) addUnique(person, `${given}|${last.slice(0, b)}`, clusters.find(c));
    }
  }
  for (const [key, list] of wanted) {
    const root = person.get(key);
    if (root !== undefined && root !== AMBIGUOUS) for (const c of list) links.push(c, root);
  }
}

/** Fill the three look-up codes of name `t` (see linkNameSuffixesAndGivenNames). */
function nameLookups(state: ResolveState, surnames: Uint8Array, t: number, out: Int32Array): void {
  const { parts } = state;
  const text = state.names.string(t);
  const words = normalizeName(text).split(" ");
  out[3 * t] = words.length > 3 ? parts.words.find(words.slice(words.length - 3).join(" ")) : -1;
  out[3 * t + 1] = words.length > 2 ? parts.words.find(words.slice(words.length - 2).join(" ")) : -1;
  out[3 * t + 2] = words.length === 1 && /^\p{Lu}\p{Ll}/u.test(text) && !isSurname(state, surnames, words[0]!) && !knownPlace(words[0]!) ? parts.words.find(words[0]!) : -1;
}
