import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseDocument } from "@newsparse/corpus-loader";
import { prepareDocument } from "../src/index.js";
import { TokenOffsets } from "../src/pipeline/token-offsets.js";

const PIECES = ["The", "Niger", "’s", "junta", "said", ".", " ", "  ", "\n", "“", "”", "U.S.", "Mr.", "(CNSP)", "😀", "-", "Bazoum", "\u00a0", "\u0000"];
const newsy = fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }).map((parts) => parts.join(""));

/** The two maps as they were built before: every token's start (end) mapped to its index. */
function eager(tokens: readonly { start: number; end: number }[]): { starts: Map<number, number>; ends: Map<number, number> } {
  const starts = new Map<number, number>();
  const ends = new Map<number, number>();
  tokens.forEach((t, i) => {
    starts.set(t.start, i);
    ends.set(t.end, i);
  });
  return { starts, ends };
}

describe("token offsets of a prepared document", () => {
  it("answers get and has at every offset as a Map of every token's offsets does", () => {
    fc.assert(
      fc.property(newsy, (text) => {
        const context = prepareDocument(parseDocument(text, { id: "d" }));
        const { starts, ends } = eager(context.tokens);
        for (let x = -1; x <= text.length + 1; x++) {
          expect(context.tokenAtStart.get(x)).toBe(starts.get(x));
          expect(context.tokenAtEnd.get(x)).toBe(ends.get(x));
          expect(context.tokenAtStart.has(x)).toBe(starts.has(x));
          expect(context.tokenAtEnd.has(x)).toBe(ends.has(x));
        }
      }),
      { numRuns: 300 },
    );
  });

  it("is an ordinary Map once iterated or changed", () => {
    const context = prepareDocument(parseDocument("Mohamed Bazoum met officials in Niamey.", { id: "d" }));
    const { starts } = eager(context.tokens);
    const index = context.tokenAtStart;
    expect(index).toBeInstanceOf(Map);
    expect(index.size).toBe(starts.size);
    expect([...index]).toEqual([...starts]);
    expect([...index.keys()]).toEqual([...starts.keys()]);
    const seen: [number, number][] = [];
    index.forEach((v, k) => seen.push([k, v]));
    expect(seen).toEqual([...starts.entries()]);
    index.set(1000, 99);
    expect(index.get(1000)).toBe(99);
    expect(index.delete(0)).toBe(true);
    expect(index.get(0)).toBeUndefined();
    expect(index.get(8)).toBe(starts.get(8));
    index.clear();
    expect(index.size).toBe(0);
    expect(index.get(8)).toBeUndefined();
  });

  it("can be changed before it is read", () => {
    const tokens = [{ start: 0, end: 3 }, { start: 4, end: 9 }];
    const ends = new TokenOffsets(tokens, "end");
    ends.set(20, 5);
    expect([...ends]).toEqual([[3, 0], [9, 1], [20, 5]]);
    expect(new TokenOffsets([], "start").get(0)).toBeUndefined();
  });
});
