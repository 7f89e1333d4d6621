import fc from "fast-check";
import { describe, expect, it } from "vitest";
import * as boilerplateLexicon from "../src/boilerplate/lexicon.js";
import { duplicateEntries, wordAlternation } from "../src/index.js";

describe("word lists as data", () => {
  it.each(Object.entries(boilerplateLexicon))("boilerplate list %s has no duplicate entries", (_name, list) => {
    expect(duplicateEntries(list as readonly string[])).toEqual([]);
  });
  it("duplicateEntries finds repeats case-insensitively", () => {
    expect(duplicateEntries(["Monday", "friday", "monday", "FRIDAY", "x"])).toEqual(["monday", "friday"]);
  });
});

describe("wordAlternation", () => {
  it("matches exactly the listed words and phrases, longest first, with special characters escaped", () => {
    const re = new RegExp(`^${wordAlternation(["new york", "new york city", "a.m.", "c++", "new york"])}$`);
    expect(re.source).toBe("^(?:new york city|new york|a\\.m\\.|c\\+\\+)$");
    expect(re.test("new york city")).toBe(true);
    expect(re.test("a.m.")).toBe(true);
    expect(re.test("axmx")).toBe(false);
    expect(re.test("c++")).toBe(true);
  });
  it("property: a built pattern matches a string exactly when it is in the list", () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.string({ minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 8 }), fc.string({ maxLength: 6 }), (words, probe) => {
        const re = new RegExp(`^${wordAlternation(words)}$`, "u");
        for (const w of words) expect(re.test(w)).toBe(true);
        expect(re.test(probe)).toBe(words.includes(probe));
      }),
    );
  });
});
