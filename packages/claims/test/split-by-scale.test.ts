import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { QuantityItem } from "../src/grouping/quantity-item.js";
import { OUT_OF_SCALE_RATIO, splitByScale, withinScale } from "../src/grouping/split-by-scale.js";

/** A bare item: a figure (or none) in a document. */
function item(docId: string, value: number | undefined, i: number): QuantityItem {
  return {
    claim: { id: `${docId}#${i}`, kind: "quantity", docId, start: i, end: i + 1, text: String(value), quantity: value === undefined ? { relation: "range" } : { relation: "eq", value } },
    measure: { keys: ["k"], strong: true, context: "count|?|?", label: "k", revision: false, limit: false, words: new Set(), figureKey: "same:count:k" },
    interval: { min: null, max: null, minOpen: false, maxOpen: false },
    nat: undefined,
  } as unknown as QuantityItem;
}

/** The rule as first written (quadratic): a member stays when some member of another document is less than ten times away. */
function naive(members: readonly QuantityItem[]): QuantityItem[] {
  const f = (m: QuantityItem) => m.claim.quantity?.value;
  const ratio = (a: number | undefined, b: number | undefined) => (a === undefined || b === undefined || a === b ? 1 : a <= 0 || b <= 0 ? Infinity : Math.max(a, b) / Math.min(a, b));
  return members.filter((m) => members.some((n) => n.claim.docId !== m.claim.docId && ratio(f(m), f(n)) < OUT_OF_SCALE_RATIO));
}

describe("withinScale (the out-of-scale filter, linear after a sort)", () => {
  it("keeps exactly the members the quadratic rule keeps", () => {
    const arb = fc.array(fc.tuple(fc.constantFrom("a", "b", "c", "d"), fc.option(fc.oneof(fc.integer({ min: -5, max: 5 }), fc.integer({ min: 1, max: 100_000 })), { nil: undefined })), { maxLength: 40 });
    fc.assert(
      fc.property(arb, (spec) => {
        const members = spec.map(([d, v], i) => item(d, v, i));
        expect(withinScale(members)).toEqual(naive(members));
      }),
      { numRuns: 500, seed: 7 },
    );
  });
  it("drops a figure ten times away from every other document's and keeps close ones", () => {
    const members = [item("a", 100, 0), item("b", 25_000, 1), item("c", 24_000, 2), item("a", 23_000, 3)];
    expect(withinScale(members).map((m) => m.claim.text)).toEqual(["25000", "24000", "23000"]);
  });
});

describe("splitByScale: a figure far from a value two documents give (ECB+ development set)", () => {
  /** An item with a closed interval at its figure. */
  const at = (docId: string, value: number, i: number) => ({ ...item(docId, value, i), interval: { min: value, max: value, minOpen: false, maxOpen: false } }) as QuantityItem;

  it("leaves the group when it is two times away or more; a close figure stays and disagrees", () => {
    const far = splitByScale([at("a", 4, 0), at("b", 4, 1), at("c", 19, 2), at("c", 15, 3)]);
    expect(far.map((g) => g.map((m) => m.claim.text))).toEqual([["4", "4"]]);
    const close = splitByScale([at("a", 1000, 0), at("b", 1000, 1), at("c", 1100, 2)]);
    expect(close.map((g) => g.map((m) => m.claim.text))).toEqual([["1000", "1000", "1100"]]);
  });
});
