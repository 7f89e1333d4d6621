import type { Document, Message } from "@newsparse/corpus-loader";
import type { Timex, TimelineEntry } from "./schema.js";

/** Options of {@link buildTimeline}. */
export interface BuildTimelineOptions {
  /** Entities from entity-extract, to attach participants. */
  entities?: readonly { id: string; mentions: readonly { docId: string; start: number; end: number }[] }[];
}

/** Result of {@link buildTimeline}. */
export interface TimelineResult {
  timexes: Timex[];
  timeline: TimelineEntry[];
  messages: Message[];
}

// PROVISIONAL stub: issue 6 fills it in.
/**
 * Tag every document and merge the dated events into one timeline.
 *
 * @param documents - Loaded documents (with `publishedAt` where known).
 * @param options - Options.
 * @returns Timexes, the timeline and messages.
 */
export function buildTimeline(documents: readonly Document[], options: BuildTimelineOptions = {}): TimelineResult {
  void documents;
  void options;
  return { timexes: [], timeline: [], messages: [] };
}
