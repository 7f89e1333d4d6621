import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseDocument } from "@newsparse/corpus-loader";
import { buildTimeline, type TemporalTagger, type Timex } from "../src/index.js";

const KEYS = ["start", "end", "text", "type", "value", "rule", "mod", "docId", "extra"] as const;

describe("the run's timexes", () => {
  it("are copies of the tagger's with their docId: the same keys in the same order as a spread plus docId, whatever the tagger's key order", () => {
    const text = "Talks ended on March 3, 2024 in Niamey.";
    const arbTimex = fc.record({
      keys: fc.oneof(
        fc.constant(["start", "end", "text", "type", "value", "rule"]),
        fc.constant(["start", "end", "text", "type", "value", "rule", "mod"]),
        // every key a timex needs, and some of the others, in any order
        fc.shuffledSubarray(["mod", "docId", "extra"]).chain((more) => fc.shuffledSubarray([...KEYS.slice(0, 6), ...more], { minLength: 6 + more.length })),
      ),
      start: fc.nat(5),
      length: fc.integer({ min: 1, max: 20 }),
      value: fc.constantFrom("2024-03-03", "2024-03", "P1D", "2024"),
    });
    fc.assert(
      fc.property(fc.array(arbTimex, { maxLength: 4 }), (raw) => {
        const made = () =>
          raw.map((r) => {
            const t: Record<string, unknown> = {};
            const fields: Record<string, unknown> = { start: r.start, end: r.start + r.length, text: text.slice(r.start, r.start + r.length), type: "DATE", value: r.value, rule: "test", mod: "APPROX", docId: "other", extra: 1 };
            for (const k of r.keys) t[k] = fields[k];
            return t as unknown as Timex;
          });
        const tagger = { tag: () => made() } as unknown as TemporalTagger;
        const doc = parseDocument(text, { id: "d1", publishedAt: "2024-03-10" });
        const { timexes } = buildTimeline([doc], { tagger });
        const expected = made().map((t) => ({ ...t, docId: "d1" }));
        expect(JSON.stringify(timexes)).toBe(JSON.stringify(expected));
        for (const t of timexes) expect(Object.getPrototypeOf(t)).toBe(Object.prototype);
      }),
      { numRuns: 200 },
    );
  });
});
