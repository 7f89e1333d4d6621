import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  createDefaultConfig,
  createDefaultConfiguration,
  createEntityExtractor,
  extractEntities,
  fromLegacyRefiner,
  ModelNotLoadedError,
  type Mention,
  type Parser,
  type Refiner,
} from "../src/index.js";

const TEXT = "Mohamed Bazoum met Emmanuel Macron in Niamey on Monday.";
const NAME = "Zorblax Quimby";

/** A parser that finds `NAME` but miscounts its offsets by `shift` code units (the text it claims stays right). */
function miscountingParser(shift: number): Parser {
  return {
    name: "miscounting",
    parse: ({ docId, text }) => {
      const start = text.lastIndexOf(NAME);
      if (start < 0) return [];
      return [{ docId, start: start + shift, end: start + shift + NAME.length, text: NAME, type: "PERSON", confidence: 1, source: "miscounting", flags: [] }];
    },
  };
}

const failures = <M extends { ruleId: string }>(messages: M[]): M[] => messages.filter((m) => ["invalid-span", "parser-failed", "refiner-failed"].includes(m.ruleId));

describe("the shared pipeline contract", () => {
  it("drops a miscounted mention with an invalid-span message, on any text before it", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), fc.integer({ min: 1, max: 3 }), (prefix, shift) => {
        const text = `${prefix} ${NAME} said.`;
        const extractor = createEntityExtractor().extend({ parsers: [miscountingParser(shift)] });
        const { mentions, messages } = extractor.extract(text, { docId: "p" });
        expect(mentions.filter((m) => m.source === "miscounting")).toEqual([]);
        for (const m of mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
        const invalid = messages.filter((m) => m.ruleId === "invalid-span");
        expect(invalid).toHaveLength(1);
        expect(invalid[0]).toMatchObject({ severity: "error", source: "@newsparse/entity-extract", docId: "p", start: text.lastIndexOf(NAME) + shift });
        expect(invalid[0]!.reason).toContain('"miscounting"');
      }),
      { numRuns: 40 },
    );
  }, 60_000);

  it("keeps a correctly counted mention from the same parser (the check is not what drops it)", () => {
    const { mentions, messages } = createEntityExtractor().extend({ parsers: [miscountingParser(0)] }).extract(`He met ${NAME} today.`);
    expect(mentions.some((m) => m.text === NAME)).toBe(true);
    expect(failures(messages)).toEqual([]);
  });

  it("turns a throwing parser into a parser-failed message and keeps the other parsers' mentions", () => {
    const boom: Parser = {
      name: "boom",
      parse: () => {
        throw new Error("no luck");
      },
    };
    const plain = extractEntities(TEXT);
    const withBoom = createEntityExtractor().extend({ parsers: [boom] }).extract(TEXT);
    expect(withBoom.mentions).toEqual(plain.mentions);
    expect(failures(withBoom.messages)).toEqual([expect.objectContaining({ ruleId: "parser-failed", severity: "error", docId: "doc" })]);
    expect(withBoom.messages[0]!.reason).toContain("no luck");
  });

  it("turns a throwing refiner into a refiner-failed message and leaves the mentions as they were", () => {
    const boom: Refiner = {
      name: "boom",
      refine: () => {
        throw new TypeError("bad refiner");
      },
    };
    const plain = extractEntities(TEXT);
    const withBoom = createEntityExtractor().extend({ refiners: [boom] }).extract(TEXT);
    expect(withBoom.mentions).toEqual(plain.mentions);
    expect(failures(withBoom.messages).map((m) => m.ruleId)).toEqual(["refiner-failed"]);
  });

  it("drops a mention a refiner re-bounds wrongly, and one whose role points at the wrong text", () => {
    const shiftFirst: Refiner = { name: "shift-first", refine: (_context, mentions) => mentions.map((m, i) => (i === 0 ? { ...m, start: m.start + 1 } : m)) };
    const badRole: Refiner = { name: "bad-role", refine: (_context, mentions) => mentions.map((m, i) => (i === 1 ? { ...m, roles: [{ docId: m.docId, start: 0, end: 3, text: "not" }] } : m)) };
    const plain = extractEntities(TEXT, { resolve: false });
    const r = createEntityExtractor().extend({ refiners: [shiftFirst, badRole] }).extract(TEXT, { resolve: false });
    // The first mention is gone after shift-first; bad-role then spoils the second of those left (the third at first).
    expect(r.mentions).toEqual(plain.mentions.filter((_, i) => i !== 0 && i !== 2));
    expect(failures(r.messages).map((m) => m.reason.split(" ")[1])).toEqual(['"shift-first"', '"bad-role"']);
  });

  it("rethrows a missing model instead of reporting it per document", () => {
    const unloaded: Parser = {
      name: "unloaded",
      parse: () => {
        throw new ModelNotLoadedError("call loadShippedModel() first");
      },
    };
    expect(() => createEntityExtractor({ parsers: [unloaded], refiners: [] }).extract(TEXT)).toThrow(ModelNotLoadedError);
  });

  it("runs a refiner written for the old refine(mentions, context) through fromLegacyRefiner", () => {
    const seen: unknown[] = [];
    const legacy = {
      name: "legacy",
      refine(mentions: Mention[], context: { docId: string }) {
        seen.push(Array.isArray(mentions), context.docId);
        return mentions.filter((m) => m.type !== "GPE");
      },
    };
    const adapted = fromLegacyRefiner(legacy);
    expect(adapted.name).toBe("legacy");
    const r = createEntityExtractor().extend({ refiners: [adapted] }).extract(TEXT, { docId: "x" });
    expect(seen).toEqual([true, "x"]);
    expect(r.mentions.map((m) => m.type)).not.toContain("GPE");
    expect(failures(r.messages)).toEqual([]);
  });

  it("reports an unwrapped old-style refiner instead of failing silently", () => {
    const legacy = { name: "legacy", refine: (mentions: Mention[]) => mentions.filter((m) => m.type !== "GPE") };
    const r = createEntityExtractor().extend({ refiners: [legacy as unknown as Refiner] }).extract(TEXT);
    expect(failures(r.messages).map((m) => m.ruleId)).toEqual(["refiner-failed"]);
    expect(r.mentions).toEqual(extractEntities(TEXT).mentions);
  });
});

describe("configuration", () => {
  it("createDefaultConfiguration gives a fresh configuration each call; createDefaultConfig is the same", () => {
    const a = createDefaultConfiguration();
    a.refiners.pop();
    const b = createDefaultConfiguration();
    expect(b.refiners.length).toBe(a.refiners.length + 1);
    expect(createDefaultConfig().refiners.map((r) => r.name)).toEqual(b.refiners.map((r) => r.name));
    expect(b.parsers.map((p) => p.name)).toEqual(["tagger", "gazetteer", "pattern"]);
  });

  it("configuration is a frozen view; extend appends and leaves the original alone; config is a mutable copy", () => {
    const extractor = createEntityExtractor();
    expect(Object.isFrozen(extractor.configuration.refiners)).toBe(true);
    const extra: Refiner = { name: "noop", refine: (_context, mentions) => mentions };
    const extended = extractor.extend({ refiners: [extra] });
    expect(extended.configuration.refiners.at(-1)).toBe(extra);
    expect(extended.configuration.refiners.length).toBe(extractor.configuration.refiners.length + 1);
    const copy = extractor.config;
    copy.refiners.length = 0;
    expect(extractor.configuration.refiners.length).toBeGreaterThan(0);
    expect(extractor.extract(TEXT).mentions).toEqual(extractEntities(TEXT).mentions);
  });
});
