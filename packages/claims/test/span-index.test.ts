import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseDocument } from "@newsparse/corpus-loader";
import type { Entity } from "@newsparse/entity-extract";
import { createSpanIndex } from "../src/grouping/span-index.js";
import { indexPersons, personKey } from "../src/grouping/person-index.js";
import { extractClaims, groupClaims } from "../src/index.js";

const span = fc.tuple(fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 12 })).map(([start, length]) => ({ start, end: start + length }));

describe("span index", () => {
  it("answers as a scan of every span: containment, overlap, and spans switched on later", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(span, fc.boolean()), { maxLength: 40 }), fc.array(fc.tuple(fc.integer({ min: -2, max: 55 }), fc.integer({ min: -2, max: 55 }), fc.nat()), { maxLength: 20 }), (spans, steps) => {
        const active = spans.map(([, on]) => on);
        const index = createSpanIndex(spans.map(([s]) => s.start), spans.map(([s]) => s.end), active);
        for (const [a, b, k] of steps) {
          const scan = spans.flatMap(([s], i) => (active[i] && s.start <= a && s.end >= b ? [i] : []));
          expect(index.query(a, b)).toEqual(scan);
          expect(index.any(a, b)).toBe(scan.length > 0);
          if (spans.length > 0) {
            index.activate(k % spans.length);
            active[k % spans.length] = true;
          }
        }
      }),
    );
  });

  it("finds the first person in entity order whose mention overlaps a title's name", () => {
    const mention = (docId: string, start: number, end: number) => ({ docId, start, end, text: "x".repeat(end - start) });
    const person = (id: string, mentions: ReturnType<typeof mention>[]) => ({ id, type: "PERSON", name: id, aliases: [], mentions, roles: [] }) as unknown as Entity;
    // the second entity's mention starts first, the first entity's mention is longer and also overlaps
    const persons = indexPersons([person("A", [mention("d", 0, 20)]), person("B", [mention("d", 5, 9)]), person("C", [mention("e", 5, 9)])]);
    const title = (start: number, end: number) => ({ docId: "d", name: { text: "Mody", start, end }, title: { text: "Minister", start: 0, end: 4 }, head: "minister", words: ["minister"] });
    expect(personKey(title(6, 8), persons).key).toBe("entity:A");
    expect(personKey(title(20, 24), persons).key).toBe("surname:mody");
    expect(personKey(title(19, 24), persons).key).toBe("entity:A");
  });

  it("lists the claims a title sits in, in claim order, for many titles in one document", () => {
    const names = ["Salifou Mody", "Amadou Tiani", "Moussa Barmou", "Ali Zeine"];
    const a = parseDocument(names.map((n) => `Defence Minister ${n} said 300 soldiers left.`).join(" "), { id: "a" });
    const b = parseDocument(names.map((n) => `Foreign Minister ${n} said "We will stay".`).join(" "), { id: "b" });
    const { claims } = extractClaims([a, b]);
    const { groups } = groupClaims(claims, { documents: [a, b] });
    const attributes = groups.filter((g) => g.kind === "attribute");
    expect(attributes.map((g) => g.topic)).toEqual(names.map((n) => `${n}: minister`));
    // the scan of every claim of the title's document it replaced (the title is written before the name here)
    for (const g of attributes) {
      const scan = g.evidence.flatMap((ev) =>
        claims.filter((c) => c.docId === ev.docId && ((c.start <= ev.start && ev.end <= c.end) || (c.speaker?.start !== undefined && c.speaker.start <= ev.start && ev.end <= (c.speaker.end ?? 0)))).map((c) => c.id),
      );
      expect(g.claimIds).toEqual([...new Set(scan)]);
      expect(g.claimIds.length).toBeGreaterThan(0);
    }
  });
});
