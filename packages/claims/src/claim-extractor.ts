import { createMessage, extendConfiguration, runPipeline, type Document, type Message, type Parser, type Refiner } from "@newsparse/corpus-loader";
import type { Entity } from "@newsparse/entity-extract";
import { claimSpans } from "./extractor/claim-spans.js";
import type { ClaimExtractorConfiguration } from "./extractor/configuration.js";
import { createDefaultConfiguration } from "./extractor/default-configuration.js";
import { normalizeDocument, toDocuments } from "./extractor/to-documents.js";
import { mergeLexicon, type Lexicon } from "./lexicon.js";
import { buildLexiconSets } from "./extractor/lexicon-sets.js";
import { buildSegments } from "./extractor/segments.js";
import type { ClaimContext, LexiconSets } from "./pipeline.js";
import type { Claim } from "./schema.js";

export { createDefaultConfiguration } from "./extractor/default-configuration.js";
export type { ClaimExtractorConfiguration, ClaimExtractorConfig } from "./extractor/configuration.js";

const SOURCE = "@newsparse/claims";

/** Options of {@link extractClaims} and {@link ClaimExtractor.extract}. */
export interface ExtractClaimsOptions {
  /** Entities from entity-extract, to link speakers to `entityId`. */
  entities?: readonly Entity[];
}

/** Result of {@link extractClaims}. */
export interface ClaimExtraction {
  /** Claims of every document, in document then text order. */
  claims: Claim[];
  /** Diagnostics. */
  messages: Message[];
}

/** A read-only view of what a {@link ClaimExtractor} runs. */
export interface ReadonlyClaimExtractorConfiguration {
  /** Parsers, in order. */
  readonly parsers: readonly Parser<ClaimContext, Claim>[];
  /** Refiners, in order. */
  readonly refiners: readonly Refiner<ClaimContext, Claim>[];
  /** The complete lexicon. */
  readonly lexicon: Lexicon;
}

/** A configured claim extractor. */
export interface ClaimExtractor {
  /** What it runs (read-only: use {@link ClaimExtractor.extend} to customise). */
  readonly configuration: ReadonlyClaimExtractorConfiguration;
  /** Its parsers (a copy; the same as `configuration.parsers`). */
  readonly parsers: Parser<ClaimContext, Claim>[];
  /** Its refiners (a copy; the same as `configuration.refiners`). */
  readonly refiners: Refiner<ClaimContext, Claim>[];
  /** Its complete lexicon. */
  readonly lexicon: Lexicon;
  /**
   * Extract claims.
   *
   * @param input - Text, a Document or Documents.
   * @param options - Entities for speaker linking.
   * @returns Claims and messages.
   * @throws {@link InvalidClaimsInputError} when the input is not text or Documents.
   */
  extract(input: string | Document | readonly Document[], options?: ExtractClaimsOptions): ClaimExtraction;
  /**
   * A new extractor: this one's parsers and refiners with `extra`'s appended,
   * and `extra.lexicon`'s lists over this one's lexicon (a given list
   * replaces the list, given records are merged key by key).
   *
   * @param extra - Parsers and refiners to append, lexicon entries to override.
   * @returns A new extractor; this one is unchanged.
   */
  extend(extra?: Partial<ClaimExtractorConfiguration>): ClaimExtractor;
  /**
   * A customisable copy.
   *
   * @deprecated Use {@link ClaimExtractor.extend} (`extend()` with no argument copies); `clone` goes in the next minor release.
   * @returns A new extractor with copied arrays.
   */
  clone(): ClaimExtractor;
}

const KIND_LETTER: Record<Claim["kind"], string> = { quote: "q", reported: "r", quantity: "n" };
const KIND_ORDER: Record<Claim["kind"], number> = { quote: 0, reported: 1, quantity: 2 };

/** The order of the pooled parser claims: by start, then quote < reported < quantity, then by end. */
const compareClaims = (a: Claim, b: Claim): number => a.start - b.start || KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || a.end - b.end;

/** Give each claim of one document its id (`<docId>#q1`, `#r1`, `#n1` …) and report quotes without a speaker or an end. */
function numberClaims(docId: string, docClaims: readonly Claim[], messages: Message[], into: Claim[]): void {
  const counters: Record<string, number> = { q: 0, r: 0, n: 0 };
  for (const c of docClaims) {
    const letter = KIND_LETTER[c.kind];
    counters[letter] = (counters[letter] ?? 0) + 1;
    c.id = `${docId}#${letter}${counters[letter]}`;
    if (c.kind === "quote" && !c.speaker) {
      messages.push(createMessage(`No speaker found for quote ${c.id}.`, { ruleId: "quote-without-speaker", severity: "info", source: SOURCE, docId, start: c.start, end: c.end }));
    }
    if (c.flags?.includes("unterminated")) {
      messages.push(createMessage(`Quote ${c.id} has no closing quotation mark before the end of its paragraph.`, { ruleId: "unterminated-quote", source: SOURCE, docId, start: c.start, end: c.end }));
    }
    into.push(c);
  }
}

/**
 * Create a claim extractor from parsers, refiners and a lexicon.
 *
 * Each document goes through `runPipeline` of `@newsparse/corpus-loader`:
 * a parser or refiner that throws becomes a `parser-failed` /
 * `refiner-failed` message, and a claim any of whose spans (the claim, its
 * speaker, cue or parts) does not slice back to its text is dropped with an
 * `invalid-span` message.
 *
 * @param configuration - Parsers, refiners and lexicon overrides; missing fields come from {@link createDefaultConfiguration}.
 * @returns An extractor.
 * @example
 * ```ts
 * import { createClaimExtractor, createDefaultConfiguration, defaultLexicon } from "@newsparse/claims";
 *
 * const extractor = createClaimExtractor({
 *   ...createDefaultConfiguration(),
 *   lexicon: { cueVerbs: [...defaultLexicon.cueVerbs, "harrumphed"] },
 * });
 * console.log(extractor.extract("“Nonsense,” she harrumphed.").claims[0]?.speaker?.text); // "she"
 * ```
 */
export function createClaimExtractor(configuration: Partial<ClaimExtractorConfiguration> = {}): ClaimExtractor {
  const defaults = createDefaultConfiguration();
  const parsers = [...(configuration.parsers ?? defaults.parsers)];
  const refiners = [...(configuration.refiners ?? defaults.refiners)];
  const lexicon = mergeLexicon(configuration.lexicon);
  const sets = buildLexiconSets(lexicon);
  const view: ReadonlyClaimExtractorConfiguration = Object.freeze({ parsers: Object.freeze([...parsers]), refiners: Object.freeze([...refiners]), lexicon });
  const extractor: ClaimExtractor = {
    configuration: view,
    parsers,
    refiners,
    lexicon,
    extend(extra = {}) {
      const base: ClaimExtractorConfiguration = { parsers: [...view.parsers], refiners: [...view.refiners], lexicon };
      const next = extendConfiguration(base, extra);
      next.lexicon = mergeLexicon(extra.lexicon, lexicon);
      return createClaimExtractor(next);
    },
    clone() {
      return extractor.extend();
    },
    extract(input, options = {}) {
      return extractAll(toDocuments(input), view, lexicon, sets, options.entities ?? []);
    },
  };
  return extractor;
}

/** Run the pipeline on each document, then number each document's claims. */
function extractAll(documents: readonly Document[], view: ReadonlyClaimExtractorConfiguration, lexicon: Lexicon, sets: LexiconSets, entities: readonly Entity[]): ClaimExtraction {
  const messages: Message[] = [];
  const claims: Claim[] = [];
  const seen = new Set<string>();
  const pipeline = { parsers: [...view.parsers], refiners: [...view.refiners] };
  for (const raw of documents) {
    const document = normalizeDocument(raw);
    if (seen.has(document.id)) {
      messages.push(createMessage(`Document id \`${document.id}\` appears more than once; claim ids may collide.`, { ruleId: "duplicate-document-id", source: SOURCE, docId: document.id }));
    }
    seen.add(document.id);
    const context: ClaimContext = { docId: document.id, document, text: document.text, segments: buildSegments(document), lexicon, sets, entities, messages };
    const docClaims = runPipeline(pipeline, context, { source: SOURCE, spansOf: claimSpans, compare: compareClaims });
    numberClaims(document.id, docClaims, messages, claims);
  }
  return { claims, messages };
}

/** The default extractor instance. */
export const defaultClaimExtractor: ClaimExtractor = createClaimExtractor();
