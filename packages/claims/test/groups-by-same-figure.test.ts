import { describe, expect, it } from "vitest";
import { groupQuantityItems } from "../src/grouping/group-quantity-items.js";
import { createItemPool, itemMeasure, type QuantityItem } from "../src/grouping/quantity-item.js";
import type { Claim } from "../src/schema.js";

const pool = createItemPool();
const WORDS = ["handful", "people", "including", "inside", "church", "fire"];

/** A count of `value` in document `docId`, under `key` and `context`, said with `words` and the phrase word `child`. */
function item(docId: string, value: number, key: string, context: string, words = WORDS): QuantityItem {
  const claim = { id: `${docId}#${key}`, docId, kind: "quantity", start: 0, end: 12, text: `${value} children`, quantity: { relation: "eq", value, unit: "children" } } as unknown as Claim;
  return {
    claim,
    measure: itemMeasure({ keys: [key], strong: true, context, label: "children", revision: false, limit: false, words: new Set(words), phrase: new Set(["child"]), figureKey: `same:count:${value}` }, pool),
    interval: { min: value, max: value, minOpen: false, maxOpen: false },
    nat: undefined,
  };
}

const docsOf = (groups: QuantityItem[][]) => groups.map((g) => g.map((it) => it.claim.docId).sort());

describe("groups holding the same figure said in the same words are one group", () => {
  it("two groups of `two children` (kept apart by their year) become one", () => {
    const groups = groupQuantityItems([item("a", 2, "noun:child", "count|?|2008|?"), item("b", 2, "noun:child", "count|?|2008|?"), item("c", 2, "noun:kid", "count|?|?|?"), item("d", 2, "noun:kid", "count|?|?|?")]);
    expect(docsOf(groups)).toEqual([["a", "b", "c", "d"]]);
  });
  it("not when the merged figures would disagree", () => {
    const groups = groupQuantityItems([item("a", 2, "noun:child", "count|?|2008|?"), item("b", 2, "noun:child", "count|?|2008|?"), item("b", 3, "noun:child", "count|?|2008|?"), item("c", 2, "noun:kid", "count|?|?|?"), item("d", 2, "noun:kid", "count|?|?|?")]);
    expect(docsOf(groups)).toEqual([["a", "b", "b"], ["c", "d"]]);
  });
  it("not when the figures' own phrases share no word, however many sentence words they share (`four men` / `a four-by-four car`)", () => {
    const noPhrase = (docId: string, key: string) => {
      const it = item(docId, 2, key, "count|?|?|?");
      const phrase = itemMeasure({ keys: [key], strong: true, context: it.measure.context, label: "children", revision: false, limit: false, words: new Set(), phrase: new Set([key.slice(5)]), figureKey: it.measure.figureKey }, pool);
      return { ...it, measure: { ...it.measure, phraseFrom: phrase.phraseFrom, phraseTo: phrase.phraseTo } };
    };
    const groups = groupQuantityItems([noPhrase("a", "noun:man"), noPhrase("b", "noun:man"), noPhrase("c", "noun:car"), noPhrase("d", "noun:car")]);
    expect(docsOf(groups)).toEqual([["a", "b"], ["c", "d"]]);
  });
});
