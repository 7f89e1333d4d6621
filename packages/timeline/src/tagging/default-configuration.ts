import type { Refiner } from "@newsparse/corpus-loader";
import { createChronoParser } from "../parsers/chrono-parser.js";
import { createNewsParsers } from "../parsers/news-parsers.js";
import { nonTimeFilter } from "../refiners/non-time-filter.js";
import { extentTrimmer } from "../refiners/extent-trimmer.js";
import { overlapResolver } from "../refiners/overlap-resolver.js";
import { timeDayJoiner } from "../refiners/time-day-joiner.js";
import { modifierExtender } from "../refiners/modifier-extender.js";
import { quarterContext } from "../refiners/quarter-context.js";
import { anaphoricAnchor } from "../refiners/anaphoric-anchor.js";
import type { TaggerContext, TemporalTaggerConfiguration, TimexCandidate } from "./tagger-context.js";

/**
 * The default configuration: chrono-node's casual English parser (explicit
 * dates and clock times) plus the news parsers (bare years, seasons, weeks,
 * tense-resolved months and weekdays, durations, references, sets, quarters,
 * decades, fiscal years), then the refiners in the order written here.
 * Returns fresh arrays you may change before passing the configuration to
 * `createTemporalTagger`.
 *
 * @returns A new configuration.
 * @example
 * ```ts
 * import { createDefaultConfiguration, createTemporalTagger } from "@newsparse/timeline";
 *
 * const configuration = createDefaultConfiguration();
 * configuration.refiners = configuration.refiners.filter((r) => r.name !== "anaphoric-anchor");
 * const tagger = createTemporalTagger(configuration);
 * console.log(tagger.tag("In 1995 he was promoted; the following year he retired.", { referenceDate: "1998-04-18" }).map((t) => t.value));
 * // ["1995", "1999"]: without anaphoric-anchor "the following year" counts from the reference date (with it: "1996")
 * ```
 */
export function createDefaultConfiguration(): TemporalTaggerConfiguration {
  const refiners: Refiner<TaggerContext, TimexCandidate>[] = [
    nonTimeFilter, // 1. drop prices, fractions, scores and title-case names ("USA Today")
    extentTrimmer, // 2. TimeML extents: no leading space, no trailing punctuation (an abbreviation keeps its dot)
    overlapResolver, // 3. one candidate per stretch of text: the longest, then the higher priority, then the earlier start
    timeDayJoiner, // 4. a clock time and an adjacent day become one TIME ("10 p.m. Wednesday")
    modifierExtender, // 5. take in a preceding modifier ("early Tuesday", "around 7:15 p.m.") and a trailing "or so"
    quarterContext, // 6. financial reports: "a year ago" = the quarter talked about, a year back
    anaphoricAnchor, // 7. narrative: "the following year" counts from the date last told, as the refiners above left it
  ];
  // chrono-node first, then the news parsers; all candidates are pooled, and the parser order breaks ties in overlapResolver
  return { parsers: [createChronoParser(), ...createNewsParsers()], refiners };
}

/**
 * The default configuration.
 *
 * @deprecated Renamed {@link createDefaultConfiguration} (the same name in every newsparse package); this alias goes in the next minor release.
 * @returns A new configuration.
 */
export function createNewsConfiguration(): TemporalTaggerConfiguration {
  return createDefaultConfiguration();
}

/**
 * The default refiners, in order.
 *
 * @deprecated Use `createDefaultConfiguration().refiners`; this function goes in the next minor release.
 * @returns A new array.
 */
export function createNewsRefiners(): Refiner<TaggerContext, TimexCandidate>[] {
  return createDefaultConfiguration().refiners;
}
