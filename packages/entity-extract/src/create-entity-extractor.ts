import type { Document, Message } from "@newsparse/corpus-loader";
import { parseDocument } from "@newsparse/corpus-loader";
import { createEventPatternParser } from "./parsers/event-pattern-parser.js";
import { createGazetteerParser } from "./parsers/gazetteer-parser.js";
import { createTaggerParser } from "./parsers/tagger-parser.js";
import { prepareDocument } from "./pipeline/prepare-document.js";
import type { Parser, Refiner } from "./pipeline/types.js";
import { createAcronymRefiner } from "./refiners/acronym-refiner.js";
import { createCountryTypeRefiner } from "./refiners/country-type-refiner.js";
import { createNewsOrgRefiner } from "./refiners/news-org-refiner.js";
import { createPersonHeadRefiner } from "./refiners/person-head-refiner.js";
import { createArmedGroupRefiner } from "./refiners/armed-group-refiner.js";
import { createConsistencyRefiner } from "./refiners/consistency-refiner.js";
import { ModelNotLoadedError } from "./errors.js";
import { createCompanyRefiner } from "./refiners/company-refiner.js";
import { createLexiconRefiner } from "./refiners/lexicon-refiner.js";
import { FINANCIAL_FIRMS } from "./lexicon/companies.js";
import { createFacilityRefiner } from "./refiners/facility-refiner.js";
import { createFilterRefiner } from "./refiners/filter-refiner.js";
import { createMetonymyRefiner } from "./refiners/metonymy-refiner.js";
import { createOrgHeadRefiner } from "./refiners/org-head-refiner.js";
import { createNameHeadRefiner } from "./refiners/name-head-refiner.js";
import { createQuotedTitleRefiner } from "./refiners/quoted-title-refiner.js";
import { createPersonExtentRefiner } from "./refiners/person-extent-refiner.js";
import { createSurnameRefiner } from "./refiners/surname-refiner.js";
import { createOverlapRefiner } from "./refiners/overlap-refiner.js";
import { createTitleRoleRefiner } from "./refiners/title-role-refiner.js";
import { resolveEntities, type ResolveOptions } from "./resolve/resolve-entities.js";
import { compactTokens, propagateNames, type CompactTokens } from "./resolve/propagate-names.js";
import type { Entity, Mention } from "./schema.js";

/** Parsers and refiners of an extractor (chrono-style). */
export interface EntityExtractorConfig {
  /** Candidate generators, run in order; their outputs are pooled. */
  parsers: Parser[];
  /** Refiners, run in order over each document's pooled candidates. */
  refiners: Refiner[];
}

/** Options of {@link EntityExtractor.extract} and {@link extractEntities}. */
export interface ExtractEntitiesOptions extends ResolveOptions {
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

/** An entity extractor built by {@link createEntityExtractor}. */
export interface EntityExtractor {
  /** The configuration it runs (copy it to customise). */
  readonly config: EntityExtractorConfig;
  /**
   * Find and resolve entities.
   *
   * @param input - Text, a Document or many Documents.
   * @param options - Extraction options.
   * @returns Mentions, entities and messages.
   */
  extract(input: string | Document | readonly Document[], options?: ExtractEntitiesOptions): EntityExtraction;
  /**
   * A new extractor with this one's parsers and refiners plus the given ones.
   *
   * @param extra - Parsers and refiners to append.
   * @returns The extended extractor.
   */
  extend(extra: Partial<EntityExtractorConfig>): EntityExtractor;
}

/**
 * The default configuration: the shipped tagger, the gazetteer and the
 * event/law patterns as parsers;
 * overlap resolution, news organisations, country names as GPE, names
 * before "administration" as PERSON, organisation head words, acronyms, titles and roles,
 * metonymy and the non-name filter as refiners.
 *
 * @returns A fresh configuration object users may modify.
 * @example
 * ```ts
 * const config = createDefaultConfig();
 * config.refiners.push(myRefiner);
 * const extractor = createEntityExtractor(config);
 * ```
 */
export function createDefaultConfig(): EntityExtractorConfig {
  return {
    parsers: [createTaggerParser(), createGazetteerParser(), createEventPatternParser()],
    refiners: [
      createOverlapRefiner(),
      createNewsOrgRefiner(),
      createLexiconRefiner({ name: "financial-firms", names: FINANCIAL_FIRMS, type: "ORG" }),
      createArmedGroupRefiner(),
      createCountryTypeRefiner(),
      createPersonHeadRefiner(),
      createFacilityRefiner(),
      createOrgHeadRefiner(),
      createNameHeadRefiner(),
      createQuotedTitleRefiner(),
      createPersonExtentRefiner(),
      createSurnameRefiner(),
      createConsistencyRefiner(),
      createCompanyRefiner(),
      createAcronymRefiner(), createTitleRoleRefiner(), createMetonymyRefiner(), createFilterRefiner()],
  };
}

function toDocuments(input: string | Document | readonly Document[], docId: string | undefined): readonly Document[] {
  if (typeof input === "string") return [parseDocument(input, { id: docId ?? "doc" })];
  if (Array.isArray(input)) return input as readonly Document[];
  return [input as Document];
}

/**
 * The same mentions in a fresh array filled by `push`. Refiners return arrays built by `map`
 * (holey elements) or by `push`/spread (packed); a refiner whose loops were optimised for one
 * kind is deoptimised, and compiled again, when the other arrives. Handing every refiner a packed
 * array keeps them on one kind.
 */
function packed(list: readonly Mention[]): Mention[] {
  const out: Mention[] = [];
  for (let i = 0; i < list.length; i++) out.push(list[i]!);
  return out;
}

function validSpan(m: Mention, text: string): boolean {
  return Number.isInteger(m.start) && Number.isInteger(m.end) && m.start >= 0 && m.end > m.start && m.end <= text.length && text.slice(m.start, m.end) === m.text;
}

/**
 * Build an entity extractor from parsers and refiners.
 *
 * @param config - Parsers and refiners; defaults to {@link createDefaultConfig}.
 * @returns An extractor.
 * @example
 * ```ts
 * const extractor = createEntityExtractor();
 * const { entities } = extractor.extract("Lt. Gen. Dagvin Anderson met Nigerien officials.");
 * ```
 */
export function createEntityExtractor(config: EntityExtractorConfig = createDefaultConfig()): EntityExtractor {
  const frozen: EntityExtractorConfig = { parsers: [...config.parsers], refiners: [...config.refiners] };
  return {
    config: frozen,
    extend(extra) {
      return createEntityExtractor({ parsers: [...frozen.parsers, ...(extra.parsers ?? [])], refiners: [...frozen.refiners, ...(extra.refiners ?? [])] });
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
          messages.push({ severity: "warning", ruleId: "duplicate-document-id", reason: `Document id "${document.id}" appears more than once; its mentions share one id.`, source: "@newsparse/entity-extract", docId: document.id });
        }
        seenIds.add(document.id);
        const context = prepareDocument(document);
        let mentions: Mention[] = [];
        for (const parser of frozen.parsers) {
          try {
            // A loop, not push(...spread): a spread of an unbounded array overflows the call stack.
            for (const mention of parser.parse(context)) mentions.push(mention);
          } catch (error) {
            // A missing model is a setup error (browser without `await loadShippedModel()`), not a problem of this document.
            if (ModelNotLoadedError.isInstance(error)) throw error;
            messages.push({ severity: "error", ruleId: "parser-failed", reason: `Parser ${parser.name} failed: ${String(error)}`, source: "@newsparse/entity-extract", docId: document.id });
          }
        }
        mentions.sort((a, b) => a.start - b.start || a.end - b.end);
        for (const refiner of frozen.refiners) {
          try {
            mentions = packed(refiner.refine(mentions, context));
          } catch (error) {
            messages.push({ severity: "error", ruleId: "refiner-failed", reason: `Refiner ${refiner.name} failed: ${String(error)}`, source: "@newsparse/entity-extract", docId: document.id });
          }
        }
        // Never hand out an offset that does not slice back to the text.
        for (const m of mentions) if (validSpan(m, document.text)) all.push(m);
        for (const message of context.messages) messages.push(message);
        if (propagate) compact.push(compactTokens(document.id, document.text, context.tokens));
      }
      if (propagate) {
        const added = propagateNames(compact, all);
        if (added.length) {
          // Back into document order, each document's mentions by position.
          const docIndex = new Map<string, number>();
          documents.forEach((d, i) => {
            if (!docIndex.has(d.id)) docIndex.set(d.id, i);
          });
          for (const m of added) all.push(m);
          all.sort((a, b) => docIndex.get(a.docId)! - docIndex.get(b.docId)! || a.start - b.start || a.end - b.end);
        }
      }
      if (options.resolve === false) return { mentions: all, entities: [], messages };
      const resolved = resolveEntities(all, options);
      return { mentions: resolved.mentions, entities: resolved.entities, messages: [...messages, ...resolved.messages] };
    },
  };
}
