import type { Timex } from "../schema.js";
import { createChronoParser } from "../parsers/chrono-parser.js";
import { createNewsParsers } from "../parsers/news-parsers.js";
import { createNewsRefiners } from "../refiners/news-refiners.js";
import {
  type TagOptions,
  type TemporalTagger,
  type TemporalTaggerConfiguration,
  createTemporalTagger,
} from "./temporal-tagger.js";

/**
 * The default configuration: chrono-node's casual English parser (explicit
 * dates and clock times) plus the news parsers (bare years, seasons, weeks,
 * tense-resolved months and weekdays, durations, references, sets, quarters,
 * decades, fiscal years) and refiners (price/fraction filter, extent trimming,
 * overlap resolution). Returns fresh arrays you may extend.
 *
 * @returns A new configuration.
 */
export function createNewsConfiguration(): TemporalTaggerConfiguration {
  return { parsers: [createChronoParser(), ...createNewsParsers()], refiners: createNewsRefiners() };
}

let defaultTagger: TemporalTagger | null = null;

/**
 * The shared default tagger (lazily created).
 *
 * @returns The default tagger.
 */
export function getDefaultTagger(): TemporalTagger {
  defaultTagger ??= createTemporalTagger(createNewsConfiguration());
  return defaultTagger;
}

/**
 * Find temporal expressions and normalise them to TIMEX3 values.
 *
 * @param text - Text to tag.
 * @param options - The reference date (`null` keeps relative values underspecified).
 * @returns Timexes, in text order.
 * @example
 * ```ts
 * tagTemporalExpressions("a coup last July", { referenceDate: "2024-04-19" });
 * // [{ start: 7, end: 16, text: "last July", type: "DATE", value: "2023-07", rule: "month-date" }]
 * ```
 */
export function tagTemporalExpressions(text: string, options: TagOptions): Timex[] {
  return getDefaultTagger().tag(text, options);
}

export type { TagOptions };
