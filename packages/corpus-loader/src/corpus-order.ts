/** What {@link compareCorpusOrder} reads of a document. */
export interface CorpusOrderKey {
  /** The document's sequence number, or null. */
  seq: number | null;
  /** Where the document came from (a path or record label), or null. */
  source: string | null;
}

const collator = new Intl.Collator("en", { numeric: true });

/**
 * The order `loadCorpus` gives documents: by `seq`, those without one after,
 * by `source` (numeric collation in a fixed locale), then by arrival. Streaming
 * and distributed runs sort their compact records with it, so they give the
 * same cross-document results as a run over `loadCorpus`.
 *
 * @param a - First document's key and its arrival index.
 * @param b - Second document's key and its arrival index.
 * @returns Negative, zero or positive.
 */
export function compareCorpusOrder(a: { key: CorpusOrderKey; index: number }, b: { key: CorpusOrderKey; index: number }): number {
  const sa = a.key.seq;
  const sb = b.key.seq;
  if (sa !== null && sb !== null && sa !== sb) return sa - sb;
  if (sa !== null && sb === null) return -1;
  if (sa === null && sb !== null) return 1;
  const c = collator.compare(a.key.source ?? "", b.key.source ?? "");
  return c !== 0 ? c : a.index - b.index;
}
