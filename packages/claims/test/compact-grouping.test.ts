import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Entity } from "@newsparse/entity-extract";
import { createMentionTable } from "../src/mention-table.js";
import { indexPersons, personHolding } from "../src/grouping/person-index.js";
import { createItemPool, itemMeasure, sharedPhraseWords, sharedWords } from "../src/grouping/quantity-item.js";
import type { Measure } from "../src/grouping/measure-of.js";

const mention = fc.record({ docId: fc.constantFrom("a", "b", "c"), start: fc.integer({ min: 0, max: 60 }), length: fc.integer({ min: 1, max: 15 }) });
const entitiesOf = (lists: { docId: string; start: number; length: number }[][], types: boolean[]): Entity[] =>
  lists.map((ms, i) => ({ id: `e${i}`, type: types[i % types.length] ? "PERSON" : "ORG", name: `E${i}`, aliases: [], roles: [], mentions: ms.map((m) => ({ docId: m.docId, start: m.start, end: m.start + m.length, text: "x" })) }) as unknown as Entity);

describe("compact grouping records", () => {
  it("a mention table lists each document's mentions in entity order, as the lists of objects did", () => {
    fc.assert(
      fc.property(fc.array(fc.array(mention, { maxLength: 6 }), { maxLength: 8 }), fc.array(fc.boolean(), { minLength: 1, maxLength: 3 }), (lists, types) => {
        const entities = entitiesOf(lists, types);
        const keep = (e: Entity) => e.type === "PERSON";
        const table = createMentionTable(entities, { keep, sorted: true });
        for (const docId of ["a", "b", "c"]) {
          const expected = entities.flatMap((e, i) => (keep(e) ? e.mentions.filter((m) => m.docId === docId).map((m) => [m.start, m.end, i]) : []));
          const o = table.ordinal.get(docId);
          const rows = o === undefined ? [] : Array.from({ length: table.first[o + 1]! - table.first[o]! }, (_, k) => table.first[o]! + k);
          expect(rows.map((r) => [table.start[r], table.end[r], table.entity[r]])).toEqual(expected);
          // each document's rows by start, then row
          const sorted = rows.map((_, k) => table.byStart![table.first[o!]! + k]!);
          expect(sorted).toEqual([...rows].sort((x, y) => table.start[x]! - table.start[y]! || x - y));
        }
      }),
    );
  });

  it("the person holding a span is the first, in entity order, of the person mentions that hold it (a scan)", () => {
    fc.assert(
      fc.property(fc.array(fc.array(mention, { maxLength: 6 }), { maxLength: 8 }), fc.array(fc.boolean(), { minLength: 1, maxLength: 3 }), fc.array(fc.tuple(fc.constantFrom("a", "b", "c"), fc.integer({ min: 0, max: 70 }), fc.integer({ min: 0, max: 6 })), { maxLength: 20 }), (lists, types, spans) => {
        const entities = entitiesOf(lists, types);
        const persons = indexPersons(entities);
        for (const [docId, start, length] of spans) {
          const scan = entities.find((e) => e.type === "PERSON" && e.mentions.some((m) => m.docId === docId && m.start <= start && start + length <= m.end));
          // the scan's order: entity order, then mention order; the first holder of all
          const first = entities.flatMap((e) => (e.type === "PERSON" ? e.mentions.filter((m) => m.docId === docId && m.start <= start && start + length <= m.end).map(() => e) : []))[0];
          expect(personHolding(persons, docId, start, start + length)).toBe(first);
          expect(first).toBe(scan);
        }
      }),
    );
  });

  it("word numbers share as many words as the sets they stand for", () => {
    const pool = createItemPool();
    const word = fc.constantFrom("troop", "soldier", "niger", "base", "drone", "france", "left", "killed");
    fc.assert(
      fc.property(fc.uniqueArray(word), fc.uniqueArray(word), fc.uniqueArray(word), (a, b, p) => {
        const measure = (words: string[], phrase: string[]): Measure => ({ keys: ["noun:troop"], strong: true, context: "count|?|?|?", label: "troops", revision: false, limit: false, words: new Set(words), phrase: new Set(phrase), figureKey: "same:count:1" });
        const x = itemMeasure(measure(a, p), pool);
        const y = itemMeasure(measure(b, []), pool);
        expect(sharedWords(x, y)).toBe(a.filter((w) => b.includes(w)).length);
        expect(sharedPhraseWords(x, x)).toBe(p.length);
        expect(sharedPhraseWords(x, itemMeasure(measure(b, b), pool))).toBe(p.filter((w) => b.includes(w)).length);
        expect(x.phraseTo - x.phraseFrom).toBe(p.length);
        expect(y.phraseTo).toBe(y.phraseFrom);
        // each range ascending, as the sets' words numbered
        const range = (from: number, to: number) => Array.from(pool.lists.subarray(from, to));
        expect(range(x.wordsFrom, x.wordsTo)).toEqual(a.map((w) => pool.words.get(w)!).sort((m, n) => m - n));
        // strings and key lists come from the pool: equal keys are one string, equal key lists one list
        const z = itemMeasure(measure(a, p), pool);
        expect(z.context).toBe(x.context);
        expect(z.keys).toBe(x.keys);
      }),
    );
  });
});
