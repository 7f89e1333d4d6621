import fc from "fast-check";
import { parseDocument } from "@newsparse/corpus-loader";
import { describe, expect, it } from "vitest";
import { extractClaims, groupClaims, InvalidClaimsInputError } from "../src/index.js";
import { expectValidClaims } from "./helpers.js";

const pieces = ["“", "”", "\"", "‘", "’", " said ", " he ", ", ", ". ", "\n\n", "1,000", " about ", " more than ", "$", "%", " million ", "according to ", "the official", " Smith", "four", "-", "MQ-9", " told reporters ", "'", "«", "»", "Feb.1", ".5", "a.", "3.", "x1", "-", "/", "1/2", "twenty-", "a dozen"];
const newsy = fc.array(fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 6 })), { maxLength: 60 }).map((xs) => xs.join(""));

describe("properties", () => {
  it("any string: no throw, valid offsets, text.slice matches", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 300 }), fc.string({ unit: "binary", maxLength: 200 }), newsy), (text) => {
        const { claims } = extractClaims(text);
        expectValidClaims(claims, text);
        for (const c of claims) {
          expect(c.start).toBeGreaterThanOrEqual(0);
          expect(c.end).toBeLessThanOrEqual(text.length);
        }
        const d = parseDocument(text, { id: "x" });
        groupClaims(claims, { documents: [d] });
      }),
      { numRuns: 300 },
    );
  }, 30_000); // a generous bound for a loaded 2-core machine, not a speed check

  it("regression: a period between a word and a digit does not loop", () => {
    expect(extractClaims("(Jan. 27-Feb.1) six-day").claims.every((c) => c.end > c.start)).toBe(true);
  });

  it("hostile inputs complete", () => {
    const hostile = [
      "“".repeat(100_000),
      "\"".repeat(100_000),
      "1".repeat(100_000),
      "1,".repeat(50_000),
      "said ".repeat(20_000),
      "“a,” he said, ".repeat(5_000),
      "about more than ".repeat(10_000) + "5",
      "one ".repeat(20_000),
      "A. ".repeat(30_000),
      "according to ".repeat(10_000),
      // many one-word names before a colon, and dash signatures
      Array.from({ length: 5_000 }, (_, i) => `Name${String.fromCharCode(97 + (i % 26))}${String.fromCharCode(97 + ((i / 26) | 0) % 26)}: “x y z w.” `).join(""),
      "“a b c d.” — A (@b) C, ".repeat(5_000),
    ];
    for (const text of hostile) {
      const { claims } = extractClaims(text);
      expect(Array.isArray(claims)).toBe(true);
    }
  }, 120_000);

  it("rejects non-text input with a typed error", () => {
    expect(() => extractClaims(42 as unknown as string)).toThrow(InvalidClaimsInputError);
    expect(() => extractClaims([{}] as unknown as string)).toThrow(InvalidClaimsInputError);
    expect(() => extractClaims(null as unknown as string)).toThrow(InvalidClaimsInputError);
  });
});
