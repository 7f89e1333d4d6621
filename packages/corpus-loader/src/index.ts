/**
 * `@newsparse/corpus-loader`: load news articles faithfully and share the
 * `Span`, `Document` and `Message` schemas every newsparse package uses.
 *
 * This entry point runs in browsers; file-system loading lives in
 * `@newsparse/corpus-loader/node`.
 *
 * @packageDocumentation
 */
export { Span, DocSpan, Severity, Message, ExcludedRange, Document, DuplicateInfo } from "./schema/index.js";
export {
  parseDocument,
  createDocumentParser,
  createDefaultConfiguration,
  type ParseDocumentOptions,
  type DocumentParserConfiguration,
  type DocumentParser,
  type DocumentParserConfig,
} from "./parse-document.js";
export {
  createSentenceSplitter,
  splitSentences,
  type SentenceSplitter,
  type SentenceSplitterOptions,
} from "./segment/sentence-splitter.js";
export { splitParagraphs, type ParagraphMode } from "./segment/paragraphs.js";
export {
  runPipeline,
  createMessage,
  spanProblem,
  extendConfiguration,
  type PipelineContext,
  type Parser,
  type Refiner,
  type PipelineConfiguration,
  type RunPipelineOptions,
  type MessageOptions,
  type SpanLike,
} from "./pipeline/index.js";
export { firstSpanEndingAfter } from "./text/span-search.js";
export { wordAlternation, duplicateEntries } from "./lexicon/word-pattern.js";
export type { WordAlternationOptions } from "./lexicon/word-pattern.js";
export { createExcludedIndex, excludedIndexOf, type ExcludedIndex } from "./excluded-index.js";
export { compareCorpusOrder, type CorpusOrderKey } from "./corpus-order.js";
export {
  ABBREVIATIONS,
  TITLE_ABBREVIATIONS,
  NUMBER_ABBREVIATIONS,
  AMBIGUOUS_ABBREVIATIONS,
  SENTENCE_STARTERS,
  COMMON_SENTENCE_STARTERS,
  tokenAbbreviations,
  type Abbreviation,
  type AbbreviationRole,
  type TokenPreset,
} from "./text/abbreviations.js";
export {
  isSpaceCode,
  isSeparatorCode,
  isLineBreakCode,
  isTerminalCode,
  isCloserCode,
  isOpenerCode,
  isLowerCode,
  isUpperCode,
  isDigitCode,
  isLetterCode,
  isWordCode,
  isApostropheCode,
  isCapitalised,
  trimRange,
} from "./text/character-classes.js";
export type { Token } from "./text/token.js";
export { tokenize, tokenAt, scanTokens, type TokenizeOptions, type TokenSink } from "./text/tokenize.js";
export {
  groupSentences,
  startsSentenceByDefault,
  isOpeningToken,
  type GroupSentencesOptions,
} from "./text/group-sentences.js";
export { keptSpans, type KeptSpansOptions } from "./text/kept-spans.js";
export { ownString } from "./text/own-string.js";
export type {
  BoilerplateRule,
  BoilerplateUnit,
  BoilerplateHit,
  BoilerplateMeta,
} from "./boilerplate/boilerplate-rule.js";
export {
  defaultBoilerplateRules,
  newsletterRule,
  accountCtaRule,
  commentFormRule,
  seeAlsoRule,
  storyUpdatedRule,
  adShareRule,
  repeatedParagraphRule,
  photoCreditRule,
  bylineRule,
  datelineRule,
  contributorRule,
  reportedFromRule,
} from "./boilerplate/default-rules.js";
export { decodeBytes, findInvalidUtf8, type DecodedText, type DecodeOptions } from "./decode.js";
export {
  DocumentMetadata,
  Manifest,
  normalizeDate,
  resolveMetadata,
  validateMetadata,
  type MetadataOrigin,
  type ResolvedMetadata,
  type ValidatedMetadata,
} from "./metadata.js";
export { mapRecord, DEFAULT_FIELD_MAPPING, type FieldMapping, type MappedRecord } from "./formats/field-mapping.js";
export { splitFrontMatter, type FrontMatter } from "./formats/front-matter.js";
export { splitConcatenated, AUTO_DELIMITERS, COMMON_DELIMITERS, type DelimiterTest } from "./formats/concatenated.js";
export { parseJsonRecords, parseJsonLines, type SourceRecord } from "./formats/records.js";
export {
  createDuplicateDetector,
  type DuplicateDetector,
  type DuplicateDetectorOptions,
} from "./dedupe.js";
export { NewsparseError, CorpusLoaderError, PathNotFoundError, InvalidInputError } from "./errors.js";
export { VERSION } from "./version.js";
