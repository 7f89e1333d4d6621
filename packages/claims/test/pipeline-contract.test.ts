import fc from "fast-check";
import type { Parser, Refiner } from "@newsparse/corpus-loader";
import { describe, expect, it } from "vitest";
import { createClaimExtractor, createDefaultConfiguration, defaultClaimExtractor, extractClaims, type Claim, type ClaimContext } from "../src/index.js";

/** A parser that finds every `1,000` and reports it one character too far right (the miscount the run loop must catch). */
const miscounting: Parser<ClaimContext, Claim> = {
  name: "miscounting",
  parse: ({ docId, text }) => {
    const out: Claim[] = [];
    for (let i = text.indexOf("1,000"); i >= 0; i = text.indexOf("1,000", i + 1)) {
      out.push({ id: "", kind: "quantity", docId, start: i + 1, end: i + 6, text: "1,000", quantity: { value: 1000, relation: "eq" } });
    }
    return out;
  },
};

/** A parser whose claims are right but whose speaker offsets are off by one. */
const badSpeaker: Parser<ClaimContext, Claim> = {
  name: "bad-speaker",
  parse: ({ docId, text }) => {
    const i = text.indexOf("Smith");
    return i < 0 ? [] : [{ id: "", kind: "reported", docId, start: 0, end: text.length, text, speaker: { text: "Smith", anonymous: false, start: i - 1, end: i + 4 } }];
  },
};

const throwing: Parser<ClaimContext, Claim> = {
  name: "throwing",
  parse: () => {
    throw new Error("boom");
  },
};

const throwingRefiner: Refiner<ClaimContext, Claim> = {
  name: "throwing-refiner",
  refine: () => {
    throw new Error("bust");
  },
};

describe("the pipeline contract", () => {
  it("drops a miscounted claim with an invalid-span message, for any text around it", () => {
    const extractor = createClaimExtractor({ parsers: [miscounting], refiners: [] });
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), fc.string({ maxLength: 40 }), (before, after) => {
        const text = `${before}1,000${after}`;
        const { claims, messages } = extractor.extract(text);
        // the shifted slice starts with "," so it never reads "1,000": every claim must be dropped, each with a message
        expect(claims).toEqual([]);
        const occurrences = text.split("1,000").length - 1;
        const invalid = messages.filter((m) => m.ruleId === "invalid-span");
        expect(invalid).toHaveLength(occurrences);
        for (const m of invalid) {
          expect(m.severity).toBe("error");
          expect(m.source).toBe("@newsparse/claims");
          expect(m.reason).toContain('"miscounting"');
        }
      }),
      { numRuns: 200 },
    );
    const { claims, messages } = extractor.extract("Some 1,000 troops.");
    expect(claims).toEqual([]);
    expect(messages.map((m) => m.ruleId)).toEqual(["invalid-span"]);
  });

  it("checks every span a claim carries, not only the claim's own", () => {
    const text = "Officials led by Smith disagreed.";
    const { claims, messages } = createClaimExtractor({ parsers: [badSpeaker], refiners: [] }).extract(text);
    expect(claims).toEqual([]);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({ ruleId: "invalid-span", docId: "doc", start: 16, end: 21 });
  });

  it("turns a throwing parser or refiner into a message and keeps the other parsers' claims", () => {
    const configuration = createDefaultConfiguration();
    configuration.parsers.unshift(throwing);
    configuration.refiners.push(throwingRefiner);
    const text = "“We are leaving,” the official said. About 1,000 troops remain.";
    const { claims, messages } = createClaimExtractor(configuration).extract(text);
    expect(claims.map((c) => c.kind)).toEqual(extractClaims(text).claims.map((c) => c.kind));
    expect(messages.find((m) => m.ruleId === "parser-failed")?.reason).toContain("boom");
    expect(messages.find((m) => m.ruleId === "refiner-failed")?.reason).toContain("bust");
  });

  it("extend() appends stages and overrides lexicon lists; clone() still copies", () => {
    const extended = defaultClaimExtractor.extend({ parsers: [miscounting], lexicon: { cueVerbs: [...defaultClaimExtractor.lexicon.cueVerbs, "harrumphed"] } });
    expect(extended.configuration.parsers.map((p) => p.name)).toEqual([...defaultClaimExtractor.configuration.parsers.map((p) => p.name), "miscounting"]);
    expect(extended.configuration.refiners).toEqual(defaultClaimExtractor.configuration.refiners);
    expect(extended.extract("“Nonsense,” she harrumphed.").claims[0]?.speaker?.text).toBe("she");
    expect(defaultClaimExtractor.extract("“Nonsense,” she harrumphed.").claims[0]?.speaker).toBeUndefined();
    expect(defaultClaimExtractor.clone().configuration.parsers).toEqual(defaultClaimExtractor.configuration.parsers);
    expect(Object.isFrozen(defaultClaimExtractor.configuration.parsers)).toBe(true);
  });
});
