import { describe, expect, it } from "vitest";
import { parseDocument } from "@newsparse/corpus-loader";
import {
  TimelineEntry,
  buildTimeline,
  indexEntityMentions,
  timelineToICalendar,
  timelineToMarkdown,
  timelineToTimelineJS,
} from "../src/index.js";
import { seedDocuments } from "./seeds.js";

const SEQ_ID: Record<number, string> = {
  0: "fbe54c2202b345c3",
  1: "3bc267ff6f097730",
  2: "bb232efc982809a8",
  3: "6f5a1b6df526dd8c",
  4: "a5055be445bd665f",
};

async function seedTimeline() {
  const docs = await seedDocuments();
  const result = buildTimeline(docs);
  const text = (s: { docId: string; start: number; end: number }) => docs.find((d) => d.id === s.docId)!.text.slice(s.start, s.end);
  const entry = (value: string, pred: (sentences: string[]) => boolean) => {
    const found = result.timeline.filter((e) => e.date.value === value && pred(e.sources.map(text)));
    expect(found.length, `entry ${value}`).toBeGreaterThan(0);
    return found[0]!;
  };
  return { docs, result, text, entry };
}

describe("seed timeline", () => {
  it("the July 2023 coup, with all three outlets", async () => {
    const { entry } = await seedTimeline();
    const e = entry("2023-07", (s) => s.some((x) => /coup/.test(x)));
    const docs = new Set(e.sources.map((s) => s.docId));
    for (const seq of [2, 3, 4]) expect(docs.has(SEQ_ID[seq]!), `doc ${seq}`).toBe(true);
  });

  it("Niger's ending of the military accord in March 2024, three outlets, one saying 'last month'", async () => {
    const { entry, text } = await seedTimeline();
    const e = entry("2024-03", (s) => s.some((x) => /ended an accord/.test(x)));
    const docs = new Set(e.sources.map((s) => s.docId));
    expect(docs.has(SEQ_ID[1]!)).toBe(true);
    expect(docs.has(SEQ_ID[3]!)).toBe(true);
    expect(docs.has(SEQ_ID[2]!) || docs.has(SEQ_ID[4]!)).toBe(true);
    expect(e.sources.map(text).some((x) => /last month/.test(x))).toBe(true);
    expect(docs.size).toBeGreaterThanOrEqual(3);
  });

  it("the April 25 meeting in Niamey, the week of April 29, May 15 talks, the May 19 briefing, the September 15 deadline", async () => {
    const { entry } = await seedTimeline();
    const apr25 = entry("2024-04-25", (s) => s.some((x) => /meet with CNSP officials in Niamey on April 25/.test(x)));
    expect(apr25.modality).toBe("planned");
    entry("2024-W18", (s) => s.some((x) => /follow-up meetings in Niamey in the week of April 29/.test(x)));
    const may15 = entry("2024-05-15", (s) => s.some((x) => /began talks with Nigerien officials Wednesday/.test(x)));
    expect(may15.sources.length).toBeGreaterThanOrEqual(2);
    entry("2024-05-19TAF", (s) => s.some((x) => /briefed reporters Sunday afternoon/.test(x)));
    const deadline = entry("2024-09-15", (s) => s.some((x) => /by September 15/.test(x)));
    expect(deadline.sources.length).toBe(2);
    expect(deadline.modality).toBe("planned");
  });

  it("orders entries by interval, keeps valid sources, and validates against the schema", async () => {
    const { result, docs } = await seedTimeline();
    for (let i = 1; i < result.timeline.length; i++) {
      expect(result.timeline[i]!.date.start >= result.timeline[i - 1]!.date.start).toBe(true);
    }
    const month = result.timeline.find((e) => e.date.value === "2024-03")!;
    expect(month.date).toMatchObject({ start: "2024-03-01", end: "2024-04-01", granularity: "month" });
    for (const e of result.timeline) {
      TimelineEntry.parse(e);
      for (const s of e.sources) {
        const doc = docs.find((d) => d.id === s.docId)!;
        expect(s.end).toBeLessThanOrEqual(doc.text.length);
        expect(s.start).toBeLessThan(s.end);
      }
    }
    expect(result.messages.filter((m) => m.ruleId === "inferred-reference-date")).toEqual([]);
    expect(result.referenceDates.every((r) => !r.inferred)).toBe(true);
  });

  it("exports Markdown, TimelineJS3 and iCalendar (future entries only)", async () => {
    const { result } = await seedTimeline();
    const md = timelineToMarkdown(result.timeline, { title: "Niger 2024" });
    expect(md).toContain("# Niger 2024");
    expect(md).toContain("**week of 29 April 2024** `2024-W18`");
    const tjs = timelineToTimelineJS(result.timeline);
    expect(tjs.events.length).toBe(result.timeline.length);
    const march = tjs.events.find((e) => e.start_date.year === 2024 && e.start_date.month === 3 && e.end_date);
    expect(march?.end_date).toMatchObject({ year: 2024, month: 3, day: 31 });
    expect(JSON.parse(JSON.stringify(tjs))).toEqual(tjs);
    const ics = timelineToICalendar(result.timeline);
    expect(ics.startsWith("BEGIN:VCALENDAR\r\n")).toBe(true);
    expect(ics).toContain("DTSTART;VALUE=DATE:20240915");
    expect(ics).toContain("DTSTART;VALUE=DATE:20240425");
    expect(ics).not.toContain("20230701");
    for (const line of ics.split("\r\n")) expect(line.length).toBeLessThanOrEqual(75);
  });

  it("attaches participant entity ids when entities are given", async () => {
    const docs = await seedDocuments();
    const d3 = docs.find((d) => d.id === SEQ_ID[3])!;
    const at = d3.text.indexOf("Kathleen FitzGibbon");
    const entities = [{ id: "ent-fitzgibbon", mentions: [{ docId: d3.id, start: at, end: at + "Kathleen FitzGibbon".length }] }];
    const result = buildTimeline(docs, { entities });
    const e = result.timeline.find((x) => x.date.value === "2024-04-25")!;
    expect(e.participants).toContain("ent-fitzgibbon");
    expect(result.events.some((m) => m.participants.includes("ent-fitzgibbon"))).toBe(true);
  });

  it("gives the same timeline from the entities' compact mention index as from the entities", async () => {
    const docs = await seedDocuments();
    // every capitalised word of every document is a mention; two entities share each document's words in turn
    const entities: { id: string; mentions: { docId: string; start: number; end: number }[] }[] = [
      { id: "ent-a", mentions: [] },
      { id: "ent-b", mentions: [] },
    ];
    for (const d of docs) {
      let k = 0;
      for (const m of d.text.matchAll(/\b[A-Z][a-z]+\b/g)) entities[k++ % 2]!.mentions.push({ docId: d.id, start: m.index, end: m.index + m[0].length });
    }
    const index = indexEntityMentions(entities);
    expect(index.byDocument.get(docs[0]!.id)!.ids.length * 2).toBe(index.byDocument.get(docs[0]!.id)!.spans.length);
    const fromEntities = buildTimeline(docs, { entities });
    expect(fromEntities.events.some((e) => e.participants.length === 2)).toBe(true);
    expect(JSON.stringify(buildTimeline(docs, { entities: index }))).toBe(JSON.stringify(fromEntities));
  });
});

describe("inferred reference dates", () => {
  it("with the manifest dates removed, each seed's date is inferred, flagged and close to the real one", async () => {
    const docs = await seedDocuments();
    const undated = docs.map((d) => ({ ...d, publishedAt: null }));
    const result = buildTimeline(undated);
    const flagged = result.messages.filter((m) => m.ruleId === "inferred-reference-date");
    expect(flagged.length).toBe(5);
    const days = (a: string, b: string) => Math.abs(Date.parse(a) - Date.parse(b)) / 86_400_000;
    const offsets: Record<string, number> = {};
    for (const doc of docs) {
      const r = result.referenceDates.find((x) => x.docId === doc.id)!;
      expect(r.inferred).toBe(true);
      expect(r.value).not.toBeNull();
      expect(r.uncertaintyDays).toBeGreaterThan(0);
      offsets[doc.seq!] = days(r.value!, doc.publishedAt!);
    }
    // measured: 000 0 ± 14 ("Wednesday" talks = the follow-up meetings 003 planned for the week of
    // April 29, slipped by up to two weeks; the day itself from the prior of the most alike article, 001),
    // 001 −4 ± 15 ("four months" before September 15), 002 +1 ± 8, 003 0 ± 28, 004 0 ± 14;
    // before cross-document anchoring: 000 −20, 002 +6, 004 +3
    expect(offsets[1]).toBeLessThanOrEqual(4);
    for (const seq of [0, 2, 3, 4]) expect(offsets[seq], `seed ${seq}`).toBeLessThanOrEqual(1);
    // each uncertainty covers the true error, and the estimate is never "today"
    for (const doc of docs) {
      const r = result.referenceDates.find((x) => x.docId === doc.id)!;
      expect(r.uncertaintyDays, `seed ${doc.seq}`).toBeGreaterThanOrEqual(offsets[doc.seq!]!);
      expect(r.value).not.toBe(new Date().toISOString().slice(0, 10));
    }
    const evidence = (seq: number) => result.referenceDates.find((x) => x.docId === SEQ_ID[seq])!.evidence.join(" | ");
    expect(evidence(0)).toMatch(/"Wednesday" on or after 2024-05-01, as planned or slipped \("the week of April 29".*per 6f5a1b6df526dd8c\)/);
    expect(evidence(0)).toMatch(/prior 2024-05-15 \(most alike dated article: 3bc267ff6f097730 /);
    expect(evidence(2)).toMatch(/"the coming days" lead up to 2024-04-25 \("April 25"/);
    expect(evidence(4)).toMatch(/"last month" = 2024-03 \("March".*per 3bc267ff6f097730\)/);
    const message = result.messages.find((m) => m.ruleId === "inferred-reference-date" && m.docId === SEQ_ID[2]);
    expect(message?.reason).toMatch(/inferred 2024-04-20 ± \d+ days/);
  });

  it("never falls back to today's date", () => {
    const doc = parseDocument("Officials met on Tuesday to discuss the plan.", { id: "x" });
    const result = buildTimeline([doc]);
    expect(result.referenceDates[0]).toMatchObject({ docId: "x", value: null, inferred: true });
    expect(result.messages[0]?.ruleId).toBe("missing-reference-date");
    expect(result.timexes[0]?.value).toBe("XXXX-WXX-2");
    expect(result.timeline).toEqual([]);
  });
});

describe("cross-source disagreement", () => {
  it("flags sources that disagree on when the same event happened", () => {
    const a = parseDocument("The summit of Sahel leaders took place in Niamey on March 3, 2024.", { id: "a", publishedAt: "2024-03-10" });
    const b = parseDocument("The summit of Sahel leaders took place in Niamey on March 5, 2024.", { id: "b", publishedAt: "2024-03-10" });
    const result = buildTimeline([a, b]);
    const flagged = result.timeline.filter((e) => e.flags?.includes("date-disagreement"));
    expect(flagged.length).toBe(2);
    expect(flagged[0]!.alternativeDates).toEqual(["2024-03-05"]);
    expect(result.messages.some((m) => m.ruleId === "date-disagreement")).toBe(true);
  });

  it("merges compatible mentions at their granularity across documents", () => {
    const a = parseDocument("Protesters rallied in Niamey in April.", { id: "a", publishedAt: "2024-05-02" });
    const b = parseDocument("Protesters rallied in Niamey on April 13.", { id: "b", publishedAt: "2024-04-20" });
    const result = buildTimeline([a, b]);
    const e = result.timeline.find((x) => x.eventClass === "protest")!;
    expect(e.date.value).toBe("2024-04-13");
    expect(e.sources.map((s) => s.docId).sort()).toEqual(["a", "b"]);
  });
});

describe("bad input", () => {
  it("throws a typed error for input that is neither a string, a Document nor an array, and reports non-documents as messages", async () => {
    const { InvalidDocumentsError, TimelineError } = await import("../src/index.js");
    let caught: unknown;
    try {
      buildTimeline(42 as never);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(InvalidDocumentsError);
    expect(TimelineError.isInstance(caught)).toBe(true);
    expect((caught as InstanceType<typeof TimelineError>).code).toBe("EINVALIDDOCUMENTS");
    const ok = parseDocument("Talks were held on April 25, 2024.", { id: "ok", publishedAt: "2024-04-30" });
    const result = buildTimeline([null, { id: 3 }, ok, ok] as never);
    expect(result.messages.map((m) => m.ruleId)).toEqual(["invalid-document", "invalid-document", "duplicate-document-id"]);
    expect(result.timeline.length).toBe(1);
    expect(() => buildTimeline([ok], { entities: [null, { id: "x" }, { id: "y", mentions: [] }] as never })).not.toThrow();
  });
});
