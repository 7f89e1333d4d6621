import { COMPANY_CUES_AFTER, COMPANY_CUES_BEFORE, CORPORATE_HEADS, CORPORATE_SUFFIXES, NOT_COMPANY_HEADS } from "../lexicon/companies.js";
import { getCountryLexicon } from "../lexicon/countries.js";
import type { ExtractionContext, Refiner, Token } from "../pipeline/types.js";
import type { Mention } from "../schema.js";
import { isCapitalised, replaceInside, tokenRange } from "./util.js";
import { WEAK_BUSINESS_CUES } from "../lexicon/business-cues.js";
import { NOT_COMPANY_START_WORDS, NOT_COMPANY_WORDS } from "../lexicon/common-words.js";
import { COMPANY_JOINERS } from "../lexicon/function-words.js";

const HEADS = new Set(CORPORATE_HEADS);
const SUFFIXES = new Set(CORPORATE_SUFFIXES);
const NOT_HEADS = new Set(NOT_COMPANY_HEADS);
const split = (list: readonly string[]): string[][] => list.map((c) => c.replace(/'s\b/, " 's").split(" ").filter(Boolean));
/** Cues by their first word, each list in the order of the lexicon (a token looks up its own cues, not all of them). */
const byFirstWord = (cues: string[][]): Map<string, string[][]> => {
  const index = new Map<string, string[][]>();
  for (const cue of cues) {
    const list = index.get(cue[0]!);
    if (list) list.push(cue);
    else index.set(cue[0]!, [cue]);
  }
  return index;
};
const CUES_BEFORE = byFirstWord(split(COMPANY_CUES_BEFORE));
const CUES_AFTER = byFirstWord(split(COMPANY_CUES_AFTER));
/** Lower-case words allowed inside a company's name ("Bellamy & Cross", "Bank of the West"). */
const JOINERS = new Set(COMPANY_JOINERS);
/** Capitalised words that do not open a name (sentence-initial function words, honorific-free). */
const NOT_FIRST = new Set(NOT_COMPANY_START_WORDS);
const MAX_NAME = 5;
/** Cues that retype a name found by another parser but do not make a new one ("acquiring L2 grammar", "bought Christmas presents"). */
const WEAK_CUES = new Set(WEAK_BUSINESS_CUES);
/** A name's words: letters (with inner `.`, `'`, `&`, `-`), no digits ("L2" is no company). */
const NAME_WORD = /^[\p{L}&][\p{L}.'’&-]*$/u;
/** A capital and lower-case letters only ("Bank"). */
const TITLE_CASE_WORD = /^\p{Lu}\p{Ll}+$/u;

function matchesAt(tokens: readonly Token[], at: number, cue: readonly string[]): boolean {
  if (at < 0 || at + cue.length > tokens.length) return false;
  const sentence = tokens[at]!.sentence;
  for (let k = 0; k < cue.length; k++) {
    const t = tokens[at + k]!;
    if (t.lower !== cue[k] || t.sentence !== sentence) return false;
  }
  return true;
}

/** End of the run of capitalised words starting at `first` (exclusive), or `first` when there is none. */
function runForward(tokens: readonly Token[], first: number): number {
  let end = first;
  let last = -1;
  while (end < tokens.length && end - first < MAX_NAME + 2 && tokens[end]!.sentence === tokens[first]!.sentence) {
    const t = tokens[end]!;
    if (isCapitalised(t.text) && !t.headline) last = end;
    else if (!(last >= 0 && (JOINERS.has(t.text) || SUFFIXES.has(t.lower)))) break;
    if (SUFFIXES.has(t.lower)) last = end;
    end++;
  }
  return last < 0 ? first : Math.min(last + 1, first + MAX_NAME);
}

/** Start of the run of capitalised words ending before `end` (inclusive index), or `end` when there is none. */
function runBackward(tokens: readonly Token[], end: number): number {
  let first = end;
  while (first > 0 && end - first < MAX_NAME && tokens[first - 1]!.sentence === tokens[end - 1]!.sentence) {
    const t = tokens[first - 1]!;
    if ((isCapitalised(t.text) || SUFFIXES.has(t.lower)) && !t.headline) first--;
    else if (JOINERS.has(t.text) && first < end && first - 2 >= 0 && isCapitalised(tokens[first - 2]!.text)) first--;
    else break;
  }
  while (first < end && NOT_FIRST.has(tokens[first]!.lower)) first++;
  return first;
}

/**
 * Companies: a capitalised name with a corporate head or legal-form suffix ("Halvorsen Energy", "Veritas Pharma AG",
 * "Redfern Insurance plc"), or next to a business cue — the subject or object of business verbs and nouns ("analysts
 * at Bernstein", "shares of Baltic Wind", "agreed to acquire Lumen Biotech", "Quantix shares rose", "Kestrel boss Tom
 * Hughes", "chief executive of …") — is an ORG, whatever the tagger said; a legal-form suffix after a name joins it.
 * Then one type per name within the document: every occurrence of such a name becomes ORG (found by the tagger or
 * not), and so does the name without its corporate head ("Halvorsen" after "Halvorsen Energy") unless a person in the
 * document has it as a surname ("Ingrid Halvorsen"). Names the gazetteer knows as countries, cities, regions or
 * nationalities are never companies ("German shares", "London analysts"), nor names ending in a street or square
 * ("Wall Street analysts"), nor a common word capitalised at a sentence start ("Bank shares rose").
 *
 * @returns A refiner named `company`.
 * @example
 * ```ts
 * import { extractEntities } from "@newsparse/entity-extract";
 *
 * extractEntities("Analysts at Bernstein said Halvorsen Energy paid too much.").mentions.map((m) => [m.text, m.type]);
 * // [["Bernstein", "ORG"], ["Halvorsen Energy", "ORG"]]
 * ```
 */
export function createCompanyRefiner(): Refiner {
  return {
    name: "company",
    refine(context: ExtractionContext, mentions: Mention[]): Mention[] {
      if (context.tokens.length === 0) return mentions;
      // Token spans [first, end) that are companies.
      const spans: [number, number][] = [];
      const accept = new SpanAcceptor(context, mentions, spans);
      acceptCorporateNames(context, mentions, accept);
      acceptCuedNames(context, mentions, accept);
      if (!spans.length) return mentions;
      addRepetitions(context, mentions, spans);
      return replaceInside(mentions, companyMentions(context, spans), (same) => same.type === "ORG");
    },
  };
}

/**
 * The test every candidate company name passes: name words, no place, no street, no common word alone at a sentence
 * start. A class rather than a closure made per document, so that `accept` is one call target in every document (a
 * new closure each document deoptimises the functions that call it).
 */
class SpanAcceptor {
  private readonly tokens: ExtractionContext["tokens"];
  private readonly lex: ReturnType<typeof getCountryLexicon>;
  /** Spans of the mentions that are not persons: weak cues retype an existing mention, never a person ("his rival Viktor Yanukovych"). */
  private readonly mentionSpans: Set<string>;
  private readonly spans: [number, number][];

  constructor(context: ExtractionContext, mentions: readonly Mention[], spans: [number, number][]) {
    this.tokens = context.tokens;
    this.lex = getCountryLexicon();
    this.mentionSpans = new Set<string>();
    this.spans = spans;
    for (const m of mentions) if (m.type !== "PERSON") this.mentionSpans.add(`${m.start}:${m.end}`);
  }

  /** Adds `[first, end)` to the company spans when it can be a company's name (`weak`: only where a mention has exactly that span). */
  accept(first: number, end: number, weak = false): void {
    const tokens = this.tokens;
    if (end <= first || end - first > MAX_NAME) return;
    for (let k = first; k < end; k++) if (!NAME_WORD.test(tokens[k]!.text)) return;
    if (weak && !this.mentionSpans.has(`${tokens[first]!.start}:${tokens[end - 1]!.end}`)) return;
    const head = tokens[end - 1]!.lower;
    if (NOT_HEADS.has(head)) return;
    let phrase = tokens[first]!.lower;
    for (let k = first + 1; k < end; k++) phrase += " " + tokens[k]!.lower;
    const lex = this.lex;
    if (lex.countryByName.has(phrase) || lex.countryByCapital.has(phrase) || lex.cities.has(phrase) || lex.locations.has(phrase) || lex.countryByDemonym.has(phrase) || lex.groupNorp.has(phrase)) return;
    // "Bank shares rose": a lone common word at a sentence start is no name (the cluster vocabulary is lower-case heavy).
    if (end - first === 1 && tokens[first]!.sentenceStart && !isCapitalised(tokens[first]!.text.slice(1)) && TITLE_CASE_WORD.test(tokens[first]!.text) && COMMON.has(tokens[first]!.lower)) return;
    this.spans.push([first, end]);
  }
}

/** Phase 1: corporate heads and legal-form suffixes on the mentions found so far (a suffix right after a name joins it). */
function acceptCorporateNames(context: ExtractionContext, mentions: readonly Mention[], accept: SpanAcceptor): void {
  const { tokens } = context;
  const lex = getCountryLexicon();
  for (const m of mentions) {
    // Titles of works, events and laws keep their type ("Break Like the Wind").
    if (m.type !== "PERSON" && m.type !== "GPE" && m.type !== "LOC" && m.type !== "ORG") continue;
    const r = tokenRange(m, context);
    if (!r) continue;
    let inner = true;
    for (let k = r[0]; k < r[1] && inner; k++) if (!isCapitalised(tokens[k]!.text) && !JOINERS.has(tokens[k]!.text)) inner = false;
    if (!inner) continue;
    let [first, end] = r;
    while (end < tokens.length && SUFFIXES.has(tokens[end]!.lower) && tokens[end]!.sentence === tokens[first]!.sentence && tokens[end]!.start === tokens[end - 1]!.end + 1) end++;
    if (end - first >= 2 && (HEADS.has(tokens[end - 1]!.lower) || SUFFIXES.has(tokens[end - 1]!.lower))) {
      while (first < end - 1 && (lex.countryByDemonym.has(tokens[first]!.lower) || NOT_FIRST.has(tokens[first]!.lower))) first++;
      if (end - first >= 2) accept.accept(first, end);
    }
  }
}

/** Phase 2: business cues before and after a capitalised run ("shares of …", "… shares rose"). */
function acceptCuedNames(context: ExtractionContext, mentions: readonly Mention[], accept: SpanAcceptor): void {
  const { tokens } = context;
  const personSpans = new Set<string>();
  for (const m of mentions) if (m.type === "PERSON" && m.text.includes(" ")) personSpans.add(`${m.start}:${m.end}`);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.headline) continue;
    const c0 = t.lower.charCodeAt(0);
    const before = c0 >= 97 && c0 <= 122 ? CUES_BEFORE.get(t.lower) : undefined;
    if (before) {
      for (const cue of before) {
        if (!matchesAt(tokens, i, cue)) continue;
        const first = i + cue.length;
        if (first >= tokens.length || tokens[first]!.sentence !== t.sentence || !isCapitalised(tokens[first]!.text)) continue;
        let start = first;
        while (start < tokens.length && NOT_FIRST.has(tokens[start]!.lower)) start++;
        const end = runForward(tokens, start);
        if (end > start) accept.accept(start, end, cue.length === 1 && WEAK_CUES.has(cue[0]!));
      }
    }
    const after = i > 0 && (t.lower === "'s" || (c0 >= 97 && c0 <= 122)) ? CUES_AFTER.get(t.lower) : undefined;
    if (after) {
      for (const cue of after) {
        if (!matchesAt(tokens, i, cue)) continue;
        if (!isCapitalised(tokens[i - 1]!.text) || tokens[i - 1]!.sentence !== t.sentence) continue;
        const first = runBackward(tokens, i);
        // "John Smith said its …" is rare; a pronoun cue never turns a full person's name into a company.
        if (first < i && cue.some((w) => w === "its" || w === "it") && personSpans.has(`${tokens[first]!.start}:${tokens[i - 1]!.end}`)) continue;
        if (first < i) accept.accept(first, i);
      }
    }
  }
}

/** Phase 3, one type per name: every occurrence of a company name, and of its short form without the corporate head. */
function addRepetitions(context: ExtractionContext, mentions: readonly Mention[], spans: [number, number][]): void {
  const { tokens } = context;
  const names = new Set<string>();
  // The first word of every name (token texts hold no space): other words start no repetition.
  const firstWords = new Set<string>();
  for (const [a, b] of spans) {
    names.add(phraseKey(tokens, a, b));
    if (b - a >= 2 && HEADS.has(tokens[b - 1]!.lower)) names.add(phraseKey(tokens, a, b - 1));
    firstWords.add(tokens[a]!.text);
  }
  const surnames = new Set<string>();
  for (const m of mentions) if (m.type === "PERSON" && m.text.includes(" ")) surnames.add(m.text.slice(m.text.lastIndexOf(" ") + 1));
  const cued = new Set(spans.map(([a, b]) => `${a}:${b}`));
  for (let i = 0; i < tokens.length; i++) {
    if (!isCapitalised(tokens[i]!.text) || tokens[i]!.headline || !firstWords.has(tokens[i]!.text)) continue;
    for (let n = Math.min(MAX_NAME, tokens.length - i); n >= 1; n--) {
      if (tokens[i + n - 1]!.sentence !== tokens[i]!.sentence) continue;
      const key = phraseKey(tokens, i, i + n);
      if (!names.has(key)) continue;
      // A name followed by more capitalised words is part of a longer name ("Halvorsen" in "Halvorsen Energy").
      const next = tokens[i + n];
      if (next && next.sentence === tokens[i]!.sentence && isCapitalised(next.text) && !cued.has(`${i}:${i + n}`)) continue;
      if (i > 0 && isCapitalised(tokens[i - 1]!.text) && tokens[i - 1]!.sentence === tokens[i]!.sentence && !tokens[i - 1]!.sentenceStart && !cued.has(`${i}:${i + n}`)) continue;
      if (n === 1 && surnames.has(tokens[i]!.text) && !cued.has(`${i}:${i + 1}`)) continue;
      if (!cued.has(`${i}:${i + n}`)) spans.push([i, i + n]);
      break;
    }
  }
}

/** Phase 4: the company spans as ORG mentions, leftmost-longest, none overlapping. */
function companyMentions(context: ExtractionContext, spans: [number, number][]): Mention[] {
  const { tokens, docId, text } = context;
  spans.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const found: Mention[] = [];
  let lastEnd = -1;
  for (const [a, b] of spans) {
    if (a < lastEnd) continue;
    const start = tokens[a]!.start;
    const end = tokens[b - 1]!.end;
    found.push({ docId, start, end, text: text.slice(start, end), type: "ORG", confidence: 0.8, source: "company", flags: [] });
    lastEnd = b;
  }
  return found;
}

function phraseKey(tokens: readonly Token[], first: number, end: number): string {
  let p = tokens[first]!.text;
  for (let k = first + 1; k < end; k++) p += " " + tokens[k]!.text;
  return p;
}

/** Capitalised at a sentence start, these are ordinary words, not names. */
const COMMON = new Set(NOT_COMPANY_WORDS);
