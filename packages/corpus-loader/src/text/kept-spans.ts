import { excludedIndexOf } from "../excluded-index.js";
import type { Span } from "../schema/index.js";

/** Options of {@link keptSpans}. */
export interface KeptSpansOptions {
  /**
   * `"paragraphs"` (default): each paragraph's kept pieces, so no span
   * crosses a paragraph break (the whole text counts as one paragraph when
   * the document has none); `"text"`: the kept pieces of the whole text.
   */
  within?: "paragraphs" | "text";
}

/**
 * The kept stretches of a document: its text (or each paragraph) minus the
 * excluded ranges (boilerplate, bylines, datelines), through the document's
 * cached excluded index ({@link excludedIndexOf}).
 *
 * @param document - A loaded document (`text`, `paragraphs`, `excluded`).
 * @param options - Whether spans stop at paragraph breaks.
 * @returns Non-empty spans in text order, none overlapping an excluded range.
 * @example
 * ```ts
 * const doc = parseDocument("Subscribe now!\n\nTroops left Niamey.", { id: "a" });
 * keptSpans(doc); // → [{ start: 16, end: 35 }] (the sign-up line is excluded)
 * ```
 */
export function keptSpans(
  document: {
    readonly text: string;
    readonly paragraphs?: readonly Span[];
    readonly excluded: readonly { start: number; end: number }[];
  },
  options: KeptSpansOptions = {},
): Span[] {
  const text = document.text;
  const excluded = excludedIndexOf(document);
  if (options.within === "text") return excluded.kept(0, text.length);
  const paragraphs = document.paragraphs && document.paragraphs.length > 0 ? document.paragraphs : [{ start: 0, end: text.length }];
  const out: Span[] = [];
  for (const p of paragraphs) {
    const start = Math.max(0, Math.min(p.start, text.length));
    const end = Math.max(start, Math.min(p.end, text.length));
    for (const piece of excluded.kept(start, end)) out.push(piece);
  }
  return out;
}
