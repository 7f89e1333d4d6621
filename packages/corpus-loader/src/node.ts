/**
 * Node-only entry point of `@newsparse/corpus-loader`: load corpora from the
 * file system (folders, files, strings and record streams).
 *
 * @packageDocumentation
 */
export { loadCorpus, type LoadCorpusOptions, type LoadedCorpus } from "./node/load-corpus.js";
export { streamCorpus, type StreamCorpusOptions, type CorpusInput, type LoadProgress } from "./node/stream-corpus.js";
export {
  readFileDocuments,
  idFromFileName,
  formatOf,
  DEFAULT_EXTENSIONS,
  type InputFormat,
  type SourceOptions,
  type SourceItem,
  type ManifestIndex,
} from "./node/file-documents.js";
export { walkFiles, type WalkEntry, type WalkOptions } from "./node/walk.js";
export { matchGlob } from "./node/glob.js";
export { parseDelimited } from "./node/delimited.js";
export { extractHtml, type ExtractedHtml } from "./node/html.js";
export { NewsparseError, CorpusLoaderError, PathNotFoundError, InvalidInputError } from "./errors.js";
export type { DocumentParser, DocumentParserConfig, DocumentParserConfiguration } from "./parse-document.js";
export type { Document, Message } from "./schema/index.js";
export type { FieldMapping } from "./formats/field-mapping.js";
export type { DelimiterTest } from "./formats/concatenated.js";
export type { SourceRecord } from "./formats/records.js";
export type { DuplicateDetectorOptions } from "./dedupe.js";
