import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { mentionWith, newMention } from "../src/pipeline/mention-shape.js";
import type { Mention } from "../src/schema.js";

const value = fc.oneof(fc.string(), fc.integer(), fc.double({ noNaN: true }), fc.constant(undefined), fc.array(fc.string(), { maxLength: 2 }));
const optional = fc.dictionary(fc.constantFrom("refersTo", "roles", "entityId", "x"), value);
const extraKeys = fc.dictionary(fc.constantFrom("docId", "start", "end", "text", "type", "confidence", "source", "flags", "refersTo", "roles", "entityId", "x"), value);

function same(got: object, want: object): void {
  expect(Object.keys(got)).toEqual(Object.keys(want));
  expect(Object.values(got)).toEqual(Object.values(want));
  expect(JSON.stringify(got)).toBe(JSON.stringify(want));
}

describe("mentionWith", () => {
  it("gives the keys, order and values of `{ ...m, ...extra }` for a pipeline mention with optional keys", () => {
    fc.assert(
      fc.property(optional, extraKeys, (rest, extra) => {
        const m = Object.assign(newMention("d", 1, 4, "abc", "ORG", 0.5, "p", ["f"]), rest) as Mention;
        same(mentionWith(m, extra as Partial<Mention>), { ...m, ...extra });
      }),
      { numRuns: 500 },
    );
  });

  it("leaves out the omitted key as `const { refersTo, ...rest } = m; { ...rest, ...extra }` does", () => {
    fc.assert(
      fc.property(optional, extraKeys, (restKeys, extra) => {
        const m = Object.assign(newMention("d", 1, 4, "abc", "ORG", 0.5, "p", []), restKeys) as Mention;
        const { refersTo: _r, ...rest } = m;
        same(mentionWith(m, extra as Partial<Mention>, "refersTo"), { ...rest, ...extra });
      }),
      { numRuns: 300 },
    );
  });

  it("copies a mention with keys in another order (a user's refiner) key by key, with and without an omitted key", () => {
    fc.assert(
      fc.property(extraKeys, extraKeys, (base, extra) => {
        const m = base as unknown as Mention;
        same(mentionWith(m, extra as Partial<Mention>), { ...m, ...extra });
        const { refersTo: _r, ...rest } = m;
        same(mentionWith(m, extra as Partial<Mention>, "refersTo"), { ...rest, ...extra });
      }),
      { numRuns: 500 },
    );
  });
});
