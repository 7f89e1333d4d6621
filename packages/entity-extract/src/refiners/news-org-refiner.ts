import { NEWS_ORGANIZATIONS } from "../lexicon/news-organizations.js";
import type { Refiner } from "../pipeline/types.js";
import { createLexiconRefiner } from "./lexicon-refiner.js";

/**
 * News agencies, broadcasters and outlets from a curated lexicon ("RIA
 * Novosti", "Reuters", "AFP", "The Hill", "The New York Times") are
 * organisations: each exact, case-sensitive match becomes an ORG mention
 * (source `news-org`), replacing the mentions inside or across it (the
 * tagger's "RIA Novosti" as PERSON, "New York Times" without its article).
 * A longer mention that contains the whole match ("CNN International") is
 * left alone.
 *
 * @returns A refiner named `news-org`.
 * @example
 * ```ts
 * import { extractEntities } from "@newsparse/entity-extract";
 *
 * extractEntities("according to the news agency RIA Novosti").mentions[0]?.type; // "ORG"
 * ```
 */
export function createNewsOrgRefiner(): Refiner {
  return createLexiconRefiner({ name: "news-org", names: NEWS_ORGANIZATIONS, type: "ORG" });
}
