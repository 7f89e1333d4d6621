import type { ClaimContext } from "../pipeline.js";
import { classifySpeaker, isAdjunctOpener, isCueToken, isNpToken, NOUN_LIKE_CUES, PRONOUNS, rangeText, speakerAfter, speakerBefore, type SpeakerPhrase } from "../speaker.js";
import { isSpaceCode as isSpace, tokenAt, type Token } from "@newsparse/corpus-loader";
import type { QuoteSpan } from "./quote-scan.js";
import { ADDING_CUES, ADJUNCT_PREPS, AUXILIARIES, BRIDGE, CLAUSE_MARKERS, closingAttribution, isParticleCue, isQuoteCue, SPEAKER_PUNCTUATION, SUBJECT_LINKS, VERB_LIKE_WORDS, type Attribution } from "./quote-attribution.js";
import * as lists from "../lexicon/quote-words.js";

const TIME_WORDS = new Set(lists.ADJUNCT_TIME_WORDS);

/**
 * The subject that opens a clause, up to its first finite verb (`Hillary Clinton immediately posted …`,
 * `Band member Flea shared …`, `He then adopted …`): the speaker of a participle or coordinated cue later in
 * the clause (`…, saying, “`, `… and joked, “`). Adverbs in `-ly` between subject and verb are skipped; a verb in
 * `-ed` or an irregular past is preferred to a word in `-s`, which is more often a plural noun.
 */
function clauseSubject(tokens: readonly Token[], from: number, to: number): SpeakerPhrase | null {
  // an opening adjunct ends at a comma ("Here in Columbia, Sanders stepped up …"): the subject follows it
  for (let start = from; start < to; ) {
    const first = tokens[start];
    if (!first) return null;
    // an opening adjunct ("At Sunday night’s debate,", "Here in Columbia,") is not a subject: skip to its comma
    // "As Trump likes to say, “…”": the subject follows `as`
    if (start === from && first.lower === "as" && tokens[start + 1]?.cap) {
      start++;
      continue;
    }
    // "Immediately after the attacks,": an adverb in -ly before a lower-case word opens an adjunct too
    const adjunct = first.word && (!isNpToken(first) || (first.lower.length > 6 && first.lower.endsWith("ly") && !!tokens[start + 1]?.word && !tokens[start + 1]!.cap));
    let sVerb = -1;
    let e = start + 1;
    for (; e < Math.min(to, start + 12); e++) {
      const t = tokens[e]!;
      if (!t.word) {
        if (t.text === "’" || t.text === "'" || t.text === "-" || t.text === ".") continue;
        break;
      }
      if (t.cap) continue;
      if (!adjunct && (first.cap || PRONOUNS.has(first.lower))) {
        if (/ed$/.test(t.lower) || VERB_LIKE_WORDS.has(t.lower)) return subjectBefore(tokens, start, e);
        if (sVerb < 0 && /[^s’']s$/.test(t.lower)) sVerb = e;
      }
    }
    if (sVerb > 0) return subjectBefore(tokens, start, sVerb);
    if (tokens[e]?.text !== ",") return null;
    start = e + 1;
  }
  return null;
}

function subjectBefore(tokens: readonly Token[], from: number, verb: number): SpeakerPhrase | null {
  let e = verb;
  // adverbs in -ly and auxiliaries before the verb ("Silverman was joined …") are not part of the subject
  while (e > from + 1 && tokens[e - 1]!.word && !tokens[e - 1]!.cap && ((tokens[e - 1]!.lower.endsWith("ly") && tokens[e - 1]!.lower.length > 4) || AUXILIARIES.has(tokens[e - 1]!.lower))) e--;
  while (e > from && !tokens[e - 1]!.word) e--;
  return e > from && e - from <= 6 ? { from, to: e } : null;
}

/**
 * A name that opens the sentence, then an appositive between commas (which may hold commas, a relative clause),
 * then the cue (`Harry Bond, 30, of Raleigh, N.C., who was among those polled, said …`): the name is the speaker and
 * the stretch between is its description. Only when the cue follows a comma (or `to`/`and` after one).
 */
function namedSubjectWithAppositive(context: ClaimContext, tokens: readonly Token[], lowerBound: number, cue: number): SpeakerPhrase | null {
  let c = cue - 1;
  while (c > lowerBound && !tokens[c]!.word && tokens[c]!.text !== ",") c--;
  if (tokens[c]?.text !== ",") {
    // "…, interjected to say:" → the comma before the verb
    let v = cue - 1;
    while (v > lowerBound && tokens[v]!.word && cue - v <= 3) v--;
    if (tokens[v]?.text !== ",") return null;
    c = v;
  }
  if (c - lowerBound > 45) return null;
  let e = lowerBound;
  while (e < c && e - lowerBound < 7 && (tokens[e]!.cap || tokens[e]!.text === "." || tokens[e]!.text === "’" || tokens[e]!.text === "'" || tokens[e]!.text === "-" || (tokens[e]!.word && /^(?:of|de|van|von|la|le)$/.test(tokens[e]!.lower)))) e++;
  if (e === lowerBound || tokens[e]?.text !== "," || e >= c) return null;
  for (let j = e; j < c; j++) if (!tokens[j]!.word && !SPEAKER_PUNCTUATION.has(tokens[j]!.text)) return null;
  const kind = classifySpeaker(rangeText(context.text, tokens, lowerBound, e), context.sets).kind;
  if (kind !== "person" && kind !== "institution") return null;
  return { from: lowerBound, to: e, description: { from: e + 1, to: c } };
}

const PAIRED_DASHES = new Set(["—", "–", "-", "--"]);

/**
 * A name that opens the sentence, then (after a comma stretch or directly) a parenthetical between dashes, then the
 * cue, maybe after an adverb (`Flynn, speaking on Thursday — his first remarks since July — also said, “…”`,
 * `Flynn – a retired general – said`): the name is the speaker.
 */
function subjectAcrossDashes(context: ClaimContext, tokens: readonly Token[], lowerBound: number, cue: number): SpeakerPhrase | null {
  let c = cue - 1;
  while (c > lowerBound && cue - c <= 3 && tokens[c]!.word && !tokens[c]!.cap && /ly$|^(?:also|then|again|later|further|once|still)$/.test(tokens[c]!.lower)) c--;
  if (!PAIRED_DASHES.has(tokens[c]?.text ?? "") || !isSpace(context.text.charCodeAt(tokens[c]!.start - 1))) return null;
  let open = c - 1;
  while (open > lowerBound && c - open <= 25 && !PAIRED_DASHES.has(tokens[open]!.text)) {
    if (!tokens[open]!.word && !SPEAKER_PUNCTUATION.has(tokens[open]!.text)) return null;
    open--;
  }
  if (open <= lowerBound || !PAIRED_DASHES.has(tokens[open]!.text) || open + 1 >= c) return null;
  // the name that opens the sentence, up to a comma or the opening dash
  let e = lowerBound;
  while (e < open && e - lowerBound < 7 && (tokens[e]!.cap || tokens[e]!.text === "." || tokens[e]!.text === "’" || tokens[e]!.text === "'" || tokens[e]!.text === "-")) e++;
  if (e === lowerBound || !(e === open || tokens[e]?.text === ",")) return null;
  for (let j = e; j < open; j++) {
    const t = tokens[j]!;
    if (t.word ? CLAUSE_MARKERS.has(t.lower) || isCueToken(t, context.sets) : !SPEAKER_PUNCTUATION.has(t.text)) return null;
  }
  const kind = classifySpeaker(rangeText(context.text, tokens, lowerBound, e), context.sets).kind;
  return kind === "person" || kind === "institution" ? { from: lowerBound, to: e } : null;
}

/**
 * A cue followed by a prepositional adjunct, then the quote (`Mr. Trump said of the episode, “…`,
 * `Romney tweeted in response: “…`): the stretch opens with a preposition and holds no clause (no `that`, no
 * subject pronoun, no finite verb).
 */
function cueBeforeAdjunct(context: ClaimContext, tokens: readonly Token[], k0: number, lowerBound: number): Attribution | null {
  const end = tokens[k0]?.text === "," || tokens[k0]?.text === ":" ? k0 : k0 + 1;
  for (let j = end - 2; j >= Math.max(lowerBound, end - 16); j--) {
    const t = tokens[j]!;
    if (!t.word) {
      // a hyphenated word (`an op-ed piece`)
      if (t.text === "-" && tokens[j - 1]?.word && tokens[j - 1]!.end === t.start) continue;
      return null;
    }
    const compound = tokens[j - 1]?.text === "-" || t.lower.includes("-");
    if (CLAUSE_MARKERS.has(t.lower) || (!t.cap && !compound && (/ed$/.test(t.lower) || VERB_LIKE_WORDS.has(t.lower)) && !isCueToken(t, context.sets))) return null;
    if (isCueToken(t, context.sets) && !NOUN_LIKE_CUES.has(t.lower)) {
      if (!ADJUNCT_PREPS.has(tokens[j + 1]?.lower ?? "") && !TIME_WORDS.has(tokens[j + 1]?.lower ?? "")) return null;
      const before = speakerBefore(tokens, j, lowerBound);
      const named = before && before.from > lowerBound ? namedSubjectWithAppositive(context, tokens, lowerBound, j) : null;
      const sp = (named && before && named.to <= before.from ? named : before) ?? (tokens[j - 1]?.text === "," || tokens[j - 1]?.lower === "and" ? clauseSubject(tokens, lowerBound, j) : null);
      return sp ? { phrase: sp, cue: { from: j, to: j + 1 }, endToken: j + 1 } : null;
    }
  }
  return null;
}

/**
 * The attribution before a quote: a cue (`wrote in an email, “`, `Said X, “`), a named source or a clause ending
 * in a colon, or a sentence that is only an attribution.
 *
 * @param context - Document context.
 * @param tokens - Paragraph tokens.
 * @param q - The quote.
 * @param lowerBound - Token index of the previous quote's end (or the sentence start).
 * @returns The attribution, or null.
 */
export function preAttribution(context: ClaimContext, tokens: readonly Token[], q: QuoteSpan, lowerBound: number): Attribution | null {
  const k0 = tokenAt(tokens, q.start) - 1;
  return cueBefore(context, tokens, q, lowerBound) ?? statementBefore(tokens, k0, lowerBound) ?? namedBeforeColon(context, tokens, k0, lowerBound) ?? subjectBeforeColon(context, tokens, k0, lowerBound) ?? sentenceBefore(context, tokens, k0) ?? inTheWordsOf(context, tokens, k0, lowerBound);
}

/** "In Trump’s words, “…”", "In the words of one aide, “…”": the owner of the words is the speaker. */
function inTheWordsOf(context: ClaimContext, tokens: readonly Token[], k0: number, lowerBound: number): Attribution | null {
  if (tokens[k0]?.text !== "," || tokens[lowerBound]?.lower !== "in" || k0 - lowerBound < 3) return null;
  let phrase: SpeakerPhrase | null = null;
  if (tokens[k0 - 1]?.lower === "words" && /[’']s$/.test(tokens[k0 - 2]?.lower ?? "")) {
    // "In Trump’s words": the possessor, written with its possessive (as PolNeAR marks it)
    phrase = speakerBefore(tokens, k0 - 1, lowerBound + 1);
    if (phrase && phrase.from !== lowerBound + 1) phrase = null;
  } else if (tokens[lowerBound + 1]?.lower === "the" && tokens[lowerBound + 2]?.lower === "words" && tokens[lowerBound + 3]?.lower === "of") {
    phrase = speakerAfter(tokens, lowerBound + 4, k0);
    if (phrase && (phrase.to !== k0 || phrase.description)) phrase = null;
  }
  if (!phrase) return null;
  const kind = classifySpeaker(rangeText(context.text, tokens, phrase.from, phrase.to), context.sets).kind;
  return kind === "unknown" ? null : { phrase, cue: { from: lowerBound, to: k0 }, endToken: k0 };
}

/**
 * "Trump issued the following statement: “…”", "Hoff’s letter makes a libertarian-style case: “…”": a clause
 * ending in a colon right before the quote speaks through its subject, when that subject is a person, an
 * organisation, a pronoun or a document and its verb is a past form (or an `-s` form after a singular head).
 */
export function subjectBeforeColon(context: ClaimContext, tokens: readonly Token[], k0: number, lowerBound: number): Attribution | null {
  if (tokens[k0]?.text !== ":" || k0 - lowerBound < 2) return null;
  const first = tokens[lowerBound]!;
  if (!first.word || !(first.cap || PRONOUNS.has(first.lower))) return null;
  let e = lowerBound + 1;
  // "Flynn, in an interview with Al Jazeera, went further:": an appositive or adjunct between commas after the subject
  let verb = -1;
  let appositive: SpeakerPhrase["description"];
  while (e < Math.min(k0, lowerBound + 7) && (tokens[e]!.cap || !tokens[e]!.word || !(AUXILIARIES.has(tokens[e]!.lower) || /ed$/.test(tokens[e]!.lower) || VERB_LIKE_WORDS.has(tokens[e]!.lower) || (/[^s]s$/.test(tokens[e]!.lower) && !/s$/.test(tokens[e - 1]!.lower) && !/^(?:the|a|an|this|that|these|those)$/.test(tokens[e - 1]!.lower))))) {
    if (tokens[e]!.text === "," && e > lowerBound) {
      let c = e + 1;
      while (c < Math.min(k0, e + 16) && tokens[c]!.text !== "," && (tokens[c]!.word || SPEAKER_PUNCTUATION.has(tokens[c]!.text))) c++;
      const v = tokens[c + 1];
      if (!(tokens[c]?.text === "," && c > e + 1 && v?.word && !v.cap && (/ed$/.test(v.lower) || VERB_LIKE_WORDS.has(v.lower) || AUXILIARIES.has(v.lower)))) return null;
      verb = c + 1;
      // "Senate Majority Leader Mitch McConnell, R-Ky., delivered a blunt message:": an appositive, not an adjunct, describes the subject
      if (!isAdjunctOpener(tokens[e + 1]!)) appositive = { from: e + 1, to: c };
      break;
    }
    if (!tokens[e]!.word && tokens[e]!.text !== "’" && tokens[e]!.text !== "'" && tokens[e]!.text !== "." && tokens[e]!.text !== "-") return null;
    e++;
  }
  if (verb > 0 && verb >= k0) return null;
  if (verb < 0 && (e >= k0 || e >= lowerBound + 7)) return null;
  // "Here is …", "The results were …": the subject must be a noun phrase that does not end in a determiner
  if (!tokens.slice(lowerBound, e).every((x) => !x.word || isNpToken(x)) || /^(?:the|a|an|this|that)$/.test(tokens[e - 1]!.lower)) return null;
  const phrase: SpeakerPhrase = { from: lowerBound, to: e };
  if (appositive) phrase.description = appositive;
  const kind = classifySpeaker(rangeText(context.text, tokens, lowerBound, e), context.sets).kind;
  if (kind === "unknown") return null;
  // a clause that reports speech itself ("X said the plan was:") is read by the cue rules
  for (let j = verb > 0 ? verb : e; j < k0; j++) if (isCueToken(tokens[j], context.sets) && !NOUN_LIKE_CUES.has(tokens[j]!.lower)) return null;
  return { phrase, cue: { from: k0, to: k0 + 1 }, endToken: k0 + 1 };
}

/**
 * "Sam Lau, the party's spokesman, said in a statement. “…”": a sentence that is only an attribution (speaker,
 * cue, an adjunct) right before a quote that opens the next sentence attributes that quote.
 */
function sentenceBefore(context: ClaimContext, tokens: readonly Token[], k0: number): Attribution | null {
  const stop = tokens[k0];
  if (!stop || (stop.text !== "." && stop.text !== ":")) return null;
  let s0 = k0 - 1;
  while (s0 >= 0 && k0 - s0 < 40 && (tokens[s0]!.word || SPEAKER_PUNCTUATION.has(tokens[s0]!.text)) && !(tokens[s0]!.text === "." && !isAbbreviationPeriod(tokens, s0))) s0--;
  if (s0 >= 0 && !(tokens[s0]!.text === "." || tokens[s0]!.text === "!" || tokens[s0]!.text === "?")) return null;
  const at = closingAttribution(context, tokens, s0 + 1, k0 + 1, 24);
  return at && at.endToken <= k0 ? at : null;
}

function isAbbreviationPeriod(tokens: readonly Token[], i: number): boolean {
  const before = tokens[i - 1];
  return !!before && before.word && before.text.length <= 3 && before.cap && !!tokens[i + 1] && tokens[i + 1]!.text !== "“" && (tokens[i + 1]!.text === "," || tokens[i + 1]!.cap);
}

/**
 * "… doesn’t surprise Republican pollster Daron Shaw: “…”", "Pollsters agree - Carl Bialik: “…”": a named person or
 * organisation right before a colon introduces the quote (PolNeAR's cue is the colon). Not after a preposition
 * (`told reporters in Paris:` is read by the cue rules).
 */
export function namedBeforeColon(context: ClaimContext, tokens: readonly Token[], k0: number, lowerBound: number): Attribution | null {
  if (tokens[k0]?.text !== ":" || k0 - 1 < lowerBound) return null;
  // "Rep. Trey Gowdy (R-S.C.):": a party/state parenthetical between the name and the colon
  let nameEnd = k0;
  if (tokens[k0 - 1]?.text === ")") for (let x = k0 - 2; x >= Math.max(lowerBound, k0 - 9) && nameEnd === k0; x--) if (tokens[x]!.text === "(") nameEnd = x;
  if (!tokens[nameEnd - 1]?.word || nameEnd - 1 < lowerBound) return null;
  let sp = speakerBefore(tokens, nameEnd, lowerBound);
  if (!sp || sp.description) return null;
  // "Pollsters agree - Carl Bialik:": the source is what follows the last dash
  for (let j = sp.to - 1; j > sp.from; j--) {
    if (!tokens[j]!.word && tokens[j]!.text === "-" && j + 1 < sp.to && isSpace(context.text.charCodeAt(tokens[j]!.start - 1))) {
      sp = { from: j + 1, to: sp.to };
      break;
    }
  }
  // "The senator emailed supporters:", "… doesn’t surprise pollster Daron Shaw:": the source is what follows the clause's
  // last verb (none left: the clause's subject is read by subjectBeforeColon)
  for (let j = sp.to - 1; j >= sp.from; j--) {
    const t = tokens[j]!;
    if (!t.word || t.cap) continue;
    const negated = /n[’']t$/.test(t.lower);
    if (!(negated || AUXILIARIES.has(t.lower) || /ed$/.test(t.lower) || VERB_LIKE_WORDS.has(t.lower) || /n[’']t$/.test(tokens[j - 1]?.lower ?? ""))) continue;
    const from = negated && tokens[j + 1]?.word && !tokens[j + 1]!.cap ? j + 2 : j + 1;
    if (from >= sp.to) return null;
    sp = { from, to: sp.to };
    break;
  }
  if (ADJUNCT_PREPS.has(tokens[sp.from - 1]?.lower ?? "")) return null;
  // a capital that only opens the sentence shows no name ("Wait:"), unless the word is written with it inside a
  // sentence elsewhere in the text ("Clinton: “…” Bush: “…”")
  if (!tokens.slice(sp.from, sp.to).some((x, i) => x.cap && (i > 0 || sp.from > lowerBound)) && !(sp.to - sp.from === 1 && capitalisedInside(context.text, tokens[sp.from]!.text))) return null;
  if (!["person", "institution"].includes(classifySpeaker(rangeText(context.text, tokens, sp.from, sp.to), context.sets).kind)) return null;
  return { phrase: nameEnd < k0 ? { ...sp, description: { from: nameEnd, to: k0 } } : sp, cue: { from: k0, to: k0 + 1 }, endToken: k0 + 1 };
}

const SPEECH_OBJECTS = new Set(lists.SPEECH_OBJECT_NOUNS);
const SUBORDINATORS = new Set(lists.SUBORDINATORS);

/** Token after the last subordinating word between `from` and `to` (the start of the innermost clause), or `to` when there is none. */
function subordinateStart(tokens: readonly Token[], from: number, to: number): number {
  for (let j = to - 1; j > from; j--) if (SUBORDINATORS.has(tokens[j]!.lower) && !tokens[j]!.cap) return j + 1;
  return to;
}

/**
 * "Trump issued a statement, “…”": a clause whose object is a speech noun, then a comma and the quote; the clause's
 * subject speaks (the cue is the noun).
 */
function statementBefore(tokens: readonly Token[], k0: number, lowerBound: number): Attribution | null {
  if (tokens[k0]?.text !== "," || !SPEECH_OBJECTS.has(tokens[k0 - 1]?.lower ?? "") || k0 - 1 <= lowerBound) return null;
  const subject = clauseSubject(tokens, lowerBound, k0 - 1);
  if (!subject || subject.to >= k0 - 1) return null;
  for (let i = subject.to; i < k0 - 1; i++) if (!tokens[i]!.word || ADJUNCT_PREPS.has(tokens[i]!.lower) || PLACE_PREPS.has(tokens[i]!.lower)) return null;
  return { phrase: subject, cue: { from: k0 - 1, to: k0 }, endToken: k0 };
}
const PLACE_PREPS = new Set(lists.PLACE_PREPOSITIONS);

/**
 * A cue right after a noun of something said or written, the object of the clause (`released a statement saying`,
 * `posted a video that said`): the subject of that clause, read up to its verb.
 */
function speechObject(tokens: readonly Token[], k: number, lowerBound: number): SpeakerPhrase | null {
  let noun = k - 1;
  if (tokens[noun]?.lower === "that" || tokens[noun]?.lower === "which") noun--;
  if (noun <= lowerBound || !SPEECH_OBJECTS.has(tokens[noun]!.lower)) return null;
  if (!(ADDING_CUES.has(tokens[k]!.lower) || (noun < k - 1 && /(?:said|says|read|reads|stated|states)$/.test(tokens[k]!.lower)))) return null;
  const subject = clauseSubject(tokens, lowerBound, noun);
  if (!subject || subject.to >= noun) return null;
  // the noun is the verb's object, not a preposition's (`posted her message under a headline that said`: the headline speaks)
  for (let i = subject.to; i < noun; i++) if (!tokens[i]!.word || ADJUNCT_PREPS.has(tokens[i]!.lower) || PLACE_PREPS.has(tokens[i]!.lower)) return null;
  return subject;
}

/** True when `word` (capitalised) occurs after a lower-case letter or a comma and a space: a name, not a sentence opener. */
function capitalisedInside(text: string, word: string): boolean {
  if (word.length < 3 || !/^\p{Lu}\p{Ll}+$/u.test(word)) return false;
  // one linear pass per text (a document is parsed paragraph after paragraph)
  if (insideCache.text !== text) insideCache = { text, words: wordsCapitalisedInside(text) };
  return insideCache.words.has(word);
}
let insideCache: { text: string; words: Set<string> } = { text: "", words: new Set() };

function wordsCapitalisedInside(text: string): Set<string> {
  const out = new Set<string>();
  for (let i = 2; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 65 || c > 90 || text.charCodeAt(i - 1) !== 32) continue;
    const before = text.charCodeAt(i - 2);
    if (before !== 44 && !(before >= 97 && before <= 122)) continue;
    let e = i + 1;
    while (e < text.length && text.charCodeAt(e) >= 97 && text.charCodeAt(e) <= 122) e++;
    if (e - i >= 3 && !/\p{L}/u.test(text[e] ?? "")) out.add(text.slice(i, e));
    i = e - 1;
  }
  return out;
}

function cueBefore(context: ClaimContext, tokens: readonly Token[], q: QuoteSpan, lowerBound: number): Attribution | null {
  const { sets } = context;
  const k0 = tokenAt(tokens, q.start) - 1;
  let k = k0;
  const limit = Math.max(lowerBound, k0 - 8);
  let sawTold = false;
  // "told reporters in Paris: “…”": the place after `told` is part of the bridge
  let toldAhead = false;
  for (let j = Math.max(limit, 0); j <= k0; j++) if (tokens[j]?.lower === "told") toldAhead = true;
  // "Said Dorothy Poynter, who grew up with Ali, “…”", "Continued Stone: “…”": the cue opens the sentence
  const opener = tokens[lowerBound];
  if (opener && opener.cap && lowerBound < k0 && isCueToken(opener, sets) && /(?:ed|id|aid)$/.test(opener.lower)) {
    const sp = speakerAfter(tokens, lowerBound + 1, k0 + 1);
    if (sp) return { phrase: sp, cue: { from: lowerBound, to: lowerBound + 1 }, endToken: sp.to };
  }
  const lead = tokens[k0];
  if (lead && (lead.text === ":" || lead.text === ",") && k0 - 2 >= lowerBound && tokens[k0 - 1]?.lower === "it" && (tokens[k0 - 2]?.lower === "put" || tokens[k0 - 2]?.lower === "puts")) {
    // "As Professor Foner put it: “…”"
    const sp = speakerBefore(tokens, k0 - 2, lowerBound);
    if (sp) return { phrase: sp, cue: { from: k0 - 2, to: k0 }, endToken: k0 };
  }
  while (k >= limit) {
    const t = tokens[k]!;
    if (t.lower === "according" && tokens[k + 1]?.lower === "to") {
      // "according to X, “…”"
      const sp = speakerAfter(tokens, k + 2, k0 + 1);
      if (sp) return { phrase: sp, cue: { from: k, to: k + 2 }, endToken: sp.to };
      return null;
    }
    // a capitalised cue inside the sentence is a name (`the Washington Post`, `The New York Times`)
    if ((isQuoteCue(t, sets) || isParticleCue(tokens, k)) && !(t.cap && k > lowerBound) && k < k0 + 1 && !(t.lower === "told" && sawTold)) {
      // "She released a statement saying, “…”", "Trump put out a video that said, “…”": the clause's subject speaks through it
      const through = speechObject(tokens, k, lowerBound);
      if (through) return { phrase: through, cue: { from: k, to: k + 1 }, endToken: k + 1 };
      const sp = speakerBefore(tokens, k, lowerBound);
      if (sp) {
        // a phrase found inside the appositive of the name that opens the sentence ("Harry Bond, 30, of Raleigh, N.C., who …, said") is not the speaker
        const named = sp.from > lowerBound ? namedSubjectWithAppositive(context, tokens, lowerBound, k) : null;
        return { phrase: named && named.to <= sp.from ? named : sp, cue: { from: k, to: k + 1 }, endToken: k + 1 };
      }
      // "Clinton posted a comment of her own, saying, “…”": a participle after a comma speaks for the clause's subject
      // "He then adopted a fake accent and joked, “…”": a cue coordinated with the clause's verb, same subject
      // "He went on to say, “…”", "Husted continued by saying, “…”", "… before saying, “…”": the same subject
      if ((ADDING_CUES.has(t.lower) && tokens[k - 1]?.text === ",") || (SUBJECT_LINKS.has(tokens[k - 1]?.lower ?? "") && k - 1 > lowerBound)) {
        // the clause may be subordinate ("… was so subdued that Mr. Trump was prompted to say, “…”")
        const subject = clauseSubject(tokens, lowerBound, k - 1) ?? clauseSubject(tokens, subordinateStart(tokens, lowerBound, k - 1), k - 1);
        if (subject) return { phrase: subject, cue: { from: k, to: k + 1 }, endToken: k + 1 };
      }
      // "James Zogby, a Sanders superdelegate from the District and the president of …, said: “…”": a long appositive
      const named = namedSubjectWithAppositive(context, tokens, lowerBound, k) ?? subjectAcrossDashes(context, tokens, lowerBound, k);
      if (named) return { phrase: named, cue: { from: k, to: k + 1 }, endToken: k + 1 };
      if (t.lower !== "told") return null;
    }
    if (t.lower === "told") sawTold = true;
    if (!(BRIDGE.has(t.lower) || (t.word && !t.cap && t.lower.length > 4 && t.lower.endsWith("ly")) || (t.cap && t.word && (sawTold || toldAhead)) || (t.word && /^[A-Z]/.test(t.text) && tokens[k - 1]?.lower === "told"))) {
      // also allow a speaker NP between "according to" and the comma
      if (t.word) {
        k--;
        if (k >= limit && tokens.slice(limit, k + 1).some((x) => x.lower === "according")) continue;
        return cueBeforeAdjunct(context, tokens, k0, lowerBound);
      }
      if (t.text !== ",") return null;
    }
    k--;
  }
  return null;
}
