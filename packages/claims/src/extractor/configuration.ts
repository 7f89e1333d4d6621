import type { PipelineConfiguration } from "@newsparse/corpus-loader";
import type { Lexicon } from "../lexicon.js";
import type { ClaimContext } from "../pipeline.js";
import type { Claim } from "../schema.js";

/**
 * Configuration of a {@link ClaimExtractor}: the shared chrono-style
 * `PipelineConfiguration<ClaimContext, Claim>` (parsers and refiners, run in
 * order) plus a lexicon.
 */
export interface ClaimExtractorConfiguration extends PipelineConfiguration<ClaimContext, Claim> {
  /** Word lists (merged over {@link defaultLexicon}). */
  lexicon?: Partial<Lexicon>;
}

/**
 * Configuration of a claim extractor.
 *
 * @deprecated Renamed {@link ClaimExtractorConfiguration}; this alias goes in the next minor release.
 */
export type ClaimExtractorConfig = ClaimExtractorConfiguration;
