import type { Document } from "@newsparse/corpus-loader";
import { TITLE_OPENERS } from "../lexicon/title-words.js";
import type { TitleMention } from "../titles.js";

const OPENERS = new Set(TITLE_OPENERS);

/** Whether `text` ends with a capitalised word and one space (`Protection `): a loop, not a regex scanned from every offset. */
function endsWithCapitalisedWord(text: string): boolean {
  let i = text.length - 1;
  if (i < 0 || !/\s/.test(text[i]!)) return false;
  i--;
  let start = -1;
  while (i >= 0 && /[\p{L}.&-]/u.test(text[i]!)) start = i--;
  return start >= 0 && /\p{Lu}/u.test(text[start]!);
}

/**
 * A title cut from inside an organisation's name (`Agency Administrator` from `Environmental Protection Agency
 * Administrator Jane Doe`) is not a clean title: it opens with a word that is neither a title word nor a usual
 * modifier, right after another capitalised word. Conflicts need two clean titles.
 *
 * @param t - A title mention.
 * @param document - Its document, when known.
 * @param titleHeads - Lower-cased title heads of the lexicon.
 * @returns Whether the title can take part in a conflict.
 */
export function isCleanTitle(t: TitleMention, document: Document | undefined, titleHeads: ReadonlySet<string>): boolean {
  const first = (t.title.text.split(/\s+/)[0] ?? "").toLowerCase().replace(/[’']s$/, "");
  if (titleHeads.has(first) || OPENERS.has(first)) return true;
  if (!document) return true;
  const before = document.text.slice(Math.max(0, t.title.start - 40), t.title.start);
  return !endsWithCapitalisedWord(before);
}
