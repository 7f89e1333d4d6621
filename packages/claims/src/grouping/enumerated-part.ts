import { isBeingNoun } from "../lexicon/wordnet-beings.js";
import { CARDINAL_WORDS } from "../lexicon/number-words.js";
import type { HeadWord } from "./counted-head.js";

const COUNT_WORDS = new Set(["a", "an", "one", ...CARDINAL_WORDS]);

/** Whether word `i` opens a count (`a`, `one`, `two`, `12`). */
function opensCount(words: readonly HeadWord[], i: number): boolean {
  const w = words[i];
  return !!w && (COUNT_WORDS.has(w.lower) || /^\d+$/.test(w.text));
}

/** Whether word `i` (or the word after it, past one adjective) is a noun naming a being other than `head` (`man`, `young man`; not `people` again). */
function otherBeingAt(words: readonly HeadWord[], i: number, head: string): boolean {
  for (const j of [i, i + 1]) {
    const w = words[j]?.lower;
    if (w && w !== head && (isBeingNoun(w) || isBeingNoun(w.replace(/s$/, "")))) return true;
  }
  return false;
}

/**
 * Whether a count of people is one part of an enumeration of the people counted (`two women and one man died`, `a man
 * and two women were killed`): the part is not the total (`three people died`) and is compared only with the same
 * part elsewhere.
 *
 * @param words - The sentence's words.
 * @param first - Index of the figure's first word.
 * @param last - Index of the figure's last word.
 * @returns Whether a count of other beings is joined to it by `and` (`two women and one man`; not `10 people and 80 people`, two counts of one noun).
 */
export function isEnumeratedPart(words: readonly HeadWord[], first: number, last: number): boolean {
  const head = words[last]!.lower;
  if (words[last + 1]?.lower === "and" && opensCount(words, last + 2) && otherBeingAt(words, last + 3, head)) return true;
  const before = words[first - 2]?.lower;
  return first >= 3 && words[first - 1]!.lower === "and" && opensCount(words, first - 3) && before !== head && isBeingNoun(before!.replace(/s$/, ""));
}
