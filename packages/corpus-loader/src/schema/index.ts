export { Span, DocSpan } from "./span.js";
export { Severity, Message } from "./message.js";
export { ExcludedRange, Document } from "./document.js";
