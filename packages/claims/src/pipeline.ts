import { groupSentences, keptSpans, tokenize, type Document, type Message, type Token } from "@newsparse/corpus-loader";
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

/** What parsers and refiners see for one document. */
export interface ClaimContext {
  document: Document;
  text: string;
  /** Kept paragraph stretches, in text order. */
  segments: Segment[];
  lexicon: Lexicon;
  /** Lower-cased lookup sets built from the lexicon. */
  sets: LexiconSets;
  entities: readonly Entity[];
  /** Diagnostics; parsers and refiners push here. */
  messages: Message[];
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
 * A parser finds claims of one kind in a document. Claim ids are assigned
 * after all refiners ran, so parsers may leave `id` empty.
 */
export interface ClaimParser {
  /** Name recorded in `Claim.source`. */
  name: string;
  /**
   * Find claims.
   *
   * @param context - The document context.
   * @returns Claims found.
   */
  parse(context: ClaimContext): Claim[];
}

/** A refiner rewrites the list of claims of one document (merge, resolve, filter). */
export interface ClaimRefiner {
  /** Name, for provenance. */
  name: string;
  /**
   * Refine claims.
   *
   * @param context - The document context.
   * @param claims - Claims so far, in text order.
   * @returns The new list.
   */
  refine(context: ClaimContext, claims: Claim[]): Claim[];
}

/**
 * Build lookup sets from a lexicon.
 *
 * @param lexicon - A complete lexicon.
 * @returns The sets.
 */
export function buildLexiconSets(lexicon: Lexicon): LexiconSets {
  const lower = (xs: readonly string[]) => new Set(xs.map((x) => x.toLowerCase()));
  const qualifiers = Object.entries(lexicon.qualifiers)
    .map(([phrase, relation]) => ({ words: phrase.toLowerCase().split(/\s+/).filter(Boolean), relation }))
    .sort((a, b) => b.words.length - a.words.length);
  return {
    cueVerbs: lower(lexicon.cueVerbs),
    anonymousHeads: lower(lexicon.anonymousHeads),
    institutionHeads: lower(lexicon.institutionHeads),
    documentHeads: lower(lexicon.documentHeads),
    qualifiers,
  };
}

/**
 * Tokenize and sentence-split the kept stretches of a document.
 *
 * @param document - A loaded document.
 * @returns Segments.
 */
export function buildSegments(document: Document): Segment[] {
  return keptSpans(document).map((s) => {
    const tokens = tokenize(document.text, s.start, s.end);
    return { start: s.start, end: s.end, tokens, sentences: groupSentences(tokens) };
  });
}
