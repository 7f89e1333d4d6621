import fc from "fast-check";
import { afterEach, describe, expect, it } from "vitest";
import { extractFeatures, nameRunFeaturesEnabled, setNameRunFeatures } from "../src/tagger/features.js";
import { FLAG_HEADLINE, MAX_FEATURES, T } from "../src/tagger/feature-templates.js";
import { hashString, mixKey } from "../src/tagger/hash.js";

/** Feature keys of every token of a sentence (no clusters), with the name-run features on or off. */
function keysOf(words: string[], on: boolean, flags = new Uint8Array(words.length)): number[][] {
  const was = nameRunFeaturesEnabled();
  setNameRunFeatures(on);
  try {
    const n = words.length;
    const out = new Int32Array(n * MAX_FEATURES);
    const counts = new Uint8Array(n);
    extractFeatures(words, flags, undefined, out, counts);
    return words.map((_w, i) => Array.from(out.subarray(i * MAX_FEATURES, i * MAX_FEATURES + counts[i]!)));
  } finally {
    setNameRunFeatures(was);
  }
}

const head = (word: string, pos: number): number => mixKey(T.runHead, hashString(word.toLowerCase()), pos);

describe("name-run features", () => {
  const initial = nameRunFeaturesEnabled();
  afterEach(() => setNameRunFeatures(initial));

  it("give every word of a capitalised run its head word, first word, length and position", () => {
    const words = ["Shares", "of", "Halvorsen", "Energy", "Holdings", "rose", "."];
    const on = keysOf(words, true);
    const off = keysOf(words, false);
    // `Shares` is a run of one word, `of`, `rose` and `.` are in none: no extra keys.
    for (const i of [0, 1, 5, 6]) expect(on[i]).toEqual(off[i]);
    for (const [i, pos] of [[2, 0], [3, 1], [4, 2]] as const) {
      expect(on[i]!.slice(0, off[i]!.length)).toEqual(off[i]);
      expect(on[i]!.slice(off[i]!.length)).toEqual([
        head("Holdings", pos),
        mixKey(T.runFirst, hashString("halvorsen"), pos),
        mixKey(T.runShape, 3, pos),
      ]);
    }
  });

  it("are not written in headlines, and a run of two words is its own head's first and last", () => {
    const words = ["Baltic", "Wind", "Wins", "Contract"];
    const headline = new Uint8Array(words.length).fill(FLAG_HEADLINE);
    expect(keysOf(words, true, headline)).toEqual(keysOf(words, false, headline));
    const twoWords = keysOf(["at", "Baltic", "Wind"], true);
    expect(twoWords[1]).toContain(head("Wind", 0));
    expect(twoWords[2]).toContain(head("Wind", 2));
  });

  it("only ever add keys after the old ones, and stay within MAX_FEATURES", () => {
    const word = fc.oneof(fc.constantFrom("The", "Bank", "of", "U.S.", "al-Qaeda", "(", "1,000", "Élise", "x"), fc.string({ maxLength: 6 }));
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 12 }), (ws) => {
        const on = keysOf(ws, true);
        const off = keysOf(ws, false);
        ws.forEach((_w, i) => {
          expect(on[i]!.slice(0, off[i]!.length)).toEqual(off[i]);
          expect(on[i]!.length - off[i]!.length === 0 || on[i]!.length - off[i]!.length === 3).toBe(true);
          expect(on[i]!.length).toBeLessThanOrEqual(MAX_FEATURES);
        });
      }),
      { numRuns: 300 },
    );
  });
});
