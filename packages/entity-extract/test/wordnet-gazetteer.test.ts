import { describe, expect, it } from "vitest";
import { getWordnetGazetteer } from "../src/lexicon/wordnet-gazetteer.js";
import { WORDNET_TYPES } from "../src/lexicon/wordnet-gazetteer-data.js";
import { setWordnetFeatures, wordnetCodesOf } from "../src/tagger/wordnet-codes.js";

const bit = (t: (typeof WORDNET_TYPES)[number]): number => 1 << WORDNET_TYPES.indexOf(t);
const typesOf = (name: string): string[] => {
  const m = getWordnetGazetteer().masks.get(name) ?? 0;
  return WORDNET_TYPES.filter((_, k) => m & (1 << k));
};

describe("WordNet gazetteer", () => {
  it("types instance nouns and proper-noun classes by their hypernyms", () => {
    expect(typesOf("battle of hastings")).toEqual(["EVENT"]);
    expect(typesOf("abraham lincoln")).toEqual(["PER"]);
    expect(typesOf("new york")).toContain("GPE");
    expect(typesOf("nile")).toEqual(["LOC"]);
    expect(typesOf("republican party")).toEqual(["ORG"]);
    expect(typesOf("buddhism")).toEqual(["NORP"]);
    // A name with several senses has all their types: the city and the president.
    expect(typesOf("lincoln")).toEqual(expect.arrayContaining(["PER", "GPE"]));
    // Common nouns are not names.
    expect(typesOf("dutch oven")).toEqual([]);
    expect(typesOf("city")).toEqual([]);
  });

  it("knows every proper prefix of a multi-word name", () => {
    const { masks, prefixes, maxWords } = getWordnetGazetteer();
    expect(prefixes.has("battle of")).toBe(true);
    expect(maxWords).toBeGreaterThanOrEqual(4);
    for (const name of [...masks.keys()].slice(0, 2000)) {
      const words = name.split(" ");
      for (let k = 1; k < words.length; k++) expect(prefixes.has(words.slice(0, k).join(" "))).toBe(true);
    }
  });
});

describe("WordNet features", () => {
  it("mark the longest name with its type mask and B/I/L/U position", () => {
    const codes = wordnetCodesOf(["He", "fought", "at", "the", "Battle", "of", "Hastings", "with", "Abraham", "Lincoln", "."]);
    const ev = bit("EVENT") << 2;
    expect(codes.slice(4, 7)).toEqual([ev | 0, ev | 1, ev | 2]);
    expect(codes[8]! >> 2).toBe(bit("PER"));
    expect(codes[9]! & 3).toBe(2);
    expect(codes[0]).toBe(0);
    expect(codes[1]).toBe(0);
  });

  it("can be switched off (training script's --no-wordnet)", () => {
    const words = ["Abraham", "Lincoln", "visited", "Mars"];
    expect(wordnetCodesOf(words).every((c) => c === 0)).toBe(false);
    setWordnetFeatures(false);
    try {
      expect(wordnetCodesOf(words)).toEqual([0, 0, 0, 0]);
    } finally {
      setWordnetFeatures(true);
    }
  });
});
