import type { Document, Parser as PipelineParser, PipelineContext, Refiner as PipelineRefiner } from "@newsparse/corpus-loader";
import type { Message, Token as TextToken } from "@newsparse/corpus-loader";
import type { Mention } from "../schema.js";
import type { TaggerDecisions } from "../tagger/tagger-decisions.js";

/**
 * One token of a prepared document: corpus-loader's `Token` (offsets, text, lower-cased text, word and
 * capital flags; the `"names"` preset) with its sentence and position flags.
 */
export interface Token extends TextToken {
  /** Index of the sentence the token belongs to. */
  sentence: number;
  /** True for the first word of a sentence (after any opening quote). */
  sentenceStart: boolean;
  /** True inside a headline (the document's title span or a title-case first line). */
  headline: boolean;
}

/**
 * What entity-extract's parsers and refiners see: the shared
 * `PipelineContext` of corpus-loader (`docId`, `text`, `messages`) plus the document
 * with its kept tokens (excluded ranges removed) and sentences.
 */
export interface ExtractionContext extends PipelineContext {
  document: Document;
  /** The document's id (`document.id`), read once so that parsers and refiners see plain values. */
  docId: string;
  /** The document's text (`document.text`). */
  text: string;
  tokens: Token[];
  /** Sentences as `[firstToken, endToken)` ranges of {@link ExtractionContext.tokens}. */
  sentences: { first: number; end: number }[];
  /** Mutable list of diagnostics for this document. */
  messages: Message[];
  /** Index of the token starting at each offset (only token starts are present; a look-up searches the tokens, no table is built unless the map is iterated or changed). */
  tokenAtStart: Map<number, number>;
  /** Index of the token ending at each offset. */
  tokenAtEnd: Map<number, number>;
  /** The tagger parser's decisions in this document, set when it runs (read by the arbitration refiner). */
  tagger?: TaggerDecisions;
}

/**
 * A parser proposes candidate mentions for a document: corpus-loader's
 * shared `Parser` contract (`name`, `parse(context)`) for entity-extract's
 * context and mentions. Its `name` is recorded as the mention `source`.
 */
export type Parser = PipelineParser<ExtractionContext, Mention>;

/**
 * A refiner filters, merges or annotates the mentions of one document:
 * corpus-loader's shared `Refiner` contract, `refine(context, mentions)`
 * (context first, as in chrono-node). It receives the mentions sorted by
 * start, and records its `name` in the `source` of mentions it changes.
 */
export type Refiner = PipelineRefiner<ExtractionContext, Mention>;

/**
 * entity-extract's earlier refiner contract: `refine(mentions, context)`,
 * mentions first (the other packages and chrono-node put the context first).
 *
 * @deprecated Write `refine(context, mentions)` ({@link Refiner}), or wrap an
 * old refiner with {@link fromLegacyRefiner}. Removed in the next minor release.
 */
export interface LegacyRefiner {
  /** Name recorded in `source` of mentions it changes. */
  readonly name: string;
  /**
   * Refine mentions.
   *
   * @param mentions - Current mentions, sorted by start.
   * @param context - The prepared document.
   * @returns The refined mentions.
   */
  refine(mentions: Mention[], context: ExtractionContext): Mention[];
}
