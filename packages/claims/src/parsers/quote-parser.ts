import type { Parser } from "@newsparse/corpus-loader";
import type { ClaimContext, Segment } from "../pipeline.js";
import type { Claim, Speaker } from "../schema.js";
import { classifySpeaker, isCueToken, isNpToken, NOUN_LIKE_CUES, PRONOUNS, rangeText, speakerAfter, speakerBefore, type SpeakerPhrase } from "../speaker.js";
import { isSpaceCode as isSpace, isWordCode as isWordChar, tokenAt, type Token } from "@newsparse/corpus-loader";
import * as lists from "../lexicon/quote-words.js";

/** A quotation found by {@link scanQuotes}: offsets include the quotation marks. */
export interface QuoteSpan {
  start: number;
  end: number;
  /** True when no closing mark was found before the end of the stretch. */
  unterminated: boolean;
}

const OPEN_CURLY = 0x201c;
const CLOSE_CURLY = 0x201d;
const STRAIGHT = 0x22;
const OPEN_GUILLEMET = 0xab;
const CLOSE_GUILLEMET = 0xbb;
const LOW_OPEN = 0x201e; // „

/**
 * Find double-quoted stretches in `text[from, to)` with one linear scan.
 * Curly (“ ”), straight (") and guillemet (« ») marks; quotes of another
 * kind inside a quote, and single quotes, are nested content. A quote still
 * open at `to` is returned as unterminated and ends at the last non-space
 * character.
 *
 * @param text - The document text.
 * @param from - Start of the stretch (a paragraph).
 * @param to - End of the stretch.
 * @returns Quotes in text order.
 * @example
 * ```ts
 * import { scanQuotes } from "@newsparse/claims";
 *
 * console.log(scanQuotes("He said “yes.” Then “no", 0, 22)); // [{ start: 8, end: 14, unterminated: false }, { start: 20, end: 22, unterminated: true }]
 * ```
 */
export function scanQuotes(text: string, from: number, to: number): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  let openAt = -1;
  let kind: "curly" | "straight" | "guillemet" | "double-apostrophe" | null = null;
  let depth = 0;
  // other-kind marks seen inside the open quote: mixed pairs (“…" and "…”) close only when no nested quote of that kind is open
  let straightInside = 0;
  let curlyInside = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    // ''…'' and ``…'' (newswire / Penn Treebank style double quotes)
    if ((c === 39 || c === 96) && i + 1 < to && text.charCodeAt(i + 1) === c) {
      if (kind === null) {
        kind = "double-apostrophe";
        openAt = i;
        i++;
        continue;
      }
      if (kind === "double-apostrophe" && c === 39) {
        // ''' closes a nested single quote, then the double one (‘…’”)
        const triple = i + 2 < to && text.charCodeAt(i + 2) === 39 ? 1 : 0;
        out.push({ start: openAt, end: i + 2 + triple, unterminated: false });
        kind = null;
        i += 1 + triple;
        continue;
      }
      i++;
      continue;
    }
    if (c === OPEN_CURLY || c === LOW_OPEN) {
      if (kind === null) {
        kind = "curly";
        openAt = i;
        depth = 1;
        straightInside = 0;
      } else if (kind === "curly") {
        // “…,“ said X: an opening mark typed for the closing one, after the quote's last punctuation and before a space
        const prev = text.charCodeAt(i - 1);
        const next = i + 1 < to ? text.charCodeAt(i + 1) : 32;
        if (depth === 1 && (prev === 44 || prev === 46 || prev === 63 || prev === 33) && isSpace(next)) {
          out.push({ start: openAt, end: i + 1, unterminated: false });
          kind = null;
        } else depth++;
      } else if (kind === "straight") curlyInside++;
    } else if (c === CLOSE_CURLY) {
      if (kind === "straight") {
        if (curlyInside > 0) curlyInside--;
        else {
          // "…” (straight opening, curly closing)
          out.push({ start: openAt, end: i + 1, unterminated: false });
          kind = null;
        }
      } else if (kind === "curly") {
        depth--;
        if (depth === 0) {
          out.push({ start: openAt, end: i + 1, unterminated: false });
          kind = null;
        }
      }
    } else if (c === OPEN_GUILLEMET) {
      if (kind === null) {
        kind = "guillemet";
        openAt = i;
        depth = 1;
      } else if (kind === "guillemet") depth++;
    } else if (c === CLOSE_GUILLEMET) {
      if (kind === "guillemet") {
        depth--;
        if (depth === 0) {
          out.push({ start: openAt, end: i + 1, unterminated: false });
          kind = null;
        }
      }
    } else if (c === STRAIGHT) {
      const prev = i > from ? text.charCodeAt(i - 1) : 32;
      const next = i + 1 < to ? text.charCodeAt(i + 1) : 32;
      if (kind === null) {
        // not an inch mark (5'11") and not followed by a space
        if (!(prev >= 48 && prev <= 57) && !isSpace(next) && i + 1 < to) {
          kind = "straight";
          openAt = i;
          curlyInside = 0;
        }
      } else if (kind === "curly") {
        // “…," (curly opening, straight closing after punctuation), unless it closes a nested "…"
        if (depth === 1 && straightInside === 0 && (prev === 44 || prev === 46 || prev === 63 || prev === 33) && (i + 1 >= to || isSpace(next))) {
          out.push({ start: openAt, end: i + 1, unterminated: false });
          kind = null;
        } else straightInside++;
      } else if (kind === "straight") {
        if (!isWordChar(next) || i + 1 >= to) {
          out.push({ start: openAt, end: i + 1, unterminated: false });
          kind = null;
        }
      }
    }
  }
  if (kind !== null && openAt >= 0) {
    let end = to;
    while (end > openAt + 1 && isSpace(text.charCodeAt(end - 1))) end--;
    if (end > openAt + 1) out.push({ start: openAt, end, unterminated: true });
  }
  return out;
}

/** Tokens allowed between a cue and the quote it introduces (`wrote in an email, “…`). */
const BRIDGE = new Set(lists.BRIDGE);

/** Participles that introduce another quote of the speaker just quoted (`he said, adding, “…”`). */
const ADDING_CUES = new Set(lists.ADDING_CUES);

/** Verbs that are speech cues only with their particle: `shot back`, `went on`, `chimed in`, `fired back`. */
const PARTICLE_CUES = new Map(Object.entries(lists.PARTICLE_CUES));
const VERB_LIKE_WORDS = new Set(lists.VERB_LIKE_WORDS);
const ADJUNCT_PREPS = new Set(lists.ADJUNCT_PREPS);
const SUBJECT_LINKS = new Set(lists.SUBJECT_LINKS);
const QUOTE_ADJACENT_CUES = new Set(lists.QUOTE_ADJACENT_CUES);

/** A cue verb, or a verb that reports speech only right next to a quotation (`“…,” the sign read`, `Hannity pressed`). */
function isQuoteCue(t: Token | undefined, sets: ClaimContext["sets"]): boolean {
  return isCueToken(t, sets) || (!!t && t.word && QUOTE_ADJACENT_CUES.has(t.lower));
}
const AUXILIARIES = new Set(lists.AUXILIARIES);
/** Punctuation allowed inside a speaker phrase between a quote and its cue (`P&G`, `R-Ky.`, `(D-Nev.)`). */
const SPEAKER_PUNCTUATION = new Set([",", "-", "’", "'", "&", ".", "(", ")"]);
const CLAUSE_MARKERS = new Set(lists.CLAUSE_MARKERS);
const TIME_WORDS = new Set(lists.ADJUNCT_TIME_WORDS);

interface Attribution {
  phrase: SpeakerPhrase;
  cue: { from: number; to: number };
  /** Token index just after the attribution. */
  endToken: number;
}

const QUOTE_CHARS = new Set([0x201d, 0x22, 0x27, 0x60, 0xbb, 0x2019]);

function lastContentChar(text: string, q: { start: number; end: number }): number {
  let i = q.end - 1;
  let marks = 0;
  while (i > q.start && marks < 3 && QUOTE_CHARS.has(text.charCodeAt(i))) {
    i--;
    marks++;
  }
  while (i > q.start && isSpace(text.charCodeAt(i))) i--;
  return text.charCodeAt(i);
}

function postAttribution(context: ClaimContext, tokens: readonly Token[], q: QuoteSpan, bound: number): Attribution | null {
  return attributionRightAfter(context, tokens, q, bound) ?? attributionAtSentenceEnd(context, tokens, q, bound);
}

/**
 * A quote that opens its sentence, whose sentence goes on past the closing mark and ends in an attribution
 * after a comma (`"This will be a challenge" for Clinton, said Kunin.`, `"…" because she would expand her lead, he
 * said.`): the sentence's speaker is the quote's.
 */
function attributionAtSentenceEnd(context: ClaimContext, tokens: readonly Token[], q: QuoteSpan, bound: number): Attribution | null {
  if (isPartial(context.text, q)) return null;
  const k0 = tokenAt(tokens, q.start) - 1;
  const before = tokens[k0];
  if (before && !(before.text === "." || before.text === "!" || before.text === "?")) return null;
  let k = tokenAt(tokens, q.end);
  let comma = -1;
  const limit = Math.min(bound, k + 40);
  for (; k < limit; k++) {
    const t = tokens[k]!;
    if (t.text === "." || t.text === "!" || t.text === "?") break;
    if (t.text === ",") comma = k;
    else if (!t.word && !SPEAKER_PUNCTUATION.has(t.text)) return null;
  }
  if (comma < 0 || k >= limit || tokens[k]?.text !== "." || comma + 1 >= k) return null;
  const first = tokens[comma + 1]!;
  if (isQuoteCue(first, context.sets)) {
    const sp = speakerAfter(tokens, comma + 2, k);
    return sp && (sp.description ? sp.description.to : sp.to) === k ? { phrase: sp, cue: { from: comma + 1, to: comma + 2 }, endToken: sp.to } : null;
  }
  return closingAttribution(context, tokens, comma + 1, k + 1, 24);
}

function attributionRightAfter(context: ClaimContext, tokens: readonly Token[], q: QuoteSpan, bound: number): Attribution | null {
  const { text, sets } = context;
  let k = tokenAt(tokens, q.end);
  if (k >= bound) return null;
  const last = lastContentChar(text, q);
  const commaInside = last === 44 || last === 63 || last === 33 || last === 0x2014 || last === 0x2013 || last === 45;
  let commaAfter = false;
  if (tokens[k]?.text === ",") {
    commaAfter = true;
    k++;
  }
  const first = tokens[k];
  if (!first || k >= bound) return null;
  const partial = isPartial(text, q);
  if (!(commaInside || commaAfter || partial || !first.cap)) return closingAttribution(context, tokens, k, bound);
  const limit = Math.min(bound, k + 12);
  // "“…,” according to a court document filed by …"
  if (first.lower === "according" && tokens[k + 1]?.lower === "to") {
    const sp = speakerAfter(tokens, k + 2, Math.min(bound, k + 60));
    return sp ? { phrase: sp, cue: { from: k, to: k + 2 }, endToken: sp.description ? sp.description.to : sp.to } : null;
  }
  // "as the first official put it"
  if (first.lower === "as") {
    const sp = speakerAfterUntilCue(context, tokens, k + 1, limit);
    if (sp) return sp;
    return null;
  }
  // "said a senior military official"
  if (isQuoteCue(first, sets)) {
    const sp = speakerAfter(tokens, k + 1, Math.min(bound, k + 60));
    if (sp) return { phrase: sp, cue: { from: k, to: k + 1 }, endToken: sp.description ? sp.description.to : sp.to };
    return null;
  }
  // "“…,” Ed Lorenzen, senior adviser to the centrist Committee for a Responsible Federal Budget, said."
  return speakerAfterUntilCue(context, tokens, k, Math.min(bound, k + 24));
}

/**
 * After a quote that ends its own sentence (`“… again.” Grubbs said.`, `''…'' former Gov. Jeb Bush said on
 * Twitter.`): a sentence that is only "<speaker> <cue>", with at most a prepositional or time adjunct, can only
 * attribute the quote before it. A complement (`Trump said he …`, `said that …`) makes it a sentence of its own.
 */
function closingAttribution(context: ClaimContext, tokens: readonly Token[], k: number, bound: number, reach = 12): Attribution | null {
  const at = speakerAfterUntilCue(context, tokens, k, Math.min(bound, k + reach));
  if (!at) return null;
  let j = at.endToken;
  const next = tokens[j];
  if (next && next.word && !ADJUNCT_PREPS.has(next.lower) && !TIME_WORDS.has(next.lower)) return null;
  for (; j < Math.min(bound, at.endToken + 14); j++) {
    const t = tokens[j]!;
    if (t.text === "." || t.text === "!" || t.text === "?") return at;
    if (t.word ? CLAUSE_MARKERS.has(t.lower) || (!t.cap && (/ed$/.test(t.lower) || VERB_LIKE_WORDS.has(t.lower))) : t.text !== "," && t.text !== "’" && t.text !== "'" && t.text !== "-") return null;
  }
  return j >= tokens.length || j === bound ? at : null;
}

/** "<speaker> [adverb] <cue>" starting exactly at `k`. */
function speakerAfterUntilCue(context: ClaimContext, tokens: readonly Token[], k: number, limit: number): Attribution | null {
  for (let j = k + 1; j < limit; j++) {
    const t = tokens[j]!;
    if (isQuoteCue(t, context.sets) && NOUN_LIKE_CUES.has(t.lower) && tokens[j + 1]?.word) continue;
    const particle = PARTICLE_CUES.get(t.lower);
    const particleCue = particle !== undefined && particle === tokens[j + 1]?.lower;
    if (isQuoteCue(t, context.sets) || t.lower === "put" || particleCue) {
      // "Senate Minority Leader Harry M. Reid (D-Nev.) said": a party/state parenthetical before the cue
      let open = -1;
      if (tokens[j - 1]?.text === ")") for (let x = j - 2; x >= Math.max(k + 1, j - 9) && open < 0; x--) if (tokens[x]!.text === "(") open = x;
      let sp = speakerBefore(tokens, open > k ? open : j, k);
      if (sp && open > k && !sp.description) sp = { ...sp, description: { from: open, to: j } };
      // "“…,” spokesperson Jane Roe said": lower-case role words before the name belong to the speaker
      if (sp && sp.from > k && sp.from - k <= 4 && tokens.slice(k, sp.from).every((x) => x.word && !x.cap && isNpToken(x) && !isCueToken(x, context.sets) && !ROLE_GAP_STOP.has(x.lower))) sp = { ...sp, from: k };
      if (sp && sp.from === k) {
        let cueTo = j + 1;
        if (t.lower === "put" && tokens[cueTo]?.lower === "it") cueTo++;
        if (particleCue) cueTo++;
        else if (tokens[cueTo]?.lower === "out" && (t.lower === "pointed" || t.lower === "blurted" || t.lower === "blurts" || t.lower === "called" || t.lower === "spoke" || t.lower === "lashed")) cueTo++;
        return { phrase: sp, cue: { from: j, to: cueTo }, endToken: cueTo };
      }
      return null;
    }
    if (!t.word && !SPEAKER_PUNCTUATION.has(t.text)) return null;
  }
  return null;
}

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
    const adjunct = first.word && !isNpToken(first);
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
  while (e > from + 1 && tokens[e - 1]!.word && !tokens[e - 1]!.cap && tokens[e - 1]!.lower.endsWith("ly") && tokens[e - 1]!.lower.length > 4) e--;
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

/**
 * A cue followed by a prepositional adjunct, then the quote (`Mr. Trump said of the episode, “…`,
 * `Romney tweeted in response: “…`): the stretch opens with a preposition and holds no clause (no `that`, no
 * subject pronoun, no finite verb).
 */
function cueBeforeAdjunct(context: ClaimContext, tokens: readonly Token[], k0: number, lowerBound: number): Attribution | null {
  const end = tokens[k0]?.text === "," || tokens[k0]?.text === ":" ? k0 : k0 + 1;
  for (let j = end - 2; j >= Math.max(lowerBound, end - 10); j--) {
    const t = tokens[j]!;
    if (!t.word) return null;
    if (CLAUSE_MARKERS.has(t.lower) || (!t.cap && (/ed$/.test(t.lower) || VERB_LIKE_WORDS.has(t.lower)) && !isCueToken(t, context.sets))) return null;
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

function preAttribution(context: ClaimContext, tokens: readonly Token[], q: QuoteSpan, lowerBound: number): Attribution | null {
  const k0 = tokenAt(tokens, q.start) - 1;
  return cueBefore(context, tokens, q, lowerBound) ?? namedBeforeColon(context, tokens, k0, lowerBound) ?? subjectBeforeColon(context, tokens, k0, lowerBound) ?? sentenceBefore(context, tokens, k0);
}

/**
 * "Trump issued the following statement: “…”", "Hoff’s letter makes a libertarian-style case: “…”": a clause
 * ending in a colon right before the quote speaks through its subject, when that subject is a person, an
 * organisation, a pronoun or a document and its verb is a past form (or an `-s` form after a singular head).
 */
function subjectBeforeColon(context: ClaimContext, tokens: readonly Token[], k0: number, lowerBound: number): Attribution | null {
  if (tokens[k0]?.text !== ":" || k0 - lowerBound < 2) return null;
  const first = tokens[lowerBound]!;
  if (!first.word || !(first.cap || PRONOUNS.has(first.lower))) return null;
  let e = lowerBound + 1;
  while (e < Math.min(k0, lowerBound + 7) && (tokens[e]!.cap || !tokens[e]!.word || !(AUXILIARIES.has(tokens[e]!.lower) || /ed$/.test(tokens[e]!.lower) || VERB_LIKE_WORDS.has(tokens[e]!.lower) || (/[^s]s$/.test(tokens[e]!.lower) && !/s$/.test(tokens[e - 1]!.lower) && !/^(?:the|a|an|this|that|these|those)$/.test(tokens[e - 1]!.lower))))) {
    if (!tokens[e]!.word && tokens[e]!.text !== "’" && tokens[e]!.text !== "'" && tokens[e]!.text !== "." && tokens[e]!.text !== "-") return null;
    e++;
  }
  if (e >= k0 || e >= lowerBound + 7) return null;
  // "Here is …", "The results were …": the subject must be a noun phrase that does not end in a determiner
  if (!tokens.slice(lowerBound, e).every((x) => !x.word || isNpToken(x)) || /^(?:the|a|an|this|that)$/.test(tokens[e - 1]!.lower)) return null;
  const phrase: SpeakerPhrase = { from: lowerBound, to: e };
  const kind = classifySpeaker(rangeText(context.text, tokens, lowerBound, e), context.sets).kind;
  if (kind === "unknown") return null;
  // a clause that reports speech itself ("X said the plan was:") is read by the cue rules
  for (let j = e; j < k0; j++) if (isCueToken(tokens[j], context.sets) && !NOUN_LIKE_CUES.has(tokens[j]!.lower)) return null;
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
function namedBeforeColon(context: ClaimContext, tokens: readonly Token[], k0: number, lowerBound: number): Attribution | null {
  if (tokens[k0]?.text !== ":" || k0 - 1 < lowerBound || !tokens[k0 - 1]!.word) return null;
  let sp = speakerBefore(tokens, k0, lowerBound);
  if (!sp || sp.description) return null;
  // "Pollsters agree - Carl Bialik:": the source is what follows the last dash
  for (let j = sp.to - 1; j > sp.from; j--) {
    if (!tokens[j]!.word && tokens[j]!.text === "-" && j + 1 < sp.to && isSpace(context.text.charCodeAt(tokens[j]!.start - 1))) {
      sp = { from: j + 1, to: sp.to };
      break;
    }
  }
  if (ADJUNCT_PREPS.has(tokens[sp.from - 1]?.lower ?? "")) return null;
  if (!tokens.slice(sp.from, sp.to).some((x, i) => x.cap && (i > 0 || sp.from > lowerBound))) return null;
  if (!["person", "institution"].includes(classifySpeaker(rangeText(context.text, tokens, sp.from, sp.to), context.sets).kind)) return null;
  return { phrase: sp, cue: { from: k0, to: k0 + 1 }, endToken: k0 + 1 };
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
    if (isQuoteCue(t, sets) && !(t.cap && k > lowerBound) && k < k0 + 1 && !(t.lower === "told" && sawTold)) {
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
        const subject = clauseSubject(tokens, lowerBound, k - 1);
        if (subject) return { phrase: subject, cue: { from: k, to: k + 1 }, endToken: k + 1 };
      }
      // "James Zogby, a Sanders superdelegate from the District and the president of …, said: “…”": a long appositive
      const named = namedSubjectWithAppositive(context, tokens, lowerBound, k);
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

/** A paragraph ending "… X said:" (or "X:") introduces the quote in the next paragraph. */
function colonAttribution(context: ClaimContext, seg: Segment): { speaker: Speaker; cue: NonNullable<Claim["cue"]> } | null {
  const tokens = seg.tokens;
  const n = tokens.length;
  if (n < 2 || tokens[n - 1]!.text !== ":") return null;
  const sentence = seg.sentences[seg.sentences.length - 1];
  const from = sentence ? sentence[0] : 0;
  for (let k = n - 2; k >= Math.max(from, n - 10); k--) {
    const t = tokens[k]!;
    if (!t.word) {
      if (t.text === "," ) continue;
      return null;
    }
    if (isCueToken(t, context.sets)) {
      const sp = speakerBefore(tokens, k, from);
      if (!sp) return null;
      return { speaker: makeSpeaker(context, tokens, sp), cue: { text: t.text, start: t.start, end: t.end } };
    }
  }
  return null;
}

const SMALL_WORDS = new Set(lists.SMALL_WORDS);
const ROLE_GAP_STOP = new Set(lists.ROLE_GAP_STOP);

/** True for a quoted title (`“The Nightly Show with Larry Wilmore.”`): most words capitalised, short. */
function isTitleLike(quoted: string): boolean {
  const words = quoted.split(/\s+/).map((w) => w.replace(/^[^\p{L}\p{N}]+/u, "")).filter(Boolean);
  if (words.length === 0 || words.length > 14) return false;
  const content = words.filter((w) => !SMALL_WORDS.has(w.toLowerCase()));
  if (content.length === 0) return false;
  const caps = content.filter((w) => /^\p{Lu}/u.test(w)).length;
  return caps / content.length >= 0.8 && words.length >= 2;
}

/** True when a quote starts with a lower-case letter (a phrase quoted inside a sentence). */
export function isPartial(text: string, q: { start: number; end: number }): boolean {
  for (let i = q.start + 1; i < q.end; i++) {
    const c = text.charCodeAt(i);
    if (isSpace(c) || c === 0x2026 || c === 46 || c === 0x2018 || c === 39 || c === 96) continue;
    const ch = text[i]!;
    return ch !== ch.toUpperCase() && ch === ch.toLowerCase();
  }
  return false;
}

/**
 * Build a {@link Speaker} from a phrase.
 *
 * @param context - Document context.
 * @param tokens - Tokens the phrase indexes.
 * @param phrase - The phrase.
 * @returns The speaker.
 */
export function makeSpeaker(context: ClaimContext, tokens: readonly Token[], phrase: SpeakerPhrase): Speaker {
  const start = tokens[phrase.from]!.start;
  const end = tokens[phrase.to - 1]!.end;
  const text = context.text.slice(start, end);
  const { kind, anonymous } = classifySpeaker(text, context.sets);
  const speaker: Speaker = { text, anonymous, kind, start, end };
  if (phrase.description) {
    speaker.description = rangeText(context.text, tokens, phrase.description.from, phrase.description.to);
    const ps = Math.min(start, tokens[phrase.description.from]!.start);
    const pe = Math.max(end, tokens[phrase.description.to - 1]!.end);
    // only when name and description are adjacent (one comma or nothing between)
    const gap = phrase.description.from >= phrase.to ? phrase.description.from - phrase.to : phrase.from - phrase.description.to;
    if (gap <= 1) speaker.phrase = { text: context.text.slice(ps, pe), start: ps, end: pe };
  }
  return speaker;
}

/**
 * True when a quote after an attributed quote in the same paragraph sits inside a sentence: the token before it is a
 * word that is not a cue (`he said on “Meet the Press.”`, `Cruz said after a brief "I'm sorry"`), so it names or
 * mentions something rather than continuing the speech. A quote after `,` `:` `.` or a cue continues as before.
 */
function embedded(context: ClaimContext, tokens: readonly Token[], q: QuoteSpan, prev: Claim): boolean {
  const b = tokenAt(tokens, q.start) - 1;
  const t = tokens[b];
  if (!t || t.start < prev.end) return false;
  if (!t.word && t.text !== "’" && t.text !== "'") return false;
  if (t.word && (isCueToken(t, context.sets) || ADDING_CUES.has(t.lower) || t.lower === "that")) return false;
  return true;
}

const OPENING_MARKS = new Set(["“", '"', "'", "‘", "`", "«", "„"]);
const CLOSING_MARKS = new Set(["”", '"', "'", "’", "»"]);
const CLOSING_PUNCTUATION = new Set([",", ".", "!", "?"]);

/** `s` without a run of `chars` at its end; a loop, not `/[…]+$/`, which is quadratic on a long run of them. */
function trimEnd(s: string, chars: ReadonlySet<string>): string {
  let end = s.length;
  while (end > 0 && chars.has(s[end - 1]!)) end--;
  return s.slice(0, end);
}

/** `s` without opening quote marks at its start and closing ones at its end. */
function trimQuoteMarks(s: string): string {
  let start = 0;
  while (start < s.length && OPENING_MARKS.has(s[start]!)) start++;
  return trimEnd(s.slice(start), CLOSING_MARKS);
}

/**
 * True for a quoted title inside a sentence: words in title case right after a possessive or a non-cue word
 * (`on ABC’s “This Week,”`, `the podcast “Here’s the Thing.”`, `Fox News channel’s “Hannity,”`).
 */
function namedWork(context: ClaimContext, tokens: readonly Token[], q: QuoteSpan): boolean {
  const b = tokenAt(tokens, q.start) - 1;
  const t = tokens[b];
  if (!t) return false;
  const possessive = t.lower === "’s" || t.lower === "'s" || t.lower === "s" || /[’']s$/.test(t.lower);
  if (!possessive && !(t.word && !t.cap && !isCueToken(t, context.sets) && !ADDING_CUES.has(t.lower) && t.lower !== "that")) return false;
  const inner = trimEnd(trimQuoteMarks(context.text.slice(q.start, q.end)), CLOSING_PUNCTUATION);
  const words = inner.split(/\s+/).filter(Boolean);
  if (words.length === 0 || words.length > 8) return false;
  if (possessive && words.length === 1) return /^\p{Lu}/u.test(words[0]!);
  return isTitleLike(inner);
}

/** A paragraph that is only a dash and a name (`- Bernie Sanders.`, `—Michelle Marks, Philadelphia.`): the name's phrase. */
function signature(context: ClaimContext, seg: Segment): SpeakerPhrase | null {
  const tokens = seg.tokens;
  const dash = tokens[0];
  if (!dash || dash.word || !(dash.text === "-" || dash.text === "—" || dash.text === "–") || tokens.length > 14 || !tokens[1]?.cap) return null;
  const sp = speakerAfter(tokens, 1, tokens.length);
  if (!sp || sp.from !== 1) return null;
  const kind = classifySpeaker(rangeText(context.text, tokens, sp.from, sp.to), context.sets).kind;
  return kind === "person" || kind === "institution" ? sp : null;
}

function firstNonSpace(text: string, from: number): number {
  let i = from;
  while (i < text.length && isSpace(text.charCodeAt(i))) i++;
  return i;
}

function sentenceStartToken(seg: Segment, tokenIndex: number): number {
  for (const [a, b] of seg.sentences) if (tokenIndex >= a && tokenIndex < b) return a;
  return 0;
}

/**
 * The direct-quote parser: quotation marks per kept paragraph, with the
 * speaker from the attribution after (`,” a senior defense official said`)
 * or before (`wrote in an email, “`) the quote; an unattributed quote right
 * after an attributed one in the same paragraph continues it.
 */
export const quoteParser: Parser<ClaimContext, Claim> = {
  name: "quote-parser",
  parse(context) {
    const claims: Claim[] = [];
    const { text, document } = context;
    let previousSegmentLast: Claim | null = null;
    let colonSpeaker: { speaker: Speaker; cue: NonNullable<Claim["cue"]> } | null = null;
    let lastSegment: Segment | null = null;
    for (const seg of context.segments) {
      const quotes = scanQuotes(text, seg.start, seg.end);
      const tokens = seg.tokens;
      // "“…”" then a paragraph "- Bernie Sanders.": a signature line attributes the quote paragraph before it
      const signed = lastSegment ? signature(context, seg) : null;
      const last = claims[claims.length - 1];
      if (signed && last && lastSegment && !last.speaker && last.kind === "quote" && !last.flags?.includes("partial") && last.start === firstNonSpace(text, lastSegment.start)) {
        last.speaker = makeSpeaker(context, tokens, signed);
        last.cue = { text: tokens[0]!.text, start: tokens[0]!.start, end: tokens[0]!.end };
      }
      lastSegment = seg;
      let prev: Claim | null = null;
      let splitFrom: Claim | null = null;
      for (let qi = 0; qi < quotes.length; qi++) {
        const q = quotes[qi]!;
        const next = quotes[qi + 1];
        const bound = next ? tokenAt(tokens, next.start) : tokens.length;
        const flags: string[] = [];
        if (q.unterminated) flags.push("unterminated");
        const partial = isPartial(text, q);
        if (partial) flags.push("partial");
        const claim: Claim = { id: "", kind: "quote", docId: document.id, start: q.start, end: q.end, text: text.slice(q.start, q.end), source: "quote-parser" };
        const lowerBound = qi > 0 ? tokenAt(tokens, quotes[qi - 1]!.end) : sentenceStartToken(seg, tokenAt(tokens, q.start));
        let attribution: Attribution | null = null;
        let post = false;
        if (!partial && namedWork(context, tokens, q)) {
          // `on ABC’s “This Week,” Carson said`, `in his 2012 book, ''An American Son.''`: the title of a show or work
          flags.push("title", "embedded");
        } else if (splitFrom && prev === splitFrom && prev.speaker) {
          // second half of “…,” X said, “…”
          claim.speaker = { ...prev.speaker };
          if (prev.cue) claim.cue = { ...prev.cue };
          const parts = [...(prev.parts ?? [{ start: prev.start, end: prev.end }]), { start: q.start, end: q.end }];
          prev.parts = parts;
          claim.parts = parts;
          flags.push("split");
        } else {
          attribution = q.unterminated ? null : postAttribution(context, tokens, q, bound);
          post = attribution !== null;
          if (!attribution) attribution = preAttribution(context, tokens, q, lowerBound);
          if (attribution) {
            claim.speaker = makeSpeaker(context, tokens, attribution.phrase);
            const cs = tokens[attribution.cue.from]!.start;
            const ce = tokens[attribution.cue.to - 1]!.end;
            claim.cue = { text: text.slice(cs, ce), start: cs, end: ce };
            // "“…,” Sanders said at a rally. “…”": the attribution of the quote before, read again, continues it
            if (!post && !partial && prev?.speaker && prev.cue && prev.cue.start === cs && prev.speaker.start === claim.speaker.start) flags.push("continuation");
          } else if (!partial && prev?.speaker && embedded(context, tokens, q, prev)) {
            // `he said on “Meet the Press.”`, `a call to ABC’s “This Week.”`: a name quoted inside the attribution, not more speech
            flags.push("embedded");
          } else if (!partial && prev?.speaker) {
            claim.speaker = { ...prev.speaker };
            // "“…,” he said, adding, “…”": a new cue of the same speaker, a quote of its own
            let b = tokenAt(tokens, q.start) - 1;
            while (b > 0 && (tokens[b]!.text === "," || tokens[b]!.text === ":")) b--;
            const cueTok = tokens[b];
            if (cueTok && b < tokenAt(tokens, q.start) - 1 && ADDING_CUES.has(cueTok.lower) && cueTok.start >= prev.end) {
              claim.cue = { text: cueTok.text, start: cueTok.start, end: cueTok.end };
            } else {
              if (prev.cue) claim.cue = { ...prev.cue };
              flags.push("continuation");
            }
          } else if (!partial && qi === 0 && q.start === seg.start && colonSpeaker) {
            // "Cruz said in a statement:" then a paragraph that is a quote
            claim.speaker = { ...colonSpeaker.speaker };
            claim.cue = { ...colonSpeaker.cue };
          } else if (!partial && qi === 0 && previousSegmentLast?.speaker && q.start === seg.start) {
            // a paragraph opening with a quote right after a paragraph quoting someone continues that speaker
            claim.speaker = { ...previousSegmentLast.speaker };
            if (previousSegmentLast.cue) claim.cue = { ...previousSegmentLast.cue };
            flags.push("continuation");
          }
        }
        if (!claim.speaker && !flags.includes("title") && isTitleLike(claim.text)) flags.push("title");
        splitFrom = null;
        if (post && attribution && next && tokens[attribution.endToken]?.text === "," && tokens[attribution.endToken + 1]?.start === next.start) splitFrom = claim;
        else if (post && attribution && next && !next.unterminated && isPartial(text, next)) {
          // "“…,” Arne Duncan told The New York Times in 2012, “is that …”": an adjunct after the cue, then the sentence goes on
          const nt = tokenAt(tokens, next.start);
          let ok = tokens[nt - 1]?.text === "," && nt - attribution.endToken <= 12;
          for (let j = attribution.endToken; ok && j < nt; j++) if (tokens[j]!.text === "." || tokens[j]!.text === "!" || tokens[j]!.text === "?" || tokens[j]!.text === ";") ok = false;
          if (ok) splitFrom = claim;
        }
        if (flags.length) claim.flags = flags;
        claims.push(claim);
        // a quoted name inside an attribution leaves the quote before it open for a continuation
        if (!flags.includes("embedded")) prev = claim;
      }
      previousSegmentLast = null;
      for (let x = claims.length - 1; x >= 0 && claims[x]!.start >= seg.start; x--) {
        if (claims[x]!.speaker && !claims[x]!.flags?.includes("partial")) {
          previousSegmentLast = claims[x]!;
          break;
        }
      }
      colonSpeaker = colonAttribution(context, seg);
    }
    return claims;
  },
};
