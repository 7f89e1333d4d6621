/**
 * Node-only entry point of `@newsparse/corpus-loader`: load corpora from the
 * file system.
 *
 * @packageDocumentation
 */
export { loadCorpus, type LoadCorpusOptions, type LoadedCorpus } from "./node/load-corpus.js";
export { CorpusLoaderError, PathNotFoundError } from "./errors.js";
