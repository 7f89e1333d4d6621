import type { Document, Message } from "@newsparse/corpus-loader";
import { getDefaultEntityExtractor, type Mention } from "@newsparse/entity-extract";
import { defaultClaimExtractor, type Claim } from "@newsparse/claims";
import { getDefaultTagger, type Timex } from "@newsparse/timeline";
import { dayKey } from "./day-key.js";
import { textHash } from "./text-hash.js";

/** Timexes of one text tagged against one reference day. */
export interface TaggedText {
  /** `YYYY-MM-DD`, or `null` for none. */
  reference: string | null;
  /** SHA-1 of the text (hex), so the cache holds no text. */
  textHash: string;
  /** The tagger's output. */
  timexes: Timex[];
}

/**
 * What the per-document stages find in one document: everything that needs
 * only that document's text. The cross-document stages (entity resolution,
 * speaker linking, claim grouping, reference dates, timeline merging) take
 * these and never parse, tag or extract again.
 */
export interface DocumentResult {
  /** The document's id. */
  docId: string;
  /** Entity mentions before resolution (no `entityId` yet), in text order. */
  mentions: Mention[];
  /** Diagnostics of entity extraction in this document. */
  entityMessages: Message[];
  /** Quotes, reported speech and quantities, speakers not yet linked to entities. */
  claims: Claim[];
  /** Diagnostics of claim extraction in this document. */
  claimMessages: Message[];
  /**
   * Temporal expressions tagged against the document's own `publishedAt` day
   * (or without a reference day when it has none), with that day as `reference`
   * (`null` for none); absent when tagging failed (the timeline stage then tags again
   * and reports the failure itself).
   */
  timexes?: TaggedText;
}

/**
 * Run every per-document stage on one loaded document: entity tagging and
 * rules (no resolution), quote/reported-speech/quantity extraction (no entity
 * linking) and temporal tagging. Pure: the same document gives the same
 * result in any thread, process or machine.
 *
 * @param document - A loaded (segmented) document.
 * @returns The document's per-document results.
 */
export function analyzeDocument(document: Document): DocumentResult {
  const entities = getDefaultEntityExtractor().extract(document, { resolve: false });
  // without `entities` the speaker-linking refiner (the last one) leaves speakers as they are;
  // the reducer links them once every document's mentions are resolved
  const claims = defaultClaimExtractor.extract(document);
  const result: DocumentResult = {
    docId: document.id,
    mentions: entities.mentions,
    entityMessages: entities.messages,
    claims: claims.claims,
    claimMessages: claims.messages,
  };
  const reference = dayKey(document.publishedAt ?? null);
  if (reference !== undefined) {
    try {
      result.timexes = { reference, textHash: textHash(document.text), timexes: getDefaultTagger().tag(document.text, { referenceDate: reference }) };
    } catch {
      // left to the timeline stage, which tags again and reports the error
    }
  }
  return result;
}
