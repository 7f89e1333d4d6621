/**
 * `@newsparse/entity-extract`: people, organizations, places, nationalities
 * and more, with roles, resolved within and across documents.
 *
 * @packageDocumentation
 */
export { EntityType, Mention, Alias, Role, Entity } from "./schema.js";
export { extractEntities, getDefaultEntityExtractor } from "./extract-entities.js";
export {
  createEntityExtractor,
  type EntityExtractor,
  type ReadonlyEntityExtractorConfiguration,
  type ExtractEntitiesOptions,
  type EntityExtraction,
} from "./create-entity-extractor.js";
export {
  createDefaultConfiguration,
  type EntityExtractorConfiguration,
  // Deprecated aliases, removed in the next minor release.
  createDefaultConfig,
  type EntityExtractorConfig,
} from "./entity-extractor-configuration.js";
export type { Parser, Refiner, ExtractionContext, Token, LegacyRefiner } from "./pipeline/types.js";
export { fromLegacyRefiner } from "./pipeline/from-legacy-refiner.js";
export { prepareDocument } from "./pipeline/prepare-document.js";
export { createTaggerParser } from "./parsers/tagger-parser.js";
export { createGazetteerParser } from "./parsers/gazetteer-parser.js";
export { createEventPatternParser } from "./parsers/event-pattern-parser.js";
// The country / demonym / capital gazetteer, for packages that read countries (claims groups figures by country).
export { getCountryLexicon, type CountryEntry, type CountryLexicon } from "./lexicon/countries.js";
export { createOverlapRefiner } from "./refiners/overlap-refiner.js";
export { createLexiconRefiner, type LexiconRefinerOptions } from "./refiners/lexicon-refiner.js";
export { createNewsOrgRefiner } from "./refiners/news-org-refiner.js";
export { createArmedGroupRefiner } from "./refiners/armed-group-refiner.js";
export { createCountryTypeRefiner } from "./refiners/country-type-refiner.js";
export { createPersonHeadRefiner } from "./refiners/person-head-refiner.js";
export { createFacilityRefiner } from "./refiners/facility-refiner.js";
export { createOrgHeadRefiner } from "./refiners/org-head-refiner.js";
export { createNameHeadRefiner } from "./refiners/name-head-refiner.js";
export { createQuotedTitleRefiner } from "./refiners/quoted-title-refiner.js";
export { createPersonExtentRefiner } from "./refiners/person-extent-refiner.js";
export { createSurnameRefiner } from "./refiners/surname-refiner.js";
export { createConsistencyRefiner } from "./refiners/consistency-refiner.js";
export { createListTypeRefiner, type ListTypeOptions } from "./refiners/list-type-refiner.js";
export { createCuedTitleRefiner } from "./refiners/cued-title-refiner.js";
export { createCompanyRefiner } from "./refiners/company-refiner.js";
export { createAcronymRefiner } from "./refiners/acronym-refiner.js";
export { createArbitrationRefiner, taggerContradiction, taggerSupport, DEFAULT_ARBITRATION_MARGINS, type ArbitrationOptions } from "./refiners/arbitration-refiner.js";
export { createTitleRoleRefiner } from "./refiners/title-role-refiner.js";
export { createMetonymyRefiner } from "./refiners/metonymy-refiner.js";
export { createFilterRefiner } from "./refiners/filter-refiner.js";
export { resolveEntities, resolveMentionRows, type ResolveOptions, type Resolution, type RowResolution } from "./resolve/resolve-entities.js";
export { mentionArrayRows, type MentionRows } from "./resolve/mention-rows.js";
export { tokenize, type Tokens } from "./tokenize.js";
export { EntityExtractError, InvalidModelError, ModelNotLoadedError } from "./errors.js";
export { decodeModel } from "./tagger/model-codec.js";
export { decodeModelFile, encodeModelFile, loadShippedModel } from "./tagger/load-model.js";
export type { TaggerModel } from "./tagger/tagger-model.js";
export type { TaggerDecisions } from "./tagger/tagger-decisions.js";
export type { WordClusters } from "./tagger/word-entry.js";
export { VERSION } from "./version.js";
