import type { Document } from "@newsparse/corpus-loader";
import type { EventMention } from "../schema.js";

/**
 * The title of a timeline entry: the mention's sentence, whitespace
 * collapsed, cut at a word near 140 characters.
 *
 * @param doc - The mention's document.
 * @param mention - The mention.
 * @returns The title.
 */
export function entryTitle(doc: Document, mention: EventMention): string {
  let t = doc.text.slice(mention.start, mention.end).replace(/\s+/g, " ").trim();
  if (t.length > 140) {
    const cut = t.lastIndexOf(" ", 137);
    t = `${t.slice(0, cut > 60 ? cut : 137)}…`;
  }
  return t;
}
