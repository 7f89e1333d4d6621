import type { Parser } from "@newsparse/corpus-loader";
import type { ClaimContext, Segment } from "../pipeline.js";
import type { Claim, Speaker } from "../schema.js";
import { classifySpeaker, isCueToken, PRONOUNS, rangeText, speakerAfter, speakerBefore, type SpeakerPhrase } from "../speaker.js";
import { isSpaceCode as isSpace, tokenAt, type Token } from "@newsparse/corpus-loader";
import { scanQuotes } from "./quote-scan.js";
import * as speakerWords from "../lexicon/speaker-words.js";
import { ADDING_CUES, type Attribution } from "./quote-attribution.js";
import { postAttribution } from "./quote-attribution-after.js";
import { namedBeforeColon, preAttribution, subjectBeforeColon } from "./quote-attribution-before.js";
import { embedded, isPartial, isTitleLike, namedWork } from "./quote-shape.js";

export { scanQuotes, type QuoteSpan } from "./quote-scan.js";
export { isPartial } from "./quote-shape.js";

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
      // "Stated Stone:": a capitalised cue opening the sentence, the speaker after it
      if (k === from && t.cap && k + 1 < n - 1) {
        const after = speakerAfter(tokens, k + 1, n - 1);
        return after && after.to === n - 1 ? { speaker: makeSpeaker(context, tokens, after), cue: { text: t.text, start: t.start, end: t.end } } : null;
      }
      const sp = speakerBefore(tokens, k, from);
      if (!sp) return null;
      return { speaker: makeSpeaker(context, tokens, sp), cue: { text: t.text, start: t.start, end: t.end } };
    }
  }
  // "President Clinton released the following statement:", "Pollsters agree - Carl Bialik:": a clause or a name
  // ending the paragraph in a colon, as before a quote in the same paragraph
  let at = subjectBeforeColon(context, tokens, n - 1, from) ?? namedBeforeColon(context, tokens, n - 1, from);
  // after an opening adjunct ("When Wallace died in 1998, President Clinton released …:")
  for (let c = from; !at && c < n - 3; c++) {
    if (tokens[c]!.text !== ",") continue;
    const after = subjectBeforeColon(context, tokens, n - 1, c + 1);
    // a pronoun after a comma is more often a clause of its own ("Wait, it gets better:")
    if (after && !PRONOUNS.has(tokens[after.phrase.from]!.lower)) at = after;
  }
  if (!at) return null;
  const cs = tokens[at.cue.from]!;
  return { speaker: makeSpeaker(context, tokens, at.phrase), cue: { text: cs.text, start: cs.start, end: cs.end } };
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
  const end = endWithPeriod(tokens, phrase.to);
  const text = context.text.slice(start, end);
  const { kind, anonymous } = classifySpeaker(text, context.sets);
  const speaker: Speaker = { text, anonymous, kind, start, end };
  if (phrase.description) {
    const de = endWithPeriod(tokens, phrase.description.to);
    speaker.description = context.text.slice(tokens[phrase.description.from]!.start, de);
    const ps = Math.min(start, tokens[phrase.description.from]!.start);
    const pe = Math.max(end, de);
    // only when name and description are adjacent (one comma or nothing between)
    const gap = phrase.description.from >= phrase.to ? phrase.description.from - phrase.to : phrase.from - phrase.description.to;
    if (gap <= 1) speaker.phrase = { text: context.text.slice(ps, pe), start: ps, end: pe };
  }
  return speaker;
}

const PERIOD_ABBREVIATIONS = new Set(speakerWords.PERIOD_ABBREVIATIONS);

/** End offset of the token before `to`, with the period the tokenizer split off an abbreviation (`Jacksonville, Fla.`, `Bob Smith Jr.`). */
function endWithPeriod(tokens: readonly Token[], to: number): number {
  const last = tokens[to - 1]!;
  const next = tokens[to];
  return next?.text === "." && next.start === last.end && PERIOD_ABBREVIATIONS.has(last.lower) ? next.end : last.end;
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

/** True when the quote opens a that-clause (`said that “…”`, `her comment that, "…"`). */
function opensThatClause(tokens: readonly Token[], q: { start: number }): boolean {
  let b = tokenAt(tokens, q.start) - 1;
  if (tokens[b]?.text === ",") b--;
  return tokens[b]?.lower === "that";
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
    // quotes left open at the end of their paragraph, each continued by a quote opening the next paragraph
    let openChain: Claim[] = [];
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
        // a scare quote earlier in the sentence (`needled the CNN “reporter,” saying, “…”`) does not bound the attribution
        const before = quotes[qi - 1];
        const lowerBound = before && !isPartial(text, before) ? tokenAt(tokens, before.end) : Math.max(sentenceStartToken(seg, tokenAt(tokens, q.start)), qi > 1 ? tokenAt(tokens, quotes[qi - 2]!.end) : 0);
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
        // "“First paragraph\n\n“Second paragraph,” she said.": a quote left open at the end of a paragraph goes on in
        // the quote that opens the next one; the whole quotation has one speaker, wherever its attribution is
        if (qi === 0 && openChain.length > 0 && !partial && !flags.includes("title") && q.start === firstNonSpace(text, seg.start)) {
          const known = claim.speaker ?? openChain.find((c) => c.speaker)?.speaker;
          const knownCue = claim.speaker ? claim.cue : openChain.find((c) => c.speaker)?.cue;
          if (known) {
            if (!claim.speaker) {
              claim.speaker = { ...known };
              if (knownCue) claim.cue = { ...knownCue };
            }
            for (const c of openChain) if (!c.speaker) {
              c.speaker = { ...known };
              if (knownCue) c.cue = { ...knownCue };
            }
          }
          if (!flags.includes("continuation")) flags.push("continuation");
          claim.flags = flags;
          openChain.push(claim);
        }
        if (!claim.speaker && !flags.includes("title") && isTitleLike(claim.text)) flags.push("title");
        // "Small said that “Trump bagged millions …”": a quote opening a that-clause is the content of reported speech
        if (!partial && !flags.includes("title") && opensThatClause(tokens, q)) flags.push("in-reported-speech");
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
      const closing = claims[claims.length - 1];
      if (closing && closing.start >= seg.start && closing.flags?.includes("unterminated") && !closing.flags.includes("partial")) {
        if (openChain[openChain.length - 1] !== closing) openChain = [closing];
      } else openChain = [];
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