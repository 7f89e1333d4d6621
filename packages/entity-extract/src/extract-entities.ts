import type { Document } from "@newsparse/corpus-loader";
import { createEntityExtractor, type EntityExtraction, type EntityExtractor, type ExtractEntitiesOptions } from "./create-entity-extractor.js";

let defaultExtractor: EntityExtractor | undefined;

/**
 * The default extractor instance (shipped tagger + rules), created on first use.
 *
 * @returns The shared default extractor.
 */
export function getDefaultEntityExtractor(): EntityExtractor {
  defaultExtractor ??= createEntityExtractor();
  return defaultExtractor;
}

/**
 * Find named entities in a string, a Document or many Documents, and resolve
 * them within and across documents.
 *
 * @param input - Text or loaded documents.
 * @param options - Extraction options.
 * @returns Mentions (with `entityId`), resolved entities and messages; deterministic for the same input.
 * @example
 * ```ts
 * import { extractEntities } from "@newsparse/entity-extract";
 *
 * const { entities } = extractEntities("Lt. Gen. Dagvin Anderson met Nigerien officials in Niamey.");
 * entities.map((e) => `${e.type} ${e.name}`); // ["PERSON Dagvin Anderson", "NORP Nigerien", "GPE Niamey"]
 * ```
 */
export function extractEntities(input: string | Document | readonly Document[], options: ExtractEntitiesOptions = {}): EntityExtraction {
  return getDefaultEntityExtractor().extract(input, options);
}
