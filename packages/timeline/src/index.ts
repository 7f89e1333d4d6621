/**
 * `@newsparse/timeline`: TIMEX3 temporal tagging on chrono-node, anchored
 * events, and one cross-source timeline.
 *
 * @packageDocumentation
 */
export { TimexType, Timex, TimelineDate, TimelineEntry } from "./schema.js";
export { tagTemporalExpressions, type TagOptions } from "./tag-temporal-expressions.js";
export { buildTimeline, type BuildTimelineOptions, type TimelineResult } from "./build-timeline.js";
