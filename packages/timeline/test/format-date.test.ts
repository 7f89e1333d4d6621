import { describe, expect, it } from "vitest";
import { formatTimelineDate, timexInterval, timelineToMarkdown, type TimelineEntry } from "../src/index.js";

const read = (value: string, inferred = false) => formatTimelineDate(timexInterval(value)!, { inferred });

describe("formatTimelineDate", () => {
  it.each([
    ["2024-05-19TAF", "Sunday afternoon, 19 May 2024"],
    ["2024-W19", "week of 6 May 2024"],
    ["2024-SP", "spring 2024"],
    ["2024-05-19", "19 May 2024"],
    ["2024-05-19T14:30", "19 May 2024, 14:30"],
    ["2024-03", "March 2024"],
    ["2024-Q3", "third quarter of 2024"],
    ["2024", "2024"],
    ["199", "the 1990s"],
  ])("%s → %s", (value, text) => {
    expect(read(value)).toBe(text);
  });

  it("says when the date rests on an inferred publication date", () => {
    expect(read("2024-05-19", true)).toBe("about 19 May 2024 (publication date inferred)");
  });

  it("Markdown shows the readable date, the TIMEX3 value and the possible range of an inferred one", () => {
    const entry: TimelineEntry = {
      id: "t1",
      date: timexInterval("2024-05-19TAF")!,
      title: "Talks ended",
      sources: [{ docId: "d", start: 0, end: 5 }],
      inferred: true,
      earliest: "2024-05-12",
      latest: "2024-05-26",
    };
    const md = timelineToMarkdown([entry]);
    expect(md).toContain("**about Sunday afternoon, 19 May 2024 (publication date inferred)** (between 2024-05-12 and 2024-05-26) `2024-05-19TAF`");
  });
});
