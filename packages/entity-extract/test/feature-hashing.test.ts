import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { extractFeatures } from "../src/tagger/features.js";
import { MAX_FEATURES, roleKey, roleKeyCount, roleKeys } from "../src/tagger/feature-templates.js";
import type { WordEntry } from "../src/tagger/word-entry.js";
import { wordShape, wordShapeHash } from "../src/tagger/word-shape.js";
import { hashString } from "../src/tagger/hash.js";
import { getShippedModel } from "../src/tagger/load-model.js";

// The speed-ups of the cache-miss path compute the same keys without building strings or arrays:
// these properties pin them to the plain definitions the shipped model was trained with.
const words = fc.oneof(fc.string({ maxLength: 12 }), fc.string({ unit: "grapheme", maxLength: 8 }), fc.string({ unit: "binary", maxLength: 8 }), fc.constantFrom("U.S.", "Mr.", "Niamey", "al-Qaeda", "ÉCOLE", "ǅemal", "İstanbul", "😀x", "1,000", "\u0000"));

describe("feature hashing without intermediate strings", () => {
  it("wordShapeHash equals hashString(wordShape(w))", () => {
    fc.assert(fc.property(words, (w) => wordShapeHash(w) === hashString(wordShape(w))), { numRuns: 3000 });
  });

  it("roleKey gives the keys of roleKeys in order", () => {
    const clusters = getShippedModel()?.clusters;
    fc.assert(
      fc.property(fc.array(words, { minLength: 1, maxLength: 6 }), (ws) => {
        const entries: WordEntry[] = [];
        const n = ws.length;
        extractFeatures(ws, new Uint8Array(n), clusters, new Int32Array(n * MAX_FEATURES), new Uint8Array(n), entries, new Uint8Array(n));
        for (const e of entries) {
          for (const hasClusters of [true, false]) {
            for (let role = 1; role < 5; role++) {
              const expected = roleKeys(e, role, hasClusters);
              const got = Array.from({ length: roleKeyCount(e, role, hasClusters) }, (_, k) => roleKey(e, role, k));
              expect(got).toEqual(expected);
            }
            expect(roleKeyCount(e, 0, hasClusters)).toBe(roleKeys(e, 0, hasClusters).length);
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});
