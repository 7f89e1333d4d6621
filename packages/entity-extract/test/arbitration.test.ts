import { describe, expect, it } from "vitest";
import {
  createArbitrationRefiner,
  createEntityExtractor,
  createOverlapRefiner,
  createTaggerParser,
  extractEntities,
  taggerContradiction,
  taggerSupport,
  type ExtractionContext,
  type Mention,
  type Parser,
  type Refiner,
} from "../src/index.js";

const TEXT = "Angela Merkel said on Monday that Berlin would wait.";

/** A rule parser that marks one word as an ORG, wherever the tagger stands. */
function ruleOn(word: string, type: Mention["type"] = "ORG"): Parser {
  return {
    name: "rule",
    parse(context: ExtractionContext): Mention[] {
      const start = context.text.indexOf(word);
      return [{ docId: context.docId, start, end: start + word.length, text: word, type, confidence: 0.9, source: "rule", flags: [] }];
    },
  };
}

/** A refiner that retypes every PERSON as GPE (source `retyper`). */
const retyper: Refiner = {
  name: "retyper",
  refine: (_context, mentions) => mentions.map((m) => (m.type === "PERSON" ? { ...m, type: "GPE", source: "retyper" } : m)),
};

const show = (ms: readonly Mention[]) => ms.map((m) => `${m.text}/${m.type}/${m.source}`);

describe("tagger decisions on the context", () => {
  it("keeps one type and margin per token, and backs its own names", () => {
    // Values are read inside the refiner and checked outside it: the pipeline turns a refiner's exception into a message.
    let seen: ExtractionContext | null = null;
    let support = Number.NaN;
    let contradiction = Number.NaN;
    const peek: Refiner = {
      name: "peek",
      refine(context, mentions) {
        seen = context;
        const merkel = mentions.find((m) => m.text === "Angela Merkel")!;
        support = taggerSupport(context, merkel);
        contradiction = taggerContradiction(context, merkel);
        return mentions;
      },
    };
    const { messages } = createEntityExtractor({ parsers: [createTaggerParser()], refiners: [peek] }).extract(TEXT, { resolve: false });
    expect(messages).toEqual([]);
    expect(support).toBeGreaterThan(0);
    expect(contradiction).toBe(-Infinity);
    const context = seen as unknown as ExtractionContext;
    expect(context.tagger).toBeDefined();
    expect(context.tagger!.types.length).toBe(context.tokens.length);
    expect(context.tagger!.margins.length).toBe(context.tokens.length);
    const said = context.tokens.findIndex((t) => t.text === "said");
    expect(context.tagger!.types[said]).toBe(-1); // O
    expect(Number.isNaN(context.tagger!.margins[said]!)).toBe(true); // O margins are computed on demand
    expect(context.tagger!.marginAt(said)).toBeGreaterThan(0);
    expect(context.tagger!.margins[said]).toBe(context.tagger!.marginAt(said));
  });
});

describe("contradiction of a type the tagger cannot predict", () => {
  it("counts the tagger's own type only where it found exactly the same name", () => {
    const got: Record<string, number> = {};
    const peek: Refiner = {
      name: "peek",
      refine(context, mentions) {
        const merkel = mentions.find((m) => m.text === "Angela Merkel")!;
        // A FAC over the tagger's whole PERSON name: the tagger saw that name and typed it otherwise.
        got.same = taggerContradiction(context, { ...merkel, type: "FAC", source: "rule" });
        // A FAC over part of it: only O would contradict, and the tagger has none there.
        const start = TEXT.indexOf("Merkel");
        got.part = taggerContradiction(context, { ...merkel, start, end: start + 6, text: "Merkel", type: "FAC", source: "rule" });
        return mentions;
      },
    };
    expect(createEntityExtractor({ parsers: [createTaggerParser()], refiners: [peek] }).extract(TEXT, { resolve: false }).messages).toEqual([]);
    expect(got.same).toBeGreaterThan(-Infinity);
    expect(got.part).toBe(-Infinity);
  });
});

describe("arbitration refiner", () => {
  it("undoes a rule's name where the tagger is sure there is none, only for rules with a threshold", () => {
    const arbitrated = createEntityExtractor({ parsers: [createTaggerParser(), ruleOn("Monday")], refiners: [createOverlapRefiner(), createArbitrationRefiner({ margins: { rule: 0 } })] });
    expect(show(arbitrated.extract(TEXT, { resolve: false }).mentions)).not.toContain("Monday/ORG/rule");
    const unlisted = createEntityExtractor({ parsers: [createTaggerParser(), ruleOn("Monday")], refiners: [createOverlapRefiner(), createArbitrationRefiner({ margins: {} })] });
    expect(show(unlisted.extract(TEXT, { resolve: false }).mentions)).toContain("Monday/ORG/rule");
  });

  it("puts the tagger's mention back when a rule retyped it against a confident tagger", () => {
    const undone = createEntityExtractor({ parsers: [createTaggerParser()], refiners: [retyper, createArbitrationRefiner({ margins: { retyper: 0 } })] });
    expect(show(undone.extract(TEXT, { resolve: false }).mentions)).toContain("Angela Merkel/PERSON/tagger");
    // A threshold above the tagger's margin leaves the rule's answer.
    const kept = createEntityExtractor({ parsers: [createTaggerParser()], refiners: [retyper, createArbitrationRefiner({ margins: { retyper: 1e9 } })] });
    expect(show(kept.extract(TEXT, { resolve: false }).mentions)).toContain("Angela Merkel/GPE/retyper");
  });

  it("does nothing without the tagger", () => {
    const r = createEntityExtractor({ parsers: [ruleOn("Monday")], refiners: [createArbitrationRefiner({ margins: { rule: -Infinity } })] }).extract(TEXT, { resolve: false });
    expect(show(r.mentions)).toEqual(["Monday/ORG/rule"]);
  });
});

describe("filter with the tagger's margins", () => {
  it("keeps a title word the tagger is sure names an organisation, not one that starts a title", () => {
    expect(show(extractEntities("Officials said the Army had withdrawn from the town.", { resolve: false }).mentions)).toContain("Army/ORG/tagger");
    const r = extractEntities("Marine Gen. Michael Langley visited Benin.", { resolve: false });
    expect(r.mentions.map((m) => m.text)).not.toContain("Marine");
    expect(r.mentions.map((m) => m.text)).toContain("Michael Langley");
  });

  it("keeps a lower-case place the tagger is sure of, and still drops lower-case words it is not", () => {
    const r = extractEntities("we flew to san francisco and then to chicago last week .", { resolve: false });
    expect(show(r.mentions)).toContain("chicago/GPE/tagger");
    expect(extractEntities("the army said the president would speak .", { resolve: false }).mentions).toEqual([]);
  });

  it("in a sentence with no capital at all, keeps the lower-case names the tagger typed, not in a cased one", () => {
    expect(show(extractEntities("just landed in new york , heading to brooklyn tomorrow", { resolve: false }).mentions)).toContain("new york/GPE/tagger");
    const cased = extractEntities("Just landed in new york , heading to Brooklyn tomorrow", { resolve: false }).mentions.map((m) => m.text);
    expect(cased).not.toContain("new york");
    expect(cased).toContain("Brooklyn");
  });
});
