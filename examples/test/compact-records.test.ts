import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { loadCorpus } from "@newsparse/corpus-loader/node";
import { resolve } from "node:path";
import { analyzeCorpus } from "../src/index.js";
import { compactResult } from "../src/pipeline/compact-result.js";
import { packResult } from "../src/pipeline/packed-result.js";
import { analyzeDocument } from "../src/pipeline/document-stage.js";
import { reduceCorpus } from "../src/pipeline/reduce-corpus.js";
import { rotateText, shiftTimexValue, synthesise } from "../src/cli/synthetic-records.js";

const corpus = resolve(import.meta.dirname, "../corpus/niger-2024");

describe("compact per-document records", () => {
  it("interned and released records give the same analysis as analyzeCorpus, and the results are left empty", async () => {
    const { documents } = await loadCorpus(corpus);
    const reference = JSON.stringify(analyzeCorpus(documents));
    const pool = new Map<string, string>();
    // a round trip through JSON, as results crossing a thread or process boundary have their own strings
    const results = documents.map((d) => compactResult(JSON.parse(JSON.stringify(analyzeDocument(d))), pool));
    expect(pool.size).toBeGreaterThan(0);
    expect(JSON.stringify(reduceCorpus(documents, results, { release: true }))).toBe(reference);
    expect(results.every((r) => r.mentions.length === 0 && r.claims.length === 0 && r.timexes === undefined)).toBe(true);
    // packed: mentions and claims held as bytes until read
    const packed = documents.map((d) => packResult(compactResult(analyzeDocument(d), pool), pool));
    expect(JSON.stringify(packed[0]!.mentions)).toBe(JSON.stringify(analyzeDocument(documents[0]!).mentions));
    expect(JSON.stringify(reduceCorpus(documents, packed, { release: true }))).toBe(reference);
    expect(packed.every((r) => r.mentions.length === 0 && r.claims.length === 0)).toBe(true);
  }, 180_000);
});

describe("synthetic records of the stage bench", () => {
  it("rotates names and numbers without changing any length, and a word-aligned slice rotates to the slice of the rotated text", () => {
    const word = fc.oneof(fc.constantFrom("Niger", "Bazoum", "Niamey", "April", "The", "said", "troops", "2024", "1,100", "13", "U.S.", "“quoted”"), fc.stringMatching(/^[A-Za-z0-9]{1,8}$/));
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 12 }), fc.integer({ min: 0, max: 300 }), fc.nat(), fc.nat(), (words, variant, a, b) => {
        const text = words.join(" ");
        const rotated = rotateText(text, variant);
        expect(rotated.length).toBe(text.length);
        // word boundaries: starts of words and ends of words
        const starts = words.map((_, i) => words.slice(0, i).join(" ").length + (i > 0 ? 1 : 0));
        const i = a % words.length;
        const j = i + (b % (words.length - i));
        const start = starts[i]!;
        const end = starts[j]! + words[j]!.length;
        expect(rotateText(text.slice(start, end), variant)).toBe(rotated.slice(start, end));
      }),
    );
    expect(rotateText("Bazoum said 2024", 0)).toBe("Bazoum said 2024");
    expect(rotateText("In April 2024 Bazoum counted 1,100 troops", 3)).toMatch(/^In April 2024 [A-Z][a-z]{5} counted 1,103 troops$/);
  });

  it("moves days and ISO weeks by whole weeks and leaves coarser values", () => {
    expect(shiftTimexValue("2024-12-30", 1)).toBe("2025-01-06");
    expect(shiftTimexValue("2024-04-13TNI", 2)).toBe("2024-04-27TNI");
    expect(shiftTimexValue("2024-W52-WE", 1)).toBe("2025-W01-WE");
    expect(shiftTimexValue("2024-W15", 3)).toBe("2024-W18");
    expect(shiftTimexValue("2024-04", 5)).toBe("2024-04");
    expect(shiftTimexValue("P4M", 5)).toBe("P4M");
  });

  it("keeps every record's text equal to its slice of the synthesised text", async () => {
    const { documents } = await loadCorpus(corpus);
    const base = documents.slice(0, 3).map((document) => ({ document, result: analyzeDocument(document) }));
    for (const index of [0, 4, 7, 3 * 53 + 1]) {
      const { document, result } = synthesise(base, index);
      expect(document.id).toBe(`s${index}`);
      expect(result.docId).toBe(document.id);
      expect(result.mentions.length).toBeGreaterThan(0);
      for (const m of result.mentions) {
        expect(m.docId).toBe(document.id);
        expect(document.text.slice(m.start, m.end)).toBe(m.text);
      }
      for (const c of result.claims) {
        expect(c.id.startsWith(`${document.id}#`)).toBe(true);
        expect(document.text.slice(c.start, c.end)).toBe(c.text);
      }
      for (const t of result.timexes?.timexes ?? []) expect(document.text.slice(t.start, t.end)).toBe(t.text);
    }
  });
});
