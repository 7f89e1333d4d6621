import { parseDocument, type Document, type Message } from "@newsparse/corpus-loader";
import type { Entity } from "@newsparse/entity-extract";
import { InvalidClaimsInputError } from "./errors.js";
import { mergeLexicon, type Lexicon } from "./lexicon.js";
import { quantityParser } from "./parsers/quantity-parser.js";
import { quoteParser } from "./parsers/quote-parser.js";
import { reportedSpeechParser } from "./parsers/reported-speech-parser.js";
import { buildLexiconSets, buildSegments, type ClaimContext, type ClaimParser, type ClaimRefiner } from "./pipeline.js";
import { anaphoraRefiner } from "./refiners/anaphora-refiner.js";
import { entityLinkRefiner } from "./refiners/entity-link-refiner.js";
import { reportedQuoteSpeakerRefiner } from "./refiners/reported-quote-speaker-refiner.js";
import type { Claim } from "./schema.js";

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

/** Configuration of a {@link ClaimExtractor}: chrono-style parsers and refiners plus a lexicon. */
export interface ClaimExtractorConfig {
  /** Parsers, run in order on each document. */
  parsers: ClaimParser[];
  /** Refiners, run in order on each document's claims. */
  refiners: ClaimRefiner[];
  /** Word lists (merged over {@link defaultLexicon}). */
  lexicon?: Partial<Lexicon>;
}

/** A configured claim extractor. */
export interface ClaimExtractor {
  /** Its parsers (a copy: push onto {@link ClaimExtractor.clone}'s result to customise). */
  readonly parsers: ClaimParser[];
  /** Its refiners. */
  readonly refiners: ClaimRefiner[];
  /** Its complete lexicon. */
  readonly lexicon: Lexicon;
  /**
   * Extract claims.
   *
   * @param input - Text, a Document or Documents.
   * @param options - Entities for speaker linking.
   * @returns Claims and messages.
   */
  extract(input: string | Document | readonly Document[], options?: ExtractClaimsOptions): ClaimExtraction;
  /**
   * A customisable copy.
   *
   * @returns A new extractor with copied arrays.
   */
  clone(): ClaimExtractor;
}

/**
 * The default configuration: quote, reported-speech and quantity parsers;
 * reported-speech speaker inheritance, anaphora resolution and entity linking.
 *
 * @returns A fresh configuration (arrays you may change).
 */
export function createDefaultConfiguration(): ClaimExtractorConfig {
  return {
    parsers: [quoteParser, reportedSpeechParser, quantityParser],
    refiners: [reportedQuoteSpeakerRefiner, anaphoraRefiner, entityLinkRefiner],
  };
}

const KIND_LETTER: Record<Claim["kind"], string> = { quote: "q", reported: "r", quantity: "n" };
const KIND_ORDER: Record<Claim["kind"], number> = { quote: 0, reported: 1, quantity: 2 };

function isDocument(x: unknown): x is Document {
  return typeof x === "object" && x !== null && typeof (x as Document).text === "string" && typeof (x as Document).id === "string";
}

function toDocuments(input: unknown): Document[] {
  if (typeof input === "string") return [parseDocument(input, { id: "doc" })];
  if (Array.isArray(input)) {
    const out: Document[] = [];
    input.forEach((d, i) => {
      if (!isDocument(d)) throw new InvalidClaimsInputError(`Input item ${i} is not a Document (expected an object with string \`id\` and \`text\`).`);
      out.push(d);
    });
    return out;
  }
  if (isDocument(input)) return [input];
  throw new InvalidClaimsInputError("Input must be a string, a Document or an array of Documents.");
}

/** Make sure a document has usable structure arrays (robust to partial objects). */
function normalizeDocument(d: Document): Document {
  if (Array.isArray(d.paragraphs) && Array.isArray(d.excluded)) return d;
  return { ...d, paragraphs: Array.isArray(d.paragraphs) ? d.paragraphs : [], excluded: Array.isArray(d.excluded) ? d.excluded : [] };
}

/**
 * Create a claim extractor from parsers, refiners and a lexicon.
 *
 * @param config - Parsers, refiners and lexicon overrides; defaults to {@link createDefaultConfiguration}.
 * @returns An extractor.
 * @example
 * ```ts
 * const extractor = createClaimExtractor({
 *   ...createDefaultConfiguration(),
 *   lexicon: { cueVerbs: [...defaultLexicon.cueVerbs, "quipped"] },
 * });
 * extractor.extract("“Fine,” she quipped.").claims[0]?.speaker?.text; // "she"
 * ```
 */
export function createClaimExtractor(config: Partial<ClaimExtractorConfig> = {}): ClaimExtractor {
  const defaults = createDefaultConfiguration();
  const parsers = [...(config.parsers ?? defaults.parsers)];
  const refiners = [...(config.refiners ?? defaults.refiners)];
  const lexicon = mergeLexicon(config.lexicon);
  const sets = buildLexiconSets(lexicon);
  const extractor: ClaimExtractor = {
    parsers,
    refiners,
    lexicon,
    clone() {
      return createClaimExtractor({ parsers: [...parsers], refiners: [...refiners], lexicon });
    },
    extract(input, options = {}) {
      const documents = toDocuments(input);
      const entities = options.entities ?? [];
      const messages: Message[] = [];
      const claims: Claim[] = [];
      const seen = new Set<string>();
      for (const raw of documents) {
        const document = normalizeDocument(raw);
        if (seen.has(document.id)) {
          messages.push({ severity: "warning", ruleId: "duplicate-document-id", reason: `Document id \`${document.id}\` appears more than once; claim ids may collide.`, source: "@newsparse/claims", docId: document.id });
        }
        seen.add(document.id);
        const context: ClaimContext = { document, text: document.text, segments: buildSegments(document), lexicon, sets, entities, messages };
        let docClaims: Claim[] = [];
        for (const parser of parsers) {
          try {
            // A loop, not push(...spread): a spread of an unbounded array overflows the call stack.
            for (const claim of parser.parse(context)) docClaims.push(claim);
          } catch (error) {
            messages.push({ severity: "error", ruleId: "parser-failed", reason: `Parser ${parser.name} failed: ${error instanceof Error ? error.message : String(error)}`, source: "@newsparse/claims", docId: document.id });
          }
        }
        docClaims.sort((a, b) => a.start - b.start || KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || a.end - b.end);
        for (const refiner of refiners) {
          try {
            docClaims = refiner.refine(context, docClaims);
          } catch (error) {
            messages.push({ severity: "error", ruleId: "refiner-failed", reason: `Refiner ${refiner.name} failed: ${error instanceof Error ? error.message : String(error)}`, source: "@newsparse/claims", docId: document.id });
          }
        }
        // keep only claims whose offsets are valid (never emit a broken span)
        const counters: Record<string, number> = { q: 0, r: 0, n: 0 };
        for (const c of docClaims) {
          if (!(c.start >= 0 && c.end <= document.text.length && c.start < c.end && document.text.slice(c.start, c.end) === c.text)) {
            messages.push({ severity: "warning", ruleId: "invalid-claim-span", reason: `Dropped a ${c.kind} claim with invalid offsets from ${c.source ?? "a parser"}.`, source: "@newsparse/claims", docId: document.id });
            continue;
          }
          const letter = KIND_LETTER[c.kind];
          counters[letter] = (counters[letter] ?? 0) + 1;
          c.id = `${document.id}#${letter}${counters[letter]}`;
          if (c.kind === "quote" && !c.speaker) {
            messages.push({ severity: "info", ruleId: "quote-without-speaker", reason: `No speaker found for quote ${c.id}.`, source: "@newsparse/claims", docId: document.id, start: c.start, end: c.end });
          }
          if (c.flags?.includes("unterminated")) {
            messages.push({ severity: "warning", ruleId: "unterminated-quote", reason: `Quote ${c.id} has no closing quotation mark before the end of its paragraph.`, source: "@newsparse/claims", docId: document.id, start: c.start, end: c.end });
          }
          claims.push(c);
        }
      }
      return { claims, messages };
    },
  };
  return extractor;
}

/** The default extractor instance. */
export const defaultClaimExtractor: ClaimExtractor = createClaimExtractor();
