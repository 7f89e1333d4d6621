import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseDocument, type Message } from "@newsparse/corpus-loader";
import { buildTimeline, type TemporalTagger, type Timex } from "../src/index.js";

const TEXT = "Talks ended on March 3, 2024 in Niamey. They resume on April 2.";
const GOOD: Timex = { start: 15, end: 28, text: "March 3, 2024", type: "DATE", value: "2024-03-03", rule: "fixture" };
const LATER: Timex = { start: 55, end: 62, text: "April 2", type: "DATE", value: "2024-04-02", rule: "fixture" };

/** A tagger answering the same list for every call (whatever the reference date). */
function fixtureTagger(answer: () => unknown): TemporalTagger {
  return { tag: () => answer() } as unknown as TemporalTagger;
}

const invalid = (messages: readonly Message[]) => messages.filter((m) => m.ruleId === "invalid-timex");

describe("buildTimeline with a tagger that returns malformed timexes", () => {
  it("drops a timex without start and text with one message naming the document, the index and the fields, and keeps the rest", () => {
    const broken = { end: 28, type: "DATE", value: "2024-03-03", rule: "fixture" };
    const tagger = fixtureTagger(() => [broken, GOOD, LATER]);
    const result = buildTimeline([parseDocument(TEXT, { id: "d1", publishedAt: "2024-03-10" })], { tagger });
    expect(result.timexes).toEqual([{ ...GOOD, docId: "d1" }, { ...LATER, docId: "d1" }]);
    const [message, ...more] = invalid(result.messages);
    expect(more).toEqual([]);
    expect(message).toMatchObject({ ruleId: "invalid-timex", severity: "error", docId: "d1", end: 28, source: "@newsparse/timeline" });
    expect(message!.reason).toContain("Timex #0");
    expect(message!.reason).toContain("document d1");
    expect(message!.reason).toMatch(/start: [^;]*number/);
    expect(message!.reason).toMatch(/text: [^;]*string/);
    // the good timexes still date events
    expect(result.timeline.length).toBeGreaterThan(0);
  });

  it("drops a timex whose span is outside the text, or whose text is not the text at its span", () => {
    const outside = { ...GOOD, end: 999 };
    const moved = { ...GOOD, text: "March 4, 2024" };
    const result = buildTimeline([parseDocument(TEXT, { id: "d1", publishedAt: "2024-03-10" })], { tagger: fixtureTagger(() => [outside, LATER, moved]) });
    expect(result.timexes).toEqual([{ ...LATER, docId: "d1" }]);
    const messages = invalid(result.messages);
    expect(messages.map((m) => m.reason.match(/Timex #\d+/)?.[0])).toEqual(["Timex #0", "Timex #2"]);
    expect(messages[0]!.reason).toContain("start/end: [15, 999) lies outside the text");
    expect(messages[1]!.reason).toContain("text: text \"March 3, 2024\"");
  });

  it("takes an answer that is not an array as no timexes, with a message", () => {
    const result = buildTimeline([parseDocument(TEXT, { id: "d1", publishedAt: "2024-03-10" })], { tagger: fixtureTagger(() => ({ timexes: [GOOD] })) });
    expect(result.timexes).toEqual([]);
    expect(invalid(result.messages)).toMatchObject([{ docId: "d1", reason: expect.stringContaining("not an array") }]);
  });

  it("never throws on random malformed timexes: each is dropped with one message, every good one is kept", () => {
    // one field of a good timex broken: removed, or set to a value of the wrong kind
    const arbBroken = fc.record({
      base: fc.constantFrom(GOOD, LATER),
      field: fc.constantFrom("start", "end", "text", "type", "value", "rule", "mod"),
      value: fc.oneof(
        fc.constant(undefined),
        fc.constant(null),
        fc.constant(-1),
        fc.constant(1.5),
        fc.constant(10_000),
        fc.constant(Number.NaN),
        fc.constant("TIMESTAMP"),
        fc.constant({}),
        fc.constant([]),
        fc.boolean(),
      ),
      remove: fc.boolean(),
    });
    // a broken timex, or something that is no timex at all
    const arbBad = fc.oneof(
      { weight: 4, arbitrary: arbBroken.map(({ base, field, value, remove }) => ({ bad: true, item: breakField(base, field, value, remove) })) },
      { weight: 1, arbitrary: fc.oneof(fc.constant(null), fc.constant(undefined), fc.integer(), fc.string(), fc.constant([GOOD])).map((item) => ({ bad: true, item })) },
    );
    // each item is bad for sure: a field that is still valid after the change is not counted as bad
    const arbItem = fc.oneof(arbBad.filter(({ item }) => !isSoundTimex(item)), fc.constantFrom(GOOD, LATER).map((item) => ({ bad: false, item: { ...item } })));
    fc.assert(
      fc.property(fc.array(arbItem, { maxLength: 6 }), fc.boolean(), (items, dated) => {
        const doc = parseDocument(TEXT, { id: "doc-7", publishedAt: dated ? "2024-03-10" : null });
        const tagger = fixtureTagger(() => items.map((i) => i.item));
        const result = buildTimeline([doc], { tagger });
        const messages = invalid(result.messages);
        const badAt = items.flatMap((i, k) => (i.bad ? [k] : []));
        expect(messages.map((m) => m.reason.match(/^Timex #(\d+) /)?.[1])).toEqual(badAt.map(String));
        for (const m of messages) {
          expect(m.docId).toBe("doc-7");
          expect(m.reason).toMatch(/invalid \([^)]*: /);
        }
        expect(result.timexes).toEqual(items.filter((i) => !i.bad).map((i) => ({ ...(i.item as Timex), docId: "doc-7" })));
      }),
      { numRuns: 300 },
    );
  });
});

/** A copy of `base` with `field` removed or set to `value`. */
function breakField(base: Timex, field: string, value: unknown, remove: boolean): unknown {
  const copy: Record<string, unknown> = { ...base };
  if (remove) delete copy[field];
  else copy[field] = value;
  return copy;
}

/** Whether an item is still a sound timex of TEXT (e.g. `mod` removed, or `end` moved to a value still inside the text and matching). */
function isSoundTimex(item: unknown): boolean {
  if (typeof item !== "object" || item === null || Array.isArray(item)) return false;
  const t = item as Record<string, unknown>;
  const { start, end, text, type, value, rule, mod } = t;
  if (!Number.isInteger(start) || !Number.isInteger(end) || (start as number) < 0 || (end as number) <= (start as number) || (end as number) > TEXT.length) return false;
  if (text !== TEXT.slice(start as number, end as number)) return false;
  if (typeof value !== "string" || typeof rule !== "string" || !["DATE", "TIME", "DURATION", "SET"].includes(type as string)) return false;
  return mod === undefined || typeof mod === "string";
}
