import { firstSpanEndingAfter, wordAlternation } from "@newsparse/corpus-loader";
import type { Document } from "@newsparse/corpus-loader";
import type { Lexicon } from "../lexicon.js";
import type { MeasureFrames } from "../lexicon/measure-frames.js";
import { wordnetMeasureKeys } from "../lexicon/wordnet-measures.js";
import { isBeingNoun } from "../lexicon/wordnet-beings.js";
import { clauseSubject } from "./clause-subject.js";
import { isEnumeratedPart } from "./enumerated-part.js";
import { isHouseNumber, isLabelNumber, isPhoneNumber } from "./label-numbers.js";
import { countedHeadAfter, phraseAfter, timesEventNouns } from "./counted-head.js";
import type { Claim } from "../schema.js";
import * as lists from "../lexicon/measure-words.js";
import * as numberWords from "../lexicon/number-words.js";
import { MULTIPLICATIVE_ADVERBS } from "../lexicon/quantity-words.js";
import { TIME_UNITS } from "../lexicon/measure-words.js";
import { UNIT_DIMENSIONS } from "../lexicon/unit-dimensions.js";
import { isTallySentence, recordAt, tallyAt } from "./tally.js";
import { createSentenceReader, wordsIn, type SentenceReader, type SentenceReading } from "./sentence-reading.js";
import type { HeadWord } from "./counted-head.js";

/** What a quantity claim measures, for grouping claims across documents. */
export interface Measure {
  /**
   * Keys naming what is measured; claims sharing a key (and `context`) are compared. Strong keys
   * (noun concepts, frames, measured nouns) may conflict; a weak key (`same:<unit>:<value>`) only groups equal figures.
   */
  keys: string[];
  /** Whether the keys are strong (a disagreement under them is a conflict). */
  strong: boolean;
  /** Unit kind and place, time and participant qualifiers that must match too (`count|US|2000|manning`; `?` when unknown). */
  context: string;
  /** A readable name of what is measured (`rockets`, `deaths`, `prison term`). */
  label: string;
  /** The sentence marks this figure as an earlier or later state (`initially`, `rose to`). */
  revision: boolean;
  /** `up to N` / `a maximum of N` stating a limit: compared as N itself. */
  limit: boolean;
  /** Content words of the sentence, singular (for near-value matching of amounts). */
  words: ReadonlySet<string>;
  /** Content words of the figure's own noun phrase, singular (`five senior Missouri Republicans` → senior, missouri, republican): a lone figure meets the same figure whose phrase shares one. */
  phrase?: ReadonlySet<string>;
  /** For an amount: the name it is spent at or on (`$10,977.74 worth of televisions at Best Buy` → `best buy`), lower-case. */
  payee?: string;
  /** The figure itself as a weak key (`same:count:1600000`, `same:duration:180`): a lone figure without a measure joins the one group that has the very same figure. */
  figureKey: string;
}

/** What every measure of one figure shares (`measureOf`'s `base`). */
type MeasureBase = Pick<Measure, "revision" | "limit" | "words" | "phrase" | "figureKey">;

/**
 * A measure: the base's fields first, then `payee` when given, then what is measured, in the key order a spread of the
 * base followed by these keys gave. Written out because in V8 such a spread gives every object a hidden class of its own.
 */
function measureFrom(base: MeasureBase, keys: string[], strong: boolean, context: string, label: string, payee?: string, figureKey = base.figureKey): Measure {
  if (payee !== undefined) return { revision: base.revision, limit: base.limit, words: base.words, phrase: base.phrase, figureKey, payee, keys, strong, context, label };
  return { revision: base.revision, limit: base.limit, words: base.words, phrase: base.phrase, figureKey, keys, strong, context, label };
}

const STOP = new Set(lists.STOP);
/** Words after a revision cue that make it a date (`earlier this month`, `later on Tuesday`). */
const DATING = lists.DATING_AFTER_CUE.join("|");
const RELATIVE = new Set(lists.RELATIVE);
const CHANGE_VERBS = new Set(lists.CHANGE_VERBS);

/** The noun of an elided figure: `apprehensions have fallen … to 400,000 … from a peak of 1.6 million` → `apprehensions`. */
function elidedNoun(lowers: readonly string[], first: number): string | undefined {
  for (let i = first - 1; i >= Math.max(0, first - 20); i--) {
    if (!CHANGE_VERBS.has(lowers[i]!)) continue;
    for (let j = i - 1; j >= Math.max(0, i - 5); j--) {
      const w = lowers[j]!;
      if (/^[a-z-]{4,}s$/.test(w) && !STOP.has(w) && !/(?:ss|us|is)$/.test(w)) return w;
    }
    return undefined;
  }
  return undefined;
}

/** Frames that split a specific noun's figures (`12 soldiers killed` vs `12 soldiers wounded`). */
const CASUALTY_FRAMES = new Set(lists.CASUALTY_FRAMES);
const BE = new Set(lists.BE);
const EVENT_VERBS = new Set(lists.EVENT_VERBS);
const AGE_LIMIT_NOUNS = new Set(lists.AGE_LIMIT_NOUNS);
const DEFINITE = new Set(lists.DEFINITE_DETERMINERS);
const STATEMENT_VERBS = new Set(lists.STATEMENT_VERBS);
const NAME_SUFFIXES = new Set(["jr", "jr.", "sr", "sr.", "ii", "iii", "iv"]);
/** Capitalised words that name no person (days, months, sentence openers). */
const NOT_NAMES = new Set(lists.NOT_SUBJECT_NAMES);
const RESTRICTING = new Set(lists.RESTRICTING_MODIFIERS);
const ADDRESS_HEADS = new Set(lists.ADDRESS_HEADS);
/** `of the …s` after a figure: the counted noun of a partitive. */
const PARTITIVE = new RegExp(`^\\s+of\\s+${wordAlternation(lists.PARTITIVE_DETERMINERS)}\\s+(?:(?:\\d[\\d,.]*|[\\p{Ll}-]+)\\s+){0,2}?([\\p{Ll}-]+s)\\b`, "u");
/** A hyphenated figure (`35-word`, `two-term`, `46-year-old`): digits or a cardinal word, a hyphen, a noun. */
const GLUED_FIGURE = new RegExp(`(?:\\d|\\b(?:${wordAlternation(numberWords.HYPHEN_CARDINALS)}|[a-z]+teen|[a-z]+ty))-([a-z]+)(-old)?\\b`, "i");

type Word = HeadWord;

/**
 * The document's sentence (from corpus-loader) holding `[start, end)`, or undefined when none holds all of it (a
 * figure in text the loader excluded: it is then read alone).
 */
function sentenceOf(document: Document, start: number, end: number): [number, number] | undefined {
  const sentences = document.sentences ?? [];
  const s = sentences[firstSpanEndingAfter(sentences, start)];
  return s && s.start <= start && end <= s.end ? [s.start, s.end] : undefined;
}

/** Singular of a regular English plural (`rockets` → `rocket`, `casualties` → `casualty`); irregular ones as WordNet lists them. */
export function singular(word: string): string {
  const w = word.toLowerCase();
  const irregular = IRREGULAR_PLURALS.get(w);
  if (irregular) return irregular;
  if (w.length <= 3 || w.endsWith("ss") || w.endsWith("us") || w.endsWith("is")) return w;
  if (w.endsWith("ies")) return w.slice(0, -3) + "y";
  if (/(?:ch|sh|x|ss)es$/.test(w)) return w.slice(0, -2);
  if (w.endsWith("s")) return w.slice(0, -1);
  return w;
}

const IRREGULAR_PLURALS = new Map(lists.IRREGULAR_PLURALS.map((p) => p.split(" ") as [string, string]));

const NUMBER_WORDS = new Set([...numberWords.CARDINAL_WORDS, ...numberWords.DOZEN_WORDS, ...Object.keys(numberWords.UNITS), ...Object.keys(MULTIPLICATIVE_ADVERBS), "times", "time"]);

/**
 * The content words of a figure's noun phrase that say what it counts, singular: no stop word, number word (`dozens`,
 * `nineteen`) or hyphenated figure (`15-year`, `year-old`), which would match any figure of the same size.
 */
function phraseWords(run: readonly Word[]): Set<string> {
  const out = new Set<string>();
  for (const w of run) {
    // "KOs", "KO's", "DVDs": the plural or possessive of an acronym
    const lower = /^\p{Lu}{2,}['’]?s$/u.test(w.text) ? w.lower.replace(/'?s$/, "") : w.lower.replace(/'s?$/, "");
    if (!/^[a-z][a-z']{1,}$/.test(lower)) continue;
    const s = singular(lower);
    if (!STOP.has(lower) && !NUMBER_WORDS.has(lower) && !STOP.has(s) && !NUMBER_WORDS.has(s)) out.add(s);
  }
  return out;
}

const frameIndexes = new WeakMap<MeasureFrames["frames"], Map<string, number>>();

/** Each cue's first frame (by the frames' order), built once per frames object (it was a scan of every list per word). */
function frameIndex(frames: MeasureFrames): Map<string, number> {
  let index = frameIndexes.get(frames.frames);
  if (!index) {
    index = new Map();
    Object.values(frames.frames).forEach((cues, f) => {
      for (const c of cues) if (!index!.has(c)) index!.set(c, f);
    });
    frameIndexes.set(frames.frames, index);
  }
  return index;
}

const MODIFIER_CUES = new Set(lists.MODIFIER_CUES);

/** Whether a noun cue only modifies the noun after it (`death sentence`, `arrest warrant`, `hostage crisis`): it then evokes no frame. */
function modifiesNext(one: string, next: string | undefined): boolean {
  return MODIFIER_CUES.has(one) && next !== undefined && /^[a-z]{3,}$/.test(next) && !STOP.has(next) && !BE.has(next) && !/(?:ed|ing)$/.test(next);
}

/** The first frame a word (or two-word cue starting there) evokes, scanning left to right (right to left with `nearestLast`: the cue nearest a figure after them); at one word the earlier frame in the frames' order wins. An empty word separates two windows. */
function frameOf(lowerWords: readonly string[], frames: MeasureFrames, nearestLast = false): string | undefined {
  const index = frameIndex(frames);
  const names = Object.keys(frames.frames);
  for (let k = 0; k < lowerWords.length; k++) {
    const i = nearestLast ? lowerWords.length - 1 - k : k;
    const one = lowerWords[i]!;
    const a = i + 1 < lowerWords.length ? index.get(`${one} ${lowerWords[i + 1]}`) : undefined;
    const b = a === undefined && modifiesNext(one, lowerWords[i + 1]) ? undefined : index.get(one);
    const f = a === undefined ? b : b === undefined ? a : Math.min(a, b);
    if (f !== undefined) return names[f];
  }
  return undefined;
}

function classOf(noun: string, lexicon: Lexicon): string | undefined {
  for (const [name, members] of Object.entries(lexicon.topicClasses)) if (members.includes(noun) || members.includes(singular(noun))) return name;
  return undefined;
}

/** Keys of a noun: the lexicon's topic class, WordNet concepts of the singular, else the singular itself. */
function nounKeys(noun: string, lexicon: Lexicon): string[] {
  const keys: string[] = [];
  const cls = classOf(noun, lexicon);
  if (cls) keys.push(`class:${cls}`);
  const s = singular(noun);
  keys.push(`noun:${s}`);
  keys.push(...wordnetMeasureKeys(s), ...(s !== noun ? wordnetMeasureKeys(noun) : []));
  return keys;
}

const RELATIVE_OPENERS = new Set(lists.RELATIVE);
const ORDINAL_PERIODS = new Set(lists.PERIOD_ORDINALS);

/**
 * The word indices `[first, last]` of the clause holding words `from`–`to` (clause boundaries: a mark other than a
 * comma, or a word that opens a clause: `who`, `while`, `compared`); a relative clause between commas before the
 * figure (`Obama, who took office in 2009, signed …`) is left out. Read from the sentence's clause tables: constant work.
 */
function clauseAround(reading: SentenceReading, from: number, to: number): [number, number] {
  const n = reading.words.length;
  if (from >= n || to >= n) return [0, n - 1];
  let a = reading.clauseStart[from]!;
  const afterComma = reading.lastComma[from]! > a ? reading.lastComma[from]! : -1;
  if (afterComma > a && RELATIVE_OPENERS.has(reading.lowers[a]!)) a = afterComma;
  return [a, reading.clauseEnd[to]!];
}

/** A word outside the figure's clause, as the year scan reads it. */
const BLANK: Word = { text: "", lower: "", start: 0, end: 0 };
/** How many words from a figure a year may stand and still date it. */
const YEAR_REACH = 9;
/** How far back past a chain of years (`2001-2002 and 2003`) the period scan starts, so that it pairs them as a scan from the clause start would. */
const YEAR_CHAIN_REACH = 64;

const RELATIVE_YEAR: Readonly<Record<string, number>> = { last: -1, this: 0, next: 1 };
const PERIOD_JOINERS = new Set(["to", "through", "and", "until", "till"]);

/**
 * The year nearest a figure (within nine words, in the figure's own clause): a four-digit year, a period of two (`from
 * 2007 to 2014`), or `last`/`this`/`next year` made absolute with the publication year when known. A year in another
 * clause (`Obama, who took office in 2009, signed 23 orders`; `…, compared with 2010`) dates something else.
 */
function nearestYear(reading: SentenceReading, from: number, to: number, publishedYear: number | undefined, text: string): string | undefined {
  const [clauseFrom, clauseTo] = clauseAround(reading, from, to);
  const all = reading.words;
  // words outside the clause are not read (those after it are cut off, those before it read as empty)
  const word = (i: number): Word | undefined => (i > clauseTo ? undefined : i < clauseFrom ? BLANK : all[i]);
  let best: { d: number; key: string } | undefined;
  const isYear = (i: number) => i >= clauseFrom && i <= clauseTo && /^(19|20)\d\d$/.test(all[i]!.text) && !(i >= from && i <= to);
  // only words near the figure can date it: start a little before them, past a chain of years (a period pairs years
  // from the left, so the scan must start where a scan from the clause start would be at a word of its own)
  let i0 = Math.max(clauseFrom, from - YEAR_REACH - 2);
  for (let k = 0; k < YEAR_CHAIN_REACH && i0 > clauseFrom && (isYear(i0 - 1) || isYear(i0 - 2)); k++) i0--;
  const i1 = Math.min(clauseTo, to + YEAR_REACH);
  for (let i = i0; i <= i1; i++) {
    const w = word(i)!;
    let key: string | undefined;
    // a period ("from 2007 to 2014", "2007-2014", "between 2011 and 2014") is one key, however near each end is
    const dash = isYear(i) && isYear(i + 1) && /^\s*[-–—]\s*$/.test(text.slice(w.end, all[i + 1]!.start));
    const joined = isYear(i) && isYear(i + 2) && PERIOD_JOINERS.has(all[i + 1]!.lower);
    if (dash || joined) {
      const j = dash ? i + 1 : i + 2;
      key = `${w.text}-${all[j]!.text}`;
      const d = Math.min(i < from ? from - i : i - to, j < from ? from - j : j - to);
      if (d <= YEAR_REACH && (!best || d < best.d)) best = { d, key };
      i = j;
      continue;
    }
    // "said in 2017 that …": the year of the statement, not of the figure
    if (isYear(i) && !(i >= 2 && word(i - 1)!.lower === "in" && STATEMENT_VERBS.has(word(i - 2)!.lower))) key = w.text;
    else if (Object.prototype.hasOwnProperty.call(RELATIVE_YEAR, w.lower) && (word(i + 1)?.lower === "year" || (word(i + 1)?.lower === "fiscal" && word(i + 2)?.lower === "year"))) key = publishedYear === undefined ? `${w.lower}-year` : String(publishedYear + RELATIVE_YEAR[w.lower]!);
    if (!key) continue;
    const d = i < from ? from - i : i - to;
    if (d <= YEAR_REACH && (!best || d < best.d)) best = { d, key };
  }
  return best?.key;
}

/** What a duration measures: the noun after it (`20 years in prison`) or before it (`a sentence of 15 years`), or its frame; else the same length of time. */
function durationMeasure(value: number | undefined, timeUnit: string, lowers: readonly string[], first: number, last: number, lexicon: Lexicon, frames: MeasureFrames, base: MeasureBase, ctx: (kind: string) => string): Measure {
  // "N years in prison", "N years of investigation", "a sentence of N years"
  const next = lowers.slice(last + 1, last + 4);
  let measured: string | undefined;
  if ((next[0] === "in" || next[0] === "of" || next[0] === "behind") && next[1]) measured = next[1] === "the" || next[1] === "a" ? next[2] : next[1];
  const prevWords = lowers.slice(Math.max(0, first - 3), first);
  if (!measured && prevWords[prevWords.length - 1] === "of" && prevWords[prevWords.length - 2]) measured = prevWords[prevWords.length - 2];
  const frame = frameOf([...lowers.slice(Math.max(0, first - 4), first), "", ...lowers.slice(last + 1, last + 4)], frames);
  const keys: string[] = [];
  if (measured && !STOP.has(measured)) keys.push(...nounKeys(measured, lexicon).map((k) => `duration@${k}`));
  if (frame) keys.push(`duration@frame:${frame}`);
  if (keys.length) return measureFrom(base, keys, true, ctx("duration"), frame ?? measured ?? "duration");
  return measureFrom(base, [`same:duration:${durationDays(value, timeUnit)}`], false, ctx("duration"), "duration");
}

const revisionPatterns = new WeakMap<readonly string[], RegExp>();

/** One pattern for a list of revision cues, compiled once per list (it was compiled per cue and figure): a one-word cue only when no date follows it. */
function revisionPattern(cues: readonly string[]): RegExp {
  let re = revisionPatterns.get(cues);
  if (!re) {
    const escape = (c: string) => c.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/ /g, "\\s+");
    const alternatives = cues.map((c) => (c.includes(" ") ? `${escape(c)}\\b` : `${escape(c)}\\b(?!\\s+(?:${DATING})\\b)`));
    re = new RegExp(`\\b(?:${alternatives.join("|") || "(?!)"})`);
    revisionPatterns.set(cues, re);
  }
  return re;
}

/**
 * The noun compound after a hyphenated figure (`two-year grand jury investigation into` → grand, jury,
 * investigation): from the first lower-case content word, up to three words joined by spaces only, ending before a
 * stop word, a form of `be`, or a participle (`48-page indictment released`); an empty list when there is none.
 */
function compoundAfter(rest: readonly Word[], text: string): Word[] {
  // a capitalised hyphenated compound right after the figure is its noun (`four-time All-Star`, as `four-time NBA
  // all-star`); other capitalised words after it are names (`four-time NBA All-Defensive Team honoree`)
  const capitalised = rest[0] && /^\p{Lu}\p{Ll}*-\p{Lu}/u.test(rest[0].text) ? 0 : -1;
  const from = capitalised >= 0 ? capitalised : rest.findIndex((w) => !/^\p{Lu}/u.test(w.text) && !STOP.has(w.lower));
  if (from < 0) return rest[0] ? [rest[0]] : [];
  const run = [rest[from]!];
  for (let j = from + 1; j < Math.min(rest.length, from + 3); j++) {
    const w = rest[j]!;
    if (text.slice(rest[j - 1]!.end, w.start).trim() !== "" || /^\p{Lu}/u.test(w.text) || STOP.has(w.lower) || BE.has(w.lower) || /(?:ed|ing)$/.test(w.lower) || /^\d/.test(w.text)) break;
    run.push(w);
  }
  return run;
}

/** The group after a generic head (`members of the GOP caucus` → `caucus`): the last word of up to four after `of` before a stop word, lower-case; or undefined. */
function ofGroup(words: readonly Word[], lowers: readonly string[], text: string, last: number, head: string): string | undefined {
  let h = -1;
  for (let i = last; i < Math.min(lowers.length, last + 6); i++) if (lowers[i] === head) h = i;
  if (h < 0 || lowers[h + 1] !== "of") return undefined;
  let noun: string | undefined;
  for (let i = h + 2; i < Math.min(lowers.length, h + 6); i++) {
    const w = lowers[i]!;
    // a comma or other mark ends the phrase
    if (text.slice(words[i - 1]!.end, words[i]!.start).trim() !== "") break;
    if (BE.has(w) || RELATIVE.has(w) || /^\d/.test(w) || (STOP.has(w) && noun !== undefined)) break;
    if (!STOP.has(w)) noun = w;
  }
  return noun;
}

/** `|rel:<verb>` for a definite figure whose noun takes a relative clause (`the 10 Democrats who gathered`), else "". */
function relativeRestriction(lowers: readonly string[], first: number, last: number, head: string): string {
  let h = last;
  for (let i = last; i < Math.min(lowers.length, last + 6); i++) if (lowers[i] === head) h = i;
  const definite = first > 0 && DEFINITE.has(lowers[first - 1]!);
  return definite && RELATIVE.has(lowers[h + 1] ?? "") && lowers[h + 2] && !BE.has(lowers[h + 2]!) && !EVENT_VERBS.has(lowers[h + 2]!) ? `|rel:${lowers[h + 2]}` : "";
}

/**
 * What a quantity claim measures: the counted noun's concept (lexicon topic class, WordNet synonyms and close
 * hypernyms), the frame of its sentence (`killed` → deaths) for generic nouns, the thing a duration or a
 * hyphenated figure measures (`22-month investigation`, `20 years in prison`), an age (`Weiner, 46`,
 * `46-year-old`), with the year and country it is about.
 *
 * @param claim - A quantity claim.
 * @param document - Its document (for the sentence around it).
 * @param lexicon - The lexicon (topic classes, units).
 * @param frames - Frames, generic nouns and revision cues.
 * @param nationality - The country the claim is about, when known.
 * @param personOf - Finds the person entity at a span of the document (ages of one person written differently, `Tara, 33` / `Reid, 33`); without it the name word is the key.
 * @param read - Reads the figure's sentence: pass one reader ({@link createMeasureReader}) to all the figures of one grouping so that each sentence is read once; without it the sentence is read for this figure alone.
 * @returns The measure, or undefined when the claim should not be compared.
 */
export function measureOf(claim: Claim, document: Document | undefined, lexicon: Lexicon, frames: MeasureFrames, nationality: string | undefined, personOf?: PersonOf, read?: SentenceReader): Measure | undefined {
  const q = claim.quantity;
  if (!q || !document) return undefined;
  const text = document.text;
  const [s, e] = sentenceOf(document, claim.start, claim.end) ?? [claim.start, claim.end];
  const reading = (read ?? createMeasureReader())(document, s, e);
  const { words, lowers } = reading;
  const first = firstSpanEndingAfter(words, claim.start);
  let last = first;
  while (last + 1 < words.length && words[last + 1]!.start < claim.end) last++;
  // a revision cue, unless it only dates the sentence (`earlier this month`, `later on Tuesday`)
  const revision = sentenceAnswer(reading, frames.revisionCues, () => revisionPattern(frames.revisionCues).test(reading.lowerText));
  const before = lowers.slice(Math.max(0, first - 3), first).join(" ");
  // "faces up to 20 years", "a maximum of 15 years", "carries a maximum statutory penalty of up to five years"
  const window6 = ` ${lowers.slice(Math.max(0, first - 6), first).join(" ")} `;
  const durationUnit = !!q.unit && Object.prototype.hasOwnProperty.call(TIME_UNITS, q.unit);
  const limit = (q.relation === "lte" || (q.relation === "eq" && durationUnit)) && frames.limitCues.some((c) => before.endsWith(c) || before.includes(`${c} `) || sentenceAnswer(reading, `${c} of`, () => reading.lowerText.includes(`${c} of`)) || window6.includes(` ${c} `));
  const content = contentAround(reading, first, last);
  const phrase = phraseWords([...words.slice(first, last + 1), ...phraseAfter(words, last, text)]);
  const isMoney = !!q.unit && /^[A-Z]{3}$/.test(q.unit);
  const timeUnit = q.unit && Object.prototype.hasOwnProperty.call(TIME_UNITS, q.unit) ? q.unit : undefined;
  const isUnit = !isMoney && !!q.unit && Object.values(lexicon.units).includes(q.unit);
  // a physical unit is compared within its dimension (`200 feet` / `60 metres`), in the dimension's base unit
  const dimension = isUnit && !timeUnit ? UNIT_DIMENSIONS[q.unit!] : undefined;
  const unitKind = isMoney ? q.unit! : timeUnit ? "duration" : dimension ? dimension[0] : isUnit ? q.unit! : q.unit === "%" ? "%" : "count";
  const inBase = (v: number) => (dimension ? Number((v * dimension[1]).toPrecision(6)) : v);
  const published = document.publishedAt ? Number(document.publishedAt.slice(0, 4)) : NaN;
  const year = nearestYear(reading, first, last, Number.isFinite(published) ? published : undefined, text);
  // a stated maximum (`faces up to 20 years`, `a maximum of 15 years`) is compared only with stated maximums, not with a sentence sought or served
  // the named subject of the figure's clause: "Manning completed 17 passes" is not "Garrard completed 28 passes"
  const subjectWord = clauseSubject(words, first);
  const subject = subjectWord && (personOf?.(subjectWord.start, subjectWord.end)?.key ?? subjectWord.lower.replace(/['’]s$/, ""));
  const ctx = (kind: string) => [limit ? `${kind}-limit` : kind, nationality ?? "?", year ?? "?", subject ?? "?"].join("|");
  const figureKey = timeUnit ? `same:duration:${durationDays(q.value, timeUnit)}` : `same:${unitKind}:${q.value === undefined ? `${q.min === undefined ? q.min : inBase(q.min)}-${q.max === undefined ? q.max : inBase(q.max)}` : inBase(q.value)}`;
  const base = { revision, limit, words: content, phrase, figureKey };

  // a number inside a name: "Ground Zero mosque", "Apollo Eleven", "Week 15 loss", "Flight 370"
  if (numberWordInName(claim, words, first, last)) return undefined;
  if (/^\d/.test(text.slice(claim.start, claim.start + 1)) && (isLabelNumber(words, first, text) || isHouseNumber(words, first))) return undefined;
  // "0845 125 2222", "called 911": a telephone number
  if (isPhoneNumber(text, claim.start, claim.end, lowers[first - 1])) return undefined;
  // "02", "0845": a zero-padded numeral is a code or a clock time, not a count
  if (/^0\d/.test(claim.text)) return undefined;
  // "the first half", "the third quarter": a period of a game or year
  if (/^(?:half|quarter)\b/i.test(claim.text) && first > 0 && ORDINAL_PERIODS.has(lowers[first - 1]!)) return undefined;
  // "call 745-4811": a telephone number
  if (/^\d{3}-\d{4}\b/.test(text.slice(claim.start, claim.start + 9))) return undefined;
  // "7:41 left", "at 2:56": the minutes of a clock time
  if (/\d:\s?$/.test(text.slice(Math.max(0, claim.start - 3), claim.start))) return undefined;
  // a win-loss record ("a 162-139 record", "an 18-30 start"): compared only with the same record; its second count is no figure of its own
  const record = recordAt(text, claim.start);
  if (record) {
    if (record.second) return undefined;
    const key = `same:record:${record.for}-${record.against}`;
    return measureFrom(base, [key], false, ctx("record"), `record ${record.for}-${record.against}`, undefined, key);
  }
  // a vote or decision tally ("passed 234-193", "a vote of 134 to 63"): compared only with the same tally; its second count is no figure of its own
  const tally = sentenceAnswer(reading, isTallySentence, () => isTallySentence(lowers)) ? tallyAt(text, claim.start) : undefined;
  if (tally) {
    if (tally.second) return undefined;
    const key = `same:tally:${tally.for}-${tally.against}`;
    return measureFrom(base, [key], false, ctx("tally"), `tally ${tally.for}-${tally.against}`, undefined, key);
  }
  // a hyphenated figure before a noun: "35-word oath", "22-month investigation", "two-term congressman", "46-year-old"
  const after = text.slice(claim.end, claim.end + 60);
  const gluedInText = GLUED_FIGURE.exec(claim.text);
  const gluedAfter = /^-([a-z]+)(-old)?\b/.exec(after);
  const glued = gluedInText ?? gluedAfter;
  if (glued) {
    const unitWord = glued[1]!;
    if (glued[2] && unitWord === "year") {
      // "the 36-year-old champion Klitschko": the name after it first, then one just before ("Sanders, the 74-year-old senator")
      const word = words.slice(last + 1, last + 4).find((w) => /^\p{Lu}[\p{L}'’-]+$/u.test(w.text) && !NAME_SUFFIXES.has(w.lower) && !NOT_NAMES.has(w.lower)) ?? agePerson(words, first, text, claim);
      const person = word && ageKey(word, personOf);
      // "the 26-year-old actress": whose age is not named; compared only with the same age said in similar words
      return person ? measureFrom(base, person.keys, true, "age", `age of ${person.label}`) : measureFrom(base, [], false, "age", "age");
    }
    const restFrom = gluedInText ? claim.start + gluedInText.index + gluedInText[0].length : claim.end + glued[0].length;
    const rest = wordsIn(text, restFrom, Math.min(e, restFrom + 60));
    const run = compoundAfter(rest, text);
    if (!run.length) return undefined;
    const head = run[run.length - 1]!;
    const unit = singular(unitWord);
    // every word of the compound may be its head ("two-year grand jury investigation"): keys of each
    const measured = run.flatMap((w) => nounKeys(w.lower, lexicon).map((k) => `${unit}@${k}`));
    const frame = frameOf(run.map((w) => w.lower), frames);
    // "seven-count indictment" counts seven counts (of the charges frame), like "seven counts"
    if (frame) measured.push(`${unit}@frame:${frame}`, ...nounKeys(unit, lexicon).map((k) => `${frame}@${k}`));
    return measureFrom(base, [...new Set(measured)], true, ctx(timeUnit || TIME_UNITS[unit] ? "duration" : "count"), `${unit}s of the ${head.lower}`);
  }
  // an age bound ("adults over 21") or an age ("Weiner, 46,"); a "Name, N," whose name is not found is not compared
  const age = ageMeasure(claim, text, words, lowers, first, base, ctx, personOf);
  if (age !== null) return age;
  if (timeUnit) return durationMeasure(q.value, timeUnit, lowers, first, last, lexicon, frames, base, ctx);
  if (isMoney) {
    const payee = payeeOf(words, last);
    return measureFrom(base, [`same:${unitKind}:${q.value ?? `${q.min}-${q.max}`}`], false, ctx(unitKind), `amount (${q.unit})`, payee || undefined);
  }
  if (isUnit || q.unit === "%") {
    return measureFrom(base, [figureKey], false, ctx(unitKind), unitKind === "%" ? "share" : q.unit!);
  }
  // a counted noun; when the parser found none: a capitalised plural (`33 Senate Democrats`), a quoted noun
  // (`30 "national emergencies"`), or a partitive (`31 of those emergencies`: a part, not the whole)
  let unitWords = (q.unit ?? "").toLowerCase();
  let part = "";
  const capitalPlural = /^(?:\p{Lu}[\p{L}.]*\s+){0,2}(\p{Lu}\p{Ll}+s)\b/u.exec(q.subject ?? "");
  if (capitalPlural) unitWords = capitalPlural[1]!.toLowerCase();
  // "amended 27 times": what the verb's event nouns count ("27 amendments")
  if (unitWords === "times" || (!unitWords && /^\s+times\b/i.test(text.slice(claim.end, claim.end + 8)))) {
    const events = timesEventNouns(words, first);
    if (events.length) return measureFrom(base, [...new Set(events.flatMap((n) => nounKeys(n, lexicon)))], true, ctx("count"), `${events[0]}s`);
  }
  if (!unitWords) {
    const tail = text.slice(claim.end, Math.min(e, claim.end + 60));
    const m = /^\s+["“]?((?:\p{Lu}[\p{L}.]*\s+){0,2}\p{Lu}\p{Ll}+s|[\p{Ll}-]+(?:\s+[\p{Ll}-]+)?)["”]?(?=[\s,.;:]|$)/u.exec(tail);
    const partitive = PARTITIVE.exec(tail);
    if (partitive) {
      unitWords = partitive[1]!;
      part = "part-of:";
    } else if (m && /["“]/.test(tail.slice(0, 3)) || (m && /^\s+\p{Lu}/u.test(tail) && /s$/.test(m[1]!))) unitWords = m![1]!.toLowerCase();
    else if (elidedNoun(lowers, first)) unitWords = elidedNoun(lowers, first)!;
    else {
      // "put the death toll at 9": a bare figure after a casualty word of its clause
      // the casualty word nearest the figure: "killing 612 people and wounding around 1,400" counts the wounded
      const frame = frameOf(lowers.slice(Math.max(0, first - 6), first), frames, true);
      if (frame && CASUALTY_FRAMES.has(frame)) return measureFrom(base, [`frame:${frame}`], true, ctx("count"), frame);
      // a bare large figure ("from a peak of 1.6 million"): compared only with the same figure of a noun elsewhere
      if (q.value !== undefined && Math.abs(q.value) >= 10_000 && (q.relation === "eq" || q.relation === "approx")) return measureFrom(base, [`same:count:${q.value}`], false, ctx("count"), "count");
      // "from 1965 to 1970": years, not a count
      if (/^(?:\D*\b(?:1[89]|20)\d\d\b)+\D*$/.test(claim.text)) return undefined;
      return unkeyed(base, ctx, "count");
    }
  }
  // "five senior Missouri Republicans", "five past and present senators": a count above one counts a plural noun, past the adjectives the parser took
  if (/^[a-z]+$/.test(unitWords) && singular(unitWords) === unitWords && ((q.value ?? q.min ?? 0) > 1)) {
    const plural = countedHeadAfter(words, last, text);
    if (plural) unitWords = plural;
  }
  const head = unitWords.split(/\s+/).pop()!;
  // an address: "the 12000 block of East 223rd Street"
  if (ADDRESS_HEADS.has(head) && /^\s+of\b/.test(text.slice(claim.end, claim.end + 4))) return undefined;
  // "four other murders", "50 more people", "another 5": a further part, not what the other figures count
  // the words before the figure back to a conjunction: "10 people were killed and 80 people were injured" counts the injured
  const before3 = lowers.slice(Math.max(0, first - 3), first);
  const joined = Math.max(before3.lastIndexOf("and"), before3.lastIndexOf("or"), before3.lastIndexOf("but"));
  const window = [...before3.slice(joined + 1), "", ...lowers.slice(last + 1, last + 5)];
  const generic = frames.genericHeads.includes(head) || classOf(head, lexicon) === "people";
  // "two women and one man died": a part of the people counted, not the total
  const other = restricted(claim.text, lowers[first - 1]) || (generic && isEnumeratedPart(words, first, last)) ? "other:" : "";
  let frame = frameOf([head], frames) ?? frameOf(window.filter((w) => !BE.has(w)), frames);
  // a specific noun keeps its own meaning; only what happened to the people or things counted splits it
  if (!generic && frame && !CASUALTY_FRAMES.has(frame) && !frameOf([head], frames)) frame = undefined;
  // only beings are killed, injured or arrested: "two helicopters … evacuating injured" counts helicopters; a casualty
  // word right after the counted noun says what happened to what it counts, whatever the noun ("Two climbers killed")
  const nextWord = lowers.slice(last + 1, last + 4).find((w) => !BE.has(w));
  const rightAfter = nextWord !== undefined && frameOf([nextWord], frames) === frame;
  if (!generic && frame && CASUALTY_FRAMES.has(frame) && !frameOf([head], frames) && !rightAfter && !isBeingNoun(singular(head)) && !isBeingNoun(head)) frame = undefined;
  // a generic noun with an `of` group: "42 members of the GOP caucus", "the 42 members of the Republican caucus"
  const group = generic && !frame ? ofGroup(words, lowers, text, last, head) : undefined;
  if (group && !part) {
    const keys = nounKeys(group, lexicon).map((k) => `of@${k}`);
    return measureFrom(base, keys, true, ctx("count"), `${head} of the ${group}`);
  }
  if (generic && !frame) {
    // the verb of the clause: "two people were arrested", "killed 12 people"
    const verbAfter = lowers.slice(last + 1, last + 5).find((w) => !BE.has(w) && /ed$/.test(w));
    const verbBefore = first > 0 && /ed$/.test(lowers[first - 1]!) ? lowers[first - 1] : undefined;
    const verb = verbAfter ?? verbBefore;
    if (!verb) return unkeyed(base, ctx, head);
    frame = `verb:${verb}`;
  }
  // a relative clause restricts what is counted: "the 10 Democrats who gathered" is not "33 Democrats voted"
  const rel = relativeRestriction(lowers, first, last, head);
  const keys = (rel || other ? (k: string[]) => k.map((x) => other + x + rel) : (k: string[]) => k)(part ? nounKeys(head, lexicon).map((k) => `${part}${k}`) : generic ? [`frame:${frame}`] : frame && frame !== "votes" && frame !== "investigation" ? [`frame:${frame}`, ...nounKeys(head, lexicon).map((k) => `${frame}@${k}`)] : nounKeys(head, lexicon));
  return measureFrom(base, keys as string[], true, ctx("count"), generic ? frame!.replace(/^verb:/, "people ") : frame && frame !== "votes" ? `${frame} (${head})` : classOf(head, lexicon) ?? head);
}

/** How many words either side of a figure its sentence's content words are read from (the whole sentence, but in a run-on list or table). */
const CONTENT_REACH = 100;

/** The content words of the figure's sentence (within {@link CONTENT_REACH} words of it), singular, its own words left out. */
function contentAround(reading: SentenceReading, first: number, last: number): Set<string> {
  const content = new Set<string>();
  const to = Math.min(reading.words.length - 1, last + CONTENT_REACH);
  for (let i = Math.max(0, first - CONTENT_REACH); i <= to; i++) {
    const w = reading.contentWords[i];
    if (w !== undefined && (i < first || i > last)) content.add(w);
  }
  return content;
}

/** An answer about the whole sentence, computed once per sentence and question. */
function sentenceAnswer(reading: SentenceReading, question: unknown, answer: () => boolean): boolean {
  let found = reading.memo.get(question);
  if (found === undefined) reading.memo.set(question, (found = answer()));
  return found;
}

/**
 * A sentence reader for {@link measureOf}: pass the same one for all the figures of one grouping, so that a sentence
 * with many figures is read once (its words, clauses and content words), not once per figure. It keeps the sentences
 * of the document read last only: read figures document by document (as `groupClaims` does).
 *
 * @returns A reader keeping the current document's sentences (at most 64).
 */
export function createMeasureReader(): SentenceReader {
  return createSentenceReader(singular);
}

/**
 * Whether a number word after a capitalised word is part of a name (`Ground Zero mosque`, `Apollo Eleven`, `IE Zero Day
 * flaw`) rather than a count. A headline or dateline run into the sentence puts a count there too: it stays a count
 * when it counts a plural noun in lower case (`… Island of Qeshm Ten people are killed`) or follows an abbreviation in
 * capitals with a lower-case word after it (`7:12pm BST Three people, one of them …`).
 */
function numberWordInName(claim: Claim, words: readonly Word[], first: number, last: number): boolean {
  if (!/^\p{Lu}/u.test(claim.text) || first === 0 || !/^\p{Lu}/u.test(words[first - 1]!.text) || /^\d/.test(claim.text)) return false;
  // a capital inside the figure's own words (`Zero Day`) makes it a name
  if (/\s\p{Lu}/u.test(claim.text)) return true;
  const q = claim.quantity!;
  const unit = q.unit ?? "";
  if ((q.value ?? 0) >= 2 && /^\p{Ll}+$/u.test(unit) && (singular(unit) !== unit || unit === "people")) return false;
  return !(/^\p{Lu}{2,}$/u.test(words[first - 1]!.text) && /^\p{Ll}/u.test(words[last + 1]?.text ?? ""));
}

/** A count whose measure is not known (`27` alone, `five people` with no verb): no key; it is compared only with the same figure in a sentence that shares its context (`linkSameFigureInContext`). */
function unkeyed(base: MeasureBase, ctx: (kind: string) => string, label: string): Measure {
  return measureFrom(base, [], false, ctx("count"), label);
}

/** Whether a count is a further part (`four other murders`, `50 more people`, `another 5`): a restricting modifier after its first word (not `more than`), or before it. */
function restricted(claimText: string, before: string | undefined): boolean {
  if (before !== undefined && (before === "another" || before === "additional" || before === "further")) return true;
  const ws = claimText.toLowerCase().split(/\s+/);
  for (let i = 1; i < ws.length; i++) if (RESTRICTING.has(ws[i]!) && !(ws[i] === "more" && ws[i + 1] === "than")) return true;
  return false;
}


/**
 * An age bound (`adults over 21`, `anyone 21 or older`, `children under 5`, `people aged 65 and over`) or the age of a
 * person (`Weiner, 46,`, `who is 46`, `aged 46`, `Malia and Sasha Obama, aged 16 and 13 respectively`); a key-less age
 * measure when its person is not found (compared only with the same age said in similar words), null when the
 * figure is not an age.
 */
function ageMeasure(claim: Claim, text: string, words: readonly Word[], lowers: readonly string[], first: number, base: MeasureBase, ctx: (kind: string) => string, personOf: PersonOf | undefined): Measure | undefined | null {
  const q = claim.quantity!;
  if (q.unit || q.value === undefined || q.value <= 0 || q.value > 110) return null;
  if (q.relation !== "eq" && q.relation !== "approx" && q.relation !== "range") {
    const prevWord = wordBeforeBound(lowers, first);
    if (/\b(?:older|younger)$/i.test(claim.text) || /^(?:aged?|ages)$/.test(prevWord ?? "") || (prevWord !== undefined && AGE_LIMIT_NOUNS.has(prevWord))) {
      return measureFrom(base, ["age-limit"], true, ctx("age-limit"), "age limit");
    }
    return null;
  }
  if (q.relation !== "eq" || !Number.isInteger(q.value)) return null;
  const respective = respectiveAge(words, first);
  if (respective) return measureFrom(base, [`age:${respective}`], true, "age", `age of ${respective}`);
  const prev = text.slice(Math.max(0, claim.start - 14), claim.start);
  if ((prev.endsWith(", ") && /^\p{Lu}/u.test(lastWordOf(prev.slice(0, -2))) && /^[,.;)]/.test(text.slice(claim.end, claim.end + 1))) || /\b(?:who is|aged|age|turns|turned|turn)\s$/i.test(prev)) {
    const word = agePerson(words, first, text, claim);
    const person = word && ageKey(word, personOf);
    // whose age is not found ("died Thursday at age 85"): compared only with the same age said in similar words
    return person ? measureFrom(base, person.keys, true, "age", `age of ${person.label}`) : measureFrom(base, [], false, "age", "age");
  }
  return null;
}

/** The word before an age bound, past `over`/`under`/`above`/`below` (`adults over 21` → `adults`, `people aged 65` → `aged`). */
function wordBeforeBound(lowers: readonly string[], first: number): string | undefined {
  let i = first - 1;
  if (["over", "under", "above", "below"].includes(lowers[i] ?? "")) i--;
  return i >= 0 ? lowers[i] : undefined;
}

/** `A and B [Surname], aged X and Y respectively` (two names, two ages, in order): the person of the age whose first word is `first`, lower-case, or undefined. */
function respectiveAge(words: readonly Word[], first: number): string | undefined {
  // the first `respectively` after the figure, when it is one or three words after it (a later one fails the test below)
  let r = -1;
  for (let i = first + 1; i <= first + 3 && i < words.length && r < 0; i++) if (words[i]!.lower === "respectively") r = i;
  if (r < 5 || !(first === r - 3 || first === r - 1)) return undefined;
  const lower = (i: number) => words[i]?.lower ?? "";
  const name = (i: number) => (i >= 0 && /^\p{Lu}/u.test(words[i]!.text) ? words[i]!.lower : undefined);
  if (lower(r - 2) !== "and" || !/^\d+$/.test(lower(r - 1)) || !/^\d+$/.test(lower(r - 3)) || !(lower(r - 4) === "aged" || lower(r - 4) === "ages")) return undefined;
  // "Malia and Sasha, aged …" or "Malia and Sasha Obama, aged …"
  const and = lower(r - 6) === "and" ? r - 6 : lower(r - 7) === "and" ? r - 7 : -1;
  if (and < 0) return undefined;
  return first === r - 3 ? name(and - 1) : name(and + 1);
}

/** The capitalised name after `at`/`from`/`on` within ten words after an amount (`at Best Buy`, `from Build-A-Bear`), lower-case. */
function payeeOf(words: readonly Word[], last: number): string | undefined {
  for (let i = last + 1; i < Math.min(words.length - 1, last + 11); i++) {
    const w = words[i]!.lower;
    if (w !== "at" && w !== "from" && w !== "on") continue;
    const name: string[] = [];
    for (let j = i + 1; j < Math.min(words.length, i + 5) && /^\p{Lu}/u.test(words[j]!.text); j++) name.push(words[j]!.lower);
    if (name.length > 0) return name.join(" ");
  }
  return undefined;
}

/** The last word of a string (letters, apostrophes, periods, hyphens). */
function lastWordOf(s: string): string {
  let i = s.length;
  while (i > 0 && /[\p{L}'’.-]/u.test(s[i - 1]!)) i--;
  return s.slice(i);
}

function durationDays(value: number | undefined, unit: string): string {
  return value === undefined ? "?" : String(Math.round(value * TIME_UNITS[unit]!));
}

/** The person an age is about: the capitalised name just before (`Weiner, 46`, `Arcade Joseph Comeaux Jr., 49` → Comeaux), or the subject of `who is 46`. */
function agePerson(words: readonly Word[], first: number, text: string, claim: Claim): Word | undefined {
  for (let i = first - 1; i >= Math.max(0, first - 6); i--) {
    const w = words[i]!;
    if (NAME_SUFFIXES.has(w.lower) || STOP.has(w.lower) || NOT_NAMES.has(w.lower) || /^i['’]/.test(w.lower)) continue;
    if (/^\p{Lu}[\p{L}'’-]+$/u.test(w.text) && !["The", "A", "An", "Mr.", "Ms.", "Mrs."].includes(w.text) && text.slice(w.end, claim.start).length < 40) return w;
  }
  return undefined;
}

/** Who an age is about, as keys and a label: the person entity whose mention holds the name word when one does (`Tara, 33` and `Reid, 33` are one person), and the word itself. */
function ageKey(w: Word, personOf: PersonOf | undefined): { keys: string[]; label: string } {
  const found = personOf?.(w.start, w.end);
  const name = w.lower.replace(/['’]s$/, "");
  // the word stays a key too: an age read without an entity (`Malia and Sasha, aged 16 and 13 respectively`) still meets it
  return found ? { keys: [`age:${found.key}`, `age:${name}`], label: found.label } : { keys: [`age:${name}`], label: name };
}

/** Finds the person entity whose mention holds `[start, end)` of the claim's document: its key and name. */
export type PersonOf = (start: number, end: number) => { key: string; label: string } | undefined;
