import type { PipelineConfiguration } from "@newsparse/corpus-loader";
import { FINANCIAL_FIRMS } from "./lexicon/companies.js";
import { createEventPatternParser } from "./parsers/event-pattern-parser.js";
import { createGazetteerParser } from "./parsers/gazetteer-parser.js";
import { createTaggerParser } from "./parsers/tagger-parser.js";
import type { ExtractionContext } from "./pipeline/types.js";
import { createAcronymRefiner } from "./refiners/acronym-refiner.js";
import { createArbitrationRefiner } from "./refiners/arbitration-refiner.js";
import { createArmedGroupRefiner } from "./refiners/armed-group-refiner.js";
import { createCompanyRefiner } from "./refiners/company-refiner.js";
import { createConsistencyRefiner } from "./refiners/consistency-refiner.js";
import { createCountryTypeRefiner } from "./refiners/country-type-refiner.js";
import { createCuedTitleRefiner } from "./refiners/cued-title-refiner.js";
import { createFacilityRefiner } from "./refiners/facility-refiner.js";
import { createFilterRefiner } from "./refiners/filter-refiner.js";
import { createLexiconRefiner } from "./refiners/lexicon-refiner.js";
import { createListTypeRefiner } from "./refiners/list-type-refiner.js";
import { createMetonymyRefiner } from "./refiners/metonymy-refiner.js";
import { createNameHeadRefiner } from "./refiners/name-head-refiner.js";
import { createNewsOrgRefiner } from "./refiners/news-org-refiner.js";
import { createOrgHeadRefiner } from "./refiners/org-head-refiner.js";
import { createOverlapRefiner } from "./refiners/overlap-refiner.js";
import { createPersonExtentRefiner } from "./refiners/person-extent-refiner.js";
import { createPersonHeadRefiner } from "./refiners/person-head-refiner.js";
import { createQuotedTitleRefiner } from "./refiners/quoted-title-refiner.js";
import { createSurnameRefiner } from "./refiners/surname-refiner.js";
import { createTitleRoleRefiner } from "./refiners/title-role-refiner.js";
import type { Mention } from "./schema.js";

/**
 * Parsers and refiners of an entity extractor: corpus-loader's shared
 * `PipelineConfiguration` for entity-extract's context and mentions.
 */
export interface EntityExtractorConfiguration extends PipelineConfiguration<ExtractionContext, Mention> {}

/**
 * Former name of {@link EntityExtractorConfiguration}.
 *
 * @deprecated Use {@link EntityExtractorConfiguration}; removed in the next minor release.
 */
export type EntityExtractorConfig = EntityExtractorConfiguration;

/**
 * The default configuration, fresh on each call: change it (push, splice,
 * replace) and pass it to `createEntityExtractor`.
 *
 * @returns A new mutable configuration.
 * @example
 * ```ts
 * import { createDefaultConfiguration, createEntityExtractor } from "@newsparse/entity-extract";
 *
 * const configuration = createDefaultConfiguration();
 * configuration.refiners = configuration.refiners.filter((refiner) => refiner.name !== "metonymy");
 * const extractor = createEntityExtractor(configuration);
 * console.log(extractor.extract("Washington and Paris disagreed.").mentions.map((m) => `${m.type} ${m.text}`));
 * ```
 */
export function createDefaultConfiguration(): EntityExtractorConfiguration {
  return {
    // Candidates from every parser are pooled, then sorted by start and end.
    parsers: [
      createTaggerParser(), // the shipped averaged-perceptron BILOU tagger
      createGazetteerParser(), // countries (GPE), demonyms and groups (NORP), capitals; longest capitalised match
      createEventPatternParser(), // events and laws by pattern ("Memorial Day", "the September 11 attacks", "Treaty of Versailles")
    ],
    // Refiners run in this order, each on the previous one's result.
    refiners: [
      createOverlapRefiner(), // overlapping candidates: identical spans merge, else acronym > tagger > gazetteer, then the longer
      createNewsOrgRefiner(), // news agencies and outlets of a curated list ("Reuters", "RIA Novosti") are ORG
      createLexiconRefiner({ name: "financial-firms", names: FINANCIAL_FIRMS, type: "ORG" }), // financial firms of a curated list are ORG
      createArmedGroupRefiner(), // armed groups of a curated list ("al-Qaeda", "Boko Haram", "JNIM") are ORG
      createCountryTypeRefiner(), // a country's or capital's name is a GPE whatever the tagger said; "the West" is LOC
      createPersonHeadRefiner(), // a name before "administration", "campaign" … stays a PERSON ("the Biden administration")
      createFacilityRefiner(), // a name followed by a facility head ("Air Base 201", "Airport") grows over it and is FAC
      createOrgHeadRefiner(), // names ending in an organisation head word ("Wagner Group", "Ministry of …") are ORG
      createNameHeadRefiner(), // multi-word names whose head gives the type: ORG, EVENT, WORK_OF_ART (awards), LAW
      createQuotedTitleRefiner(), // quoted runs in title case, or after a cue word ("the single"), are WORK_OF_ART
      createCuedTitleRefiner(), // a capitalised run right after "album", "novel", "film" … is WORK_OF_ART ("the novel Lonesome Dove")
      createPersonExtentRefiner(), // a PERSON grows back to the title before it; a rare word before "said" is a PERSON
      createSurnameRefiner(), // a lone surname after the person's full name is that PERSON
      createConsistencyRefiner(), // one sense per document: repetitions become mentions, with the majority type
      createListTypeRefiner(), // in a list of three or more names ("Kreator, Sodom, and Destruction"), weakly typed tagger names take the majority type
      createCompanyRefiner(), // names with a corporate head or legal form, or next to a business cue, are ORG
      createAcronymRefiner(), // "… Homeland (CNSP)": expansion and acronym are ORG; later "CNSP" refers to the expansion
      createArbitrationRefiner(), // a rule's mention the tagger contradicts past that rule's threshold is undone (no rule has one by default; see MODEL.md)
      createTitleRoleRefiner(), // titles and roles in or next to a PERSON become its roles ("Lt. Gen.", appositives)
      createMetonymyRefiner(), // capitals used for their governments ("blames Washington") are flagged metonymy
      createFilterRefiner(), // drop non-names: titles alone, no capital, common sentence-start words, excluded ranges
    ],
  };
}

/**
 * Former name of {@link createDefaultConfiguration}.
 *
 * @deprecated Use {@link createDefaultConfiguration}; removed in the next minor release.
 * @returns A new mutable configuration.
 */
export function createDefaultConfig(): EntityExtractorConfiguration {
  return createDefaultConfiguration();
}
