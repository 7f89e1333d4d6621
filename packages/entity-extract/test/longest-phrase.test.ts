import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { longestPhrase, phraseFollowers, phraseLength, phraseValue } from "../src/tagger/longest-phrase.js";
import type { WordEntry } from "../src/tagger/word-entry.js";

const entries = (words: string[]): WordEntry[] => words.map((lower) => ({ lower }) as WordEntry);

describe("longestPhrase", () => {
  const values = new Map([
    ["new york", 4],
    ["new york times", 18],
    ["united nations", 16383],
  ]);
  const prefixes = new Set(["new york"]);

  it("returns the longest phrase's length and value, packed", () => {
    const match = longestPhrase(entries(["new", "york", "times", "said"]), 0, 4, values, prefixes);
    expect([phraseLength(match), phraseValue(match)]).toEqual([3, 18]);
  });

  it("stops at maxLen and keeps the longest match found so far", () => {
    const match = longestPhrase(entries(["new", "york", "times"]), 0, 2, values, prefixes);
    expect([phraseLength(match), phraseValue(match)]).toEqual([2, 4]);
  });

  it("returns length 0 and value 0 when nothing matches, whatever the previous call found", () => {
    longestPhrase(entries(["united", "nations"]), 0, 2, values, prefixes);
    const match = longestPhrase(entries(["old", "york"]), 0, 2, values, prefixes);
    expect([phraseLength(match), phraseValue(match)]).toEqual([0, 0]);
  });

  it("round-trips every value below 2^22 and length below 256", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 22 - 1 }), fc.integer({ min: 2, max: 255 }), (value, length) => {
        const words = Array.from({ length }, (_, i) => `w${i}`);
        const phrase = words.join(" ");
        const allPrefixes = new Set(words.slice(2).map((_, i) => words.slice(0, i + 2).join(" ")));
        const match = longestPhrase(entries(words), 0, length, new Map([[phrase, value]]), allPrefixes);
        expect([phraseLength(match), phraseValue(match)]).toEqual([length, value]);
      }),
      { numRuns: 50 },
    );
  });

  it("still finds a phrase when a token holds a space, whatever the followers say", () => {
    const table = new Map([["new york times", 18]]);
    const none = new Set<string>();
    expect(phraseLength(longestPhrase(entries(["new york", "times"]), 0, 2, table, new Set(["new york"]), none))).toBe(2);
    expect(phraseLength(longestPhrase(entries(["new", "york times"]), 0, 2, table, new Set(["new york"]), none))).toBe(2);
    expect(phraseLength(longestPhrase(entries(["new", "times"]), 0, 2, table, new Set(["new york"]), phraseFollowers(table).get("new")!))).toBe(0);
  });

  it("gives the same answer with the first word's followers as without them (the followers only skip work)", () => {
    const vocabulary = ["new", "york", "times", "city", "new york", "york times"];
    const word = fc.constantFrom(...vocabulary);
    const phrase = fc.array(word, { minLength: 1, maxLength: 4 }).map((w) => w.join(" "));
    fc.assert(
      fc.property(fc.uniqueArray(phrase, { maxLength: 12 }), fc.array(word, { minLength: 1, maxLength: 7 }), (phrases, sentence) => {
        const table = new Map(phrases.map((p, k) => [p, k + 1]));
        const prefixesOf = new Set<string>();
        for (const p of phrases) {
          const w = p.split(" ");
          for (let k = 2; k < w.length; k++) prefixesOf.add(w.slice(0, k).join(" "));
        }
        const followers = phraseFollowers(table);
        const tokens = entries(sentence);
        for (let i = 0; i < sentence.length; i++) {
          const maxLen = sentence.length - i;
          const plain = longestPhrase(tokens, i, maxLen, table, prefixesOf);
          const fast = longestPhrase(tokens, i, maxLen, table, prefixesOf, followers.get(sentence[i]!) ?? new Set());
          expect(fast).toBe(plain);
        }
      }),
      { numRuns: 200 },
    );
  });
});
