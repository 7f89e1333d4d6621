import { firstSpanEndingAfter, type Parser } from "@newsparse/corpus-loader";
import type { ClaimContext } from "../pipeline.js";
import type { Claim } from "../schema.js";
import { speakerAfter, speakerBefore, type SpeakerPhrase } from "../speaker.js";
import type { Token } from "@newsparse/corpus-loader";
import { makeSpeaker, scanQuotes, type QuoteSpan } from "./quote-parser.js";
import * as lists from "../lexicon/reported-speech-words.js";

/** Cue forms that are verbs whatever their context (noun look-alikes such as `report`, `state`, `post`, `calls` are left out). */
const SAFE_BARE_FORMS = new Set(lists.SAFE_BARE_FORMS);
const NOT_REPORTING = new Set(lists.NOT_REPORTING);

const PARTICIPLES = new Set(lists.PARTICIPLES);
const NOT_SUBJECT = new Set(lists.NOT_SUBJECT);

function isRoleHead(context: ClaimContext, w: string): boolean {
  return context.sets.anonymousHeads.has(w) || context.sets.institutionHeads.has(w) || context.sets.documentHeads.has(w) || context.lexicon.titleHeads.includes(w);
}

/** Words after a cue that are adjuncts, not content (`said on Friday that`, `said in a statement that`). */
const TIME_SKIP = new Set(lists.TIME_SKIP);
const THAT_BRIDGE = new Set([...TIME_SKIP, ...lists.THAT_BRIDGE]);

const NEGATORS = new Set(lists.NEGATORS);
const PREPOSITIONAL_OPENERS = new Set(lists.PREPOSITIONAL_OPENERS);
const DECLINERS = new Set(lists.DECLINERS);

const CURLY_APOSTROPHE = /’/g;
const LY_END = /ly$/;

/** `won't say`, `would not say`, `declined to say whether`, `is expected to announce`: no one said anything yet. */
export function isNegatedCue(tokens: readonly Token[], c: number): boolean {
  const p1 = tokens[c - 1]?.lower.replace(CURLY_APOSTROPHE, "'") ?? "";
  const p2 = tokens[c - 2]?.lower.replace(CURLY_APOSTROPHE, "'") ?? "";
  if (NEGATORS.has(p1) || NEGATORS.has(tokens[c - 1]?.lower ?? "")) return true;
  if (p1 === "to" && DECLINERS.has(p2)) return true;
  if ((p2 === "not" || p2 === "never") && LY_END.test(p1)) return true;
  return false;
}

/**
 * True when `t` can act as a reporting verb in running text.
 *
 * @param t - Token.
 * @param cueVerbs - Cue verb set from the lexicon.
 * @returns Whether it is a reporting cue.
 */
export function isReportingCue(t: Token | undefined, cueVerbs: Set<string>): boolean {
  if (!t || !t.word || !cueVerbs.has(t.lower)) return false;
  if (NOT_REPORTING.has(t.lower)) return false;
  return SAFE_BARE_FORMS.has(t.lower) || t.lower.endsWith("ed");
}

/** True when a direct quote ends right before `offset` (only spaces between). */
function closesQuoteBefore(text: string, quotes: ReadonlyArray<{ start: number; end: number }>, offset: number): boolean {
  const i = firstSpanEndingAfter(quotes, offset) - 1;
  const q = quotes[i];
  if (!q || q.end > offset || offset - q.end > 3) return false;
  for (let x = q.end; x < offset; x++) if (text[x] !== " " && text[x] !== "\u00a0") return false;
  return true;
}

function trimEnd(tokens: readonly Token[], from: number, to: number): number {
  let e = to;
  while (e > from && (tokens[e - 1]!.text === "." || tokens[e - 1]!.text === "!" || tokens[e - 1]!.text === "?" || tokens[e - 1]!.text === "," || tokens[e - 1]!.text === ";")) e--;
  return e;
}

function trimStart(tokens: readonly Token[], from: number, to: number): number {
  let s = from;
  while (s < to && (tokens[s]!.text === "," || tokens[s]!.text === ":" || tokens[s]!.text === "—" || tokens[s]!.text === "–")) s++;
  return s;
}

/** One token of a sentence `[a, b)` being read as a possible cue, and where the sentence's last claim ended. */
interface Clause {
  context: ClaimContext;
  tokens: readonly Token[];
  quotes: readonly QuoteSpan[];
  a: number;
  b: number;
  /** The cue token. */
  c: number;
  usedUntil: number;
}

/** A speaker phrase, the content it is credited with (token range) and the token after the cue. */
interface Attribution {
  phrase: SpeakerPhrase;
  content: [number, number] | null;
  cueTo: number;
}

/** `according to X, …` / `…, according to X`: the source after the cue, the content before it or after its clause. */
function accordingTo(x: Clause): Attribution | null {
  const { tokens, a, b, c, usedUntil } = x;
    const phrase = speakerAfter(tokens, c + 2, b);
  if (!phrase) return null;
  delete phrase.description;
  const afterNp = phrase.to;
  const leading = c === a || (c === a + 1 && (tokens[a]!.lower === "but" || tokens[a]!.lower === "and"));
  if (leading) {
    // skip a relative clause after the source: "according to X who spoke …, <content>"
    let k = afterNp;
    while (k < b && tokens[k]!.text !== ",") k++;
    return { phrase, cueTo: c + 2, content: [trimStart(tokens, k, b), trimEnd(tokens, k, b)] };
  } else {
    return { phrase, cueTo: c + 2, content: [usedUntil, trimEnd(tokens, usedUntil, c)] };
  }
}

/** `…, saying (that) …`: a participle cue after a comma speaks for the sentence's subject. */
function participleClause(x: Clause): Attribution | null {
  const { context, tokens, a, b, c } = x;
  const t = tokens[c]!;
  let phrase: SpeakerPhrase | null = null;
  let content: [number, number] | null = null;
  // "…, saying (that) …": the speaker is the sentence's subject
  let e = a;
  const first = tokens[a]!;
  if (first.lower === "the" || first.lower === "a" || first.lower === "an") {
    // "The mayor …": determiner, modifiers, then a role / institution head
    e = a + 1;
    while (e < c && e < a + 5 && tokens[e]!.word && !tokens[e]!.cap && !isRoleHead(context, tokens[e]!.lower)) e++;
    if (e < c && tokens[e]!.word && (tokens[e]!.cap || isRoleHead(context, tokens[e]!.lower))) {
      while (e < c && tokens[e]!.word && (tokens[e]!.cap || isRoleHead(context, tokens[e]!.lower))) e++;
    } else e = a;
  } else {
    while (e < c && e < a + 5 && tokens[e]!.word && tokens[e]!.cap) e++;
  }
  if (e > a && !NOT_SUBJECT.has(tokens[e - 1]!.lower)) {
    const sp = speakerBefore(tokens, e, a);
    if (sp && sp.from === a) {
      phrase = sp;
      let k = c + 1;
      if (tokens[k]?.lower === "that") k++;
      else if (t.lower === "telling") while (k < b && k < c + 4 && tokens[k]!.word && (tokens[k]!.cap || tokens[k]!.lower === "reporters")) k++;
      if (k < b && tokens[k]!.word && trimEnd(tokens, k, b) - k >= 3) content = [tokens[c + 1]?.lower === "that" ? c + 1 : k, trimEnd(tokens, k, b)];
    }
  }
  return phrase ? { phrase, content, cueTo: c + 1 } : null;
}

/** The content of `X said …`: after a `that` within a few adjuncts, after a channel (`in a statement`), or before the attribution. */
function contentAfterCue(x: Clause, phrase: SpeakerPhrase): [number, number] | null {
  const { context, tokens, quotes, a, b, c, usedUntil } = x;
  const { text, sets } = context;
  const t = tokens[c]!;
  let content: [number, number] | null = null;
  let k = c + 1;
  // find "that" within a few adjunct tokens: "said on Friday that", "told The Hill that"
  let thatAt = -1;
  for (let j = k; j < Math.min(b, k + 9); j++) {
    const x = tokens[j]!;
    if (x.lower === "that") {
      thatAt = j;
      break;
    }
    if (!(THAT_BRIDGE.has(x.lower) || (x.cap && x.word))) break;
  }
  if (thatAt < 0 && (t.lower === "told" || t.lower === "tells" || t.lower === "tell")) {
    for (let j = k; j < Math.min(b, k + 14); j++) {
      if (tokens[j]!.lower === "that") {
        thatAt = j;
        break;
      }
      if (tokens[j]!.text === "." || tokens[j]!.text === "“" || tokens[j]!.text === "\"") break;
    }
  }
  if (thatAt >= 0) k = thatAt;
  else {
    if (t.lower === "told" || t.lower === "tells" || t.lower === "tell") {
      // told reporters / told The Hill / told Niger's prime minister, X,
      while (k < b && k < c + 5 && tokens[k]!.word && (tokens[k]!.cap || tokens[k]!.lower === "reporters" || tokens[k]!.lower === "journalists")) k++;
    }
    let guard = 0;
    while (k < b && guard++ < 4 && TIME_SKIP.has(tokens[k]!.lower)) k++;
  }
  // channel: "said in their joint statement (that) …", "wrote in an email …"
  if (thatAt < 0 && (tokens[k]?.lower === "in" || tokens[k]?.lower === "on")) {
    for (let j = k + 1; j < Math.min(b, k + 6); j++) {
      if (sets.documentHeads.has(tokens[j]!.lower) || tokens[j]!.lower === "interview" || tokens[j]!.lower === "twitter" || tokens[j]!.lower === "x") {
        k = j + 1;
        if (tokens[k]?.text === ",") k++;
        break;
      }
      if (!tokens[j]!.word) break;
    }
  }
  // "X said: …" (no quotation marks)
  if (tokens[k]?.text === ":" && tokens[k + 1]?.word) k++;
  const rest = tokens[k];
  const headIsQuote = rest && (rest.text === "“" || rest.text === "\"") ;
  // "In a merger, he said, the brand would survive": the attribution sits inside its content
  if (thatAt < 0 && rest?.text === "," && phrase.from - 1 > a && tokens[phrase.from - 1]!.text === "," && k + 1 < b && tokens[k + 1]!.word && phrase.from - 1 - usedUntil >= 2) {
    content = [usedUntil, trimEnd(tokens, usedUntil, b)];
  }
  const prepositional = rest && thatAt < 0 && PREPOSITIONAL_OPENERS.has(rest.lower);
  // "“…,” he told Fox 35 in Orlando.": what follows the cue of a direct quote's attribution is an adjunct, not reported content
  const quoteAttribution = thatAt < 0 && !content && closesQuoteBefore(text, quotes, tokens[phrase.from]!.start);
  if (content || quoteAttribution) {
    // set above, or none
  } else if (rest && k < b && rest.word && !headIsQuote && !prepositional && trimEnd(tokens, k, b) - k >= 3) {
    content = [k, trimEnd(tokens, k, b)];
  } else if ((!rest || k >= b || (!rest.word && !headIsQuote)) && phrase.from - 1 >= a && tokens[phrase.from - 1]!.text === "," && phrase.from - 1 - usedUntil >= 3) {
    content = [usedUntil, trimEnd(tokens, usedUntil, phrase.from - 1)];
  }
  return content;
}

/** `X said (that) …`, `…, X said`, `X told reporters …`: a reporting cue with its speaker before or after it. */
function cueClause(x: Clause): Attribution | null {
  const { tokens, a, b, c, usedUntil } = x;
  let phrase = speakerBefore(tokens, c, Math.max(a, usedUntil));
  if (!phrase && tokens[c - 1]?.lower === "who" && tokens[c - 2]?.text === ",") phrase = speakerBefore(tokens, c - 2, Math.max(a, usedUntil));
  if (!phrase && tokens[c - 1]?.text === "," && usedUntil === a) {
    // "Ms. Arnold, who helped found EDGE, an environmental group, said …": the subject before the first comma
    let f = a;
    while (f < c && f < a + 8 && tokens[f]!.text !== ",") f++;
    if (f > a && f < c && tokens[f]!.text === "," && (tokens[a]!.cap || tokens[a]!.lower === "the" || tokens[a]!.lower === "a")) {
      const sp = speakerBefore(tokens, f, a);
      if (sp && sp.from === a) phrase = { from: sp.from, to: sp.to, description: { from: f + 1, to: c - 1 } };
    }
  }
  if (phrase) return { phrase, content: contentAfterCue(x, phrase), cueTo: c + 1 };
  if (c - 1 > a && tokens[c - 1]!.text === ",") {
    const after = speakerAfter(tokens, c + 1, b);
    if (after) return { phrase: after, content: c - 1 - usedUntil >= 3 ? [usedUntil, trimEnd(tokens, usedUntil, c - 1)] : null, cueTo: c + 1 };
  }
  return null;
}

const OPENING_QUOTE = /^["“‘'`«]/;

/** The reported claim of an attribution, unless its content is too short or is one direct quote (the quote parser's). */
function reportedClaim(x: Clause, { phrase, content, cueTo }: Attribution & { content: [number, number] }): Claim | null {
  const { context, tokens, quotes, c } = x;
  const { text, document } = context;
  const [cs, ce] = content;
  if (ce - cs < 3) return null;
  const start = tokens[cs]!.start;
  const end = tokens[ce - 1]!.end;
  // a content that is one direct quote is the quote parser's, not ours
  let covered = 0;
  for (let x = firstSpanEndingAfter(quotes, start); x < quotes.length && quotes[x]!.start < end; x++) covered += Math.min(end, quotes[x]!.end) - Math.max(start, quotes[x]!.start);
  const opensWithQuote = OPENING_QUOTE.test(text[start] ?? "");
  if (opensWithQuote && covered > 0.6 * (end - start)) return null;
  const speaker = makeSpeaker(context, tokens, phrase);
  const cueStart = tokens[c]!.start;
  const cueEnd = tokens[cueTo - 1]!.end;
  return {
    id: "",
    kind: "reported",
    docId: document.id,
    start,
    end,
    text: text.slice(start, end),
    speaker,
    cue: { text: text.slice(cueStart, cueEnd), start: cueStart, end: cueEnd },
    source: "reported-speech-parser",
  };
}

/**
 * The reported-speech parser: `X said (that) …`, `…, X said`, `according
 * to X, …`, `X told reporters …`. Claims are `kind: "reported"`; their span
 * is the content, with `speaker` and `cue` spans beside it. Cues inside
 * direct quotes are ignored.
 */
export const reportedSpeechParser: Parser<ClaimContext, Claim> = {
  name: "reported-speech-parser",
  parse(context: ClaimContext) {
    const claims: Claim[] = [];
    for (const seg of context.segments) {
      const tokens = seg.tokens;
      const quotes = scanQuotes(context.text, seg.start, seg.end);
      let qi = 0;
      for (const [a, b] of seg.sentences) {
        let usedUntil = a;
        for (let c = a; c < b; c++) {
          const t = tokens[c]!;
          if (!t.word) continue;
          // inside a direct quote (quotes and tokens both move forward; no closure per segment)
          while (qi < quotes.length && quotes[qi]!.end <= t.start) qi++;
          const q = quotes[qi];
          if (q && q.start <= t.start && t.end <= q.end) continue;
          // which reading applies is decided before the clause object is made: most tokens are no cue
          let read: ((x: Clause) => Attribution | null) | null = null;
          if (t.lower === "according" && tokens[c + 1]?.lower === "to") read = accordingTo;
          else if (PARTICIPLES.has(t.lower) && tokens[c - 1]?.text === "," && c - 1 > a) read = participleClause;
          else if (isReportingCue(t, context.sets.cueVerbs) && !isNegatedCue(tokens, c)) read = cueClause;
          if (!read) continue;
          const x: Clause = { context, tokens, quotes, a, b, c, usedUntil };
          const found = read(x);
          if (!found?.content) continue;
          const claim = reportedClaim(x, { ...found, content: found.content });
          if (!claim) continue;
          claims.push(claim);
          usedUntil = Math.max(found.content[1], found.cueTo, found.phrase.to);
          c = Math.max(c, usedUntil - 1);
        }
      }
    }
    return claims;
  },
};
