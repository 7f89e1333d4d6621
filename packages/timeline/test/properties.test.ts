import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseDocument } from "@newsparse/corpus-loader";
import { buildTimeline, tagTemporalExpressions } from "../src/index.js";

const WORDS = ["last", "next", "this", "the", "week", "of", "April", "29", "May", "Sunday", "afternoon", "2023", "1.625", "7/8", "a", "share", "years", "ago", "six-year-old", "more", "than", "decade", "every", "year", "in", "March", ",", ".", "$", "fiscal", "quarter", "third", "now", "-", "'", "10:35", "a.m.", "\n"];

const textArb = fc.oneof(
  fc.string({ maxLength: 300 }),
  fc.array(fc.constantFrom(...WORDS), { maxLength: 80 }).map((w) => w.join(" ")),
  fc.array(fc.constantFrom(...WORDS), { maxLength: 80 }).map((w) => w.join("")),
);
const refArb = fc.oneof(
  fc.date({ min: new Date("1900-01-01T00:00:00Z"), max: new Date("2100-12-31T00:00:00Z"), noInvalidDate: true }),
  fc.constant(null),
  fc.string({ maxLength: 12 }),
);

describe("properties", () => {
  it("any string and any reference date: no throw, valid offsets, text matches", () => {
    fc.assert(
      fc.property(textArb, refArb, (text, ref) => {
        const out = tagTemporalExpressions(text, { referenceDate: ref });
        let lastEnd = -1;
        for (const t of out) {
          expect(t.start).toBeGreaterThanOrEqual(0);
          expect(t.end).toBeGreaterThan(t.start);
          expect(t.end).toBeLessThanOrEqual(text.length);
          expect(text.slice(t.start, t.end)).toBe(t.text);
          expect(t.start).toBeGreaterThanOrEqual(lastEnd);
          lastEnd = t.end;
        }
      }),
      { numRuns: 400 },
    );
  });

  it("buildTimeline on arbitrary documents: no throw, sources inside their documents", () => {
    fc.assert(
      fc.property(fc.array(textArb, { maxLength: 3 }), fc.boolean(), (texts, dated) => {
        const docs = texts.map((t, i) => parseDocument(t, { id: `d${i}`, publishedAt: dated ? "2024-04-19" : null }));
        const r = buildTimeline(docs);
        for (const e of r.timeline) {
          for (const s of e.sources) {
            const doc = docs.find((d) => d.id === s.docId);
            expect(doc).toBeDefined();
            expect(s.end).toBeLessThanOrEqual(doc!.text.length);
            expect(s.start).toBeLessThanOrEqual(s.end);
          }
        }
        for (const t of r.timexes) expect(docs.find((d) => d.id === t.docId)!.text.slice(t.start, t.end)).toBe(t.text);
      }),
      { numRuns: 100 },
    );
  });

  it("hostile input completes (long runs of digits, words, spaces and punctuation)", () => {
    const hostile = [
      "1".repeat(200_000),
      "last ".repeat(40_000),
      "the past ".repeat(20_000),
      " ".repeat(200_000) + "x",
      "April ".repeat(30_000),
      "more than ".repeat(20_000) + "a decade",
      "1/".repeat(50_000),
      "Sunday, ".repeat(20_000),
      "a-".repeat(50_000),
      "2023'".repeat(30_000),
    ];
    for (const h of hostile) {
      const out = tagTemporalExpressions(h, { referenceDate: "2024-04-19" });
      for (const t of out) expect(h.slice(t.start, t.end)).toBe(t.text);
    }
  }, 60_000);
});

describe("buildTimeline on hostile corpora", () => {
  it("completes on thousands of distinct dates and a run-on sentence", () => {
    const parts: string[] = [];
    for (let y = 1700; y < 2100; y++) for (const m of ["March", "July", "October"]) parts.push(`Talks were held in ${m} ${y}`);
    const runOn = parts.join(" and ");
    const sentences = parts.join(". ") + ".";
    const docs = [
      parseDocument(runOn, { id: "runon", publishedAt: "2024-04-19" }),
      parseDocument(sentences, { id: "sentences", publishedAt: "2024-04-19" }),
    ];
    const result = buildTimeline(docs);
    expect(result.timexes.length).toBe(2 * parts.length);
    expect(result.timeline.length).toBeGreaterThan(0);
  }, 60_000);
});
