import { excludedIndexOf, type Document } from "@newsparse/corpus-loader";
import { contentWords } from "../events/extract-events.js";

/** A dated document found similar to another, see {@link createSimilarityIndex}. */
export interface SimilarDocument {
  /** Its id. */
  docId: string;
  /** Its reference day, `YYYY-MM-DD`. */
  value: string;
  /** Shared words' inverse document frequencies, cosine-normalised by both documents' (0 … 1). */
  score: number;
}

/** Finds the dated documents most alike a given one. */
export interface SimilarityIndex {
  /**
   * The dated documents sharing the most (rare) words with `doc`, best first.
   *
   * @param doc - Any document of the corpus the index was built over.
   * @param limit - How many to return (default 3).
   * @returns Up to `limit` documents with a positive score.
   */
  nearest(doc: Document, limit?: number): SimilarDocument[];
}

const CHUNK = 1000;
/** Words per document considered (the first distinct ones). */
const MAX_WORDS = 2000;
/** Postings followed per word: very common words say nothing about the story. */
const MAX_POSTINGS = 200;

function distinctWords(doc: Document): string[] {
  const out = new Set<string>();
  for (let i = 0; i < doc.text.length && out.size < MAX_WORDS; i += CHUNK) {
    const end = Math.min(doc.text.length, i + CHUNK);
    if (excludedIndexOf(doc).covers(i, end)) continue;
    for (const w of contentWords(doc.text, i, end)) {
      if (out.size >= MAX_WORDS) break;
      out.add(w);
    }
  }
  return [...out];
}

/**
 * An inverted index over a corpus, to find for a document the dated
 * documents that tell the same story (articles about one story are published
 * close together). Words are weighted by inverse document frequency over the
 * whole corpus and scores cosine-normalised (binary term vectors); each word follows at most 200 postings, so a query is linear
 * in the document's length.
 *
 * @param documents - Every document of the corpus (for word frequencies).
 * @param dated - Document id → reference day (`YYYY-MM-DD`) of the documents that may be returned.
 * @returns The index.
 * @example
 * ```ts
 * import { parseDocument } from "@newsparse/corpus-loader";
 * import { createSimilarityIndex } from "@newsparse/timeline";
 *
 * const docs = [
 *   parseDocument("Junta leaders in Niamey ended the military accord with Washington.", { id: "a" }),
 *   parseDocument("Niger's junta ended its military accord with Washington, officials said.", { id: "b" }),
 * ];
 * const index = createSimilarityIndex(docs, new Map([["a", "2024-05-15"]]));
 * console.log(index.nearest(docs[1]!)); // [{ docId: "a", value: "2024-05-15", score: … }]
 * ```
 */
export function createSimilarityIndex(documents: readonly Document[], dated: ReadonlyMap<string, string>): SimilarityIndex {
  const words = new Map<string, string[]>();
  const df = new Map<string, number>();
  const postings = new Map<string, string[]>();
  for (const doc of documents) {
    const ws = distinctWords(doc);
    words.set(doc.id, ws);
    const isDated = dated.has(doc.id);
    for (const w of ws) {
      df.set(w, (df.get(w) ?? 0) + 1);
      if (!isDated) continue;
      let list = postings.get(w);
      if (!list) postings.set(w, (list = []));
      list.push(doc.id);
    }
  }
  const n = documents.length;
  const idf = (w: string) => Math.log((n + 1) / (df.get(w) ?? 1));
  const mass = new Map<string, number>();
  for (const [id, ws] of words) mass.set(id, ws.reduce((m, w) => m + idf(w) ** 2, 0));
  return {
    nearest(doc: Document, limit = 3): SimilarDocument[] {
      const scores = new Map<string, number>();
      const own = words.get(doc.id) ?? distinctWords(doc);
      const ownMass = mass.get(doc.id) ?? own.reduce((m, w) => m + idf(w) ** 2, 0);
      for (const w of own) {
        const list = postings.get(w);
        if (!list || list.length > MAX_POSTINGS) continue;
        const weight = idf(w) ** 2;
        if (weight <= 0) continue;
        for (const id of list) if (id !== doc.id) scores.set(id, (scores.get(id) ?? 0) + weight);
      }
      return [...scores]
        .map(([docId, shared]) => ({ docId, value: dated.get(docId) as string, score: shared / Math.sqrt(ownMass * (mass.get(docId) ?? 1) || 1) }))
        .sort((a, b) => b.score - a.score || (a.docId < b.docId ? -1 : a.docId > b.docId ? 1 : 0)) // not localeCompare: locale-independent
        .slice(0, limit);
    },
  };
}
