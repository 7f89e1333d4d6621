import { z } from "zod";

/** TimeML TIMEX3 types. */
export const TimexType = z.enum(["DATE", "TIME", "DURATION", "SET"]).meta({ id: "TimexType" });

/** A TimeML TIMEX3 type. */
export type TimexType = z.infer<typeof TimexType>;

/** A temporal expression found in text, normalised to a TIMEX3 value. */
export const Timex = z
  .object({
    docId: z.string().optional().describe("Present when tagged inside a Document."),
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
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
    sources: z.array(z.object({ docId: z.string(), start: z.number().int(), end: z.number().int() })),
    participants: z.array(z.string()).optional().describe("Entity ids."),
    tense: z.enum(["past", "present", "future", "unknown"]).optional(),
    flags: z.array(z.string()).optional().describe("E.g. `date-disagreement`."),
  })
  .meta({ id: "TimelineEntry" });

/** One dated event on the timeline. */
export type TimelineEntry = z.infer<typeof TimelineEntry>;
