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
export {
  tagTemporalExpressions,
  createNewsConfiguration,
  getDefaultTagger,
  type TagOptions,
} from "./tag-temporal-expressions.js";
export {
  createTemporalTagger,
  type TemporalTagger,
  type TemporalTaggerConfiguration,
  type TemporalParser,
  type TemporalRefiner,
  type TimexCandidate,
  type TaggerContext,
} from "./temporal-tagger.js";
export { createChronoParser, createNewsChrono, newsChronoRefiner } from "./chrono-parser.js";
export { createNewsParsers } from "./news-parsers.js";
export { anaphoricDayParser } from "./parsers/anaphoric-parser.js";
export { yearRangeParser } from "./parsers/year-range-parser.js";
export {
  createNewsRefiners,
  nonTimeFilter,
  extentTrimmer,
  overlapResolver,
  modifierExtender,
  timeDayJoiner,
  quarterContext,
  anaphoricAnchor,
} from "./refiners.js";
export { type CalendarDay } from "./calendar.js";
export { type ClauseTense } from "./tense.js";
export { timexInterval } from "./timex-interval.js";
export { formatTimelineDate, type FormatTimelineDateOptions } from "./format-date.js";
export { DEFAULT_EVENT_LEXICON, eventClassOf, type EventLexicon } from "./event-lexicon.js";
export { extractEventMentions, type ExtractEventsOptions, type EntityMentions } from "./extract-events.js";
export { inferReferenceDate, type InferredReferenceDate, type PriorOptions } from "./infer-reference-date.js";
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
} from "./anchor-reference-date.js";
export { createSimilarityIndex, type SimilarityIndex, type SimilarDocument } from "./similar-documents.js";
export {
  resolveReferenceDates,
  type ResolveReferenceDatesOptions,
  type ResolvedReferenceDates,
} from "./resolve-reference-dates.js";
export { TimelineError, InvalidDocumentsError } from "./errors.js";
export { buildTimeline, type BuildTimelineOptions, type TimelineResult } from "./build-timeline.js";
export { mergeAcrossDocuments, type MergeCandidate, type MergeAcrossDocumentsOptions } from "./merge-across-documents.js";
export {
  timelineToMarkdown,
  timelineToTimelineJS,
  timelineToICalendar,
  type TimelineJSDocument,
  type TimelineJSDate,
} from "./export-timeline.js";
export { VERSION } from "./version.js";
