/**
 * The newsparse pipeline as a library: `analyzeCorpus`, the `CorpusAnalysis`
 * contract and the Markdown renderer used by `pnpm analyze`.
 *
 * @packageDocumentation
 */
export { CorpusAnalysis } from "./corpus-analysis.js";
export { analyzeCorpus, type AnalyzeCorpusOptions } from "./analyze-corpus.js";
export { renderMarkdown, type RenderMarkdownOptions } from "./render-markdown.js";
export { jsonSchemas } from "./json-schemas.js";
