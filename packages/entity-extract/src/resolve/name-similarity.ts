import { isNicknamePair } from "../lexicon/nicknames.js";
import { GENERATIONAL_SUFFIXES, NAME_SUFFIXES, SURNAME_PARTICLES } from "../lexicon/name-parts.js";

/**
 * Lower-case, strip diacritics and punctuation other than hyphens.
 *
 * @param s - A name or word.
 * @returns The normalised form.
 */
export function normalizeName(s: string): string {
  let n = normalizedCache.get(s);
  if (n === undefined) {
    n = normalizeUncached(s);
    normalizedCache.set(s, n);
  }
  return n;
}

/**
 * A bounded memo that keeps the recently used half when full (two generations): frequent names
 * stay cached however many rare names pass through, so the cost per name stays constant as a
 * corpus grows (a cache that was simply cleared when full lost its frequent names too).
 */
export class Memo<V> {
  private current = new Map<string, V>();
  private previous = new Map<string, V>();
  constructor(private readonly size: number) {}
  /** The cached value, or undefined. */
  get(key: string): V | undefined {
    let v = this.current.get(key);
    if (v === undefined) {
      v = this.previous.get(key);
      if (v !== undefined) this.set(key, v);
    }
    return v;
  }
  /** Forget every value. */
  clear(): void {
    this.current = new Map();
    this.previous = new Map();
  }
  /** Cache a value. */
  set(key: string, value: V): void {
    if (this.current.size >= this.size) {
      this.previous = this.current;
      this.current = new Map();
    }
    this.current.set(key, value);
  }
}

// Names repeat across mentions and documents: the string functions are memoised (bounded).
const CACHE_SIZE = 50_000;
const normalizedCache = new Memo<string>(CACHE_SIZE);
const phoneticCache = new Memo<string>(CACHE_SIZE);

/**
 * Empty the memos of the name functions (they hold up to 100,000 names each): the resolver calls it
 * when a resolution is done, so that a large collection's later stages do not carry its names.
 */
export function clearNameMemos(): void {
  normalizedCache.clear();
  phoneticCache.clear();
  partsCache.clear();
}

function normalizeUncached(s: string): string {
  return s
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[’']s$/u, "")
    .replace(/[^\p{L}\p{N}\s-]/gu, "")
    .replace(/\s+/gu, " ")
    .trim();
}

const MATCHED_A = new Uint8Array(64);
const MATCHED_B = new Uint8Array(64);

/**
 * Jaro-Winkler similarity of two short strings (O(a·b), names only).
 *
 * @param a - First string.
 * @param b - Second string.
 * @returns Similarity in [0, 1].
 */
export function jaroWinkler(a: string, b: string): number {
  if (a === b) return 1;
  const la = a.length;
  const lb = b.length;
  if (!la || !lb || la > 64 || lb > 64) return 0;
  const range = Math.max(0, Math.floor(Math.max(la, lb) / 2) - 1);
  // Two scratch arrays for the whole module (names are at most 64 characters here): the resolver
  // compares millions of surname pairs, and two new arrays per pair were garbage for the collector.
  const ma = MATCHED_A.fill(0, 0, la);
  const mb = MATCHED_B.fill(0, 0, lb);
  let m = 0;
  for (let i = 0; i < la; i++) {
    for (let j = Math.max(0, i - range); j < Math.min(lb, i + range + 1); j++) {
      if (mb[j] || a[i] !== b[j]) continue;
      ma[i] = 1;
      mb[j] = 1;
      m++;
      break;
    }
  }
  if (!m) return 0;
  let t = 0;
  let k = 0;
  for (let i = 0; i < la; i++) {
    if (!ma[i]) continue;
    while (!mb[k]) k++;
    if (a[i] !== b[k]) t++;
    k++;
  }
  const jaro = (m / la + m / lb + (m - t / 2) / m) / 3;
  let p = 0;
  while (p < 4 && p < la && p < lb && a[p] === b[p]) p++;
  return jaro + p * 0.1 * (1 - jaro);
}

/**
 * A cheap phonetic key (Double-Metaphone-lite): first letter, then the
 * consonant skeleton with similar sounds folded together and repeats removed.
 *
 * @param word - A normalised word.
 * @returns The key, e.g. `mr` for both "maier" and "meier".
 */
export function phoneticKey(word: string): string {
  let k = phoneticCache.get(word);
  if (k === undefined) {
    k = phoneticUncached(word);
    phoneticCache.set(word, k);
  }
  return k;
}

function phoneticUncached(word: string): string {
  const w = word
    .replace(/[^a-z]/g, "")
    .replace(/ph/g, "f")
    .replace(/ck/g, "k")
    .replace(/sch/g, "s")
    .replace(/th/g, "t")
    .replace(/gh/g, "g")
    .replace(/ou/g, "u");
  if (!w) return "";
  let out = w[0]!;
  let last = fold(w[0]!);
  for (let i = 1; i < w.length; i++) {
    const c = fold(w[i]!);
    if (c === "" || c === last) {
      if (c !== "") last = c;
      else last = "";
      continue;
    }
    out += c;
    last = c;
  }
  return out.slice(0, 6);
}

function fold(c: string): string {
  if ("aeiouyhw".includes(c)) return "";
  if ("bfpv".includes(c)) return "b";
  if ("cgjkqsxz".includes(c)) return "k";
  if ("dt".includes(c)) return "d";
  if ("mn".includes(c)) return "n";
  return c;
}

/**
 * Whether two first names can name the same person: equal, one a prefix of
 * the other of at least 3 letters ("Chris"/"Christopher", "Dag"/"Dagvin"), or
 * a known nickname pair (curated list, `lexicon/nicknames-data.ts`).
 *
 * @param a - First normalised first name.
 * @param b - Second normalised first name.
 * @returns True when compatible.
 */
export function firstNamesCompatible(a: string, b: string): boolean {
  if (a === b) return true;
  if (isNicknamePair(a, b)) return true;
  const [s, l] = a.length <= b.length ? [a, b] : [b, a];
  if (s.length >= 3 && l.startsWith(s)) return true;
  // Initials: "K." vs "Kurt".
  if (s.length === 1 && l.startsWith(s)) return true;
  return false;
}

/** A person name split into its parts (normalised). */
export interface NameParts {
  /** Normalised tokens without initials and suffixes. */
  tokens: string[];
  first: string;
  last: string;
  /** Given names: all tokens but the last. */
  given: string[];
  /** Letters of the middle initials and middle names as written ("hw" for "George H. W. Bush"); "" when none. */
  middle: string;
  /** Generational suffix as written ("jr", "sr", "iii"), or "". */
  suffix: string;
}

const SUFFIXES = new Set(NAME_SUFFIXES);
const GENERATIONAL = new Set(GENERATIONAL_SUFFIXES);
/** Surname particles written before the surname proper ("Lo Presti", "van Gogh", "bin Laden"). */
const PARTICLES = new Set(SURNAME_PARTICLES);

/**
 * Split a person name into first, given and last names, dropping middle initials and suffixes.
 *
 * @param name - The surface name, e.g. `Kurt M. Campbell`.
 * @returns The parts.
 */
export function nameParts(name: string): NameParts {
  let cached = partsCache.get(name);
  if (!cached) {
    cached = parseNameParts(name);
    partsCache.set(name, cached);
  }
  return cached;
}

const partsCache = new Memo<NameParts>(CACHE_SIZE);

/**
 * {@link nameParts} without the memo: for callers that keep their own table of parts (the
 * resolver codes each name once), so that parts of rare names do not pass through the memo.
 *
 * @param name - The surface name.
 * @returns The parts (a new object).
 */
export function parseNameParts(name: string): NameParts {
  // Initials are read from the surface ("H.W." is two initials; normalising would make it "hw").
  const surface = name.split(/\s+/).filter(Boolean);
  const raw = normalizeName(name).split(" ").filter(Boolean);
  let suffix = "";
  for (const t of raw) if (GENERATIONAL.has(t)) suffix = t;
  const core: string[] = [];
  for (const t of surface) if (!SUFFIXES.has(normalizeName(t).replace(/,$/, "")) && normalizeName(t)) core.push(t);
  const isInitials = (t: string): boolean => /^(?:\p{Lu}\.?-?)+$/u.test(t) && t.replace(/[.-]/g, "").length <= 3;
  let middle = "";
  // A leading initial before a given name ("W. Mark Felt"): the person goes by the second name.
  let startAt = 0;
  if (core.length >= 3 && isInitials(core[0]!) && !isInitials(core[1]!)) {
    middle += core[0]!.replace(/[.-]/g, "").toLowerCase();
    startAt = 1;
  }
  for (let i = startAt + 1; i < core.length - 1; i++) {
    const t = core[i]!;
    if (isInitials(t)) middle += t.replace(/[.-]/g, "").toLowerCase();
    else if (/^\p{Lu}/u.test(t) && !PARTICLES.has(normalizeName(t))) middle += normalizeName(t)[0] ?? "";
  }
  let tokens = raw.filter((t, i) => !SUFFIXES.has(t) && !(t.length === 1 && i > 0 && i < raw.length - 1));
  if (startAt === 1 && tokens.length >= 3 && tokens[0]!.length <= 3) tokens = tokens.slice(1);
  // Surname particles belong to the surname: "Gaetano Lo Presti" has the surname "lo presti".
  if (tokens.length >= 2 && PARTICLES.has(tokens[tokens.length - 2]!)) tokens = [...tokens.slice(0, -2), `${tokens[tokens.length - 2]} ${tokens[tokens.length - 1]}`];
  const last = tokens[tokens.length - 1] ?? "";
  return { tokens, first: tokens[0] ?? "", last, given: tokens.slice(0, -1), middle, suffix };
}

/**
 * Whether the written middle initials and generational suffixes of two full names allow one
 * person: middle initials both written and different mean two people ("George H. W. Bush" /
 * "George W. Bush"), and so does a generational suffix that differs or is written on one side only
 * ("Donald Trump Jr." / "Donald Trump", "Ken Griffey Jr." / "Ken Griffey Sr.").
 *
 * @param a - Parts of the first name.
 * @param b - Parts of the second name.
 * @returns False when the names cannot be one person.
 */
export function middleCompatible(a: NameParts, b: NameParts): boolean {
  if (a.middle && b.middle && a.middle !== b.middle) return false;
  // "Donald Trump Jr." is not "Donald Trump": a generational suffix written on one side only also
  // means two people (father and son share the rest of the name).
  if (a.suffix !== b.suffix) return false;
  return true;
}

/**
 * A name the tagger ran on into the next words ("Saints have", "Luck has", "Bluejays from"):
 * the capitalised name before its trailing lower-case words, or null when the text has none.
 * Names end on a capitalised word or a number; particles stay inside ("Bank of America").
 *
 * @param text - A mention's text.
 * @returns The name without its lower-case tail, or null.
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
