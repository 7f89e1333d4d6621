/**
 * Lower-case, strip diacritics and punctuation other than hyphens.
 *
 * @param s - A name or word.
 * @returns The normalised form.
 */
export function normalizeName(s: string): string {
  let n = normalizedCache.get(s);
  if (n === undefined) {
    if (normalizedCache.size >= CACHE_SIZE) normalizedCache.clear();
    n = normalizeUncached(s);
    normalizedCache.set(s, n);
  }
  return n;
}

// Names repeat across mentions and documents: both string functions are memoised (bounded).
const CACHE_SIZE = 20_000;
const normalizedCache = new Map<string, string>();
const phoneticCache = new Map<string, string>();

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
  const ma = new Uint8Array(la);
  const mb = new Uint8Array(lb);
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
    if (phoneticCache.size >= CACHE_SIZE) phoneticCache.clear();
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

const NICKNAMES: Record<string, string> = {
  bob: "robert", rob: "robert", bobby: "robert", bill: "william", will: "william", billy: "william", liz: "elizabeth", beth: "elizabeth",
  jim: "james", jimmy: "james", mike: "michael", dick: "richard", rick: "richard", tony: "anthony", tom: "thomas", joe: "joseph",
  dan: "daniel", dave: "david", ed: "edward", ted: "edward", kate: "katherine", kathy: "kathleen", sam: "samuel", ben: "benjamin",
  steve: "steven", nick: "nicholas", alex: "alexander", andy: "andrew", chuck: "charles", charlie: "charles", hank: "henry",
  jack: "john", jon: "jonathan", larry: "lawrence", matt: "matthew", pat: "patrick", peggy: "margaret", sue: "susan", vlad: "vladimir",
  mohammed: "mohamed", muhammad: "mohamed", mohammad: "mohamed", muhammed: "mohamed",
};

/**
 * Whether two first names can name the same person: equal, one a prefix of
 * the other of at least 3 letters ("Chris"/"Christopher", "Dag"/"Dagvin"), or
 * a known nickname pair.
 *
 * @param a - First normalised first name.
 * @param b - Second normalised first name.
 * @returns True when compatible.
 */
export function firstNamesCompatible(a: string, b: string): boolean {
  if (a === b) return true;
  const ca = Object.hasOwn(NICKNAMES, a) ? NICKNAMES[a]! : a;
  const cb = Object.hasOwn(NICKNAMES, b) ? NICKNAMES[b]! : b;
  if (ca === cb) return true;
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
}

const SUFFIXES = new Set(["jr", "sr", "ii", "iii", "iv", "phd", "md"]);

/**
 * Split a person name into first, given and last names, dropping middle initials and suffixes.
 *
 * @param name - The surface name, e.g. `Kurt M. Campbell`.
 * @returns The parts.
 */
export function nameParts(name: string): NameParts {
  const raw = normalizeName(name).split(" ").filter(Boolean);
  const tokens = raw.filter((t, i) => !SUFFIXES.has(t) && !(t.length === 1 && i > 0 && i < raw.length - 1));
  const last = tokens[tokens.length - 1] ?? "";
  return { tokens, first: tokens[0] ?? "", last, given: tokens.slice(0, -1) };
}
