import { groupSentences, keptSpans, tokenize, type Document } from "@newsparse/corpus-loader";
import type { Segment } from "../pipeline.js";

/**
 * Tokenize and sentence-split the kept stretches of a document.
 *
 * @param document - A loaded document.
 * @returns Segments.
 */
export function buildSegments(document: Document): Segment[] {
  return keptSpans(document).map((s) => {
    const tokens = tokenize(document.text, s.start, s.end);
    return { start: s.start, end: s.end, tokens, sentences: groupSentences(tokens) };
  });
}
