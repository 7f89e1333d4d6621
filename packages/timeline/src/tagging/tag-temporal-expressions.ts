import type { Timex } from "../schema.js";
import { createDefaultConfiguration } from "./default-configuration.js";
import { type TagOptions, type TemporalTagger, createTemporalTagger } from "./temporal-tagger.js";

let defaultTagger: TemporalTagger | null = null;

/**
 * The shared default tagger (lazily created from {@link createDefaultConfiguration}).
 *
 * @returns The default tagger.
 */
export function getDefaultTagger(): TemporalTagger {
  defaultTagger ??= createTemporalTagger(createDefaultConfiguration());
  return defaultTagger;
}

/**
 * Find temporal expressions and normalise them to TIMEX3 values, with the
 * default tagger.
 *
 * @param text - Text to tag.
 * @param options - The reference date (`null` keeps relative values underspecified); optionally a `docId` and a `messages` list for the run's diagnostics.
 * @returns Timexes, in text order.
 * @example
 * ```ts
 * import { tagTemporalExpressions } from "@newsparse/timeline";
 *
 * console.log(tagTemporalExpressions("a coup last July", { referenceDate: "2024-04-19" }));
 * // [{ start: 7, end: 16, text: "last July", type: "DATE", value: "2023-07", rule: "month-date" }]
 * ```
 */
export function tagTemporalExpressions(text: string, options: TagOptions): Timex[] {
  return getDefaultTagger().tag(text, options);
}
