/**
 * `@newsparse/timeline`: TIMEX3 temporal tagging on chrono-node, anchored
 * events, and one cross-source timeline.
 *
 * @packageDocumentation
 */
export {
  TimexType,
  Timex,
  TimelineDate,
  TimelineEntry,
  EventTrigger,
  EventMention,
  ReferenceDate,
  TimelineDateConflict,
} from "./schema.js";
export { TimelineError, InvalidDocumentsError } from "./errors.js";

// Tagging: TIMEX3 expressions in one text (the corpus-loader parser/refiner pipeline)
export { tagTemporalExpressions, getDefaultTagger } from "./tagging/tag-temporal-expressions.js";
export { createDefaultConfiguration, createNewsConfiguration, createNewsRefiners } from "./tagging/default-configuration.js";
export { createTemporalTagger, type TemporalTagger, type TagOptions } from "./tagging/temporal-tagger.js";
export {
  type TemporalTaggerConfiguration,
  type TaggerContext,
  type TimexCandidate,
  type TemporalParser,
  type TemporalRefiner,
} from "./tagging/tagger-context.js";
export { type ClauseTense } from "./tagging/tense.js";

// Parsers
export { createChronoParser, createNewsChrono, newsChronoRefiner } from "./parsers/chrono-parser.js";
export { createNewsParsers } from "./parsers/news-parsers.js";
export { anaphoricDayParser } from "./parsers/anaphoric-parser.js";
export { yearRangeParser } from "./parsers/year-range-parser.js";

// Refiners (their order: createDefaultConfiguration)
export { nonTimeFilter } from "./refiners/non-time-filter.js";
export { extentTrimmer } from "./refiners/extent-trimmer.js";
export { overlapResolver } from "./refiners/overlap-resolver.js";
export { timeDayJoiner } from "./refiners/time-day-joiner.js";
export { modifierExtender } from "./refiners/modifier-extender.js";
export { quarterContext } from "./refiners/quarter-context.js";
export { anaphoricAnchor } from "./refiners/anaphoric-anchor.js";

// Dates: calendar days, TIMEX3 values as intervals, display
export { type CalendarDay } from "./dates/calendar.js";
export { timexInterval } from "./dates/timex-interval.js";
export { formatTimelineDate, type FormatTimelineDateOptions } from "./dates/format-date.js";

// Events: trigger words and dated event mentions
export { DEFAULT_EVENT_LEXICON, eventClassOf, type EventLexicon } from "./events/event-lexicon.js";
export { extractEventMentions, indexEntityMentions, type ExtractEventsOptions, type EntityMentions, type EntityMentionIndex } from "./events/extract-events.js";

// Reference dates: the publication date of a text, inferred when unknown
export { inferReferenceDate, type InferredReferenceDate, type PriorOptions } from "./reference-date/infer-reference-date.js";
export {
  referenceCues,
  collectAnchorEvents,
  createAnchorIndex,
  anchorReferenceDate,
  type ReferenceCue,
  type ReferenceCueKind,
  type AnchorEvent,
  type AnchorIndex,
  type AnchorOptions,
  type AnchorReferenceOptions,
} from "./reference-date/anchor-reference-date.js";
export { createSimilarityIndex, type SimilarityIndex, type SimilarDocument } from "./reference-date/similar-documents.js";
export {
  resolveReferenceDates,
  type ResolveReferenceDatesOptions,
  type ResolvedReferenceDates,
} from "./reference-date/resolve-reference-dates.js";

// Timeline building: one entry per event across documents, and exports
export { buildTimeline, type BuildTimelineOptions, type TimelineResult } from "./build-timeline.js";
export { mergeAcrossDocuments, type MergeCandidate, type MergeAcrossDocumentsOptions } from "./timeline/merge-across-documents.js";
export {
  timelineToMarkdown,
  timelineToTimelineJS,
  timelineToICalendar,
  type TimelineJSDocument,
  type TimelineJSDate,
} from "./timeline/export-timeline.js";
export { VERSION } from "./version.js";
