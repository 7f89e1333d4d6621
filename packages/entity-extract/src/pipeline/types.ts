import type { Document, Message } from "@newsparse/corpus-loader";
import type { Mention } from "../schema.js";

/** One token of a prepared document. */
export interface Token {
  start: number;
  end: number;
  text: string;
  lower: string;
  /** Index of the sentence the token belongs to. */
  sentence: number;
  /** True for the first word of a sentence (after any opening quote). */
  sentenceStart: boolean;
  /** True inside a headline (the document's title span or a title-case first line). */
  headline: boolean;
}

/** A document with kept tokens (excluded ranges removed) and sentences. */
export interface ExtractionContext {
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
  /** Index of the token starting at each offset (only token starts are present). */
  tokenAtStart: Map<number, number>;
  /** Index of the token ending at each offset. */
  tokenAtEnd: Map<number, number>;
}

/** A parser proposes candidate mentions for a document. */
export interface Parser {
  /** Name recorded as the mention `source`. */
  name: string;
  /**
   * Propose mentions.
   *
   * @param context - The prepared document.
   * @returns Candidate mentions (may overlap).
   */
  parse(context: ExtractionContext): Mention[];
}

/** A refiner filters, merges or annotates the mentions of one document, in order. */
export interface Refiner {
  /** Name recorded in `source` of mentions it changes. */
  name: string;
  /**
   * Refine mentions.
   *
   * @param mentions - Current mentions, sorted by start.
   * @param context - The prepared document.
   * @returns The refined mentions.
   */
  refine(mentions: Mention[], context: ExtractionContext): Mention[];
}
