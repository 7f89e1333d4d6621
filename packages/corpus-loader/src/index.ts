/**
 * `@newsparse/corpus-loader`: load news articles faithfully and share the
 * `Span`, `Document` and `Message` schemas every newsparse package uses.
 *
 * This entry point runs in browsers; file-system loading lives in
 * `@newsparse/corpus-loader/node`.
 *
 * @packageDocumentation
 */
export { Span, DocSpan, Severity, Message, ExcludedRange, Document } from "./schema/index.js";
export { parseDocument, type ParseDocumentOptions } from "./parse-document.js";
