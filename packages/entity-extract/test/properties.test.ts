import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Entity, extractEntities, Mention, tokenize } from "../src/index.js";

function checkOffsets(text: string): void {
  const r = extractEntities(text, { docId: "p" });
  // A built-in parser or refiner that miscounts an offset or throws shows here: the run loop turns it into a message.
  expect(r.messages.filter((m) => ["invalid-span", "parser-failed", "refiner-failed"].includes(m.ruleId))).toEqual([]);
  for (const m of r.mentions) {
    expect(m.start).toBeGreaterThanOrEqual(0);
    expect(m.end).toBeGreaterThan(m.start);
    expect(m.end).toBeLessThanOrEqual(text.length);
    expect(text.slice(m.start, m.end)).toBe(m.text);
  }
}

describe("hostile input", () => {
  it("handles the empty string", () => {
    expect(extractEntities("")).toEqual({ mentions: [], entities: [], messages: [] });
  });

  it("never throws and keeps exact offsets on arbitrary strings", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 300 }), (s) => {
        checkOffsets(s);
      }),
      { numRuns: 150 },
    );
    // A ceiling, not a speed check: 150 runs take about 1 s on an idle machine and over 4 s on a loaded 2-core one.
  }, 30_000);

  it("never throws on word-like input mixing names, emoji, RTL and control characters", () => {
    const piece = fc.constantFrom(
      "Chris Maier", "Lt. Gen.", "U.S.", "(CNSP)", "Mr.", ", ", ". ", "\n\n", "😀", "👩‍👩‍👧", "مرحبا بالعالم", "שלום", "\u202e", "\u0000", "\u0007", "\ud800", "Niger’s", "’s", "-", "Col.-Maj.", "  ", "\t",
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 60 }), (parts) => {
        checkOffsets(parts.join(""));
      }),
      { numRuns: 200 },
    );
  });

  it("tokenizes with offsets that slice back to the text", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 200 }), (s) => {
        const { starts, ends } = tokenize(s);
        let last = 0;
        for (let i = 0; i < starts.length; i++) {
          expect(starts[i]!).toBeGreaterThanOrEqual(last);
          expect(ends[i]!).toBeGreaterThan(starts[i]!);
          last = ends[i]!;
        }
        expect(last).toBeLessThanOrEqual(s.length);
      }),
      { numRuns: 200 },
    );
  });

  it("returns on 1 MB of junk with valid, schema-valid output", () => {
    let s = "";
    let seed = 7;
    const alphabet = "ab AB.,()\n\u0000😀مx-’'Z1 Mr. Gen. ";
    while (s.length < 1_000_000) {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      s += alphabet[seed % alphabet.length];
    }
    const r = extractEntities(s, { docId: "junk" });
    for (const m of r.mentions.slice(0, 2000)) {
      Mention.parse(m);
      expect(s.slice(m.start, m.end)).toBe(m.text);
    }
    for (const e of r.entities.slice(0, 200)) Entity.parse(e);
  }, 120_000);

  it("handles a long run without separators", () => {
    checkOffsets("A".repeat(100_000));
    checkOffsets("Ab ".repeat(30_000));
    checkOffsets("(AB) ".repeat(10_000));
    // A ceiling, not a speed check (about 1 s idle; over 5 s on a loaded 2-core machine).
  }, 30_000);
});
