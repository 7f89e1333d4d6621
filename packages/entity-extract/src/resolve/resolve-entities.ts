import { ARMED_GROUP_KEYS } from "../lexicon/armed-groups.js";
import { createMessage, wordAlternation, type Message } from "@newsparse/corpus-loader";
import { getCountryLexicon } from "../lexicon/countries.js";
import { getTitleHeadWords } from "../lexicon/titles.js";
import { acronymOf, asAcronym, getAcronymExpansions } from "../lexicon/acronyms.js";
import { getWordnetGazetteer } from "../lexicon/wordnet-gazetteer.js";
import { getNicknames } from "../lexicon/nicknames.js";
import type { Alias, Entity, EntityType, Mention, Role } from "../schema.js";
import { firstNamesCompatible, jaroWinkler, Memo, middleCompatible, nameParts, normalizeName, phoneticKey, type NameParts } from "./name-similarity.js";
import { cloneWith } from "../pipeline/clone-with.js";
import { GENERIC_ORGANIZATION_HEADS, GEOGRAPHIC_HEADS } from "../lexicon/head-words.js";
import { BODY_OF_HEADS, LEGAL_FORM_WORDS } from "../lexicon/head-words.js";
import { BRITISH_TO_AMERICAN } from "../lexicon/spelling-variants.js";
import { KIND_HEADS } from "../lexicon/kind-heads.js";

/** Thresholds of the resolver (measured on the seed corpus; see README). */
export interface ResolveOptions {
  /** Jaro-Winkler similarity above which two surnames are spelling variants (default 0.86). */
  surnameVariantThreshold?: number;
  /** Largest blocking bucket compared pairwise; bigger buckets compare each member with the first N only (default 64). */
  maxBlockSize?: number;
}

/** Output of {@link resolveEntities}. */
export interface Resolution {
  entities: Entity[];
  mentions: Mention[];
  messages: Message[];
}

interface Cluster {
  id: number;
  type: EntityType;
  /**
   * Positions of the cluster's mentions in the resolver's input, as a list linked through
   * `ResolveState.next` (first, last, count): no array per cluster, since a large collection has
   * millions of clusters.
   */
  first: number;
  last: number;
  size: number;
  /** Distinct mention texts, filled by {@link distinctTexts}. */
  texts?: string[];
  /** Last comparison round this cluster took part in as a representative (see mergeBlocks). */
  stamp?: number;
  /** Longest full name in the cluster (persons). */
  parts: NameParts | null;
  /** Cross-document keys (a few; an array costs less memory than a Set per cluster). */
  keys: string[];
}

class UnionFind {
  parent: number[] = [];
  add(): number {
    this.parent.push(this.parent.length);
    return this.parent.length - 1;
  }
  find(x: number): number {
    while (this.parent[x] !== x) {
      this.parent[x] = this.parent[this.parent[x]!]!;
      x = this.parent[x]!;
    }
    return x;
  }
  union(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
}

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
  if (words.length >= 3 && (lex.countryByName.has(words[0]!) || lex.countryByName.has(`${words[0]} ${words[1]}`))) {
    const skip = lex.countryByName.has(words[0]!) ? 1 : 2;
    n = words.slice(skip).join(" ");
  }
  const of = BODY_OF.exec(n);
  if (of) n = `${of[2]} ${of[1]}`;
  return `N:${n}`;
}

/**
 * A name the tagger ran on into the next words ("Saints have", "Luck has", "Bluejays from"):
 * the capitalised name before its trailing lower-case words, or null when the text has none.
 * Names end on a capitalised word or a number; particles stay inside ("Bank of America").
 */
export function nameBeforeLowerCaseTail(text: string): string | null {
  let cut = text.length;
  for (;;) {
    const space = text.lastIndexOf(" ", cut - 1);
    if (space <= 0 || !LOWER_WORD.test(text.slice(space + 1, cut))) break;
    cut = space;
  }
  return cut < text.length ? text.slice(0, cut) : null;
}
const LOWER_WORD = /^\p{Ll}[\p{Ll}’'-]*$/u;

/** Whether a cluster is a nationality or group (NORP) and nothing else: such clusters are no names of other types. */
function norpOnly(c: Cluster): boolean {
  return c.type === "NORP" && !c.keys.some((k) => k.startsWith("N:"));
}

/** Key of a non-person mention: the country it names, its demonym's country, or its {@link nameKey}. */
function mentionKey(m: Mention): string {
  const lex = getCountryLexicon();
  const core = nameBeforeLowerCaseTail(m.text);
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
  const rootOf = clusterMentions(mentions, options);
  return assemble(rootOf, mentions);
}

/**
 * The grouping itself: per input position, the union-find root of its entity (−1 for none). The
 * clusters, blocks and caches live only inside this call, so they are garbage before the output
 * (one new mention object per input mention) is built, and the peak heap is the larger of the two
 * rather than their sum.
 */
function clusterMentions(mentions: readonly Mention[], options: ResolveOptions): Int32Array {
  const state: ResolveState = {
    variantThreshold: options.surnameVariantThreshold ?? 0.86,
    maxBlock: options.maxBlockSize ?? 64,
    uf: new UnionFind(),
    clusters: [],
    roleCache: new Map(),
    input: mentions,
    next: new Int32Array(mentions.length).fill(-1),
    stamp: 0,
  };
  withinDocuments(state, mentions);
  acrossDocuments(state);
  const rootOf = new Int32Array(mentions.length).fill(-1);
  const { next } = state;
  for (const c of state.clusters) {
    const r = state.uf.find(c.id);
    for (let i = c.first; i >= 0; i = next[i]!) rootOf[i] = r;
  }
  return rootOf;
}

/** Clusters of each document (full names, surnames, keyed non-person names). */
function withinDocuments(state: ResolveState, mentions: readonly Mention[]): void {
  const byDoc = new Map<string, number[]>();
  for (let i = 0; i < mentions.length; i++) {
    const docId = mentions[i]!.docId;
    const list = byDoc.get(docId);
    if (list) list.push(i);
    else byDoc.set(docId, [i]);
  }
  for (const [, indices] of byDoc) resolveWithinDocument(state, mentions, indices);
}

/** Links between the clusters of all documents: types, blocks of persons, bare surnames, other forms of names. */
function acrossDocuments(state: ResolveState): void {
  linkAcrossTypes(state);
  const blocks = buildBlocks(state);
  mergeBlocks(state, blocks);
  linkBareSurnames(state, blocks);
  linkNameForms(state);
}

/** Mutable state of one {@link resolveEntities} call. */
interface ResolveState {
  variantThreshold: number;
  maxBlock: number;
  uf: UnionFind;
  clusters: Cluster[];
  roleCache: Map<number, Set<string>>;
  /** The mentions being resolved (clusters hold positions in it). */
  input: readonly Mention[];
  /** Next input position of the same cluster (−1 at a cluster's end): the clusters' linked mention lists. */
  next: Int32Array;
  /** Comparison round counter of mergeBlocks. */
  stamp: number;
}

function newCluster(state: ResolveState, m: Mention, index: number, parts: NameParts | null): Cluster {
  const c: Cluster = { id: state.uf.add(), type: m.type, first: index, last: index, size: 1, parts, keys: [] };
  state.clusters.push(c);
  return c;
}

/** Add a key to a cluster once. */
function addKey(c: Cluster, key: string): void {
  // A new array of the exact size: `push` would give every cluster's keys a backing store of 16 or more slots.
  if (!c.keys.includes(key)) c.keys = c.keys.length === 0 ? [key] : [...c.keys, key];
}

/** Append input position `i` to a cluster's mentions. */
function addMention(state: ResolveState, c: Cluster, i: number): void {
  state.next[c.last] = i;
  c.last = i;
  c.size++;
}

/** The distinct surface forms of a cluster (computed once; clusters are complete after the within-document pass). */
function distinctTexts(state: ResolveState, c: Cluster): string[] {
  if (!c.texts) {
    const seen = new Set<string>();
    for (let i = c.first; i >= 0; i = state.next[i]!) seen.add(state.input[i]!.text);
    c.texts = [...seen];
  }
  return c.texts;
}

/** Person clusters of one document, indexed so that each lookup touches only clusters sharing a surname, its phonetic key or its first two letters. */
interface PersonIndex {
  byLast: Map<string, Cluster[]>;
  byNear: Map<string, Cluster[]>;
}

function indexCluster(index: PersonIndex, c: Cluster, maxBlock: number): void {
  const last = c.parts!.last;
  addIndexed(index.byLast, last, c, maxBlock);
  addIndexed(index.byNear, `p:${phoneticKey(last)}`, c, maxBlock);
  addIndexed(index.byNear, `f:${last.slice(0, 2)}`, c, maxBlock);
}

function addIndexed(map: Map<string, Cluster[]>, key: string, c: Cluster, maxBlock: number): void {
  const list = map.get(key);
  if (!list) map.set(key, [c]);
  else if (!list.includes(c) && list.length < maxBlock) list.push(c);
}

function resolveWithinDocument(state: ResolveState, mentions: readonly Mention[], docIndices: readonly number[]): void {
  const index: PersonIndex = { byLast: new Map(), byNear: new Map() };
  const { byLast } = index;
  const singles: number[] = [];
  const keyed = new Map<string, Cluster>();
  for (const i of docIndices) {
    const m = mentions[i]!;
    if (m.type === "PERSON") {
      const parts = nameParts(m.text);
      if (parts.tokens.length < 2) {
        singles.push(i);
        continue;
      }
      const same = findCompatible(byLast.get(parts.last), parts);
      if (same) {
        addMention(state, same, i);
        if (parts.tokens.length > same.parts!.tokens.length) same.parts = parts;
      } else indexCluster(index, newCluster(state, m, i, parts), state.maxBlock);
      continue;
    }
    const key = mentionKey(m);
    const refKey = m.refersTo && (m.flags.includes("acronym") || m.flags.includes("acronym-expansion")) ? nameKey(m.refersTo) : null;
    const existing = keyed.get(key) ?? (refKey ? keyed.get(refKey) : undefined);
    if (existing) {
      addMention(state, existing, i);
      addKey(existing, key);
      keyed.set(key, existing);
      if (refKey) keyed.set(refKey, existing);
    } else {
      const c = newCluster(state, m, i, null);
      addKey(c, key);
      if (refKey) addKey(c, refKey);
      keyed.set(key, c);
      if (refKey) keyed.set(refKey, c);
    }
  }
  // Surname-only mentions: exact surname first, else one near spelling.
  for (const i of singles) attachSurname(state, index, mentions[i]!, i);
}

/** The first full-name cluster of the list whose first names are compatible with `parts`. */
function findCompatible(list: readonly Cluster[] | undefined, parts: NameParts): Cluster | undefined {
  if (!list) return undefined;
  for (const c of list) if (c.parts!.tokens.length >= 2 && firstNamesCompatible(c.parts!.first, parts.first) && middleCompatible(c.parts!, parts)) return c;
  return undefined;
}

function attachSurname(state: ResolveState, index: PersonIndex, m: Mention, mentionIndex: number): void {
  const { byLast, byNear } = index;
  const w = nameParts(m.text).last;
  const full: Cluster[] = [];
  for (const c of byLast.get(w) ?? []) if (c.parts!.tokens.length >= 2) full.push(c);
  let target = full;
  if (!target.length && w.length >= 5) {
    const near = new Set([...(byNear.get(`p:${phoneticKey(w)}`) ?? []), ...(byNear.get(`f:${w.slice(0, 2)}`) ?? [])]);
    target = [];
    for (const c of near) {
      const last = c.parts!.last;
      if (c.parts!.tokens.length >= 2 && last[0] === w[0] && Math.abs(last.length - w.length) <= 2 && (jaroWinkler(last, w) >= state.variantThreshold || phoneticKey(last) === phoneticKey(w))) target.push(c);
    }
  }
  if (target.length === 1) {
    addMention(state, target[0]!, mentionIndex);
  } else {
    let own: Cluster | undefined;
    for (const c of byLast.get(w) ?? []) {
      if (c.parts!.tokens.length === 1) {
        own = c;
        break;
      }
    }
    if (own) {
      addMention(state, own, mentionIndex);
    } else indexCluster(index, newCluster(state, m, mentionIndex, nameParts(m.text)), state.maxBlock);
  }
}

function addToBlock(blocks: Map<string, number[]>, key: string, index: number): void {
  const b = blocks.get(key);
  if (b) b.push(index);
  else blocks.set(key, [index]);
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
  const surnames = new Set<string>();
  for (const c of state.clusters) if (c.parts && c.parts.tokens.length >= 2) surnames.add(c.parts.last);
  for (const c of state.clusters) {
    if (c.type === "PERSON") {
      const p = c.parts!;
      if (p.tokens.length >= 2) {
        for (const text of distinctTexts(state, c)) if (nameParts(text).tokens.length >= 2) addKey(c, nameKey(text));
      } else if (!knownPlace(p.last)) addKey(c, `N:${p.last}`);
      continue;
    }
    if (norpOnly(c)) continue;
    let word: string | null = null;
    for (const k of c.keys) if (k.startsWith("N:") && !k.includes(" ")) word = k.slice(2);
    // A title and a surname typed as an organisation ("Judge Gorsuch", "General Flynn") is the person.
    for (const k of c.keys) {
      if (!k.startsWith("N:")) continue;
      const words = k.slice(2).split(" ");
      if (words.length === 2 && titleWords.has(words[0]!) && surnames.has(words[1]!)) {
        c.parts = nameParts(words[1]!);
        addKey(c, `N:${words[1]}`);
      }
    }
    if (c.parts) continue;
    const oneWord = (text: string): string => nameBeforeLowerCaseTail(text) ?? text;
    if (word && surnames.has(word) && !knownPlace(word) && distinctTexts(state, c).every((text) => /^\p{Lu}/u.test(text) && !oneWord(text).includes(" "))) {
      c.parts = nameParts(oneWord(distinctTexts(state, c)[0]!));
      addKey(c, `N:${word}`);
    }
  }
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
  const { clusters, uf } = state;
  const lex = getCountryLexicon();
  const expansions = new Map<string, number>();
  const longForms = new Map<string, number>();
  const kindForms = new Map<string, { names: string[]; roots: number[] }>();
  const corpusPlaces = new Set<string>();
  const surnames = new Set<string>();
  for (const c of clusters) {
    if (c.type === "GPE") for (const k of c.keys) if (k.startsWith("N:") || k.startsWith("GPE:")) corpusPlaces.add(k.slice(k.indexOf(":") + 1));
    if (c.type === "PERSON" && c.parts && c.parts.tokens.length >= 2) surnames.add(c.parts.last);
  }
  for (const c of clusters) {
    if (norpOnly(c) || (c.parts && c.parts.tokens.length >= 2)) continue;
    const root = uf.find(c.id);
    for (const k of c.keys) {
      if (!k.startsWith("N:")) continue;
      const name = k.slice(2);
      const words = name.split(" ");
      if (words.length < 2) continue;
      if (GEO_HEADS.has(words[words.length - 1]!)) {
        addUnique(longForms, words.slice(0, -1).join(" "), root);
      }
      // "Cliffside Rehab Center": its name before the kind words, filed under that name.
      for (let cut = words.length - 1; cut >= Math.max(1, words.length - 2) && KINDS.has(words[cut]!); cut--) {
        const short = words.slice(0, cut).join(" ");
        // "Police Department" does not make every "Police" one body.
        if (words.slice(0, cut).every((w) => GENERIC_ORG_HEADS.has(w) || KINDS.has(w))) continue;
        const forms = kindForms.get(short) ?? kindForms.set(short, { names: [], roots: [] }).get(short)!;
        if (forms.names.length < 4 && !forms.names.includes(name)) {
          forms.names.push(name);
          forms.roots.push(root);
        }
      }
      for (let cut = Math.max(1, words.length - 2); cut < words.length; cut++) {
        const prefix = words.slice(0, cut).join(" ");
        if (!corpusPlaces.has(prefix) && !lex.countryByName.has(prefix) && !lex.cities.has(prefix)) continue;
        const short = words.slice(cut).join(" ");
        // "Pennsylvania Senate" is not the Senate, "Staunton Police" not every police force.
        if (GENERIC_ORG_HEADS.has(short.split(" ")[0]!)) continue;
        addUnique(longForms, short, root);
      }
    }
    for (const text of distinctTexts(state, c)) {
      if (!text.includes(" ")) continue;
      const acronym = acronymOf(text);
      if (!acronym) continue;
      addUnique(expansions, acronym, root);
    }
  }
  const links: [number, number][] = [];
  linkNameSuffixesAndGivenNames(state, surnames, links);
  for (const c of clusters) {
    if (norpOnly(c) || (c.parts && (c.parts.tokens.length >= 2 || surnames.has(c.parts.last)))) continue;
    for (const k of c.keys) {
      if (!k.startsWith("N:")) continue;
      const long = longForms.get(k.slice(2));
      if (long !== undefined && long !== AMBIGUOUS) links.push([c.id, long]);
      const kind = kindForms.get(k.slice(2));
      if (kind && nestedNames(kind.names) && !knownPlace(k.slice(2)) && !lex.cities.has(k.slice(2))) for (const root of kind.roots) links.push([c.id, root]);
    }
    for (const text of distinctTexts(state, c)) {
      const acronym = asAcronym(text);
      if (!acronym || getAcronymExpansions().has(acronym)) continue;
      const found = expansions.get(acronym);
      if (found !== undefined && found !== AMBIGUOUS) {
        links.push([c.id, found]);
        break;
      }
    }
  }
  for (const [a, b] of links) uf.union(a, b);
}

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
 * surname or known place, is that person ("Katie" beside "Katie Jenkin").
 */
function linkNameSuffixesAndGivenNames(state: ResolveState, surnames: ReadonlySet<string>, links: [number, number][]): void {
  const { clusters, uf } = state;
  const personByName = new Map<string, number>();
  const personByGiven = new Map<string, number>();
  const add = addUnique;
  for (const c of clusters) {
    if (c.type !== "PERSON" || !c.parts || c.parts.tokens.length < 2) continue;
    const root = uf.find(c.id);
    add(personByGiven, c.parts.first, root);
    for (const text of distinctTexts(state, c)) {
      const p = nameParts(text);
      if (p.tokens.length === 2 || p.tokens.length === 3) add(personByName, p.tokens.join(" "), root);
    }
  }
  for (const c of clusters) {
    if (c.type === "NORP") continue;
    const root = uf.find(c.id);
    for (const text of distinctTexts(state, c)) {
      const words = normalizeName(text).split(" ");
      if (words.length >= 3) {
        for (const size of [3, 2]) {
          if (words.length <= size) continue;
          const people = personByName.get(words.slice(words.length - size).join(" "));
          if (people !== undefined && people !== AMBIGUOUS) {
            const person = people;
            if (person !== root) links.push([c.id, person]);
            break;
          }
        }
      } else if (words.length === 1 && /^\p{Lu}\p{Ll}/u.test(text) && !surnames.has(words[0]!) && !knownPlace(words[0]!)) {
        const people = personByGiven.get(words[0]!);
        if (people !== undefined && people !== AMBIGUOUS) links.push([c.id, people]);
      }
    }
  }
}

/** Blocking buckets of person clusters (surname, phonetic surname, two given names); non-person clusters sharing a key are united here. */
function buildBlocks(state: ResolveState): Map<string, number[]> {
  const { clusters, uf } = state;
  const blocks = new Map<string, number[]>();
  const keyOwner = new Map<string, number>();
  for (let i = 0; i < clusters.length; i++) {
    const c = clusters[i]!;
    for (const k of c.keys) {
      const owner = keyOwner.get(k);
      if (owner === undefined) keyOwner.set(k, c.id);
      else uf.union(owner, c.id);
    }
    if (!c.parts) continue;
    const p = c.parts;
    addToBlock(blocks, `s:${p.last}`, i);
    addToBlock(blocks, `p:${phoneticKey(p.last)}`, i);
    if (p.given.length >= 2) addToBlock(blocks, `g:${p.given[0]}|${p.given[1]}`, i);
  }
  return blocks;
}

function rolesOf(state: ResolveState, c: Cluster): Set<string> {
  let r = state.roleCache.get(c.id);
  if (!r) {
    const roles: Role[] = [];
    for (let i = c.first; i >= 0; i = state.next[i]!) {
      const m = state.input[i]!;
      if (m.roles) for (const role of m.roles) roles.push(role);
    }
    r = roleWords(roles);
    state.roleCache.set(c.id, r);
  }
  return r;
}

function samePerson(state: ResolveState, a: Cluster, b: Cluster): boolean {
  const pa = a.parts!;
  const pb = b.parts!;
  if (pa.tokens.length === 1 || pb.tokens.length === 1) {
    // A bare surname only joins an identical surname.
    return pa.last === pb.last && (pa.tokens.length === 1 || pb.tokens.length === 1);
  }
  if (!middleCompatible(pa, pb)) return false;
  if (pa.last === pb.last) return firstNamesCompatible(pa.first, pb.first);
  const jw = jaroWinkler(pa.last, pb.last);
  const near = jw >= state.variantThreshold || (phoneticKey(pa.last) === phoneticKey(pb.last) && Math.abs(pa.last.length - pb.last.length) <= 2);
  if (near && pa.last[0] === pb.last[0] && firstNamesCompatible(pa.first, pb.first) && pa.first.length >= 3 && pb.first.length >= 3) return true;
  if (pa.given.length >= 2 && pb.given.length >= 2 && pa.given[0] === pb.given[0] && pa.given[1] === pb.given[1]) {
    const ra = rolesOf(state, a);
    for (const w of rolesOf(state, b)) if (ra.has(w)) return true;
  }
  return false;
}

function bare(c: Cluster): boolean {
  return c.parts!.tokens.length === 1;
}

/**
 * First-name keys of a cluster inside a block: two full names can only be one person when their
 * first names are compatible (equal, a short form of one another, one a prefix of three or more
 * letters of the other, or an initial of it), and every compatible pair shares one of these keys:
 * the name itself, each formal name it may stand for (nickname data), its first three letters,
 * and its first letter for initials. Bare surnames have a key of their own.
 */
function firstNameKeys(c: Cluster): { register: string[]; lookup: string[] } {
  const p = c.parts!;
  if (p.tokens.length === 1) return { register: ["bare"], lookup: ["bare"] };
  const f = p.first;
  if (f.length === 1) return { register: [`i:${f}`], lookup: [`i:${f}`, `l:${f}`] };
  const keys = [`f:${f}`];
  for (const formal of getNicknames().get(f) ?? []) if (formal !== f) keys.push(`f:${formal}`);
  if (f.length >= 3) keys.push(`3:${f.slice(0, 3)}`);
  return { register: [...keys, `l:${f[0]}`], lookup: [...keys, `i:${f[0]}`] };
}

/**
 * Each cluster of a block is compared with the representatives of the persons the block has found
 * so far whose first names could match its own (looked up by {@link firstNameKeys}; at most
 * maxBlockSize per key), so the work per cluster does not grow with the number of people who share
 * a surname, and a block of any length costs linear work. A bare surname and a full name are
 * linked below, once the full names are grouped.
 */
function mergeBlocks(state: ResolveState, blocks: Map<string, number[]>): void {
  const { clusters, uf, maxBlock } = state;
  for (const [, members] of blocks) {
    if (members.length < 2) continue;
    const reps = new Map<string, Cluster[]>();
    for (const i of members) {
      const c = clusters[i]!;
      const keys = firstNameKeys(c);
      let known = false;
      const stamp = ++state.stamp;
      for (const k of keys.lookup) {
        const list = reps.get(k);
        if (!list) continue;
        for (const r of list) {
          // A representative filed under two of the keys is compared once.
          if (r.stamp === stamp) continue;
          r.stamp = stamp;
          if (uf.find(r.id) === uf.find(c.id)) known = true;
          else if (samePerson(state, r, c)) {
            uf.union(r.id, c.id);
            known = true;
          }
        }
      }
      if (known) continue;
      for (const k of keys.register) {
        const list = reps.get(k);
        if (!list) reps.set(k, [c]);
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
function linkBareSurnames(state: ResolveState, blocks: Map<string, number[]>): void {
  const { clusters, uf } = state;
  const mentionCount = new Map<number, number>();
  for (const c of clusters) if (c.type === "PERSON" && !bare(c)) mentionCount.set(uf.find(c.id), (mentionCount.get(uf.find(c.id)) ?? 0) + c.size);
  const links: [number, number][] = [];
  for (const [key, members] of blocks) {
    if (!key.startsWith("s:")) continue;
    const bareIds: number[] = [];
    const people = new Map<number, number>();
    for (const i of members) {
      const c = clusters[i]!;
      if (bare(c)) bareIds.push(c.id);
      else {
        const r = uf.find(c.id);
        people.set(r, mentionCount.get(r) ?? 0);
      }
    }
    if (!bareIds.length || people.size === 0) continue;
    const ranked = [...people].sort((a, b) => b[1] - a[1] || a[0] - b[0]);
    const [top, second] = ranked;
    if (!second || top![1] >= 2 * second[1]) for (const id of bareIds) links.push([id, top![0]]);
  }
  for (const [a, b] of links) uf.union(a, b);
}

/**
 * Entities from the union-find roots, in order of first mention, each with its mentions in input
 * order: a counting sort of the input positions by entity (typed arrays; no array per entity, no
 * sorting, no map keyed by mention objects).
 */
function assemble(rootOf: Int32Array, mentions: readonly Mention[]): Resolution {
  let maxRoot = -1;
  for (let i = 0; i < rootOf.length; i++) if (rootOf[i]! > maxRoot) maxRoot = rootOf[i]!;
  const slotOfRoot = new Int32Array(maxRoot + 1).fill(-1);
  const slotOf = new Int32Array(mentions.length);
  let count = 0;
  for (let i = 0; i < mentions.length; i++) {
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
  for (let i = 0; i < mentions.length; i++) if (slotOf[i]! >= 0) from[slotOf[i]! + 1]!++;
  for (let e = 0; e < count; e++) from[e + 1]! += from[e]!;
  const order = new Int32Array(from[count]!);
  const next = from.slice(0, count);
  for (let i = 0; i < mentions.length; i++) if (slotOf[i]! >= 0) order[next[slotOf[i]!]!++] = i;
  const entities: Entity[] = [];
  const messages: Message[] = [];
  const out: Mention[] = mentions.slice();
  for (let e = 0; e < count; e++) entities.push(buildEntity(`E${e + 1}`, order, from[e]!, from[e + 1]!, mentions, messages, out));
  return { entities, mentions: out, messages };
}

function buildEntity(id: string, order: Int32Array, from: number, to: number, input: readonly Mention[], messages: Message[], out: Mention[]): Entity {
  const mentions: Mention[] = [];
  for (let k = from; k < to; k++) mentions.push(input[order[k]!]!);
  const typeCount = new Map<EntityType, number>();
  for (const m of mentions) typeCount.set(m.type, (typeCount.get(m.type) ?? 0) + 1);
  const type = [...typeCount.entries()].sort((a, b) => b[1] - a[1])[0]![0];
  // Per form, its documents in first-seen order; a Set, since one form of a large entity can occur in every document.
  const forms = new Map<string, { count: number; docIds: Set<string>; first: Mention }>();
  for (const m of mentions) {
    const f = forms.get(m.text);
    if (f) {
      f.count++;
      f.docIds.add(m.docId);
    } else forms.set(m.text, { count: 1, docIds: new Set([m.docId]), first: m });
  }
  const name = canonicalName(type, forms);
  const aliases: Alias[] = [];
  for (const [text, f] of forms) {
    if (text === name) continue;
    const spellingVariant = isSpellingVariant(type, text, name);
    aliases.push({ text, docIds: [...f.docIds], spellingVariant });
    if (spellingVariant) {
      messages.push(
        createMessage(`"${text}" looks like a spelling variant of "${name}" (entity ${id}).`, {
          ruleId: "spelling-variant",
          severity: "info",
          source: "@newsparse/entity-extract",
          docId: f.first.docId,
          start: f.first.start,
          end: f.first.end,
        }),
      );
    }
  }
  const roles: Role[] = [];
  const seen = new Set<string>();
  for (const m of mentions)
    for (const r of m.roles ?? []) {
      const k = `${r.docId}:${r.start}:${r.end}`;
      if (!seen.has(k)) {
        seen.add(k);
        roles.push(r);
      }
    }
  const ms: Mention[] = [];
  for (let k = from; k < to; k++) {
    const i = order[k]!;
    const withId = withEntityId(input[i]!, id);
    out[i] = withId;
    ms.push(withId);
  }
  return { id, type, name, aliases, roles, mentions: ms };
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

function canonicalName(type: EntityType, forms: Map<string, { count: number; first: Mention }>): string {
  const lex = getCountryLexicon();
  const titleHeads = getTitleHeadWords();
  let best = "";
  let bestScore = -1;
  for (const [text, f] of forms) {
    // Persons: prefer full names (2+ words); others: prefer the expansion of an acronym and the country's own name.
    const words = text.split(/\s+/).length;
    let score = f.count * 10 + Math.min(words, 5) * 3 + text.length / 100;
    if (type === "PERSON" && words >= 2 && !/^(?:the|a|an)\s/i.test(text) && !titleHeads.has(text.slice(0, text.indexOf(" ")).toLowerCase())) score += 1e6;
    if (f.first.flags.includes("acronym-expansion")) score += 1e6;
    if (f.first.flags.includes("acronym")) score -= 1e5;
    // A name the tagger ran on into a verb ("Saints have") is the worst name of its entity.
    if (nameBeforeLowerCaseTail(text) !== null) score -= 1e7;
    if (type === "GPE" && lex.countryByName.get(text.toLowerCase()) === text) score += 1e6;
    if (score > bestScore) {
      bestScore = score;
      best = text;
    }
  }
  return best;
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
