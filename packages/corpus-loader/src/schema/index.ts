export { Span, DocSpan } from "./span.js";
export { Severity, Message } from "./message.js";
export { ExcludedRange, Document, DuplicateInfo } from "./document.js";
