import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { mentionArrayRows, resolveEntities, resolveMentionRows, type EntityType, type Mention, type MentionRows } from "../src/index.js";
import { ClusterStore } from "../src/resolve/cluster-store.js";
import { IntColumn, Interner } from "../src/resolve/interner.js";
import { jaroWinkler } from "../src/resolve/name-similarity.js";

/** Jaro-Winkler with fresh arrays per call (the reference for the shared scratch arrays). */
function jaroWinklerFresh(a: string, b: string): number {
  if (a === b) return 1;
  const la = a.length;
  const lb = b.length;
  if (!la || !lb || la > 64 || lb > 64) return 0;
  const range = Math.max(0, Math.floor(Math.max(la, lb) / 2) - 1);
  const ma = new Uint8Array(la);
  const mb = new Uint8Array(lb);
  let m = 0;
  for (let i = 0; i < la; i++)
    for (let j = Math.max(0, i - range); j < Math.min(lb, i + range + 1); j++) {
      if (mb[j] || a[i] !== b[j]) continue;
      ma[i] = mb[j] = 1;
      m++;
      break;
    }
  if (!m) return 0;
  let t = 0;
  let k = 0;
  for (let i = 0; i < la; i++) {
    if (!ma[i]) continue;
    while (!mb[k]) k++;
    if (a[i] !== b[k]) t++;
    k++;
  }
  const jaro = (m / la + m / lb + (m - t / 2) / m) / 3;
  let p = 0;
  while (p < 4 && p < la && p < lb && a[p] === b[p]) p++;
  return jaro + p * 0.1 * (1 - jaro);
}

/** A mention record as resolution takes it (offsets are not read by resolution). */
function m(docId: string, text: string, type: EntityType = "PERSON", roles?: string[]): Mention {
  const base: Mention = { docId, start: 0, end: text.length, text, type, confidence: 1, source: "test", flags: [] };
  return roles ? { ...base, roles: roles.map((r, i) => ({ text: r, docId, start: 100 + i * 10, end: 100 + i * 10 + r.length })) } : base;
}

describe("resolution store", () => {
  it("codes strings densely in order of first sight", () => {
    const i = new Interner();
    expect([i.id("b"), i.id("a"), i.id("b"), i.id("")]).toEqual([0, 1, 0, 2]);
    expect(i.find("a")).toBe(1);
    expect(i.find("c")).toBe(-1);
    expect(i.strings).toEqual(["b", "a", ""]);
  });

  it("grows a column keeping its values and filling new slots with the empty value", () => {
    const c = new IntColumn(16, -1);
    c.data[3] = 7;
    const grown = c.reserve(1000);
    expect(grown.length).toBeGreaterThanOrEqual(1000);
    expect(grown[3]).toBe(7);
    expect(grown[999]).toBe(-1);
    expect(grown[16]).toBe(-1);
  });

  it("keeps each cluster's keys once, in order, and mentions as a list", () => {
    const s = new ClusterStore(10);
    const a = s.add(0, 0, -1);
    const b = s.add(1, 1, -1);
    s.addKey(a, 5);
    s.addKey(b, 6);
    s.addKey(a, 3);
    s.addKey(a, 5);
    expect(s.keys(a)).toEqual([5, 3]);
    expect(s.keys(b)).toEqual([6]);
    s.addMention(a, 4);
    s.addMention(a, 7);
    const list: number[] = [];
    for (let i = s.first[a]!; i >= 0; i = s.next[i]!) list.push(i);
    expect(list).toEqual([0, 4, 7]);
    expect(s.size[a]).toBe(3);
    const c = s.add(0, 2, -1);
    s.union(c, b);
    s.union(b, a);
    expect([s.find(a), s.find(b), s.find(c)]).toEqual([0, 0, 0]);
  });
});

describe("name similarity", () => {
  it("gives the same Jaro-Winkler score with its reused scratch arrays, whatever came before", () => {
    const word = fc.stringMatching(/^[a-e]{0,70}$/);
    fc.assert(
      fc.property(fc.array(fc.tuple(word, word), { minLength: 1, maxLength: 8 }), (pairs) => {
        for (const [a, b] of pairs) expect(jaroWinkler(a, b)).toBe(jaroWinklerFresh(a, b));
      }),
    );
  });
});

describe("resolution output", () => {
  const names = fc.constantFrom("Zurana Horton", "Horton", "Colts", "Indianapolis Colts", "IBF", "International Boxing Federation", "U.N.", "UN", "Mo Cheeks", "Maurice Cheeks", "Cheeks", "Saints have", "Ann Lee", "ann lee");
  const types = fc.constantFrom<EntityType>("PERSON", "ORG", "GPE");
  // Document ids may come back later in the input (a repeated id), which the alias lists must not repeat.
  const input = fc.array(fc.tuple(fc.integer({ min: 0, max: 5 }), names, types, fc.boolean()), { minLength: 1, maxLength: 25 });
  const build = (list: [number, string, EntityType, boolean][]): Mention[] => list.map(([d, text, type, role]) => m(`d${d}`, text, type, role ? ["spokesman"] : undefined));

  it("gives the same output when the entity ids are set on the input mentions themselves", () => {
    fc.assert(
      fc.property(input, (list) => {
        const copied = resolveEntities(build(list));
        const own = build(list);
        const inPlace = resolveEntities(own, { inPlace: true });
        expect(JSON.stringify(inPlace)).toBe(JSON.stringify(copied));
        expect(own.every((x, i) => x === inPlace.mentions[i] && x.entityId === copied.mentions[i]!.entityId)).toBe(true);
      }),
    );
  });

  it("gives the same entities, ids and messages over mentions read by position (resolveMentionRows)", () => {
    const flags = fc.constantFrom<string[]>([], ["acronym"], ["metonymy"], ["acronym-expansion"]);
    const withFlags = fc.array(fc.tuple(fc.integer({ min: 0, max: 5 }), names, types, fc.boolean(), flags, fc.option(fc.constantFrom("United States", "Niger"), { nil: undefined })), { minLength: 1, maxLength: 25 });
    fc.assert(
      fc.property(withFlags, (list) => {
        const mentions = list.map(([d, text, type, role, f, refersTo]) => {
          const x = m(`d${d}`, text, type, role ? ["spokesman"] : undefined);
          x.flags = f;
          return refersTo === undefined ? x : { ...x, refersTo };
        });
        const expected = resolveEntities(mentions);
        // columns, not objects: a reader that has no mention objects to hand back
        const fields = mentions.map((x) => ({ ...x }));
        const rows: MentionRows = {
          length: fields.length,
          docId: (i) => fields[i]!.docId,
          start: (i) => fields[i]!.start,
          end: (i) => fields[i]!.end,
          text: (i) => fields[i]!.text,
          type: (i) => fields[i]!.type,
          flags: (i) => fields[i]!.flags,
          refersTo: (i) => fields[i]!.refersTo,
          roles: (i) => fields[i]!.roles,
        };
        for (const r of [resolveMentionRows(rows), resolveMentionRows(mentionArrayRows(mentions))]) {
          expect(r.from.length).toBe(r.entities.length + 1);
          expect(r.entities.every((e) => e.mentions.length === 0)).toBe(true);
          const rebuilt = r.entities.map((e, k) => ({ ...e, mentions: [...r.rows.subarray(r.from[k]!, r.from[k + 1]!)].map((i) => ({ ...mentions[i]!, entityId: e.id })) }));
          expect(JSON.stringify(rebuilt)).toBe(JSON.stringify(expected.entities));
          expect(r.messages).toEqual(expected.messages);
        }
        // the input is read, not changed
        expect(mentions.every((x) => x.entityId === undefined)).toBe(true);
      }),
    );
  });

  it("gives the same entities, ids and messages when the rows give their texts' codes (MentionRows.textCode)", () => {
    // "Judge Horton" typed ORG names the person "Horton": the resolver codes the derived "horton" itself
    const named = fc.constantFrom("Zurana Horton", "Horton", "Judge Horton", "horton", "Colts", "Indianapolis Colts", "IBF", "International Boxing Federation", "UN", "Mo Cheeks", "Cheeks", "Saints have", "Saints", "Ann Lee", "ann lee");
    const list = fc.array(fc.tuple(fc.integer({ min: 0, max: 5 }), named, types, fc.boolean()), { minLength: 1, maxLength: 25 });
    fc.assert(
      fc.property(list, fc.boolean(), (items, reversed) => {
        const mentions = items.map(([d, text, type, role]) => m(`d${d}`, text, type, role ? ["spokesman"] : undefined));
        const expected = resolveMentionRows(mentionArrayRows(mentions));
        // codes in an order of the caller's own (here: first sight, or its reverse)
        const distinct = [...new Set(mentions.map((x) => x.text))];
        if (reversed) distinct.reverse();
        const codes = new Map(distinct.map((t, k) => [t, k]));
        const rows: MentionRows = Object.assign(mentionArrayRows(mentions), { texts: distinct, textCode: (i: number) => codes.get(mentions[i]!.text)! });
        const coded = resolveMentionRows(rows);
        expect(JSON.stringify(coded.entities)).toBe(JSON.stringify(expected.entities));
        expect([...coded.rows]).toEqual([...expected.rows]);
        expect([...coded.from]).toEqual([...expected.from]);
        expect(coded.messages).toEqual(expected.messages);
        // an entity's empty lists are one frozen array
        for (const e of coded.entities) {
          expect(Object.isFrozen(e.mentions)).toBe(true);
          if (e.aliases.length === 0) expect(Object.isFrozen(e.aliases)).toBe(true);
        }
      }),
    );
  });

  it("lists an alias's documents once when a document id comes back later in the input", () => {
    const r = resolveEntities([m("d1", "Ann Lee"), m("d1", "Ann Lee"), m("d1", "ann lee"), m("d2", "ann lee"), m("d1", "ann lee"), m("d3", "ann lee")]);
    expect(r.entities).toHaveLength(1);
    expect(r.entities[0]!.aliases).toEqual([{ text: "ann lee", docIds: ["d1", "d2", "d3"], spellingVariant: true }]);
  });

  it("lists each form's documents once in order of first mention, counts every mention once, and types an entity by most mentions", () => {
    fc.assert(
      fc.property(input, (list) => {
        const mentions = build(list);
        const r = resolveEntities(mentions);
        expect(r.entities.reduce((a, e) => a + e.mentions.length, 0)).toBe(mentions.length);
        for (const e of r.entities) {
          const forms = new Map<string, string[]>();
          for (const x of e.mentions) {
            const docs = forms.get(x.text) ?? forms.set(x.text, []).get(x.text)!;
            if (!docs.includes(x.docId)) docs.push(x.docId);
          }
          expect(e.aliases.map((a) => [a.text, a.docIds])).toEqual([...forms].filter(([text]) => text !== e.name));
          const counts = new Map<string, number>();
          for (const x of e.mentions) counts.set(x.type, (counts.get(x.type) ?? 0) + 1);
          const best = Math.max(...counts.values());
          expect(e.type).toBe([...counts].find(([, n]) => n === best)![0]);
          const roleKeys = e.roles.map((x) => `${x.docId}:${x.start}`);
          expect(new Set(roleKeys).size).toBe(roleKeys.length);
        }
      }),
      { numRuns: 300 },
    );
  });
});
