import type { Document, Message } from "../schema/index.js";
import { compareCorpusOrder } from "../corpus-order.js";
import { streamCorpus, type CorpusInput, type StreamCorpusOptions } from "./stream-corpus.js";

/** Options of {@link loadCorpus}: the same as {@link streamCorpus}. */
export type LoadCorpusOptions = StreamCorpusOptions;

/** What {@link loadCorpus} returns: the documents plus all loader messages. */
export interface LoadedCorpus {
  /** Documents ordered by `seq` (those without one after, by source). */
  documents: Document[];
  /** Every loader message: file problems, decoding, metadata, duplicate ids and texts. */
  messages: Message[];
}

/**
 * Load a whole corpus into memory, built on {@link streamCorpus}: a folder
 * (optionally recursive, include/exclude globs), a single file, `{text}` or
 * `{records}`. Formats: plain text (`<seq>_<id>.txt`, `manifest.json`,
 * sidecars), Markdown with front matter, HTML, JSON, JSON Lines, CSV/TSV and
 * concatenated text files.
 *
 * @param input - Folder or file path, `{text}`, or `{records}`.
 * @param options - See {@link StreamCorpusOptions}.
 * @returns The documents ordered by `seq`, and messages.
 * @throws {PathNotFoundError} When a path input does not exist.
 * @example
 * ```ts
 * const { documents, messages } = await loadCorpus("examples/corpus/niger-2024");
 * documents[0].id; // "fbe54c2202b345c3"
 * ```
 */
export async function loadCorpus(input: CorpusInput, options: LoadCorpusOptions = {}): Promise<LoadedCorpus> {
  const messages: Message[] = [];
  const documents: Document[] = [];
  const user = options.onMessage;
  for await (const doc of streamCorpus(input, {
    ...options,
    onMessage: (m) => {
      messages.push(m);
      user?.(m);
    },
  })) {
    documents.push(doc);
  }
  const order = documents.map((d, index) => ({ d, key: d, index }));
  order.sort(compareCorpusOrder);
  return { documents: order.map((x) => x.d), messages };
}
