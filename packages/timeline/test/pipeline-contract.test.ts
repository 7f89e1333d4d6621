import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type Message, type Parser, type Refiner, parseDocument } from "@newsparse/corpus-loader";
import {
  type TaggerContext,
  type TimexCandidate,
  buildTimeline,
  createChronoParser,
  createDefaultConfiguration,
  createNewsConfiguration,
  createTemporalTagger,
  tagTemporalExpressions,
} from "../src/index.js";

type TimexParser = Parser<TaggerContext, TimexCandidate>;

/** Finds every "May 5" but miscounts: its spans start one character late (it says what it read, so the run can tell). */
const miscounting: TimexParser = {
  name: "miscounting",
  parse: ({ text }) =>
    [...text.matchAll(/May 5/g)].map((m) => ({ start: m.index + 1, end: m.index + 1 + m[0].length, text: m[0], type: "DATE", value: "XXXX-05-05", rule: "miscounting" })),
};
/** Finds "May 5" but returns a span past the end of the text. */
const overrunning: TimexParser = {
  name: "overrunning",
  parse: ({ text }) => (text.includes("May 5") ? [{ start: text.length - 2, end: text.length + 3, type: "DATE", value: "XXXX-05-05", rule: "overrunning" }] : []),
};
const throwing: TimexParser = {
  name: "throwing",
  parse: () => {
    throw new Error("boom");
  },
};

describe("one pipeline contract (corpus-loader's runPipeline)", () => {
  it("a parser that miscounts offsets: its items never reach the output, an invalid-span message does", () => {
    const tagger = createTemporalTagger({ parsers: [overrunning], refiners: [] });
    const messages: Message[] = [];
    expect(tagger.tag("It began on May 5", { referenceDate: null, docId: "a", messages })).toEqual([]);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({ ruleId: "invalid-span", severity: "error", source: "@newsparse/timeline", docId: "a" });
    expect(messages[0]!.reason).toContain('"overrunning"');
  });

  it("a parser that miscounts by one inside the text: caught through the text it read", () => {
    const messages: Message[] = [];
    const out = createTemporalTagger({ parsers: [miscounting], refiners: [] }).tag("On May 5 it ended.", { referenceDate: null, messages });
    expect(out).toEqual([]);
    expect(messages.map((m) => m.ruleId)).toEqual(["invalid-span"]);
    expect(messages[0]!.reason).toContain('"ay 5 "');
  });

  it("property: with a miscounting parser in the default configuration, no output timex comes from it, each of its items is a message, and every timex slices back to its text", () => {
    const tagger = createTemporalTagger(createDefaultConfiguration()).extend({ parsers: [miscounting] });
    fc.assert(
      fc.property(fc.array(fc.constantFrom("May 5", "the", "talks", "began", "on", "2024", ",", ".", "last", "week"), { maxLength: 30 }), (words) => {
        const text = `${words.join(" ")} May 5`;
        const messages: Message[] = [];
        const out = tagger.tag(text, { referenceDate: "2024-05-10", messages });
        for (const t of out) {
          expect(t.start).toBeGreaterThanOrEqual(0);
          expect(t.end).toBeLessThanOrEqual(text.length);
          expect(text.slice(t.start, t.end)).toBe(t.text);
          expect(t.rule).not.toBe("miscounting");
        }
        expect(messages.filter((m) => m.ruleId === "invalid-span")).toHaveLength(text.split("May 5").length - 1);
      }),
      { numRuns: 60 },
    );
  });

  it("a parser that throws becomes a parser-failed message; the other parsers' timexes stay", () => {
    const tagger = createTemporalTagger(createDefaultConfiguration()).extend({ parsers: [throwing] });
    const messages: Message[] = [];
    const out = tagger.tag("Talks began on April 25, 2024.", { referenceDate: null, docId: "a", messages });
    expect(out.map((t) => t.value)).toEqual(["2024-04-25"]);
    expect(messages.map((m) => m.ruleId)).toEqual(["parser-failed"]);
    expect(messages[0]!.reason).toContain("boom");
  });

  it("a refiner that throws becomes a refiner-failed message and leaves the candidates as they were", () => {
    const broken: Refiner<TaggerContext, TimexCandidate> = {
      name: "broken",
      refine: () => {
        throw new Error("nope");
      },
    };
    const messages: Message[] = [];
    const out = createTemporalTagger(createDefaultConfiguration()).extend({ refiners: [broken] }).tag("It ended in 2023.", { referenceDate: null, messages });
    expect(out.map((t) => t.text)).toEqual(["2023"]);
    expect(messages.map((m) => m.ruleId)).toEqual(["refiner-failed"]);
  });

  it("a refiner that moves a checked candidate out of the text in place: dropped with an invalid-span message", () => {
    const stretch: Refiner<TaggerContext, TimexCandidate> = {
      name: "stretch",
      refine: (context, candidates) => {
        for (const c of candidates) c.end = context.text.length + 5;
        return candidates;
      },
    };
    const messages: Message[] = [];
    const out = createTemporalTagger(createDefaultConfiguration()).extend({ refiners: [stretch] }).tag("It ended in 2023.", { referenceDate: null, messages });
    expect(out).toEqual([]);
    expect(messages.map((m) => m.ruleId)).toEqual(["invalid-span"]);
  });

  it("a miscounting parser inside buildTimeline: its spans become messages of the timeline", () => {
    const doc = parseDocument("Protesters rallied in Niamey on May 5, 2024.", { id: "a", publishedAt: "2024-05-10" });
    const tagger = createTemporalTagger(createDefaultConfiguration()).extend({ parsers: [overrunning] });
    const result = buildTimeline([doc], { tagger });
    expect(result.timexes.map((t) => t.rule)).not.toContain("overrunning");
    const invalid = result.messages.filter((m) => m.ruleId === "invalid-span");
    expect(invalid).toHaveLength(1);
    expect(invalid[0]!.docId).toBe("a");
  });

  it("a chrono-node failure is a chrono-failed message, not a silent loss", () => {
    const brokenChrono = {
      parse: () => {
        throw new Error("chrono broke");
      },
    };
    const tagger = createTemporalTagger({ parsers: [createChronoParser(brokenChrono as never)], refiners: [] });
    const messages: Message[] = [];
    expect(tagger.tag("Talks began on April 25, 2024.", { referenceDate: null, docId: "a", messages })).toEqual([]);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({ ruleId: "chrono-failed", docId: "a", start: 0 });
    expect(messages[0]!.reason).toContain("chrono broke");
  });

  it("a parser that gives no text and miscounts inside the text cannot be told from a right one: its text is sliced from its offsets", () => {
    const silent: TimexParser = { name: "silent", parse: (context) => miscounting.parse(context).map(({ text: _, ...c }) => c) };
    const out = createTemporalTagger({ parsers: [silent], refiners: [] }).tag("On May 5 it ended.", { referenceDate: null });
    expect(out).toEqual([{ start: 4, end: 9, text: "ay 5 ", type: "DATE", value: "XXXX-05-05", rule: "miscounting" }]);
  });
});

describe("configuration and extension", () => {
  it("createDefaultConfiguration returns fresh arrays; createNewsConfiguration is its deprecated alias", () => {
    const a = createDefaultConfiguration();
    const b = createDefaultConfiguration();
    expect(a.parsers).not.toBe(b.parsers);
    expect(a.refiners.map((r) => r.name)).toEqual([
      "non-time-filter",
      "extent-trimmer",
      "overlap-resolver",
      "time-day-joiner",
      "modifier-extender",
      "quarter-context",
      "anaphoric-anchor",
    ]);
    expect(createNewsConfiguration().parsers.map((p) => p.name)).toEqual(a.parsers.map((p) => p.name));
  });

  it("extend appends parsers and refiners and leaves the base tagger unchanged", () => {
    const base = createTemporalTagger(createDefaultConfiguration());
    const ramadan: TimexParser = {
      name: "ramadan",
      parse: ({ text }) => [...text.matchAll(/\bRamadan\b/g)].map((m) => ({ start: m.index, end: m.index + 7, type: "DATE", value: "XXXX-XX-XX", rule: "ramadan" })),
    };
    const extended = base.extend({ parsers: [ramadan] });
    expect(extended.configuration.parsers.length).toBe(base.configuration.parsers.length + 1);
    expect(extended.tag("Fasting ends after Ramadan.", { referenceDate: "2024-04-01" }).map((t) => t.rule)).toEqual(["ramadan"]);
    expect(base.tag("Fasting ends after Ramadan.", { referenceDate: "2024-04-01" })).toEqual([]);
    expect(base.extend().configuration.refiners.length).toBe(base.configuration.refiners.length);
  });

  it("tagTemporalExpressions reports to options.messages and keeps returning Timex[]", () => {
    const messages: Message[] = [];
    const out = tagTemporalExpressions("It ended in 2023.", { referenceDate: null, docId: "x", messages });
    expect(out.map((t) => t.text)).toEqual(["2023"]);
    expect(messages).toEqual([]);
  });
});

describe("buildTimeline accepts a string or one Document, as the other packages do", () => {
  it("a string is parsed with parseDocument (id 'doc', or options.docId)", () => {
    const text = "Protesters rallied in Niamey on April 13, 2024. Talks began on April 25, 2024.";
    const fromString = buildTimeline(text, { publishedAt: "2024-04-30" });
    const fromDocument = buildTimeline([parseDocument(text, { id: "doc", publishedAt: "2024-04-30" })]);
    expect(fromString).toEqual(fromDocument);
    expect(fromString.timexes.map((t) => t.value)).toEqual(["2024-04-13", "2024-04-25"]);
    expect(fromString.timeline.length).toBeGreaterThan(0);
    for (const t of fromString.timexes) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(buildTimeline(text, { docId: "n1" }).timexes.every((t) => t.docId === "n1")).toBe(true);
  });

  it("an undated string gets an inferred reference date, reported as a message", () => {
    const result = buildTimeline("Talks began on April 25, 2024, and ended on Friday.");
    expect(result.referenceDates[0]).toMatchObject({ docId: "doc", inferred: true });
    expect(result.messages.map((m) => m.ruleId)).toContain("inferred-reference-date");
  });

  it("one Document is a list of one", () => {
    const doc = parseDocument("Talks began on April 25, 2024.", { id: "one", publishedAt: "2024-04-30" });
    expect(buildTimeline(doc)).toEqual(buildTimeline([doc]));
  });
});
