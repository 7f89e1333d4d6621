import fc from "fast-check";
import { parseDocument } from "@newsparse/corpus-loader";
import { describe, expect, it } from "vitest";
import { createMeasureReader, defaultLexicon, extractClaims, measureOf, singular } from "../src/index.js";
import { defaultMeasureFrames } from "../src/lexicon/measure-frames.js";
import { CLAUSE_OPENERS } from "../src/lexicon/measure-words.js";
import { createSentenceReader, readSentence } from "../src/grouping/sentence-reading.js";

const OPENERS = new Set(CLAUSE_OPENERS);

/** The clause of word `i` read by walking from it, as grouping did for each figure before the tables. */
function walkedClause(text: string, words: readonly { lower: string; start: number; end: number }[], i: number): { start: number; end: number; lastComma: number } {
  const between = (k: number) => text.slice(words[k - 1]!.end, words[k]!.start);
  const breakBefore = (k: number) => /[;:()\u2014\u2013]|\s-\s/.test(between(k)) || OPENERS.has(words[k]!.lower);
  let a = i;
  while (a > 0 && !breakBefore(a)) a--;
  let b = i;
  while (b + 1 < words.length && !breakBefore(b + 1)) b++;
  let c = i;
  while (c > 0 && !between(c).includes(",")) c--;
  return { start: a, end: b, lastComma: c > 0 ? c : -1 };
}

const PIECES = ["12", "soldiers", "who", "while", "said", "2019", "Niger", ",", ";", " - ", ":", "(", ")", "—", "and", "the", "people's"];

describe("a sentence read once for all its figures", () => {
  it("its clause tables give what walking from each word gives", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }), (pieces) => {
        const text = pieces.join(" ");
        const r = readSentence(text, 0, text.length, singular);
        r.words.forEach((_, i) => {
          const w = walkedClause(text, r.words, i);
          expect([r.clauseStart[i], r.clauseEnd[i], r.lastComma[i]]).toEqual([w.start, w.end, w.lastComma]);
        });
      }),
      { numRuns: 200 },
    );
  });

  it("measures are the same with one reader for the document as with a reading per figure", () => {
    const text = "Officials said 12 soldiers, who arrived in 2019, and 300 troops were killed; last year 4.5 million dollars and 27 rockets were spent, compared with 2010 when 15 people died.";
    const d = parseDocument(text, { id: "a" });
    const claims = extractClaims([d]).claims.filter((c) => c.kind === "quantity");
    expect(claims.length).toBeGreaterThan(3);
    const shared = createMeasureReader();
    for (const c of claims) expect(measureOf(c, d, defaultLexicon, defaultMeasureFrames, undefined, undefined, shared)).toEqual(measureOf(c, d, defaultLexicon, defaultMeasureFrames, undefined));
  });

  it("a reader reads a sentence once, and a document with the same id but another text afresh", () => {
    const read = createSentenceReader(singular);
    const a = parseDocument("Twelve soldiers left.", { id: "x" });
    const b = parseDocument("Thirty rockets fell.", { id: "x" });
    expect(read(a, 0, a.text.length)).toBe(read(a, 0, a.text.length));
    expect(read(b, 0, b.text.length).lowers).toEqual(["thirty", "rockets", "fell"]);
  });

  it("a reader keeps the current document's readings only: they are let go when another document is read", () => {
    const read = createSentenceReader(singular);
    const a = parseDocument("Twelve soldiers left. Nine came back.", { id: "a" });
    const b = parseDocument("Thirty rockets fell.", { id: "b" });
    const first = read(a, 0, 21);
    // another sentence of the same document, and a figure read alone in the first: both kept beside it
    const second = read(a, 22, a.text.length);
    const alone = read(a, 0, 6);
    expect(read(a, 0, 21)).toBe(first);
    expect(read(a, 22, a.text.length)).toBe(second);
    expect(read(a, 0, 6)).toBe(alone);
    expect(alone).not.toBe(first);
    read(b, 0, b.text.length);
    const again = read(a, 0, 21);
    expect(again).not.toBe(first);
    expect(again).toEqual(first);
  });
});
