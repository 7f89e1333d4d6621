import { groupSentences, keptSpans, tokenize, type Document, type Token } from "@newsparse/corpus-loader";
import type { Lexicon } from "./lexicon.js";
import * as lists from "./lexicon/title-words.js";

/** A person's title or role as written next to their name. */
export interface TitleMention {
  docId: string;
  /** The person's name as written. */
  name: { text: string; start: number; end: number };
  /** The title as written (`Under Secretary of State`). */
  title: { text: string; start: number; end: number };
  /** The title's head word (`secretary`). */
  head: string;
  /** Normalised title words (lower case, no country prefix or article). */
  words: string[];
}

const MODIFIERS = new Set(lists.MODIFIERS);
const DROP = new Set(lists.DROP);
/** Words that start another person's title: a run "X and Major General Y" stops before them. */
const TITLE_STARTERS = new Set(lists.TITLE_STARTERS);
const CONNECTORS = new Set(lists.CONNECTORS);
const RANK_ABBREVIATIONS = new Set(lists.RANK_ABBREVIATIONS);

function isInitial(t: Token): boolean {
  return /^\p{Lu}\.$/u.test(t.text);
}

function normalizeTitle(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[’']s\b/g, "")
    .replace(/[-‐‑]/g, " ")
    .split(/\s+/)
    .map((w) => w.replace(/[^\p{L}\p{N}.]/gu, ""))
    .filter((w) => w && !DROP.has(w));
}

function nameRunBefore(tokens: readonly Token[], end: number, lowerBound: number): number {
  let s = end;
  while (s - 1 >= lowerBound && s > end - 4 && tokens[s - 1]!.word && tokens[s - 1]!.cap && !RANK_ABBREVIATIONS.has(tokens[s - 1]!.lower)) s--;
  return s;
}

/**
 * Find people's titles next to their names: `Under Secretary of State Kurt M.
 * Campbell`, `Chris Maier, assistant secretary of defense for …`, `Niger's
 * prime minister, Ali Lamine Sain`.
 *
 * @param document - A loaded document (excluded boilerplate is skipped).
 * @param lexicon - Lexicon with `titleHeads`.
 * @returns Title mentions in text order.
 */
export function findTitles(document: Document, lexicon: Pick<Lexicon, "titleHeads">): TitleMention[] {
  const heads = new Set(lexicon.titleHeads.filter((h) => !h.includes(" ")).map((h) => h.toLowerCase()));
  const text = document.text;
  const out: TitleMention[] = [];
  const push = (titleFrom: Token, titleTo: Token, nameFrom: Token, nameTo: Token, head: string): void => {
    const titleText = text.slice(titleFrom.start, titleTo.end);
    const words = normalizeTitle(titleText);
    if (!words.includes(head)) return;
    out.push({
      docId: document.id,
      name: { text: text.slice(nameFrom.start, nameTo.end), start: nameFrom.start, end: nameTo.end },
      title: { text: titleText, start: titleFrom.start, end: titleTo.end },
      head,
      words,
    });
  };
  for (const span of keptSpans(document)) {
    const tokens = tokenize(text, span.start, span.end);
    for (const [a, b] of groupSentences(tokens)) {
      for (let i = a; i < b; i++) {
        const t = tokens[i]!;
        if (!t.word || !heads.has(t.lower)) continue;
        // title start: walk back over modifiers
        let s = i;
        while (s - 1 >= a && s > i - 5 && tokens[s - 1]!.word && (MODIFIERS.has(tokens[s - 1]!.lower) || (tokens[s - 1]!.cap && !RANK_ABBREVIATIONS.has(tokens[s - 1]!.lower)) || DROP.has(tokens[s - 1]!.lower) || /[’']s$/.test(tokens[s - 1]!.lower))) s--;
        // Pattern A: capitalised title directly before a name: "Under Secretary of State Kurt M. Campbell"
        let j = i + 1;
        let hasDomain = false;
        const runStart = j;
        while (j < b && j < i + 16) {
          const x = tokens[j]!;
          if (x.word && x.cap && !RANK_ABBREVIATIONS.has(x.lower)) {
            j++;
            continue;
          }
          if (x.word && CONNECTORS.has(x.lower) && tokens[j + 1]?.cap) {
            if (j === runStart) hasDomain = true;
            j++;
            continue;
          }
          if (x.word && x.lower === "and" && tokens[j + 1]?.cap && !RANK_ABBREVIATIONS.has(tokens[j + 1]!.lower) && !TITLE_STARTERS.has(tokens[j + 1]!.lower) && hasDomain) {
            j++;
            continue;
          }
          break;
        }
        const run = tokens.slice(runStart, j);
        const appositive = tokens[s]!.lower === "the" || (s - 1 >= a && tokens[s - 1]!.text === "," && s - 1 - nameRunBefore(tokens, s - 1, a) >= 2);
        if (run.length >= 2 && !appositive) {
          let nameLen: number;
          if (hasDomain) {
            nameLen = run.length >= 3 && isInitial(run[run.length - 2]!) ? 3 : 2;
            if (run.length - nameLen < 2) nameLen = 0;
          } else nameLen = Math.min(run.length, 4);
          if (nameLen >= 2) {
            const nameFrom = run[run.length - nameLen]!;
            const nameTo = run[run.length - 1]!;
            const titleTo = run.length - nameLen - 1 >= 0 ? run[run.length - nameLen - 1]! : t;
            const titleFrom = tokens[s]!;
            if (t.cap || hasDomain || tokens[s]!.cap) push(titleFrom, run.length - nameLen > 0 ? titleTo : t, nameFrom, nameTo, t.lower);
            i = j - 1;
            continue;
          }
        }
        // Pattern B: "Name, (the) title …," — head within the first four words after the comma
        let c = s - 1;
        if (c >= a && tokens[c]!.text !== "," && (tokens[c]!.lower === "the") && c - 1 >= a && tokens[c - 1]!.text === ",") c--;
        if (c >= a && tokens[c]!.text === "," && i - c <= 5) {
          const ns = nameRunBefore(tokens, c, a);
          if (c - ns >= 2) {
            let e = i + 1;
            while (e < b && e < i + 14 && tokens[e]!.text !== "," && tokens[e]!.text !== "." && tokens[e]!.text !== ";" && tokens[e]!.lower !== "who" && tokens[e]!.lower !== "which") e++;
            const titleFrom = tokens[tokens[c + 1]!.lower === "the" ? c + 2 : c + 1]!;
            push(titleFrom, tokens[e - 1]!, tokens[ns]!, tokens[c - 1]!, t.lower);
            i = e - 1;
            continue;
          }
        }
        // Pattern C: "title (to/of X), Name" — "Niger's prime minister, Ali Lamine Sain"
        let e = i + 1;
        while (e < b && e < i + 6 && tokens[e]!.text !== ",") e++;
        if (tokens[e]?.text === ",") {
          let ne = e + 1;
          while (ne < b && ne < e + 5 && tokens[ne]!.word && (tokens[ne]!.cap || isInitial(tokens[ne]!))) ne++;
          const after = tokens[ne];
          if (ne - (e + 1) >= 2 && (!after || after.text === "," || after.text === "." || (after.word && !after.cap))) {
            const titleFrom = tokens[s]!;
            push(titleFrom, tokens[e - 1]!, tokens[e + 1]!, tokens[ne - 1]!, t.lower);
            i = ne - 1;
          }
        }
      }
    }
  }
  return out;
}

/**
 * True when two titles with the same head contradict: neither word set
 * contains the other (`under secretary of state` vs `deputy secretary of state`).
 *
 * @param a - Normalised words of one title.
 * @param b - Normalised words of the other.
 * @returns Whether they disagree.
 */
export function titlesConflict(a: readonly string[], b: readonly string[]): boolean {
  const sa = new Set(a);
  const sb = new Set(b);
  const aInB = [...sa].every((w) => sb.has(w));
  const bInA = [...sb].every((w) => sa.has(w));
  return !aInB && !bInA;
}
