import { quantityParser } from "../parsers/quantity-parser.js";
import { quoteParser } from "../parsers/quote-parser.js";
import { reportedSpeechParser } from "../parsers/reported-speech-parser.js";
import { anaphoraRefiner } from "../refiners/anaphora-refiner.js";
import { entityLinkRefiner } from "../refiners/entity-link-refiner.js";
import { reportedQuoteSpeakerRefiner } from "../refiners/reported-quote-speaker-refiner.js";
import type { ClaimExtractorConfiguration } from "./configuration.js";

/**
 * The default configuration: quote, reported-speech and quantity parsers;
 * then, in this order, reported-speech speaker inheritance, anaphora
 * resolution and entity linking.
 *
 * @returns A fresh configuration (arrays you may change) to pass to {@link createClaimExtractor}.
 * @example
 * ```ts
 * import { createClaimExtractor, createDefaultConfiguration } from "@newsparse/claims";
 *
 * const configuration = createDefaultConfiguration();
 * configuration.parsers = configuration.parsers.filter((p) => p.name !== "quantity-parser");
 * console.log(createClaimExtractor(configuration).extract("Some 1,000 troops left, “it is over,” he said.").claims.map((c) => c.kind)); // ["quote"]
 * ```
 */
export function createDefaultConfiguration(): ClaimExtractorConfiguration {
  return {
    parsers: [
      quoteParser, // direct quotes with their speaker and cue
      reportedSpeechParser, // `X said (that) …`, `according to X, …`
      quantityParser, // numbers with qualifier, unit and subject
    ],
    refiners: [
      // 1. a quote inside reported speech without a speaker of its own takes the report's speaker
      reportedQuoteSpeakerRefiner,
      // 2. pronouns and definite descriptions (`he`, `the official`) resolve to an earlier speaker
      anaphoraRefiner,
      // 3. last, so resolved speakers are linked too: speakers get the `entityId` of an entity-extract entity
      entityLinkRefiner,
    ],
  };
}
