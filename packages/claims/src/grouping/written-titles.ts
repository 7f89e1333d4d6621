import type { Document } from "@newsparse/corpus-loader";
import type { Lexicon } from "../lexicon.js";
import { findTitles, type TitleMention } from "../titles.js";
import { sharedString } from "./quantity-item.js";

/** The strings and word lists of one grouping's titles, each distinct one once (a corpus writes the same titles and names in many documents). */
interface TitlePool {
  strings: Map<string, string>;
  /** A title's words by the title as written (its words are a function of it). */
  words: Map<string, readonly string[]>;
}

function pooled(pool: TitlePool, s: string): string {
  return sharedString(pool.strings, s);
}

/**
 * Titles as grouping keeps them until its groups are made: strings of their own (not views into the document text)
 * and word lists, each distinct one once.
 *
 * @param document - The document.
 * @param lexicon - Title heads.
 * @param pool - The grouping's title strings.
 * @returns Its title mentions in text order.
 */
function ownTitles(document: Document, lexicon: Pick<Lexicon, "titleHeads">, pool: TitlePool): TitleMention[] {
  return findTitles(document, lexicon).map((written) => {
    const title = pooled(pool, written.title.text);
    let words = pool.words.get(title);
    if (!words) pool.words.set(title, (words = written.words.map((w) => pooled(pool, w))));
    // the same keys in the same order as findTitles gives (one hidden class)
    return { docId: written.docId, name: { text: pooled(pool, written.name.text), start: written.name.start, end: written.name.end }, title: { text: title, start: written.title.start, end: written.title.end }, head: pooled(pool, written.head), words: words as string[] };
  });
}

/**
 * A reader of the titles written in a grouping's documents (`findTitles`), as the grouping keeps them until its groups
 * are made: strings of their own, not views into the document text, and each distinct string and title's word list
 * once (a corpus writes the same titles and names in many documents; a copy per title took about twice as much).
 *
 * @param lexicon - Title heads.
 * @returns The reader: a document's title mentions in text order.
 */
export function createTitleReader(lexicon: Pick<Lexicon, "titleHeads">): (document: Document) => TitleMention[] {
  const pool: TitlePool = { strings: new Map(), words: new Map() };
  return (document) => ownTitles(document, lexicon, pool);
}
