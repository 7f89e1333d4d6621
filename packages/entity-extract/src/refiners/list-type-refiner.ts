import type { EntityType, Mention } from "../schema.js";
import type { ExtractionContext, Refiner } from "../pipeline/types.js";
import { LIST_CONJUNCTIONS } from "../lexicon/function-words.js";
import { NOT_NAME_START_WORDS } from "../lexicon/common-words.js";
import { mentionWith, newMention } from "../pipeline/mention-shape.js";
import { taggerSupport } from "./arbitration-refiner.js";
import { isCapitalised, tokenRange } from "./util.js";

const CONJUNCTIONS = new Set(LIST_CONJUNCTIONS);
const NOT_NAME_START = new Set(NOT_NAME_START_WORDS);
/**
 * Types a list passes on by default: organisations and works, whose unknown names the tagger most often types as a
 * person or a place ("Megadeth", "Esquire", "Vanity Fair"). On the tuning split, lists of people and places passed on
 * their type wrongly more often than rightly (tweets' comma-separated words; "al-Jazeera" among countries).
 */
const LIST_TYPES: readonly EntityType[] = ["ORG", "WORK_OF_ART"];
/** Most words in an unmarked item of a list. */
const MAX_ITEM_TOKENS = 4;

/** Options of {@link createListTypeRefiner}. */
export interface ListTypeOptions {
  /** Fewest names in a list (default 3). */
  minItems?: number;
  /** A tagger name is retyped only when its tagger support margin is below this (default 10). */
  maxMargin?: number;
  /** Majority types a list passes on (default ORG and WORK_OF_ART). */
  types?: readonly EntityType[];
  /** Also mark the capitalised items of such a list that have no mention ("… Sodom, and Destruction"; default true). */
  addItems?: boolean;
}

type Tokens = ExtractionContext["tokens"];

/** A comma, semicolon or list conjunction token. */
function isSeparator(tokens: Tokens, k: number): boolean {
  const t = tokens[k]!.text;
  return t === "," || t === ";" || CONJUNCTIONS.has(t);
}

/** End of the capitalised item starting at token `k` (at most {@link MAX_ITEM_TOKENS} words, not a function word first), or `k`. */
function itemEnd(tokens: Tokens, k: number, limit: number): number {
  if (NOT_NAME_START.has(tokens[k]!.lower) || tokens[k]!.lower === "i") return k;
  let e = k;
  while (e < limit && e - k < MAX_ITEM_TOKENS && isCapitalised(tokens[e]!.text) && tokens[e]!.sentence === tokens[k]!.sentence) e++;
  return e;
}

/**
 * The tokens `[a, b)` between two names as list separators, possibly around unmarked items: one or two separators,
 * then any number of (capitalised item, one or two separators). The items' token ranges, or null when this is not
 * a list gap (no separator, another word, a sentence end).
 */
function parseGap(tokens: Tokens, a: number, b: number): [number, number][] | null {
  const items: [number, number][] = [];
  let k = a;
  for (;;) {
    const s = k;
    while (k < b && isSeparator(tokens, k)) k++;
    if (k === s || k - s > 2) return null;
    if (k === b) return items;
    const e = itemEnd(tokens, k, b);
    if (e === k || e === b) return null;
    items.push([k, e]);
    k = e;
  }
}

/** The unmarked last item after a list's last name ("…, and Destruction"): separators with a conjunction, then a capitalised item that ends the words there. */
function tailItem(tokens: Tokens, after: number, next: number): [number, number] | null {
  const sentence = tokens[after - 1]!.sentence;
  let k = after;
  let conjunction = false;
  while (k < next && k - after < 2 && tokens[k]!.sentence === sentence && isSeparator(tokens, k)) {
    if (CONJUNCTIONS.has(tokens[k]!.text)) conjunction = true;
    k++;
  }
  if (!conjunction || k >= next || tokens[k]!.sentence !== sentence) return null;
  const e = itemEnd(tokens, k, next);
  if (e === k) return null;
  // The item must end the capitalised words there (not "Destruction Records" cut short).
  if (e < tokens.length && tokens[e]!.sentence === sentence && isCapitalised(tokens[e]!.text)) return null;
  return [k, e];
}

/**
 * One type per list: in a run of at least three names separated by commas and a final conjunction
 * ("Metallica, Anthrax, Megadeth, and Slayer"; "Rolling Stone, Esquire, Vanity Fair and Time"), a name the
 * tagger typed otherwise than a strict majority of the list's names, with little support (margin below
 * `maxMargin`), takes the majority's type when that type is an organisation or a work (see `types`), and
 * capitalised items with no mention ("Kreator, Sodom, and Destruction") become names of that type.
 * Names a rule made or changed keep theirs, and lists with no strict majority are left alone.
 *
 * @param options - List length, tagger margin, types passed on.
 * @returns A refiner named `list-type`.
 * @example
 * ```ts
 * import { createDefaultConfiguration, createEntityExtractor, createListTypeRefiner } from "@newsparse/entity-extract";
 *
 * // In the default configuration already; here with longer lists only.
 * const configuration = createDefaultConfiguration();
 * configuration.refiners = configuration.refiners.map((r) => (r.name === "list-type" ? createListTypeRefiner({ minItems: 4 }) : r));
 * createEntityExtractor(configuration);
 * ```
 */
export function createListTypeRefiner(options: ListTypeOptions = {}): Refiner {
  const minItems = options.minItems ?? 3;
  const maxMargin = options.maxMargin ?? 10;
  const types = new Set<EntityType>(options.types ?? LIST_TYPES);
  const addItems = options.addItems ?? true;
  return {
    name: "list-type",
    refine(context: ExtractionContext, mentions: Mention[]): Mention[] {
      if (mentions.length < 2) return mentions;
      const { tokens } = context;
      let out: Mention[] | null = null;
      const added: Mention[] = [];
      let first = 0;
      let unmarked: [number, number][] = [];
      let prevRange = tokenRange(mentions[0]!, context);
      for (let i = 1; i <= mentions.length; i++) {
        const cur = mentions[i];
        const curRange = cur ? tokenRange(cur, context) : null;
        const gap = prevRange && curRange && curRange[0] >= prevRange[1] && tokens[prevRange[1] - 1]!.sentence === tokens[curRange[0]]!.sentence ? parseGap(tokens, prevRange[1], curRange[0]) : null;
        if (gap) {
          for (const g of gap) unmarked.push(g);
          prevRange = curRange;
          continue;
        }
        // mentions[first .. i) is one run, with the unmarked items between them.
        const named = i - first;
        if (named >= 2) {
          const major = majorityOf(mentions, first, i);
          if (major !== undefined && types.has(major)) {
            const tail = addItems && prevRange ? tailItem(tokens, prevRange[1], curRange ? curRange[0] : tokens.length) : null;
            if (tail) unmarked.push(tail);
            if (named + (addItems ? unmarked.length : 0) >= minItems) {
              out = retypeRun(context, mentions, first, i, major, maxMargin, out);
              if (addItems) for (const [s, e] of unmarked) added.push(newMention(context.docId, tokens[s]!.start, tokens[e - 1]!.end, context.text.slice(tokens[s]!.start, tokens[e - 1]!.end), major, 0.6, "list-type", []));
            }
          }
        }
        first = i;
        unmarked = [];
        prevRange = curRange;
      }
      if (!added.length) return out ?? mentions;
      return [...(out ?? mentions), ...added].sort((a, b) => a.start - b.start || a.end - b.end);
    },
  };
}

/** The type of more than half of `mentions[from .. to)`, if any. */
function majorityOf(mentions: readonly Mention[], from: number, to: number): EntityType | undefined {
  const counts = new Map<EntityType, number>();
  for (let k = from; k < to; k++) counts.set(mentions[k]!.type, (counts.get(mentions[k]!.type) ?? 0) + 1);
  for (const [t, c] of counts) if (c * 2 > to - from) return t;
  return undefined;
}

/** Retype the weakly typed tagger names of one run to its majority type; a copy of the list on first change. */
function retypeRun(context: ExtractionContext, mentions: Mention[], from: number, to: number, major: EntityType, maxMargin: number, out: Mention[] | null): Mention[] | null {
  for (let k = from; k < to; k++) {
    const m = mentions[k]!;
    if (m.type === major || m.source !== "tagger") continue;
    if (taggerSupport(context, m) >= maxMargin) continue;
    out ??= mentions.slice();
    out[k] = mentionWith(m, { type: major, source: "list-type" });
  }
  return out;
}
