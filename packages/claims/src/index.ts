/**
 * `@newsparse/claims`: who said what, and which numbers the sources give.
 *
 * @packageDocumentation
 */
export { Speaker, Relation, Quantity, Claim, Conflict, ConflictKind, ClaimGroup } from "./schema.js";
export { extractClaims } from "./extract-claims.js";
export {
  createClaimExtractor,
  createDefaultConfiguration,
  defaultClaimExtractor,
  type ClaimExtractor,
  type ReadonlyClaimExtractorConfiguration,
  type ClaimExtractorConfiguration,
  type ExtractClaimsOptions,
  type ClaimExtraction,
  // Deprecated alias, removed in the next minor release.
  type ClaimExtractorConfig,
} from "./claim-extractor.js";
export { groupClaims, type GroupClaimsOptions, type ClaimGrouping } from "./group-claims.js";
export { defaultLexicon, mergeLexicon, type Lexicon } from "./lexicon.js";
export { defaultMeasureFrames, type MeasureFrames } from "./lexicon/measure-frames.js";
export { createMeasureReader, measureOf, singular, type Measure, type PersonOf } from "./grouping/measure-of.js";
export type { SentenceReader, SentenceReading } from "./grouping/sentence-reading.js";
export type { HeadWord } from "./grouping/counted-head.js";
export { wordnetMeasureKeys } from "./lexicon/wordnet-measures.js";
export type {
  ClaimContext,
  LexiconSets,
  Segment,
  // Deprecated aliases of corpus-loader's Parser<ClaimContext, Claim> / Refiner<ClaimContext, Claim>, removed in the next minor release.
  ClaimParser,
  ClaimRefiner,
} from "./pipeline.js";
export type { Token } from "@newsparse/corpus-loader";
export { quoteParser, scanQuotes, type QuoteSpan } from "./parsers/quote-parser.js";
export { reportedSpeechParser } from "./parsers/reported-speech-parser.js";
export { quantityParser } from "./parsers/quantity-parser.js";
export { findNumbers, type NumberMatch } from "./quantity/find-numbers.js";
export { findOrdinals, type OrdinalMatch } from "./quantity/find-ordinals.js";
export { reportedQuoteSpeakerRefiner } from "./refiners/reported-quote-speaker-refiner.js";
export { anaphoraRefiner } from "./refiners/anaphora-refiner.js";
export { entityLinkRefiner } from "./refiners/entity-link-refiner.js";
export { findTitles, titlesConflict, type TitleMention } from "./titles.js";
export { ClaimsError, InvalidClaimsInputError } from "./errors.js";
export { VERSION } from "./version.js";
