import * as z from "zod";
import { DocSpan, Span } from "@newsparse/corpus-loader";

/** TimeML TIMEX3 types. */
export const TimexType = z.enum(["DATE", "TIME", "DURATION", "SET"]).meta({ id: "TimexType" });

/** A TimeML TIMEX3 type. */
export type TimexType = z.infer<typeof TimexType>;

/** A temporal expression found in text, normalised to a TIMEX3 value. */
export const Timex = z
  .object({
    docId: z.string().optional().describe("Present when tagged inside a Document."),
    ...Span.shape,
    text: z.string(),
    type: TimexType,
    value: z.string().describe("TIMEX3 value: `2024-04-25`, `2024-03`, `2024-W18`, `2024-SP`, `P4M`, `PAST_REF`, …"),
    mod: z.string().optional().describe("TIMEX3 mod: APPROX, MORE_THAN, LESS_THAN, START, MID, END, …"),
    rule: z.string().describe("Parser or refiner that produced it."),
  })
  .meta({ id: "Timex" });

/** A temporal expression. */
export type Timex = z.infer<typeof Timex>;

/** A TIMEX3 value with the ISO interval it covers. */
export const TimelineDate = z
  .object({
    value: z.string(),
    start: z.string().describe("ISO date(-time) the value starts at, inclusive."),
    end: z.string().describe("ISO date(-time) the value ends at, exclusive."),
    granularity: z.enum(["year", "season", "quarter", "month", "week", "day", "part-of-day", "time", "decade", "century"]),
  })
  .meta({ id: "TimelineDate" });

/** A TIMEX3 value with the ISO interval it covers. */
export type TimelineDate = z.infer<typeof TimelineDate>;

/** One dated event on the merged timeline, with every sentence that reports it. */
export const TimelineEntry = z
  .object({
    id: z.string(),
    date: TimelineDate,
    title: z.string(),
    sources: z.array(DocSpan).describe("Every sentence that reports the event."),
    participants: z.array(z.string()).optional().describe("Entity ids."),
    tense: z.enum(["past", "present", "future", "unknown"]).optional(),
    flags: z.array(z.string()).optional().describe("E.g. `date-disagreement`."),
    eventClass: z.string().optional().describe("Lexicon class of the merged event."),
    modality: z.enum(["reported", "planned", "hypothetical"]).optional(),
    mentionIds: z.array(z.string()).optional().describe("Ids of the merged event mentions."),
    alternativeDates: z.array(z.string()).optional().describe("Dates other sources give for the same event, when they disagree."),
    inferred: z
      .boolean()
      .optional()
      .describe("True when the date rests on an inferred publication date (every source dates it relatively, e.g. \"Sunday\", in an article without `publishedAt`)."),
    earliest: z.string().nullable().optional().describe("With `inferred`: the first day the event can fall on given the inferred date's interval; null = open."),
    latest: z.string().nullable().optional().describe("With `inferred`: the last day the event can fall on given the inferred date's interval; null = open."),
  })
  .meta({ id: "TimelineEntry" });

/** One dated event on the timeline. */
export type TimelineEntry = z.infer<typeof TimelineEntry>;

/** The word that names an event: a verb or event noun, with its lexicon class. */
export const EventTrigger = z
  .object({
    ...Span.shape,
    text: z.string(),
    class: z.string().describe("Lexicon class (`coup`, `talks`, `end-agreement`, …) or `other:<word>`."),
  })
  .meta({ id: "EventTrigger" });

/** The word that names an event. */
export type EventTrigger = z.infer<typeof EventTrigger>;

/** One event mention: a sentence's trigger anchored to one of its dated timexes. */
export const EventMention = z
  .object({
    id: z.string(),
    ...DocSpan.shape,
    trigger: EventTrigger,
    participants: z.array(z.string()).describe("Entity ids with a mention inside the sentence."),
    timex: Timex.describe("The anchoring temporal expression."),
    date: TimelineDate,
    tense: z.enum(["past", "present", "future", "unknown"]),
    modality: z.enum(["reported", "planned", "hypothetical"]).describe("Reported past, planned/scheduled future, or hypothetical."),
    polarity: z.enum(["positive", "negative"]),
    classes: z.array(z.string()).describe("Every lexicon class present in the sentence."),
  })
  .meta({ id: "EventMention" });

/** One event mention. */
export type EventMention = z.infer<typeof EventMention>;

/** The reference (publication) date used for a document, and whether it was inferred. */
export const ReferenceDate = z
  .object({
    docId: z.string(),
    value: z.string().nullable().describe("`YYYY-MM-DD`, or null when nothing could be inferred."),
    inferred: z.boolean().describe("True when not taken from `publishedAt`."),
    uncertaintyDays: z.number().nonnegative().describe("± days; 0 for metadata dates."),
    evidence: z.array(z.string()).describe("What the inference used."),
    earliest: z
      .string()
      .nullable()
      .optional()
      .describe("Inferred dates: first day the publication date can be (`YYYY-MM-DD`), null when the text gives no lower limit."),
    latest: z
      .string()
      .nullable()
      .optional()
      .describe("Inferred dates: last day the publication date can be (`YYYY-MM-DD`), null when open-ended (e.g. only past dates were found)."),
  })
  .meta({ id: "ReferenceDate" });

/** The reference date of a document. */
export type ReferenceDate = z.infer<typeof ReferenceDate>;

/**
 * Two sources giving different dates for one event: the timeline's own
 * conflict record, `kind: "date"` (the claims package's conflict kinds leave
 * `date` to the timeline).
 */
export const TimelineDateConflict = z
  .object({
    id: z.string(),
    kind: z.literal("date"),
    about: z.string().describe("A sentence a person can read, saying what disagrees."),
    entryIds: z.array(z.string()).describe("The timeline entries (one per date) that tell the same event."),
    dates: z.array(z.string()).describe("The TIMEX3 values the sources give."),
    evidence: z.array(DocSpan.extend({ text: z.string(), value: z.string() })).describe("The dating expressions, one per source and date."),
  })
  .meta({ id: "TimelineDateConflict" });

/** Two sources giving different dates for one event. */
export type TimelineDateConflict = z.infer<typeof TimelineDateConflict>;
