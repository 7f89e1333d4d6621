import type { Document, Message, Parser, PipelineContext, Refiner, Token } from "@newsparse/corpus-loader";
import type { Entity } from "@newsparse/entity-extract";
import type { Lexicon } from "./lexicon.js";
import type { Claim, Relation } from "./schema.js";

/** One kept (non-excluded) stretch of a paragraph, tokenized and split into sentences. */
export interface Segment {
  start: number;
  end: number;
  /** Tokens of the segment. */
  tokens: Token[];
  /** Sentences as `[startToken, endToken)` ranges into `tokens`. */
  sentences: Array<[number, number]>;
}

/**
 * What claims' parsers and refiners see for one document: the shared
 * `PipelineContext` of corpus-loader (`docId`, `text`, `messages`) plus the document,
 * its kept segments, the lexicon and the entities.
 */
export interface ClaimContext extends PipelineContext {
  /** Diagnostics about this document; stages push onto it (build them with corpus-loader's `createMessage`). */
  readonly messages: Message[];
  document: Document;
  /** Kept paragraph stretches, in text order. */
  segments: Segment[];
  lexicon: Lexicon;
  /** Lower-cased lookup sets built from the lexicon. */
  sets: LexiconSets;
  entities: readonly Entity[];
}

/** Sets derived from a {@link Lexicon} for fast lookup. */
export interface LexiconSets {
  cueVerbs: Set<string>;
  anonymousHeads: Set<string>;
  institutionHeads: Set<string>;
  documentHeads: Set<string>;
  /** Qualifier phrases split into words, longest first. */
  qualifiers: Array<{ words: string[]; relation: Relation }>;
}

/**
 * A parser that finds claims of one kind in a document: the shared
 * `Parser<ClaimContext, Claim>` contract of `@newsparse/corpus-loader`.
 *
 * @deprecated Use `Parser<ClaimContext, Claim>` from `@newsparse/corpus-loader`; this alias goes in the next minor release.
 */
export type ClaimParser = Parser<ClaimContext, Claim>;

/**
 * A refiner that rewrites the claims of one document: the shared
 * `Refiner<ClaimContext, Claim>` contract of `@newsparse/corpus-loader`.
 *
 * @deprecated Use `Refiner<ClaimContext, Claim>` from `@newsparse/corpus-loader`; this alias goes in the next minor release.
 */
export type ClaimRefiner = Refiner<ClaimContext, Claim>;
