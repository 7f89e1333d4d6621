import { wordAlternation } from "@newsparse/corpus-loader";
import type { Lexicon } from "../lexicon.js";
import type { Parser } from "@newsparse/corpus-loader";
import type { ClaimContext, LexiconSets } from "../pipeline.js";
import type { Claim, Quantity, Relation } from "../schema.js";
import { findNumbers, type NumberMatch } from "../quantity/find-numbers.js";
import { isSpaceCode as isSpace, isWordCode as isWordChar, tokenAt, type Token } from "@newsparse/corpus-loader";
import * as lists from "../lexicon/quantity-words.js";
import { VAGUE } from "../lexicon/quantity-words.js";

const MONTHS = new Set(lists.MONTHS);
const TIME_SUFFIX = new Set(lists.TIME_SUFFIX);
const CURRENCY_SYMBOLS = new Set(lists.CURRENCY_SYMBOLS);
/** Unit words that must touch the number (`5m`, `3-in`), never a separate word (`5 in the morning`). */
const GLUED_ONLY_UNITS = new Set(lists.GLUED_ONLY_UNITS);
/** Words that end a counted-noun phrase. */
const NOUN_STOP = new Set(lists.NOUN_STOP);
const PLURAL_NOUNS = new Set(lists.PLURAL_NOUNS);
const RELATIVE = new Set(lists.RELATIVE);
/** Qualifier words that may start a sentence before a number (so a capitalised word before a number is not a name). */
const CAP_OK_BEFORE = new Set(lists.CAP_OK_BEFORE);

function lower(t: Token | undefined): string {
  return t ? t.lower : "";
}

function matchQualifier(tokens: readonly Token[], k: number, sets: LexiconSets): { relation: Relation; from: number } | null {
  for (const q of sets.qualifiers) {
    const n = q.words.length;
    if (k - n < 0) continue;
    let ok = true;
    for (let i = 0; i < n; i++) if (tokens[k - n + i]!.lower !== q.words[i]) ok = false;
    if (ok) return { relation: q.relation, from: k - n };
  }
  return null;
}

function lookup<T>(map: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.prototype.hasOwnProperty.call(map, key) ? map[key] : undefined;
}

interface UnitMatch {
  unit: string;
  kind: "currency" | "unit" | "noun";
  end: number;
  /** Token index after the unit. */
  nextToken: number;
  scale?: number;
}

/** A unit right after the number: glued (`75ml`), hyphenated (`3-inch`), `%`, or one to three words. */
function unitAfter(text: string, tokens: readonly Token[], n: NumberMatch, lexicon: Lexicon): UnitMatch | null {
  // glued letters
  let i = n.end;
  if (i < text.length && isWordChar(text.charCodeAt(i))) {
    let j = i;
    while (j < text.length && j < i + 12 && (isWordChar(text.charCodeAt(j)) || (text.charCodeAt(j) === 47 && isWordChar(text.charCodeAt(j + 1))))) j++;
    const w = text.slice(i, j).toLowerCase();
    const u = lookup(lexicon.units, w);
    const c = lookup(lexicon.currencies, w);
    const k = tokenAt(tokens, j);
    if (u !== undefined) return { unit: u, kind: "unit", end: j, nextToken: k };
    if (c !== undefined && (w.length > 1 || w.charCodeAt(0) > 127)) return { unit: c, kind: "currency", end: j, nextToken: k };
    const mc = millionsCode(text.slice(i, j), lexicon);
    if (mc) return { unit: mc, kind: "currency", end: j, nextToken: k, scale: 1e6 };
    return null;
  }
  if (i < text.length && text[i] === "%") return { unit: "%", kind: "unit", end: i + 1, nextToken: tokenAt(tokens, i + 1) };
  // hyphenated: 3-inch, six-year-old
  if (i + 1 < text.length && text[i] === "-" && isWordChar(text.charCodeAt(i + 1))) {
    let j = i + 1;
    while (j < text.length && j < i + 14 && isWordChar(text.charCodeAt(j))) j++;
    const w = text.slice(i + 1, j).toLowerCase();
    const u = lookup(lexicon.units, w);
    if (u !== undefined) {
      let end = j;
      if (text.slice(j, j + 4).toLowerCase() === "-old") end = j + 4;
      return { unit: u, kind: "unit", end, nextToken: tokenAt(tokens, end) };
    }
    return null;
  }
  const k = tokenAt(tokens, n.end);
  // multi-word first
  for (let len = 3; len >= 1; len--) {
    if (k + len > tokens.length) continue;
    // tokens[k, k + len), read in place (no slice, no callback per length tried)
    let allWords = true;
    for (let x = k; x < k + len; x++) {
      const t = tokens[x]!;
      if (!(t.word || t.text === "°" || t.text === "/")) {
        allWords = false;
        break;
      }
    }
    if (!allWords) continue;
    let phrase = "";
    let ok = true;
    for (let x = k; x < k + len; x++) {
      const w = tokens[x]!;
      const spaced = x > k && w.start !== tokens[x - 1]!.end;
      if (spaced && !isSpace(text.charCodeAt(tokens[x - 1]!.end))) ok = false;
      phrase += (spaced ? " " : "") + w.lower;
    }
    if (!ok) continue;
    const end = tokens[k + len - 1]!.end;
    const mc = len === 1 ? millionsCode(tokens[k]!.text, lexicon) : undefined;
    if (mc) return { unit: mc, kind: "currency", end, nextToken: k + len, scale: 1e6 };
    const c = lookup(lexicon.currencies, phrase);
    if (c !== undefined && phrase !== "$") return { unit: c, kind: "currency", end, nextToken: k + len, scale: phrase === "cents" || phrase === "cent" || phrase === "pence" || phrase === "penny" ? 0.01 : 1 };
    const u = lookup(lexicon.units, phrase);
    if (u !== undefined && !(len === 1 && GLUED_ONLY_UNITS.has(phrase))) return { unit: u, kind: "unit", end, nextToken: k + len };
  }
  return null;
}

/** `MUSD`, `MEUR`, `MGBP`, `MAUD`: a three-letter currency code after `M` (millions), as business reports write it; the code, or undefined. */
function millionsCode(word: string, lexicon: Lexicon): string | undefined {
  if (word.length !== 4 || word[0] !== "M") return undefined;
  for (let x = 1; x < 4; x++) if (!(word.charCodeAt(x) >= 65 && word.charCodeAt(x) <= 90)) return undefined;
  const code = lookup(lexicon.currencies, word.slice(1).toLowerCase());
  return code !== undefined && code === word.slice(1) ? code : undefined;
}

/** Counted noun after a number: up to four modifier/noun words ending in a lower-case head. */
function nounAfter(tokens: readonly Token[], k: number): { head: number; from: number } | null {
  let e = k;
  while (e < tokens.length && e < k + 4) {
    const t = tokens[e]!;
    if (!t.word || NOUN_STOP.has(t.lower) || /^[0-9]/.test(t.text)) break;
    if (e > k && t.lower.endsWith("ing")) break;
    if (e > k && tokens[e - 1]!.end !== t.start && false) break;
    e++;
  }
  // head = the first plural-looking word ("1,000 U.S. military personnel home"), else the last lower-case word
  for (let x = k; x < e; x++) {
    const w = tokens[x]!;
    if (!w.cap && (PLURAL_NOUNS.has(w.lower) || (/[^s]s$/.test(w.lower) && w.lower.length > 3))) return { head: x, from: k };
  }
  let h = e - 1;
  while (h >= k && tokens[h]!.cap) h--;
  if (h < k) return null;
  const head = tokens[h]!;
  if (head.lower.endsWith("ly") || head.lower.length < 2) return null;
  return { head: h, from: k };
}

/** Subject clause after the head: relative clause or participle (`troops who remain in the country`). */
function clauseAfter(tokens: readonly Token[], k: number): number {
  const t = tokens[k];
  if (!t || !t.word) return k;
  if (!(RELATIVE.has(t.lower) || t.lower.endsWith("ing") || t.lower === "in" || t.lower === "stationed" || t.lower === "based" || t.lower === "deployed")) return k;
  let e = k + 1;
  while (e < tokens.length && e < k + 8 && tokens[e]!.word) e++;
  return e;
}

/** Phase 1: a currency written before the figure (`$`, `US$`, `EUR`): where the claim starts and where its qualifier would end. */
function currencyBefore(tokens: readonly Token[], k: number, numberStart: number, lexicon: Lexicon, isYear: boolean): { start: number; currency: string | undefined; qualifierFrom: number; scale?: number } {
  const prev = tokens[k - 1];
  if (prev && !prev.word && CURRENCY_SYMBOLS.has(prev.text)) {
    const pp = tokens[k - 2];
    const glued = pp && pp.word && pp.end <= prev.start && prev.start - pp.end <= 1 ? lookup(lexicon.currencies, pp.lower + (pp.end === prev.start ? "" : " ") + prev.text) : undefined;
    return { currency: glued ?? lookup(lexicon.currencies, prev.text), start: glued ? pp!.start : prev.start, qualifierFrom: glued ? k - 2 : k - 1 };
  }
  if (prev && prev.word && /^[A-Z]{3}$/.test(prev.text) && lookup(lexicon.currencies, prev.lower) !== undefined && !isYear) {
    return { currency: lookup(lexicon.currencies, prev.lower), start: prev.start, qualifierFrom: k - 1 };
  }
  const millions = prev && prev.word && !isYear ? millionsCode(prev.text, lexicon) : undefined;
  if (millions) return { currency: millions, start: prev!.start, qualifierFrom: k - 1, scale: 1e6 };
  return { start: numberStart, currency: undefined, qualifierFrom: k };
}

/** Phase 2: a range with the next number (`between X and Y`, `from X to Y`, `X to Y`, `X-Y`): its bounds, end, unit and, after `between`/`from`, its start. */
function rangeAfter(text: string, tokens: readonly Token[], numbers: readonly NumberMatch[], index: number, qualifierFrom: number, lexicon: Lexicon): { min: number; max: number; end: number; unit: ReturnType<typeof unitAfter>; start: number | undefined } | null {
  const n = numbers[index]!;
  const nextNum = numbers[index + 1];
  if (!nextNum) return null;
  const gap = text.slice(n.end, nextNum.start);
  const gapLower = gap.trim().toLowerCase();
  const between = lower(tokens[qualifierFrom - 1]) === "between" && gapLower === "and";
  const fromTo = (lower(tokens[qualifierFrom - 1]) === "from" && gapLower === "to") || gapLower === "to" || gapLower === "through" || gapLower === "-" || gapLower === "–" || gapLower === "—" || gapLower === "~" || (gapLower === "and" && between);
  if (!(between || fromTo) || gap.length > 10 || nextNum.form === "fraction") return null;
  // "1995-01", "20~10": a dash range runs upwards; "+1-222-2222": a chain of three figures is a code, not a range
  const dash = gapLower === "-" || gapLower === "–" || gapLower === "—" || gapLower === "~";
  if (dash && (nextNum.value <= n.value || chained(text, nextNum.end))) return null;
  return {
    min: Math.min(n.value, nextNum.value),
    max: Math.max(n.value, nextNum.value),
    end: nextNum.end,
    unit: unitAfter(text, tokens, nextNum, lexicon),
    start: between || lower(tokens[qualifierFrom - 1]) === "from" ? tokens[qualifierFrom - 1]!.start : undefined,
  };
}

/** A hyphen or slash and a digit right at `i` (`-2222`, `/2018`): the figure before `i` is part of a code or date. */
function chained(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  const d = text.charCodeAt(i + 1);
  return (c === 45 || c === 47) && d >= 48 && d <= 57;
}

/** Phase 3: the counted noun after a figure and its subject phrase (`1,000 troops who remain …`), or what an amount is for (`$110 million to establish …`). */
function countedNoun(text: string, tokens: readonly Token[], afterUnitToken: number, currency: string | undefined): { noun?: { unit: string; end: number }; subject?: string } {
  const noun = nounAfter(tokens, afterUnitToken);
  if (noun) {
    const head = tokens[noun.head]!;
    const clauseEnd = clauseAfter(tokens, noun.head + 1);
    const subject = text.slice(tokens[noun.from]!.start, tokens[Math.max(noun.head, clauseEnd - 1)]!.end);
    return currency ? { subject } : { noun: { unit: head.lower, end: head.end }, subject };
  }
  if (currency && (lower(tokens[afterUnitToken]) === "to" || lower(tokens[afterUnitToken]) === "for" || lower(tokens[afterUnitToken]) === "on")) {
    const ce = Math.min(tokens.length, afterUnitToken + 9);
    let e = afterUnitToken + 1;
    while (e < ce && tokens[e]!.word) e++;
    if (e > afterUnitToken + 1) return { subject: text.slice(tokens[afterUnitToken]!.start, tokens[e - 1]!.end) };
  }
  return {};
}

const TIMES_MULTIPLIER = new RegExp(`^\\s+times\\b(?!\\s+(?:${wordAlternation(lists.MULTIPLIER_AFTER_TIMES)})\\b)`, "i");

/** `three times` counting how often something happened (`stopped three times`), not a multiplier (`three times as many`, `three times the size`). */
function countsTimes(text: string, end: number): boolean {
  return TIMES_MULTIPLIER.test(text.slice(end, end + 40));
}

/** Phase 4: the quantity of a claim, its values times the currency's scale (`$3m`), absent fields left out. */
function scaledQuantity(found: { relation: Relation; value?: number; min?: number; max?: number; unit?: string; subject?: string }, scale: number): Quantity {
  const quantity: Quantity = { relation: found.relation };
  if (found.value !== undefined) quantity.value = found.value * scale;
  if (found.min !== undefined) quantity.min = found.min * scale;
  if (found.max !== undefined) quantity.max = found.max * scale;
  if (found.unit) quantity.unit = found.unit;
  if (found.subject) quantity.subject = found.subject;
  return quantity;
}

/** The token indices where a segment's sentences start, as a set made on the first question only (most segments ask none). */
class SentenceStarts {
  private starts: Set<number> | null = null;

  constructor(private readonly sentences: readonly (readonly [number, number])[]) {}

  has(token: number): boolean {
    this.starts ??= new Set(this.sentences.map(([a]) => a));
    return this.starts.has(token);
  }
}

/**
 * Decide whether a number is a quantity claim and build it.
 *
 * @returns The claim or null (years, dates, designations, times, bare "one").
 */
function quantityAt(context: ClaimContext, tokens: readonly Token[], numbers: readonly NumberMatch[], index: number, sentenceStarts: SentenceStarts): { claim: Claim; consumed: number } | null {
  const { text, lexicon, sets } = context;
  // "90-plus percent", "a 100-plus page report", "50 plus people": at least the figure ("50 plus 20" is a sum)
  const found = numbers[index]!;
  const plus = PLUS.exec(text.slice(found.end, found.end + 6));
  const followedByNumber = !!plus && numbers[index + 1] !== undefined && numbers[index + 1]!.start - (found.end + plus[0].length) <= 1;
  const n = plus && !followedByNumber ? { ...found, end: found.end + plus[0].length } : found;
  const k = tokenAt(tokens, n.start);
  // a fraction is a quantity only with a unit right after it ("1/4 mile", "one half cup") or a comparison before it ("more than half")
  const comparison = matchQualifier(tokens, k, sets);
  const compares = !!comparison && comparison.relation !== "eq" && comparison.relation !== "approx";
  if (n.form === "fraction" && !compares && !unitAfter(context.text, tokens, n, context.lexicon)) return shareOf(context, tokens, n, k, comparison);
  const before = n.start > 0 ? text.charCodeAt(n.start - 1) : 32;
  // MQ-9, F-16, COVID-19, 192.168
  if ((before === 45 || before === 47 || before === 46 || before === 35) && n.start > 1 && isWordChar(text.charCodeAt(n.start - 2))) return null;
  if (before === 35) return null; // #5
  // "+1-222-2222", "5/17/2018": the first figure of a chain of three or more
  if (chained(text, n.end)) {
    const second = numbers[index + 1];
    if (second && second.start === n.end + 1 && chained(text, second.end)) return null;
  }
  const prev = tokens[k - 1];
  const next = tokens[tokenAt(tokens, n.end)];
  // dates and times
  if (MONTHS.has(lower(prev)) || MONTHS.has(lower(next))) return null;
  if (TIME_SUFFIX.has(lower(next))) return null;
  if (text[n.end] === ":" && isWordChar(text.charCodeAt(n.end + 1))) return null;
  const unit = unitAfter(text, tokens, n, lexicon);
  if (!unit && n.end < text.length && isWordChar(text.charCodeAt(n.end))) return null; // 3D, 1990s
  // years
  // (years take "in", "since", "before"; "above 1000", "more than 2000" compare a count)
  const isYear = n.plainDigits === 4 && n.value >= 1000 && n.value <= 2100 && !compares;
  // currency before: $, US$, EUR
  const before$ = currencyBefore(tokens, k, n.start, lexicon, isYear);
  let { start, currency } = before$;
  const { qualifierFrom } = before$;
  const nextIsRangeEnd = (() => {
    const nn = numbers[index + 1];
    if (!nn) return false;
    const g = text.slice(n.end, nn.start).trim().toLowerCase();
    return g === "-" || g === "–" || g === "~" || g === "to" || g === "through" || g === "and";
  })();
  if (isYear && !currency && !(unit && unit.kind !== "noun") && !(nextIsRangeEnd && !MONTHS.has(lower(next)))) return null;
  // designations: "Air Base 201", "Flintlock 2018", "Model 3"
  const prevTok = tokens[qualifierFrom - 1];
  const designation = !currency && n.form !== "words" && !!prevTok && prevTok.word && prevTok.cap && !sentenceStarts.has(qualifierFrom - 1) && !CAP_OK_BEFORE.has(prevTok.lower) && !matchQualifier(tokens, qualifierFrom, sets);
  if (prevTok && (prevTok.lower === "no." || prevTok.lower === "number" || prevTok.lower === "no")) return null;
  const qualifier = matchQualifier(tokens, qualifierFrom, sets);
  let relation: Relation = qualifier?.relation ?? (n !== found ? "gte" : "eq");
  if (qualifier) start = tokens[qualifier.from]!.start;
  // "some of the 1,100": "some" as a qualifier only right before the number — matchQualifier already requires adjacency
  let consumed = 1;
  let value: number | undefined = n.value;
  let min: number | undefined;
  let max: number | undefined;
  let end = n.end;
  let u = unit;
  // ranges: between X and Y, from X to Y, X to Y, X-Y
  const range = u ? null : rangeAfter(text, tokens, numbers, index, qualifierFrom, lexicon);
  if (range) {
    relation = "range";
    ({ min, max, end, unit: u } = range);
    value = undefined;
    if (range.start !== undefined) start = range.start;
    consumed = 2;
  }
  let unitName: string | undefined;
  let subject: string | undefined;
  let scale = before$.scale ?? 1;
  let afterUnitToken = tokenAt(tokens, end);
  // postfix symbol: "10 $", "5 €" (not before another figure: "1 $ 10 dollars" is one $10)
  const nextNumber = numbers[index + consumed];
  const symbolBeforeNumber = !!next && !!nextNumber && nextNumber.start - next.end <= 1 && !CURRENCY_SYMBOLS.has(text.slice(nextNumber.end, nextNumber.end + 2).trim().slice(0, 1));
  if (!u && !currency && next && !next.word && CURRENCY_SYMBOLS.has(next.text) && next.start - end <= 1 && !symbolBeforeNumber) {
    const sym = lookup(lexicon.currencies, next.text);
    if (sym) u = { unit: sym, kind: "currency", end: next.end, nextToken: tokenAt(tokens, next.end) };
  }
  if (u) {
    if (u.kind === "currency") {
      if (!currency) currency = u.unit;
      scale = u.scale ?? 1;
    } else unitName = u.unit;
    end = u.end;
    afterUnitToken = u.nextToken;
  }
  if (currency) unitName = currency;
  // "years ago" is a date
  if (lower(tokens[afterUnitToken]) === "ago") return null;
  // counted noun / subject
  if (!u || u.kind === "currency") {
    const counted = countedNoun(text, tokens, afterUnitToken, currency);
    if (counted.noun) {
      unitName = counted.noun.unit;
      end = counted.noun.end;
    }
    subject = counted.subject;
  }
  // "Air Base 201", "Flintlock 2018", "Model 3": a capitalised word then a number, with no unit after it
  if (designation && !u && !(unitName && /s$/.test(unitName))) return null;
  // bare small word numbers ("one", "two") and years need a unit to be a quantity
  if (n.form === "words" && !unitName && !currency && !qualifier && relation !== "range" && !countsTimes(text, end)) return null;
  if (n.form === "words" && n.value === 1 && !u && !qualifier) return null;
  if (isYear && !u && !currency && relation !== "range") return null;
  const quantity = scaledQuantity({ relation, value, min, max, unit: unitName, subject }, scale);
  return { claim: { id: "", kind: "quantity", docId: context.document.id, start, end, text: text.slice(start, end), quantity, source: "quantity-parser" }, consumed };
}

/**
 * A fraction followed by `of` is a share of what follows (`two-thirds of the vote`, `half of the members`,
 * `about a third of Americans`): a percentage, its subject the words after `of`. Any other fraction without a unit is
 * no quantity (null).
 */
function shareOf(context: ClaimContext, tokens: readonly Token[], n: NumberMatch, k: number, comparison: { relation: Relation; from: number } | null): { claim: Claim; consumed: number } | null {
  const next = tokens[tokenAt(tokens, n.end)];
  if (!next || next.lower !== "of" || next.start - n.end > 1 || n.value <= 0 || n.value >= 1) return null;
  const text = context.text;
  // "a third of" / "one half of": the article belongs to the fraction
  const a = tokens[k - 1];
  const start = comparison ? tokens[comparison.from]!.start : a && (a.lower === "a" || a.lower === "an") && a.end === n.start - 1 ? a.start : n.start;
  let to = tokenAt(tokens, next.end);
  const words: string[] = [];
  while (to < tokens.length && words.length < 4 && tokens[to]!.word) words.push(tokens[to++]!.text);
  const quantity = { relation: comparison?.relation === "approx" ? ("approx" as const) : ("eq" as const), value: Math.round(n.value * 10000) / 100, unit: "%", subject: words.join(" ") || undefined };
  return { claim: { id: "", kind: "quantity", docId: context.document.id, start, end: n.end, text: text.slice(start, n.end), quantity, source: "quantity-parser" }, consumed: 1 };
}

const PLUS = /^(?:-|\s)plus\b/i;
const OR_MORE = new RegExp(`^\\s+(?:or|and)\\s+${wordAlternation(lists.OR_MORE_WORDS)}(?:\\s+than)?\\b`, "i");
const OR_LESS = new RegExp(`^\\s+(?:or|and)\\s+${wordAlternation(lists.OR_LESS_WORDS)}(?:\\s+than)?\\b`, "i");

/** `500 or more` / `200 or greater` / `10 or fewer`: an exact figure with an open end is a bound. */
function openEnded(text: string, claim: Claim): Claim {
  const q = claim.quantity;
  if (!q || (q.relation !== "eq" && q.relation !== "approx") || q.value === undefined) return claim;
  const after = text.slice(claim.end, claim.end + 24);
  const more = OR_MORE.exec(after);
  const less = more ? null : OR_LESS.exec(after);
  const m = more ?? less;
  if (!m) return claim;
  // "200 or greater than 190": the second figure is its own bound
  if (/^\s*[0-9]/.test(text.slice(claim.end + m[0].length, claim.end + m[0].length + 3))) return claim;
  const end = claim.end + m[0].length;
  return { ...claim, end, text: text.slice(claim.start, end), quantity: { ...q, relation: more ? "gte" : "lte" } };
}

const MAJOR_CURRENCY_WORD = /(?:dollars?|euros?|pounds?|yuan|francs?|usd|eur|gbp)$/i;

/**
 * `3 dollars 50 cents`, `thirteen dollars and forty-five cents`, `15 dollars and 50`: a whole amount in a currency
 * word followed by its hundredths is one amount.
 */
function compoundAmount(text: string, claim: Claim): Claim {
  const q = claim.quantity;
  if (!q || q.relation !== "eq" || q.value === undefined || !Number.isInteger(q.value) || !q.unit || !/^[A-Z]{3}$/.test(q.unit) || !MAJOR_CURRENCY_WORD.test(claim.text)) return claim;
  const tail = text.slice(claim.end, claim.end + 60);
  const lead = /^\s+(?:and\s+)?/.exec(tail);
  if (!lead) return claim;
  const from = claim.end + lead[0].length;
  const n = findNumbers(text, from, Math.min(text.length, from + 40))[0];
  if (!n || n.start !== from || n.form === "fraction" || n.value <= 0 || n.value >= 100 || !Number.isInteger(n.value)) return claim;
  let end = n.end;
  const cents = /^\s*(?:cents?|pence|p)\b/i.exec(text.slice(end, end + 8));
  if (cents) end += cents[0].length;
  // a following word that is not punctuation or a sentence end means the number belongs to something else
  else if (!/^\s*(?:[.,;:!?)]|$)/.test(text.slice(end, end + 3))) return claim;
  return { ...claim, end, text: text.slice(claim.start, end), quantity: { ...q, value: q.value + n.value / 100 } };
}

/** `5 feet 2 inches`, `5 ft 2 in`, `12 ft and 2 in`: feet and inches as one length in feet. */
function compoundLength(text: string, claim: Claim): Claim {
  const q = claim.quantity;
  if (!q || q.unit !== "ft" || q.relation !== "eq" || q.value === undefined) return claim;
  const m = /^\s+(?:and\s+)?(\d{1,2}(?:\.\d+)?)\s*(?:inches|inch|in)\b/i.exec(text.slice(claim.end, claim.end + 24));
  if (!m || Number(m[1]) >= 12) return claim;
  const end = claim.end + m[0].length;
  return { ...claim, end, text: text.slice(claim.start, end), quantity: { ...q, value: q.value + Number(m[1]) / 12 } };
}

/** `more than 100 and less than 300`, `at most 100 and at least 20`: a lower and an upper bound joined into one range. */
function joinBounds(text: string, claims: readonly Claim[]): Claim[] {
  const out: Claim[] = [];
  for (let i = 0; i < claims.length; i++) {
    const a = claims[i]!;
    const b = claims[i + 1];
    const qa = a.quantity;
    const qb = b?.quantity;
    if (b && qa && qb && qa.value !== undefined && qb.value !== undefined && /^\s*(?:,|and|but|,\s*and|,\s*but)\s*$/i.test(text.slice(a.end, b.start)) && (!qa.unit || !qb.unit || qa.unit === qb.unit)) {
      const lowA = qa.relation === "gt" || qa.relation === "gte";
      const upA = qa.relation === "lt" || qa.relation === "lte";
      const lowB = qb.relation === "gt" || qb.relation === "gte";
      const upB = qb.relation === "lt" || qb.relation === "lte";
      const min = lowA && upB ? qa.value : upA && lowB ? qb.value : undefined;
      const max = lowA && upB ? qb.value : upA && lowB ? qa.value : undefined;
      if (min !== undefined && max !== undefined && min < max) {
        const quantity = { ...qa, relation: "range" as const, min, max };
        delete (quantity as { value?: number }).value;
        if (qb.unit && !qa.unit) quantity.unit = qb.unit;
        out.push({ ...a, end: b.end, text: text.slice(a.start, b.end), quantity });
        i++;
        continue;
      }
    }
    out.push(a);
  }
  return out;
}


/** {@link VAGUE} as a map: scale by lower-cased plural scale word. */
const VAGUE_SCALE: ReadonlyMap<string, number> = new Map(Object.entries(VAGUE));

/**
 * Vague counts: `dozens of arrests`, `thousands of people`, `hundreds of thousands of workers` (with an optional
 * `several` / `many` before). Each is a `range` from twice the scale to just under ten times it (`dozens`: 24–99)
 * with the counted noun after `of`. Only where no number was found.
 */
function vagueQuantities(context: ClaimContext, tokens: readonly Token[], numbers: readonly NumberMatch[]): Claim[] {
  const out: Claim[] = [];
  const { text } = context;
  let n = 0;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    // run on every token of every document: one Map look-up, not a hasOwnProperty call and a property read
    let scale = t.word ? VAGUE_SCALE.get(t.lower) : undefined;
    if (scale === undefined) continue;
    while (n < numbers.length && numbers[n]!.end <= t.start) n++;
    if (n < numbers.length && numbers[n]!.start < t.end) continue;
    let end = t.end;
    let next = k + 1;
    // "hundreds of thousands", "tens of millions"
    const of1 = tokens[next];
    const bigScale = of1?.lower === "of" ? VAGUE_SCALE.get(tokens[next + 1]?.lower ?? "") : undefined;
    const big = tokens[next + 1];
    if (big && bigScale !== undefined && bigScale > scale) {
      scale *= bigScale;
      end = big.end;
      next += 2;
    }
    if (tokens[next]?.lower !== "of") continue;
    const noun = nounAfter(tokens, next + 1);
    if (!noun) continue;
    const head = tokens[noun.head]!;
    const start = t.start;
    const low = scale === 12 ? 24 : 2 * scale;
    out.push({
      id: "",
      kind: "quantity",
      docId: context.document.id,
      start,
      end: head.end,
      text: text.slice(start, head.end),
      quantity: { relation: "range", min: low, max: scale === 12 ? 99 : 10 * scale - 1, unit: head.lower, subject: text.slice(tokens[noun.from]!.start, head.end) },
      source: "quantity-parser",
    });
    k = noun.head;
    void end;
  }
  return out;
}

const MULTIPLICATIVE = new Map(Object.entries(lists.MULTIPLICATIVE_ADVERBS));
const MULTIPLIER_NEXT = new Set(lists.MULTIPLIER_AFTER_TIMES);

/**
 * `twice`, `thrice` counting occasions (`stopped twice`, `was arrested twice`): a quantity in `times`, like `2 times`.
 * Not a multiplier (`twice as many`, `twice the size`, `twice a week`).
 */
function multiplicativeAdverbs(context: ClaimContext, tokens: readonly Token[]): Claim[] {
  const out: Claim[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    const value = t.word ? MULTIPLICATIVE.get(t.lower) : undefined;
    if (value === undefined) continue;
    const next = tokens[k + 1];
    if (next?.word && MULTIPLIER_NEXT.has(next.lower)) continue;
    out.push({ id: "", kind: "quantity", docId: context.document.id, start: t.start, end: t.end, text: context.text.slice(t.start, t.end), quantity: { relation: "eq", value, unit: "times" }, source: "quantity-parser" });
  }
  return out;
}

/**
 * The quantity parser: numbers in digits and words with their qualifier
 * (relation), unit (ISO currency, `%`, duration, physical unit or counted
 * noun) and subject. Years, dates, times, designations (`Air Base 201`,
 * `MQ-9`) and ordinals are not quantities.
 */
export const quantityParser: Parser<ClaimContext, Claim> = {
  name: "quantity-parser",
  parse(context) {
    const claims: Claim[] = [];
    for (const seg of context.segments) {
      const numbers = findNumbers(context.text, seg.start, seg.end);
      const sentenceStarts = new SentenceStarts(seg.sentences);
      for (const c of vagueQuantities(context, seg.tokens, numbers)) claims.push(c);
      for (const c of multiplicativeAdverbs(context, seg.tokens)) claims.push(c);
      const found: Claim[] = [];
      for (let i = 0; i < numbers.length; ) {
        const r = quantityAt(context, seg.tokens, numbers, i, sentenceStarts);
        if (r) {
          const claim = compoundLength(context.text, compoundAmount(context.text, openEnded(context.text, r.claim)));
          found.push(claim);
          i += r.consumed;
          // "3 dollars 50 cents", "5 feet 2 inches": the second figure is inside the claim
          while (i < numbers.length && numbers[i]!.start < claim.end) i++;
        } else i++;
      }
      for (const c of joinBounds(context.text, found)) claims.push(c); // loops, not push(...spread): unbounded arrays
    }
    return claims;
  },
};
