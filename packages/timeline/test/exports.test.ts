import { describe, expect, it } from "vitest";
import { type TimelineEntry, timelineToICalendar, timelineToMarkdown, timelineToTimelineJS, timexInterval } from "../src/index.js";

const entry = (value: string, title: string, extra: Partial<TimelineEntry> = {}): TimelineEntry => ({
  id: `t-${value}`,
  date: timexInterval(value)!,
  title,
  sources: [{ docId: "d1", start: 0, end: 10 }],
  ...extra,
});

describe("timexInterval", () => {
  it("maps TIMEX3 values to half-open ISO intervals", () => {
    expect(timexInterval("2024-03")).toEqual({ value: "2024-03", start: "2024-03-01", end: "2024-04-01", granularity: "month" });
    expect(timexInterval("2024-W18")).toMatchObject({ start: "2024-04-29", end: "2024-05-06", granularity: "week" });
    expect(timexInterval("2024-SP")).toMatchObject({ start: "2024-03-01", end: "2024-06-01", granularity: "season" });
    expect(timexInterval("2023-WI")).toMatchObject({ start: "2023-12-01", end: "2024-03-01" });
    expect(timexInterval("2024-05-19TAF")).toMatchObject({ start: "2024-05-19T12:00", end: "2024-05-19T18:00", granularity: "part-of-day" });
    expect(timexInterval("2024-12-31T23:30")).toMatchObject({ end: "2024-12-31T23:31", granularity: "time" });
    expect(timexInterval("2024-Q4")).toMatchObject({ start: "2024-10-01", end: "2025-01-01" });
    expect(timexInterval("199")).toMatchObject({ start: "1990-01-01", end: "2000-01-01", granularity: "decade" });
    for (const v of ["P4M", "PRESENT_REF", "XXXX-07", "2024-02-30", "2024-13"]) expect(timexInterval(v)).toBeNull();
  });
});

describe("exports escape their formats", () => {
  const timeline = [
    entry("2024-04-25", "Talks, in Niamey; with <CNSP> & \"partners\"\nnext line", { modality: "planned", tense: "future" }),
    entry("2024-03", "Accord *ended* | [link](x)", { flags: ["date-disagreement"], alternativeDates: ["2024-04"] }),
    entry("2024-05-19TAF", "Briefing", { tense: "future" }),
  ];

  it("iCalendar: escaped text, folded lines, all-day and timed events, past entries left out", () => {
    const ics = timelineToICalendar(timeline, { stamp: "20240101T000000Z" });
    expect(ics).toContain("SUMMARY:Talks\\, in Niamey\\; with <CNSP> & \"partners\"\\nnext line");
    expect(ics).toContain("DTSTART;VALUE=DATE:20240425\r\nDTEND;VALUE=DATE:20240426");
    expect(ics).toContain("DTSTART:20240519T120000\r\nDTEND:20240519T180000");
    expect(ics).not.toContain("Accord");
    expect(ics.match(/BEGIN:VEVENT/g)?.length).toBe(2);
    for (const line of ics.split("\r\n")) expect(line.length).toBeLessThanOrEqual(75);
  });

  it("TimelineJS3: HTML-escaped headlines, coarse dates get an end date", () => {
    const tjs = timelineToTimelineJS(timeline);
    expect(tjs.events[0]!.text.headline).toBe("Talks, in Niamey; with &lt;CNSP&gt; &amp; &quot;partners&quot;\nnext line");
    expect(tjs.events[0]!.end_date).toBeUndefined();
    expect(tjs.events[1]!.end_date).toMatchObject({ year: 2024, month: 3, day: 31 });
    expect(tjs.events[2]!.start_date).toMatchObject({ year: 2024, month: 5, day: 19, hour: 12, minute: 0 });
  });

  it("Markdown: escaped titles, flags and sources", () => {
    const md = timelineToMarkdown(timeline);
    expect(md).toContain("Accord \\*ended\\* \\| \\[link\\](x)");
    expect(md).toContain("_(date-disagreement: also 2024-04)_");
    expect(md).toContain("source `d1` [0, 10)");
  });
});
