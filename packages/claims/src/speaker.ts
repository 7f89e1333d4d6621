import type { LexiconSets } from "./pipeline.js";
import type { Speaker } from "./schema.js";
import type { Token } from "@newsparse/corpus-loader";
import * as lists from "./lexicon/speaker-words.js";

/** A speaker noun phrase found next to a cue, as token indices. */
export interface SpeakerPhrase {
  /** First token index. */
  from: number;
  /** End token index (exclusive). */
  to: number;
  /** Appositive or channel written next to it (`Former US special envoy for the Sahel`). */
  description?: { from: number; to: number };
}

const TITLE_WORDS = new Set(lists.TITLE_WORDS);
const WEAK_INSTITUTION_WORDS = new Set(lists.WEAK_INSTITUTION_WORDS);

/** Words that end a speaker phrase walking backwards or forwards. */
const NP_STOP = new Set(lists.NP_STOP);
/** Adverbs and auxiliaries allowed between a speaker and its cue (`officials also said`, `has said`). */
const PRE_CUE_SKIP = new Set(lists.PRE_CUE_SKIP);
const DETERMINERS = new Set(lists.DETERMINERS);
/** Prepositions that start a postmodifier of a described source (`a longtime adviser to Trump`). */
const POSTMODIFIER_PREPS = new Set(lists.POSTMODIFIER_PREPS);
/** Pronouns that can be speakers. */
export const PRONOUNS = new Set(lists.PRONOUNS);
const TIME_WORDS = new Set(lists.TIME_WORDS);
const RELATIVE_WORDS = new Set(lists.RELATIVE_WORDS);
const APPOSITIVE_BREAK = new Set(lists.APPOSITIVE_BREAK);
/** Nouns that are plural by form but denote a singular speaker (or vice versa). */
const PLURAL_EXCEPTIONS = new Set(lists.PLURAL_EXCEPTIONS);
/** Prepositions that open an adjunct of the attribution after a relative clause (`…, who left in October, in an interview`). */
const CLAUSE_END_ADJUNCTS = new Set(lists.CLAUSE_END_ADJUNCTS);
/** Possessive pronouns that may open a described speaker (`her senior policy adviser`). */
const POSSESSIVE_PRONOUNS = new Set(lists.POSSESSIVE_PRONOUNS);
/** Lower-case particles inside a name (`Michery el Soheil`, `Ursula von der Leyen`). */
const NAME_PARTICLES = new Set(lists.NAME_PARTICLES);
/** Words that open an adverbial adjunct at the start of a sentence, never a title before a name (`In contrast,`, `Later on Sunday,`). */
const ADJUNCT_OPENERS = new Set(lists.ADJUNCT_OPENERS);

/** True when `t` opens an adverbial adjunct (`In contrast`, `Later on Sunday`, `Asked about it`), not a noun phrase. */
export function isAdjunctOpener(t: Token): boolean {
  return ADJUNCT_OPENERS.has(t.lower) || /(?:ed|ly|ing)$/.test(t.lower);
}

/** True when `t` may be part of a speaker noun phrase. */
export function isNpToken(t: Token, next?: Token): boolean {
  if (!t.word) return t.text === "-" || t.text === "&";
  if (NP_STOP.has(t.lower)) return t.cap && t.lower === "under" && !!next?.cap;
  return true;
}

/** A period that ends an abbreviation inside an appositive (`, R-Ky.,`, `, Jr.,`). */
function isAbbreviationPeriod(tokens: readonly Token[], i: number): boolean {
  return tokens[i]!.text === "." && (tokens[i + 1]?.text === "," || (tokens[i - 1]?.word === true && tokens[i - 1]!.text.length <= 3 && tokens[i - 1]!.cap));
}

/**
 * Walk back from just before token `end` (exclusive) over a speaker noun
 * phrase, stopping at punctuation, function words or `lowerBound`. Handles a
 * comma-delimited appositive or channel between speaker and cue
 * (`Molly Fee, the assistant secretary for African affairs, said`).
 *
 * @param tokens - Paragraph tokens.
 * @param end - Token index just after the phrase (the cue, or skipped adverbs).
 * @param lowerBound - Do not walk before this index.
 * @returns The phrase, or null.
 */
export function speakerBefore(tokens: readonly Token[], end: number, lowerBound: number): SpeakerPhrase | null {
  let e = end;
  // skip adverbs / auxiliaries directly before the cue
  let skipped = 0;
  while (e - 1 >= lowerBound && skipped < 3 && (PRE_CUE_SKIP.has(tokens[e - 1]!.lower) || (tokens[e - 1]!.word && !tokens[e - 1]!.cap && tokens[e - 1]!.lower.endsWith("ly") && tokens[e - 1]!.lower.length > 4))) {
    e--;
    skipped++;
  }
  let description: SpeakerPhrase["description"];
  if (e - 1 >= lowerBound && tokens[e - 1]!.text === ",") {
    // appositive: ", <desc>," before the cue
    let k = e - 2;
    const limit = Math.max(lowerBound, e - 16);
    // a period inside the appositive is an abbreviation's (", R-Ky.,", ", Jr.,")
    while (k >= limit && ((tokens[k]!.text !== "," && tokens[k]!.text !== "." && tokens[k]!.text !== "“" && tokens[k]!.text !== "”" && tokens[k]!.text !== "\"") || isAbbreviationPeriod(tokens, k))) k--;
    if (k >= lowerBound && tokens[k]!.text === "," && k < e - 2 && !clauseLike(tokens, k + 1, e - 1)) {
      description = { from: k + 1, to: e - 1 };
      e = k;
      // "Sen. Richard J. Durbin (D-Ill.), noting …, said": a party/state parenthetical before the appositive
      if (tokens[e - 1]?.text === ")") for (let x = e - 2; x >= Math.max(lowerBound, e - 9); x--) {
        if (tokens[x]!.text === "(") {
          e = x;
          break;
        }
        if (!tokens[x]!.word && tokens[x]!.text !== "-" && tokens[x]!.text !== ".") break;
      }
    } else {
      return null;
    }
  }
  let s = e;
  const limit = Math.max(lowerBound, e - 9);
  while (s - 1 >= limit && isNpToken(tokens[s - 1]!, tokens[s])) s--;
  // "a person close to the campaign said": back over the relation adjective and its preposition
  if (s - 2 > lowerBound && RELATION_PREPS.has(tokens[s - 1]!.lower) && RELATION_ADJECTIVES.has(tokens[s - 2]!.lower) && relationComplementEnd(tokens, s - 2, s - 1, e) === e) {
    let x = s - 2;
    const lim = Math.max(lowerBound, e - 9);
    while (x - 1 >= lim && isNpToken(tokens[x - 1]!, tokens[x])) x--;
    if (x < s - 2) s = x;
  }
  // "of"/"for" inside names: "Ministry of National Defense" — allow when followed by a capitalised word
  while (s - 2 >= limit && (tokens[s - 1]!.lower === "of" || tokens[s - 1]!.lower === "for" || tokens[s - 1]!.lower === "and" || tokens[s - 1]!.lower === "from") && tokens[s]?.cap) {
    let k = s - 1;
    while (k - 1 >= limit && isNpToken(tokens[k - 1]!)) k--;
    if (k === s - 1) break;
    s = k;
  }
  if (s === e) return null;
  // "her senior policy adviser, Jake Sullivan, said": a possessive pronoun opens a speaker described by an appositive,
  // at the start of the stretch or after a comma (not an object: "shook her head and said")
  let possessive = false;
  if (description && s - 1 >= lowerBound && POSSESSIVE_PRONOUNS.has(tokens[s - 1]!.lower) && (s - 1 === lowerBound || tokens[s - 2]?.text === ",") && tokens[s]!.word && !tokens[s]!.cap && s - 1 >= limit) {
    s--;
    possessive = true;
  }
  // drop leading conjunctions/adverbs and trailing time words ("officials said Friday" is handled by callers)
  while (s < e && (tokens[s]!.lower === "and" || tokens[s]!.lower === "but" || tokens[s]!.text === "-")) s++;
  if (s === e) return null;
  const phrase: SpeakerPhrase = { from: s, to: e };
  if (description) phrase.description = description;
  // "Former US special envoy for the Sahel, J. Peter Baum wrote": a title before the name, after the clause start
  if (!description && s - 1 >= lowerBound && tokens[s - 1]!.text === "," && tokens[s]!.cap) {
    let k = s - 2;
    const lim = Math.max(lowerBound, s - 12);
    while (k >= lim && tokens[k]!.word) k--;
    if (k < lowerBound || (k >= lowerBound && tokens[k]!.text !== ",")) {
      const from = Math.max(k + 1, lowerBound);
      // not an opening adjunct ("In contrast, Clinton", "Later on Sunday, Carson", "Asked about it, Christie")
      const opener = tokens[from]!;
      const adjunct = isAdjunctOpener(opener);
      if (from < s - 1 && opener.cap && !adjunct && tokens.slice(from, s - 1).some((t) => !t.cap && t.word && t.lower !== "of" && t.lower !== "for" && t.lower !== "the")) {
        phrase.description = { from, to: s - 1 };
      }
    }
  }
  return validSpeaker(tokens, possessive ? { ...phrase, from: phrase.from + 1 } : phrase, possessive) ? phrase : null;
}

const RELATION_ADJECTIVES = new Set(lists.RELATION_ADJECTIVES);
const RELATION_PREPS = new Set(lists.RELATION_PREPOSITIONS);

/**
 * End of a noun phrase that ends at `e` in a relation adjective (`close`, `familiar`, `known`), taken on over the
 * adjective's preposition and its object (`close to the campaign`, `known as Bob`), up to `limit`; `e` otherwise.
 */
function relationComplementEnd(tokens: readonly Token[], start: number, e: number, limit: number): number {
  if (e <= start || !RELATION_ADJECTIVES.has(tokens[e - 1]!.lower) || !RELATION_PREPS.has(tokens[e]?.lower ?? "")) return e;
  let x = e + 1;
  while (x < limit && (isNpToken(tokens[x]!, tokens[x + 1]) || tokens[x]!.lower === "of") && tokens[x]!.word) x++;
  return x > e + 1 ? x : e;
}

/**
 * True when a stretch between commas is a clause, not an appositive: a capitalised name followed by a finite
 * verb in `-ed` (`…, Sanders stepped up his emphasis …, saying`).
 */
function clauseLike(tokens: readonly Token[], from: number, to: number): boolean {
  for (let i = from + 1; i < to; i++) {
    const t = tokens[i]!;
    const before = tokens[i - 1]!;
    if (t.word && !t.cap && t.lower.endsWith("ed") && before.word && before.cap) return true;
  }
  return false;
}

/**
 * Read a speaker noun phrase forwards from `start` (after a cue: `said a senior
 * military official`), stopping at punctuation, relative pronouns or `upperBound`.
 *
 * @param tokens - Paragraph tokens.
 * @param start - First token index.
 * @param upperBound - Do not read at or after this index.
 * @returns The phrase, or null.
 */
export function speakerAfter(tokens: readonly Token[], start: number, upperBound: number): SpeakerPhrase | null {
  let e = start;
  const limit = Math.min(upperBound, start + 10);
  while (e < limit) {
    const t = tokens[e]!;
    if (isNpToken(t)) {
      e++;
      continue;
    }
    if ((t.lower === "of" || t.lower === "for" || t.lower === "and" || t.lower === "at") && tokens[e + 1]?.word && (tokens[e + 1]!.cap || tokens[e + 1]!.lower === "the")) {
      e++;
      continue;
    }
    break;
  }
  // "a person close to the campaign", "one Democrat familiar with the talks", "the base chief known as Bob": a relation
  // adjective's complement belongs to the head
  e = relationComplementEnd(tokens, start, e, Math.min(upperBound, start + 9));
  // trailing time word: "said Thursday"
  while (e > start && TIME_WORDS.has(tokens[e - 1]!.lower)) e--;
  while (e > start && !tokens[e - 1]!.word) e--;
  if (e === start) return null;
  const phrase: SpeakerPhrase = { from: start, to: e };
  // a party/state parenthetical after the name belongs to the phrase: "said Rep. Bobby Scott (D-Va.)"
  let paren = -1;
  if (tokens[e]?.text === "(") {
    let k = e + 1;
    while (k < Math.min(upperBound, e + 8) && (tokens[k]!.word || tokens[k]!.text === "-" || tokens[k]!.text === ".")) k++;
    if (k > e + 1 && k < upperBound && tokens[k]?.text === ")") {
      paren = e;
      e = k + 1;
    }
  }
  // relative clause: "said a Mexican official who was not authorized …", "said Mr. Brown, who has …"
  const rel = tokens[e]?.lower === "who" ? e : tokens[e]?.text === "," && tokens[e + 1]?.lower === "who" ? e + 1 : -1;
  if (rel >= 0) {
    let k = rel + 1;
    const lim = Math.min(upperBound, rel + 25);
    while (k < lim && tokens[k]!.text !== "," && tokens[k]!.text !== "." && tokens[k]!.text !== ";") k++;
    if (k > rel + 1) phrase.description = { from: rel, to: k };
    // a relative clause that ends the sentence is kept whole ("said Ari Fleischer, …, who attended the event.")
    if (k > rel + 1 && tokens[k]?.text === ",") {
      let x = k;
      const far = Math.min(upperBound, rel + 45);
      while (x < far && (tokens[x]!.word || tokens[x]!.text === "," || tokens[x]!.text === "-" || tokens[x]!.text === "’" || tokens[x]!.text === "'")) x++;
      while (x > k && !tokens[x - 1]!.word) x--;
      if (x > k && (x >= upperBound || tokens[x]?.text === "." || tokens[x]?.text === "!" || tokens[x]?.text === "?")) phrase.description = { from: rel, to: x };
    }
  } else if (POSTMODIFIER_PREPS.has(tokens[e]?.lower ?? "") && DETERMINERS.has(tokens[start]!.lower)) {
    // a described source with its postmodifier, when it ends the sentence: "said a longtime adviser to Trump."
    let x = e + 1;
    const far = Math.min(upperBound, e + 35);
    while (x < far && (tokens[x]!.word || tokens[x]!.text === "," || tokens[x]!.text === "-" || tokens[x]!.text === "’" || tokens[x]!.text === "'")) x++;
    while (x > e + 1 && !tokens[x - 1]!.word) x--;
    if (x > e + 1 && (x >= upperBound || tokens[x]?.text === "." || tokens[x]?.text === "!" || tokens[x]?.text === "?")) phrase.description = { from: e, to: x };
  } else if (tokens[e]?.text === ",") {
    // appositive after a name: "said Smith, the spokesperson." — up to the end of the sentence when the sentence ends there
    // ("said Geoff Garin, a Democratic pollster working for Priorities USA, a super PAC supporting Hillary Rodham Clinton.")
    let k = e + 1;
    const lim = Math.min(upperBound, e + 14);
    while (k < lim && tokens[k]!.word) k++;
    const d0 = tokens[e + 1];
    const age = !!d0 && /^\d{1,3}$/.test(d0.text) && tokens[e + 2]?.text === ",";
    // a bare role noun phrase also counts ("said Monte Shaw, executive director of …"), not a participle or clause ("said Smith, adding …")
    const bareRole = !!d0 && d0.word && !d0.cap && !NP_STOP.has(d0.lower) && !d0.lower.endsWith("ing") && !d0.lower.endsWith("ed") && d0.lower !== "and";
    if (k > e + 1 && d0 && (d0.cap || DETERMINERS.has(d0.lower) || age || bareRole)) {
      // the appositive is the run of comma-separated chunks that describe the speaker, up to an adjunct or the
      // sentence end ("said Karen Janes, 67, of Exeter, N.H., after listening …" → "67, of Exeter, N.H.")
      const to = appositiveEnd(tokens, e + 1, Math.min(upperBound, e + 45));
      if (to > e + 1) phrase.description = { from: e + 1, to };
    }
  }
  if (paren >= 0) phrase.description = { from: paren, to: phrase.description ? phrase.description.to : e };
  return validSpeaker(tokens, phrase) ? phrase : null;
}

/**
 * End of a run of comma-separated appositive chunks from `from`: each chunk opens with an age, a determiner, a
 * capitalised word, `of`/`from` (a home town) or a bare role noun; a chunk opening with a participle, a
 * preposition of time or manner (`after`, `in`) or a clause word ends the run. A relative clause (`who …`) is kept
 * when it ends the sentence.
 */
function appositiveEnd(tokens: readonly Token[], from: number, limit: number): number {
  let end = from;
  let c = from;
  while (c < limit) {
    const d0 = tokens[c];
    if (!d0 || !d0.word) break;
    if (RELATIVE_WORDS.has(d0.lower)) {
      if (c > from) end = relativeEnd(tokens, c, limit, end);
      break;
    }
    const age = /^\d{1,3}$/.test(d0.text);
    const place = d0.lower === "of" || d0.lower === "from" || (d0.cap && !DETERMINERS.has(d0.lower));
    const role = !age && !place && (DETERMINERS.has(d0.lower) || d0.lower === "then" || d0.lower === "now" || (!NP_STOP.has(d0.lower) && !d0.lower.endsWith("ing") && !d0.lower.endsWith("ed") && d0.lower !== "and"));
    if (!(age || place || role) || isParticiple(d0)) break;
    let k = c + 1;
    let relative = -1;
    while (k < limit) {
      const t = tokens[k]!;
      if (t.word) {
        if (RELATIVE_WORDS.has(t.lower)) {
          relative = k;
          break;
        }
        if (APPOSITIVE_BREAK.has(t.lower)) break;
      } else if (!(t.text === "-" || t.text === "’" || t.text === "'" || t.text === "&" || (t.text === "." && (tokens[k + 1]?.text === "," || (!!tokens[k + 1]?.word && (!tokens[k + 1]!.cap || (tokens[k - 1]!.cap && tokens[k - 1]!.text.length <= 3))))))) break;
      k++;
    }
    if (relative >= 0) return relativeEnd(tokens, relative, limit, k > c ? k : end);
    if (k < limit && tokens[k]!.word) break;
    end = k;
    if (tokens[k]?.text !== ",") break;
    c = k + 1;
  }
  return end;
}

/** End of a relative clause from `rel` when it ends the sentence, else `fallback`. */
function relativeEnd(tokens: readonly Token[], rel: number, limit: number, fallback: number): number {
  // "said Terry Giles, a longtime friend who left the campaign in October, in a recent interview": the clause ends at
  // the comma before an adjunct of the attribution
  for (let c = rel + 2; c < limit && (tokens[c]!.word || tokens[c]!.text === "," || tokens[c]!.text === "-" || tokens[c]!.text === "’" || tokens[c]!.text === "'"); c++) {
    if (tokens[c]!.text === "," && CLAUSE_END_ADJUNCTS.has(tokens[c + 1]?.lower ?? "")) return c;
  }
  let k = rel + 1;
  while (k < limit && (tokens[k]!.word || tokens[k]!.text === "," || tokens[k]!.text === "-" || tokens[k]!.text === "’" || tokens[k]!.text === "'" || tokens[k]!.text === "$" || (tokens[k]!.text === "." && !!tokens[k + 1]?.word && !tokens[k + 1]!.cap))) k++;
  while (k > rel + 1 && !tokens[k - 1]!.word) k--;
  return k >= limit || tokens[k]?.text === "." || tokens[k]?.text === "!" || tokens[k]?.text === "?" ? k : fallback;
}

function isParticiple(t: Token | undefined): boolean {
  return !!t && t.word && !t.cap && t.lower.length > 5 && t.lower.endsWith("ing") && t.lower !== "during" && t.lower !== "including";
}

function validSpeaker(tokens: readonly Token[], p: SpeakerPhrase, afterPossessive = false): boolean {
  const first = tokens[p.from]!;
  const head = tokens[p.to - 1]!;
  // never a phrase ending in a conjunction ("Minnesota Sen. Al Franken and" in "was joined by … and joked")
  if (!head.word || head.lower === "and" || head.lower === "or") return false;
  // after a possessive pronoun: noun-phrase words ending in a noun ("her senior policy adviser")
  if (afterPossessive) return p.to - p.from <= 5 && tokens.slice(p.from, p.to).every((t) => t.word && t.lower !== "and") && !NP_STOP.has(head.lower) && !DETERMINERS.has(head.lower) && !TIME_WORDS.has(head.lower) && !/ly$/.test(head.lower);
  if (TIME_WORDS.has(head.lower)) return false;
  // never a phrase ending in a function word or opening with a preposition or participle ("the city embodied the", "of Mr. Rubio", "telling CNBC")
  if (!head.cap && (NP_STOP.has(head.lower) || DETERMINERS.has(head.lower))) return false;
  if (!first.cap && first.word && (NP_STOP.has(first.lower) || (first.lower.endsWith("ing") && first.lower.length > 5))) return false;
  if (/^[0-9][0-9,.]*$/.test(head.text)) return false;
  if (p.to - p.from > 9) return false;
  if (PRONOUNS.has(first.lower) && p.to - p.from === 1) return true;
  if (first.cap) return true;
  if (DETERMINERS.has(first.lower)) return true;
  // a lower-case role before a name: "spokesperson Jane Roe", "state attorney Dave Aronberg"
  const words = tokens.slice(p.from, p.to);
  const firstCap = words.findIndex((t) => t.cap);
  if (firstCap > 0 && firstCap <= 3 && head.cap && words.slice(firstCap).every((t) => t.cap || !t.word || t.lower === "of" || NAME_PARTICLES.has(t.lower)) && words.slice(0, firstCap).every((t) => t.word && !t.lower.endsWith("ly") && t.lower.length > 2)) return true;
  // "former Obama adviser David Axelrod", "master of ceremonies Asab Al-Tabchi": role words mixed with names, ending in a two-word name
  if (firstCap > 0 && head.cap && tokens[p.to - 2]?.cap && words.every((t) => !t.word || (!NP_STOP.has(t.lower) && !t.lower.endsWith("ly")) || t.lower === "of")) return true;
  // bare plural roles: "officials said", "sources told"
  return /s$/.test(head.lower) && p.to - p.from <= 4;
}

/** Text of a token range. */
export function rangeText(text: string, tokens: readonly Token[], from: number, to: number): string {
  return text.slice(tokens[from]!.start, tokens[to - 1]!.end);
}

/** Regular expressions of {@link classifySpeaker} and {@link isPlural}, made once (a literal is a new object at each evaluation). */
const WHITESPACE = /\s+/;
const POSSESSIVE_END = /[’']s$/;
const UPPER_START = /^\p{Lu}/u;
const CAPITAL_START = /^[A-Z]/;
const S_END = /s$/;

/**
 * Classify a speaker phrase: pronoun, anonymous role, document, institution or named person.
 *
 * @param phraseText - The speaker as written.
 * @param sets - Lexicon sets.
 * @returns Kind and whether it is anonymous.
 */
export function classifySpeaker(phraseText: string, sets: LexiconSets): { kind: NonNullable<Speaker["kind"]>; anonymous: boolean } {
  const words = phraseText.split(WHITESPACE).filter(Boolean);
  const lower = words.map((w) => w.toLowerCase().replace(POSSESSIVE_END, ""));
  const head = lower[lower.length - 1] ?? "";
  if (words.length === 1 && PRONOUNS.has(lower[0]!)) return { kind: "pronoun", anonymous: false };
  if (sets.documentHeads.has(head)) return { kind: "document", anonymous: false };
  const determinerLed = DETERMINERS.has(lower[0]!) || lower[0] === "the";
  if (sets.anonymousHeads.has(head)) {
    // "Interior Minister Mohamed Toumba" ends in a name, not a role; "a senior defense official" is anonymous
    return { kind: "anonymous", anonymous: true };
  }
  // trailing run of capitalised words: "State Department spokesman Matthew Miller" is a person, "news agency RIA Novosti" an institution
  let run = words.length;
  while (run > 0 && UPPER_START.test(words[run - 1]!)) run--;
  const before = run > 0 && run < words.length ? lower[run - 1]! : "";
  if (before && sets.institutionHeads.has(before)) return { kind: "institution", anonymous: false };
  if (before && (sets.anonymousHeads.has(before) || TITLE_WORDS.has(before))) return { kind: "person", anonymous: false };
  // "The Post's Dana Milbank": a name after a possessive
  const possessive = words.findIndex((w) => POSSESSIVE_END.test(w));
  if (possessive >= 0 && words.length - possessive >= 3 && words.slice(possessive + 1).every((w) => UPPER_START.test(w))) return { kind: "person", anonymous: false };
  // "Senate Majority Leader Mitch McConnell": a title inside the capitalised run, then a name
  const title = lower.findIndex((w, i) => i >= run && i < lower.length - 1 && TITLE_WORDS.has(w));
  if (title >= 0 && lower.length - title >= 2 && words.slice(title + 1).every((w) => UPPER_START.test(w))) return { kind: "person", anonymous: false };
  if (sets.institutionHeads.has(head) || lower.some((w) => sets.institutionHeads.has(w) && !WEAK_INSTITUTION_WORDS.has(w))) return { kind: "institution", anonymous: false };
  if (lower[0] === "the" && words.length >= 2 && CAPITAL_START.test(words[1] ?? "")) return { kind: "institution", anonymous: false };
  const caps = words.filter((w) => CAPITAL_START.test(w));
  if (caps.length > 0 && CAPITAL_START.test(words[words.length - 1] ?? "")) return { kind: "person", anonymous: false };
  if (!determinerLed && S_END.test(head)) return { kind: "anonymous", anonymous: true };
  return { kind: "unknown", anonymous: false };
}

/**
 * True when a phrase is grammatically plural (`officials`, `The US and Niger`).
 *
 * @param phraseText - The speaker as written.
 * @returns Whether it is plural.
 */
export function isPlural(phraseText: string): boolean {
  const words = phraseText.toLowerCase().split(WHITESPACE).filter(Boolean);
  if (words.includes("and")) return true;
  const head = words[words.length - 1] ?? "";
  if (head === "they" || head === "we") return true;
  if (PLURAL_EXCEPTIONS.has(head)) return false;
  return head.length > 3 && head.endsWith("s") && !head.endsWith("ss") && !head.endsWith("’s") && !head.endsWith("'s");
}

/** Bare forms that are more often nouns than speech verbs (`state`, `report`, `post`). */
export const NOUN_LIKE_CUES = new Set(lists.NOUN_LIKE_CUES);

/** True for a speech-verb token usable as a cue. */
export function isCueToken(t: Token | undefined, sets: LexiconSets): boolean {
  return !!t && t.word && sets.cueVerbs.has(t.lower);
}
