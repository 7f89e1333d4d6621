import type { Document, ExcludedRange, Message, Span } from "./schema/index.js";

/** Options of {@link parseDocument}. */
export interface ParseDocumentOptions {
  /** Document id; defaults to `"doc"`. */
  id?: string;
  seq?: number | null;
  source?: string | null;
  /** Known title; when absent one is detected at the top of the text. */
  title?: string | null;
  publishedAt?: string | null;
  outlet?: string | null;
  url?: string | null;
  authors?: string[];
  meta?: Record<string, unknown>;
}

// PROVISIONAL minimal implementation: issue 3 replaces it with the full
// segmenter, title detector and boilerplate rules.

/**
 * Parse one article text into a {@link Document}: paragraphs, sentences,
 * title and excluded boilerplate, without changing the text.
 *
 * @param text - The original article text.
 * @param options - Id and metadata.
 * @returns A schema-valid Document.
 * @example
 * ```ts
 * const doc = parseDocument("Headline\n\nFirst paragraph. Second sentence.", { id: "a1" });
 * doc.sentences.map((s) => doc.text.slice(s.start, s.end));
 * ```
 */
export function parseDocument(text: string, options: ParseDocumentOptions = {}): Document {
  const paragraphs = splitParagraphs(text);
  const excluded: ExcludedRange[] = [];
  const messages: Message[] = [];
  const sentences: Span[] = [];
  const segmenter = new Intl.Segmenter("en", { granularity: "sentence" });
  for (const p of paragraphs) {
    for (const seg of segmenter.segment(text.slice(p.start, p.end))) {
      let start = p.start + seg.index;
      let end = start + seg.segment.length;
      while (end > start && /\s/.test(text[end - 1]!)) end--;
      while (start < end && /\s/.test(text[start]!)) start++;
      if (end > start) sentences.push({ start, end });
    }
  }
  return {
    id: options.id ?? "doc",
    seq: options.seq ?? null,
    source: options.source ?? null,
    title: options.title ?? null,
    titleSpan: null,
    publishedAt: options.publishedAt ?? null,
    outlet: options.outlet ?? null,
    url: options.url ?? null,
    authors: options.authors ?? [],
    text,
    excluded,
    paragraphs,
    sentences,
    meta: options.meta ?? {},
    messages,
  };
}

function splitParagraphs(text: string): Span[] {
  const out: Span[] = [];
  const re = /[^\n]+/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    let start = m.index;
    let end = start + m[0].length;
    while (end > start && /\s/.test(text[end - 1]!)) end--;
    while (start < end && /\s/.test(text[start]!)) start++;
    if (end > start) out.push({ start, end });
  }
  return out;
}
