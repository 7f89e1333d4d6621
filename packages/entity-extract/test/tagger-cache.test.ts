import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { InvalidModelError } from "../src/errors.js";
import { getShippedModel, parseClusters } from "../src/tagger/load-model.js";
import { decodeModel } from "../src/tagger/model-codec.js";
import { tagSentence } from "../src/tagger/tag-sentence.js";
import { WORD_CACHE_SIZE } from "../src/tagger/word-entry.js";

/** The plain definition `parseClusters` replaced (split per line and per tab). */
function parseClustersBySplit(tsv: string): { fine: Map<string, number>; coarse: Map<string, number> } | undefined {
  if (!tsv) return undefined;
  const fine = new Map<string, number>();
  const coarse = new Map<string, number>();
  for (const line of tsv.split("\n")) {
    const [w, f, c] = line.split("\t");
    if (!w || f === undefined || c === undefined) continue;
    fine.set(w, Number(f));
    coarse.set(w, Number(c));
  }
  return { fine, coarse };
}

const entries = (c: ReturnType<typeof parseClustersBySplit>) => (c ? [[...c.fine], [...c.coarse]] : undefined);

describe("tagger caches", () => {
  it("parseClusters reads what a split per line and tab reads", () => {
    const field = fc.oneof(fc.nat({ max: 100_000 }).map(String), fc.constantFrom("", "-3", "07", "1e2", " 4", "x", "12345678901", "0x1f"));
    const line = fc.tuple(fc.constantFrom("word", "U.S.", "", "é", "a b"), field, field, fc.constantFrom("", "\t", "\t9")).map(([w, f, c, rest]) => `${w}\t${f}\t${c}${rest}`);
    const text = fc.array(fc.oneof(line, fc.constantFrom("", "w", "w\t1", "\t1\t2")), { maxLength: 8 }).map((ls) => ls.join("\n"));
    fc.assert(fc.property(fc.oneof(text, fc.string({ maxLength: 20 })), (t) => {
      expect(entries(parseClusters(t))).toEqual(entries(parseClustersBySplit(t)));
    }), { numRuns: 2000 });
  });

  it("decodes the weights the same from an unaligned copy, and names a truncated model", () => {
    const file = readFileSync(new URL("../src/tagger/model.bin", import.meta.url));
    const length = new DataView(file.buffer, file.byteOffset).getUint32(4, true);
    const aligned = decodeModel(file.subarray(8, 8 + length).slice(), undefined);
    const shifted = new Uint8Array(length + 1);
    shifted.set(file.subarray(8, 8 + length), 1);
    const unaligned = decodeModel(shifted.subarray(1), undefined);
    expect(Array.from(unaligned.table)).toEqual(Array.from(aligned.table));
    expect(Array.from(unaligned.entries)).toEqual(Array.from(aligned.entries));
    expect(Array.from(unaligned.transitions)).toEqual(Array.from(aligned.transitions));
    expect(() => decodeModel(file.subarray(8, 8 + length - 1).slice(), undefined)).toThrow(InvalidModelError);
  });

  it("tags a sentence the same after the word cache and the score-vector arena have started again", () => {
    const model = getShippedModel();
    const words = "Halvorsen Energy said on Monday that Baltic Wind chief executive Anna Berg would meet analysts in Oslo .".split(" ");
    const flags = new Uint8Array(words.length);
    flags[0] = 1;
    const copy = (r: ReturnType<typeof tagSentence>) => ({ labels: Array.from(r.labels), confidence: Array.from(r.confidence), margin: Array.from(r.margin) });
    const before = copy(tagSentence(model, words, flags));
    expect(before.labels.some((l) => l !== 0)).toBe(true);
    // More distinct words than the word cache and the arena hold, in sentences of 100.
    const total = WORD_CACHE_SIZE + 10_000;
    for (let start = 0; start < total; start += 100) {
      const batch = Array.from({ length: 100 }, (_, k) => `Zq${(start + k).toString(36)}`);
      tagSentence(model, batch, new Uint8Array(100));
      if (start === 30_000) expect(copy(tagSentence(model, words, flags))).toEqual(before); // cached vectors, mid-way
    }
    expect(copy(tagSentence(model, words, flags))).toEqual(before);
  }, 60_000);
});
