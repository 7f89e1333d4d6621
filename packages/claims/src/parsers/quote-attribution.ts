import type { ClaimContext } from "../pipeline.js";
import { classifySpeaker, isCueToken, isNpToken, NOUN_LIKE_CUES, rangeText, speakerBefore, type SpeakerPhrase } from "../speaker.js";
import type { Token } from "@newsparse/corpus-loader";
import * as lists from "../lexicon/quote-words.js";

/** Tokens allowed between a cue and the quote it introduces (`wrote in an email, “…`). */
export const BRIDGE = new Set(lists.BRIDGE);

/** Participles that introduce another quote of the speaker just quoted (`he said, adding, “…”`). */
export const ADDING_CUES = new Set(lists.ADDING_CUES);

/** Verbs that are speech cues only with their particle: `shot back`, `went on`, `chimed in`, `fired back`. */
const PARTICLE_CUES = new Map(Object.entries(lists.PARTICLE_CUES));
/** Irregular past forms and adverbs that look like a finite verb. */
export const VERB_LIKE_WORDS = new Set(lists.VERB_LIKE_WORDS);
/** Prepositions that open an adjunct after a cue. */
export const ADJUNCT_PREPS = new Set(lists.ADJUNCT_PREPS);
/** Words linking a cue to the clause's subject (`went on to say`). */
export const SUBJECT_LINKS = new Set(lists.SUBJECT_LINKS);
const QUOTE_ADJACENT_CUES = new Set(lists.QUOTE_ADJACENT_CUES);

/** A cue verb, or a verb that reports speech only right next to a quotation (`“…,” the sign read`, `Hannity pressed`). */
export function isQuoteCue(t: Token | undefined, sets: ClaimContext["sets"]): boolean {
  return isCueToken(t, sets) || (!!t && t.word && QUOTE_ADJACENT_CUES.has(t.lower));
}
/** Auxiliaries (a clause's verb group). */
export const AUXILIARIES = new Set(lists.AUXILIARIES);
/** Punctuation allowed inside a speaker phrase between a quote and its cue (`P&G`, `R-Ky.`, `(D-Nev.)`). */
export const SPEAKER_PUNCTUATION = new Set([",", "-", "’", "'", "&", ".", "(", ")"]);
/** Words that show a clause rather than an adjunct. */
export const CLAUSE_MARKERS = new Set(lists.CLAUSE_MARKERS);
const TIME_WORDS = new Set(lists.ADJUNCT_TIME_WORDS);
const ROLE_GAP_STOP = new Set(lists.ROLE_GAP_STOP);

/** A speaker phrase with its cue, found next to a quote. */
export interface Attribution {
  phrase: SpeakerPhrase;
  cue: { from: number; to: number };
  /** Token index just after the attribution. */
  endToken: number;
}

/**
 * After a quote that ends its own sentence (`“… again.” Grubbs said.`, `''…'' former Gov. Jeb Bush said on
 * Twitter.`): a sentence that is only "<speaker> <cue>", with at most a prepositional or time adjunct, can only
 * attribute the quote before it. A complement (`Trump said he …`, `said that …`) makes it a sentence of its own.
 */
export function closingAttribution(context: ClaimContext, tokens: readonly Token[], k: number, bound: number, reach = 12): Attribution | null {
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

/**
 * "<speaker> [adverb] <cue>" starting exactly at `k`. A cue inside a stretch opened by a comma and not yet closed by
 * one is part of an appositive or relative clause (`Cruz, who has proposed repealing …, said`), not the attribution's.
 */
export function speakerAfterUntilCue(context: ClaimContext, tokens: readonly Token[], k: number, limit: number, appositive = true): Attribution | null {
  let commas = 0;
  for (let j = k + 1; j < limit; j++) {
    const t = tokens[j]!;
    if (t.text === ",") commas++;
    if (isQuoteCue(t, context.sets) && NOUN_LIKE_CUES.has(t.lower) && tokens[j + 1]?.word) continue;
    // "“…,” Trump was quoted as saying", "… was quoted by Reuters as saying", "… could be heard saying": the subject
    // before the passive, the cue the whole idiom
    const passive = commas === 0 ? passiveSaying(tokens, j) : -1;
    if (passive > 0) {
      let aux = j;
      while (aux - 1 > k && PASSIVE_AUXILIARIES.has(tokens[aux - 1]!.lower)) aux--;
      const sp = speakerBefore(tokens, aux, k);
      return sp && sp.from === k ? { phrase: sp, cue: { from: aux, to: passive }, endToken: passive } : null;
    }
    const particle = PARTICLE_CUES.get(t.lower);
    const particleCue = particle !== undefined && particle === tokens[j + 1]?.lower;
    if (isQuoteCue(t, context.sets) || t.lower === "put" || particleCue) {
      let close = j - 1;
      while (close > k && tokens[close]!.word && isPreCueAdverb(tokens[close]!)) close--;
      if (commas > 0 && tokens[close]?.text !== "," && tokens[close]?.text !== ")") continue;
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
      const head = appositive && headBeforeAppositive(context, tokens, k, close, j);
      return head ? { phrase: head, cue: { from: j, to: j + 1 }, endToken: j + 1 } : null;
    }
    if (!t.word && !SPEAKER_PUNCTUATION.has(t.text)) return null;
  }
  return null;
}

const PASSIVE_SPEECH_PARTICIPLES = new Set(lists.PASSIVE_SPEECH_PARTICIPLES);
const PASSIVE_AUXILIARIES = new Set(lists.PASSIVE_AUXILIARIES);

/**
 * `quoted as saying`, `quoted by Reuters as saying`, `heard saying`, `caught on tape telling` starting at token `j`:
 * the index after the participle of speech (`saying`), or -1.
 */
function passiveSaying(tokens: readonly Token[], j: number): number {
  if (!PASSIVE_SPEECH_PARTICIPLES.has(tokens[j]!.lower)) return -1;
  let m = j + 1;
  // an agent or a channel: "by Reuters", "on tape", "on a hot mic"
  if (ADJUNCT_PREPS.has(tokens[m]?.lower ?? "") && tokens[m]!.lower !== "as") {
    const far = Math.min(tokens.length, m + 8);
    m++;
    while (m < far && (tokens[m]!.word || tokens[m]!.text === "’" || tokens[m]!.text === "'" || tokens[m]!.text === ".") && tokens[m]!.lower !== "as" && !ADDING_CUES.has(tokens[m]!.lower)) m++;
  }
  if (tokens[m]?.lower === "as") m++;
  return ADDING_CUES.has(tokens[m]?.lower ?? "") ? m + 1 : -1;
}

const OPENING_POSSESSIVES = new Set(lists.OPENING_POSSESSIVES);
const LISTENER_WORDS = new Set(lists.LISTENER_WORDS);

function isPreCueAdverb(t: Token): boolean {
  return PRE_CUE_SKIP_WORDS.has(t.lower) || (!t.cap && t.lower.length > 4 && t.lower.endsWith("ly"));
}
const PRE_CUE_SKIP_WORDS = new Set(lists.PRE_CUE_ADVERBS);

/**
 * The subject of an attribution that follows a quote, read from its first token `k` to the cue at `cue`: a name
 * that is a cue look-alike or a modal (`“…,” Will wrote`, `Read said`); a noun phrase opened by a possessive or
 * demonstrative (`his nephew Michery el Soheil added`, `this source told`); or a noun phrase, then an appositive or
 * relative clause between commas that ends at `close` (`Warren, who has not endorsed a candidate, told`).
 */
function headBeforeAppositive(context: ClaimContext, tokens: readonly Token[], k: number, close: number, cue: number): SpeakerPhrase | null {
  const first = tokens[k]!;
  if (!first.word) return null;
  // never across a quotation mark (the stretch would hold another quote's end)
  const stretch = context.text.slice(first.start, tokens[cue]!.start);
  if (/[“”"]|''/.test(stretch)) return null;
  // the cue ends the attribution or takes an adjunct or a named listener, not a complement (`Her critics cited it as …`)
  const after = tokens[cue + 1];
  if (after?.word && !after.cap && !ADJUNCT_PREPS.has(after.lower) && !TIME_WORDS.has(after.lower) && !LISTENER_WORDS.has(after.lower)) return null;
  if (cue === k + 1) return first.cap && !CLAUSE_MARKERS.has(first.lower) && !OPENING_POSSESSIVES.has(first.lower) ? { from: k, to: k + 1 } : null;
  const possessive = OPENING_POSSESSIVES.has(first.lower);
  if (!possessive && !first.cap) return close + 1 === cue && tokens[close]?.text !== "," ? postmodified(context, tokens, k, cue) : null;
  const named = (to: number): SpeakerPhrase | null => {
    if (possessive) {
      // "his wife", "this Trump look-alike": noun-phrase words only, ending in a word
      if (to - k < 2 || to - k > 7 || !tokens[to - 1]!.word) return null;
      for (let i = k + 1; i < to; i++) if (!isNpToken(tokens[i]!, tokens[i + 1]) || isCueToken(tokens[i], context.sets)) return null;
    } else {
      const sp = speakerBefore(tokens, to, k);
      if (!sp || sp.description || sp.from !== k || sp.to !== to) return null;
    }
    const kind = classifySpeaker(rangeText(context.text, tokens, k, to), context.sets).kind;
    return kind === "unknown" && !possessive ? null : { from: k, to };
  };
  if (tokens[close]?.text !== ",") return close + 1 === cue ? (named(cue) ?? postmodified(context, tokens, k, cue)) : null;
  let f = k + 1;
  while (f < close && tokens[f]!.text !== ",") f++;
  if (f >= close || f - k > 9) return null;
  const head = named(f);
  return head ? { ...head, description: { from: f + 1, to: close } } : null;
}

const POSTMODIFIER_PREPOSITIONS = new Set(["in", "at", "from", "of", "with", "on"]);

/** "one man in the crowd shouted", "a woman from Ohio said": a described subject with a prepositional postmodifier before the cue. */
function postmodified(context: ClaimContext, tokens: readonly Token[], k: number, cue: number): SpeakerPhrase | null {
  let p = k + 1;
  while (p < cue && !POSTMODIFIER_PREPOSITIONS.has(tokens[p]!.lower)) p++;
  if (p >= cue - 1 || cue - k > 9 || tokens[cue]!.cap) return null;
  const head = speakerBefore(tokens, p, k);
  if (!head || head.from !== k || head.to !== p || head.description) return null;
  for (let i = k; i < p; i++) if (!tokens[i]!.cap && (/(?:ed|ly)$/.test(tokens[i]!.lower) || VERB_LIKE_WORDS.has(tokens[i]!.lower))) return null;
  for (let i = p + 1; i < cue; i++) {
    const t = tokens[i]!;
    if (!t.word || (!isNpToken(t) && !DETERMINER_WORDS.has(t.lower)) || (!t.cap && (/ed$/.test(t.lower) || VERB_LIKE_WORDS.has(t.lower) || isCueToken(t, context.sets)))) return null;
  }
  return { from: k, to: cue };
}
const DETERMINER_WORDS = new Set(["the", "a", "an", "this", "his", "her", "their", "its"]);

/** True when token `j` is a verb that is a cue with the particle after it (`shot back`, `went on`, `chimed in`). */
export function isParticleCue(tokens: readonly Token[], j: number): boolean {
  const particle = PARTICLE_CUES.get(tokens[j]?.lower ?? "");
  return particle !== undefined && particle === tokens[j + 1]?.lower;
}
