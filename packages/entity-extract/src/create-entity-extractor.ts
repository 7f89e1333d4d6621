import { createMessage, extendConfiguration, parseDocument, runPipeline, type Document, type Message } from "@newsparse/corpus-loader";
import { createDefaultConfiguration, type EntityExtractorConfiguration } from "./entity-extractor-configuration.js";
import { ModelNotLoadedError } from "./errors.js";
import { prepareDocument } from "./pipeline/prepare-document.js";
import { compactTokens, propagateNames, type CompactTokens } from "./resolve/propagate-names.js";
import { resolveEntities, type ResolveOptions } from "./resolve/resolve-entities.js";
import type { Entity, Mention } from "./schema.js";

/** The package name, the `source` of the messages entity-extract makes. */
const SOURCE = "@newsparse/entity-extract";

/** Options of {@link EntityExtractor.extract} and {@link extractEntities}. */
export interface ExtractEntitiesOptions extends Omit<ResolveOptions, "inPlace"> {
  /** Resolve mentions into entities across the given documents (default true). */
  resolve?: boolean;
  /** Document id used when the input is a string (default `"doc"`). */
  docId?: string;
  /**
   * With several documents, mark a name found in one document where another document writes it and
   * the tagger missed it (source `propagation`, flag `cross-document`; default true).
   */
  propagate?: boolean;
}

/** Result of {@link extractEntities}. */
export interface EntityExtraction {
  mentions: Mention[];
  entities: Entity[];
  messages: Message[];
}

/** A read-only view of an extractor's configuration. */
export interface ReadonlyEntityExtractorConfiguration {
  /** Parsers, run in order; their candidates are pooled. */
  readonly parsers: readonly EntityExtractorConfiguration["parsers"][number][];
  /** Refiners, run in order. */
  readonly refiners: readonly EntityExtractorConfiguration["refiners"][number][];
}

/** An entity extractor built by {@link createEntityExtractor}. */
export interface EntityExtractor {
  /** The parsers and refiners it runs (frozen: use {@link EntityExtractor.extend} or `createDefaultConfiguration()` to customise). */
  readonly configuration: ReadonlyEntityExtractorConfiguration;
  /**
   * A mutable copy of the configuration it runs.
   *
   * @deprecated Use {@link EntityExtractor.configuration} (read-only) and {@link EntityExtractor.extend}; removed in the next minor release.
   */
  readonly config: EntityExtractorConfiguration;
  /**
   * Find and resolve entities.
   *
   * @param input - Text, a Document or many Documents.
   * @param options - Extraction options.
   * @returns Mentions, entities and messages.
   */
  extract(input: string | Document | readonly Document[], options?: ExtractEntitiesOptions): EntityExtraction;
  /**
   * A new extractor with this one's parsers and refiners plus the given ones
   * (appended; see corpus-loader's `extendConfiguration`).
   *
   * @param extra - Parsers and refiners to append.
   * @returns The extended extractor.
   */
  extend(extra: Partial<EntityExtractorConfiguration>): EntityExtractor;
}

function toDocuments(input: string | Document | readonly Document[], docId: string | undefined): readonly Document[] {
  if (typeof input === "string") return [parseDocument(input, { id: docId ?? "doc" })];
  if (Array.isArray(input)) return input as readonly Document[];
  return [input as Document];
}

/** Candidates in text order before the first refiner: by start, then end. */
const byPosition = (a: Mention, b: Mention): number => a.start - b.start || a.end - b.end;

/** One reused list for the common case of a mention without roles (the run loop reads it at once and keeps no list). */
const ONE_SPAN: Mention[] = [];

/** Every span a mention points into its document with: its own and its roles'. */
function spansOf(mention: Mention): readonly { start: number; end: number; text: string }[] {
  if (mention.roles) return [mention, ...mention.roles];
  ONE_SPAN[0] = mention;
  return ONE_SPAN;
}

/** Phase 1, per document: parsers and refiners, through the shared run loop. */
function extractFromDocument(configuration: EntityExtractorConfiguration, document: Document, messages: Message[]) {
  const context = prepareDocument(document);
  const mentions = runPipeline(configuration, context, {
    source: SOURCE,
    spansOf,
    // A missing model is a set-up error (a browser without `await loadShippedModel()`), not a problem of this document.
    rethrow: (error) => ModelNotLoadedError.isInstance(error),
    compare: byPosition,
  });
  for (const message of context.messages) messages.push(message);
  return { mentions, context };
}

/** Phase 2, with several documents: names one document has, marked where another writes them; then back in document order. */
function propagateAcrossDocuments(documents: readonly Document[], compact: CompactTokens[], all: Mention[]): void {
  const added = propagateNames(compact, all);
  if (!added.length) return;
  const docIndex = new Map<string, number>();
  documents.forEach((d, i) => {
    if (!docIndex.has(d.id)) docIndex.set(d.id, i);
  });
  // A stable sort by (document index, start, end), done per document: each document's mentions (the
  // added ones after its own) are sorted alone and the groups joined in document order.
  const groups: Mention[][] = documents.map(() => []);
  for (const m of all) groups[docIndex.get(m.docId)!]!.push(m);
  for (const m of added) groups[docIndex.get(m.docId)!]!.push(m);
  all.length = 0;
  for (const group of groups) {
    group.sort(byPosition);
    for (const m of group) all.push(m);
  }
}

/**
 * Build an entity extractor from a configuration of parsers and refiners.
 *
 * @param configuration - Parsers and refiners; defaults to {@link createDefaultConfiguration}. It is copied: later changes to it do not reach the extractor.
 * @returns An extractor.
 * @example
 * ```ts
 * import { createEntityExtractor } from "@newsparse/entity-extract";
 *
 * const extractor = createEntityExtractor();
 * const { entities } = extractor.extract("Lt. Gen. Dagvin Anderson met Nigerien officials.");
 * console.log(entities.map((e) => `${e.type} ${e.name}`));
 * ```
 */
export function createEntityExtractor(configuration: EntityExtractorConfiguration = createDefaultConfiguration()): EntityExtractor {
  const own: EntityExtractorConfiguration = { ...configuration, parsers: [...configuration.parsers], refiners: [...configuration.refiners] };
  const view: ReadonlyEntityExtractorConfiguration = Object.freeze({ parsers: Object.freeze([...own.parsers]), refiners: Object.freeze([...own.refiners]) });
  return {
    configuration: view,
    get config(): EntityExtractorConfiguration {
      return { ...own, parsers: [...own.parsers], refiners: [...own.refiners] };
    },
    extend(extra) {
      return createEntityExtractor(extendConfiguration(own, extra));
    },
    extract(input, options = {}) {
      const documents = toDocuments(input, options.docId);
      const messages: Message[] = [];
      const all: Mention[] = [];
      const seenIds = new Set<string>();
      const propagate = options.propagate !== false && documents.length > 1;
      const compact: CompactTokens[] = [];
      for (const document of documents) {
        if (seenIds.has(document.id)) {
          messages.push(createMessage(`Document id "${document.id}" appears more than once; its mentions share one id.`, { ruleId: "duplicate-document-id", source: SOURCE, docId: document.id }));
        }
        seenIds.add(document.id);
        const { mentions, context } = extractFromDocument(own, document, messages);
        for (const m of mentions) all.push(m);
        if (propagate) compact.push(compactTokens(document.id, document.text, context.tokens));
      }
      if (propagate) propagateAcrossDocuments(documents, compact, all);
      if (options.resolve === false) return { mentions: all, entities: [], messages };
      // The mentions are this call's own: resolution sets their entity ids on them rather than on copies.
      const resolved = resolveEntities(all, { surnameVariantThreshold: options.surnameVariantThreshold, maxBlockSize: options.maxBlockSize, inPlace: true });
      return { mentions: resolved.mentions, entities: resolved.entities, messages: [...messages, ...resolved.messages] };
    },
  };
}
