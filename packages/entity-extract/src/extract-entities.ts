import type { Document, Message } from "@newsparse/corpus-loader";
import { parseDocument } from "@newsparse/corpus-loader";
import type { Entity, Mention } from "./schema.js";

/** Options of {@link extractEntities}. */
export interface ExtractEntitiesOptions {
  /** Resolve mentions into entities across the given documents (default true). */
  resolve?: boolean;
}

/** Result of {@link extractEntities}. */
export interface EntityExtraction {
  mentions: Mention[];
  entities: Entity[];
  messages: Message[];
}

// PROVISIONAL stub: issue 4 replaces it with the trained tagger and resolver.
/**
 * Find named entities in a string, a Document or many Documents.
 *
 * @param input - Text or loaded documents.
 * @param options - Extraction options.
 * @returns Mentions, resolved entities and messages.
 */
export function extractEntities(
  input: string | Document | readonly Document[],
  options: ExtractEntitiesOptions = {},
): EntityExtraction {
  const documents = typeof input === "string" ? [parseDocument(input)] : Array.isArray(input) ? input : [input as Document];
  void options;
  void documents;
  return { mentions: [], entities: [], messages: [] };
}
