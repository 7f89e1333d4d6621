import { describe, expect, it } from "vitest";
import { parseDocument } from "@newsparse/corpus-loader";
import { buildTimeline, inferReferenceDate } from "../src/index.js";
import { clauseTenseReading, isCertainPast } from "../src/tagging/tense.js";

describe("publication-date evidence and intervals", () => {
  it("a weekday beside a month and day fixes the year", () => {
    const doc = parseDocument("Turnout beat 2016 and 2020. Voters went to the polls on Tuesday, March 5, in fourteen states.", { id: "w" });
    const r = inferReferenceDate(doc);
    expect(r.reference.value).toBe("2024-03-05");
    // only past dates: the interval is open after
    expect(r.basis).toBe("after");
  });

  it("another outlet's given date on the same story wins over bare years the text names", () => {
    const story = "The senate passed the budget bill on Thursday after a long night of votes over spending cuts and the 2012 election.";
    const docs = [
      parseDocument(`Senate passes budget bill\n\n${story} Senators said the budget vote on Thursday ends the standoff.`, { id: "a", publishedAt: "2011-04-08" }),
      parseDocument(`Budget bill clears the senate\n\n${story} The senators voted on Thursday night on the budget bill and spending cuts.`, { id: "b" }),
    ];
    const { referenceDates } = buildTimeline(docs);
    const b = referenceDates.find((r) => r.docId === "b");
    expect(b?.inferred).toBe(true);
    const days = Math.abs(Date.parse(b?.value ?? "") - Date.parse("2011-04-08")) / 86_400_000;
    expect(days).toBeLessThanOrEqual(7);
    expect(b?.earliest && b.earliest <= "2011-04-08").toBe(true);
    expect(b?.latest && b.latest >= "2011-04-08").toBe(true);
  });

  it("with only bare years the estimate carries no interval", () => {
    const { referenceDates } = buildTimeline([parseDocument("The law was passed in 1998 and has been debated ever since.", { id: "y" })]);
    const r = referenceDates[0];
    expect(r?.inferred).toBe(true);
    expect(r?.earliest ?? null).toBeNull();
    expect(r?.latest ?? null).toBeNull();
  });

  it("an entry dated only relatively in an undated article is flagged inferred, with a range", () => {
    const docs = [
      parseDocument("Rebels seize the capital\n\nRebels seized the capital on May 14, 2024, after a week of fighting.", { id: "a", publishedAt: "2024-05-15" }),
      parseDocument("Rebels hold the capital\n\nThe rebels who seized the capital on Tuesday signed a truce on Sunday afternoon.", { id: "b" }),
    ];
    const { timeline, referenceDates } = buildTimeline(docs);
    expect(referenceDates.find((r) => r.docId === "b")?.inferred).toBe(true);
    const truce = timeline.find((e) => e.sources.every((s) => s.docId === "b") && e.date.value.endsWith("TAF"));
    expect(truce?.inferred).toBe(true);
    expect(truce?.earliest ?? "").not.toBe("");
    const stated = timeline.find((e) => e.date.value === "2024-05-14");
    expect(stated?.inferred).toBeUndefined();
  });

  it("a date read as past only from a participle sets no hard lower bound", () => {
    // written in early 2021 about a quota for fish landed up to a date still ahead
    const text = "Cod quota agreed\n\nThe revised quota covers cod landed between March 2021 and October 2023 in the northern ports.";
    const { referenceDates } = buildTimeline([parseDocument(text, { id: "q" })]);
    const r = referenceDates[0];
    expect(r?.inferred).toBe(true);
    // "landed" after a common noun may be a participle: October 2023 may lie ahead, so it bounds nothing
    expect(r?.earliest === null || (r?.earliest ?? "") <= "2021-03-01").toBe(true);
  });

  it("a date whose past reading is certain still bounds the interval from below", () => {
    const text = "Port reopens\n\nThe harbour master said the northern port was closed in October 2023 after the storm.";
    const { referenceDates } = buildTimeline([parseDocument(text, { id: "p" })]);
    expect(referenceDates[0]?.earliest).toBe("2023-10-01");
  });

  it("tells a certain past reading from a likely one", () => {
    const at = (text: string, phrase: string) => {
      const start = text.indexOf(phrase);
      return isCertainPast(clauseTenseReading(text, start, start + phrase.length));
    };
    expect(at("The quota covers cod landed in October 2023.", "October 2023")).toBe(false);
    expect(at("The port was closed in October 2023.", "October 2023")).toBe(true);
    expect(at("Agent Smith testified in October 2023.", "October 2023")).toBe(true);
    // a capital that opens the sentence says nothing of a name ("Elephants killed in …" may be a heading)
    expect(at("Elephants killed in October 2023 are covered.", "October 2023")).toBe(false);
    expect(at("They landed the catch in October 2023.", "October 2023")).toBe(true);
    expect(at("The harbour reopened two weeks ago, in October 2023.", "October 2023")).toBe(true);
    expect(at("The new harbour opens in October 2023.", "October 2023")).toBe(false);
  });
});
