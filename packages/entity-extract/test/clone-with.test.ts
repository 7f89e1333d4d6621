import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cloneWith } from "../src/pipeline/clone-with.js";

describe("cloneWith", () => {
  it("gives the keys, order and values of an object spread", () => {
    const record = fc.dictionary(fc.constantFrom("docId", "start", "end", "text", "type", "confidence", "flags", "refersTo", "roles", "entityId", "x"), fc.oneof(fc.string(), fc.integer(), fc.constant(undefined)));
    fc.assert(
      fc.property(record, record, (base, extra) => {
        const got = cloneWith(base, extra);
        const want = { ...base, ...extra };
        expect(Object.keys(got)).toEqual(Object.keys(want));
        expect(Object.values(got)).toEqual(Object.values(want));
        expect(JSON.stringify(got)).toBe(JSON.stringify(want));
      }),
      { numRuns: 500 },
    );
  });
});
