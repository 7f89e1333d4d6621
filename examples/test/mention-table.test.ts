import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { loadCorpus } from "@newsparse/corpus-loader/node";
import { resolve } from "node:path";
import { resolveEntities, resolveMentionRows, type Mention, type Role } from "@newsparse/entity-extract";
import { indexEntityMentions } from "@newsparse/timeline";
import { analyzeDocument } from "../src/pipeline/document-stage.js";
import { MentionTable } from "../src/pipeline/mention-table.js";
import { EntitySpans, entityOfRows } from "../src/pipeline/resolved-rows.js";
import { slimEntities } from "../src/pipeline/slim-records.js";
import { mentionLiteral } from "../src/pipeline/compact-result.js";

const corpus = resolve(import.meta.dirname, "../corpus/niger-2024");

/** A mention set its `entityId` in place (what the objects' resolution writes). */
const withId = (m: Mention, entityId: string) => {
  const copy = structuredClone(m);
  copy.entityId = entityId;
  return copy;
};

describe("mention table", () => {
  const base = { docId: "d", start: 3, end: 8, text: "Niger", type: "GPE" as const, confidence: 0.9, source: "tagger", flags: [] as string[] };

  it("reads back every field and builds each mention back with the JSON of the mention with entityId set", () => {
    const mentions: Mention[] = [
      base,
      { ...base, start: 10, end: 15, refersTo: "Niger" },
      { ...base, roles: [{ docId: "d", start: 0, end: 2, text: "Mr" }] },
      { ...base, refersTo: "Niger", roles: [] },
      { ...base, flags: ["acronym", "headline"], confidence: 0.123456789 },
      // kept as they are: another key order, another document id, an entity id already
      { text: "Niger", docId: "d", start: 3, end: 8, type: "GPE", confidence: 0.9, source: "tagger", flags: [] },
      { ...base, docId: "elsewhere" },
      { ...base, entityId: "E9" },
      // a key present with an undefined value is another shape
      { ...base, refersTo: undefined },
    ];
    // as the streaming reducer unpacks them: an undefined entityId slot at the end, which is no other shape
    mentions.push(mentionLiteral(structuredClone({ ...base, start: 20, end: 25 }), new Map()), mentionLiteral(structuredClone({ ...base, roles: [] }), new Map()));
    const table = new MentionTable();
    expect(table.addDocument("d", mentions)).toBe(0);
    table.seal();
    expect(table.length).toBe(mentions.length);
    // the four shapes before them and the two literals are columns only
    expect(table.keptObjects).toBe(4);
    mentions.forEach((m, i) => {
      expect([table.docId(i), table.start(i), table.end(i), table.text(i), table.type(i), table.flags(i), table.refersTo(i), table.roles(i)]).toEqual([m.docId, m.start, m.end, m.text, m.type, m.flags, m.refersTo, m.roles]);
      expect(JSON.stringify(table.mention(i, "E1"))).toBe(JSON.stringify(withId(m, "E1")));
    });
  });

  it("holds any mentions of several documents across chunk boundaries", () => {
    const mention = fc.record({
      start: fc.integer({ min: 0, max: 1e6 }),
      end: fc.integer({ min: 0, max: 1e6 }),
      text: fc.string({ maxLength: 6 }),
      type: fc.constantFrom("PERSON" as const, "ORG" as const, "LAW" as const),
      confidence: fc.double({ min: 0, max: 1, noNaN: true }),
      source: fc.constantFrom("tagger", "rule"),
      flags: fc.array(fc.constantFrom("metonymy", "acronym"), { maxLength: 2 }),
    });
    fc.assert(
      fc.property(fc.array(fc.array(mention, { maxLength: 5 }), { minLength: 1, maxLength: 4 }), fc.integer({ min: 0, max: 70_000 }), (documents, filler) => {
        const table = new MentionTable();
        // rows before, so the documents' rows may cross the 65,536-row chunk boundary
        table.addDocument("filler", Array.from({ length: filler }, (_, i) => ({ ...base, docId: "filler", start: i })));
        const all = documents.map((list, d) => list.map((m) => ({ docId: `d${d}`, ...m }) as Mention));
        all.forEach((list, d) => table.addDocument(`d${d}`, list));
        table.seal();
        let row = filler;
        for (const list of all)
          for (const m of list) {
            expect(JSON.stringify(table.mention(row, "E2"))).toBe(JSON.stringify(withId(m, "E2")));
            expect(table.document(row)).toBe(1 + Number(m.docId.slice(1)));
            row++;
          }
      }),
      { numRuns: 20 },
    );
  });

  it("stores roles as columns and reads back the same roles, whatever their shape", () => {
    const plainRole = fc.record(
      { text: fc.string({ maxLength: 8 }), docId: fc.constant("d"), start: fc.integer({ min: 0, max: 1e6 }), end: fc.integer({ min: 0, max: 1e6 }), singular: fc.string({ maxLength: 8 }) },
      { requiredKeys: ["text", "docId", "start", "end"] },
    ).map((r) => ({ ...r }));
    // shapes kept as objects: another document, another key order, an extra key, a non-integer offset, no prototype
    const oddRole = fc.oneof(
      plainRole.map((r) => Object.assign(Object.create(null) as Role, r)),
      plainRole.map((r) => ({ ...r, docId: "elsewhere" })),
      plainRole.map(({ text, ...rest }) => ({ ...rest, text })),
      plainRole.map((r) => ({ ...r, note: "x" })),
      plainRole.map((r) => ({ ...r, start: r.start + 0.5 })),
    );
    const roles = fc.oneof({ arbitrary: fc.constant(undefined), weight: 3 }, { arbitrary: fc.array(plainRole, { maxLength: 9 }), weight: 3 }, { arbitrary: fc.array(fc.oneof(plainRole, oddRole as fc.Arbitrary<Role>), { minLength: 1, maxLength: 3 }), weight: 1 });
    fc.assert(
      fc.property(fc.array(roles, { minLength: 1, maxLength: 30 }), (lists) => {
        const mentions: Mention[] = lists.map((r, i) => (r === undefined ? { ...base, start: i } : { ...base, start: i, roles: r as Role[] }));
        const table = new MentionTable();
        table.addDocument("d", mentions);
        table.seal();
        // lists of up to seven plain roles are columns; any other list is kept as it was
        const plain = (r: Role) => Object.getPrototypeOf(r) === Object.prototype && Object.keys(r).join() === (r.singular === undefined ? "text,docId,start,end" : "text,docId,start,end,singular") && r.docId === "d" && Number.isInteger(r.start);
        expect(table.keptRoleLists).toBe(lists.filter((r) => r !== undefined && (r.length > 7 || !(r as Role[]).every(plain))).length);
        mentions.forEach((m, i) => {
          expect(table.roles(i)).toEqual(m.roles);
          expect(JSON.stringify(table.roles(i))).toBe(JSON.stringify(m.roles));
          expect(JSON.stringify(table.mention(i, "E3"))).toBe(JSON.stringify(withId(m, "E3")));
        });
      }),
      { numRuns: 200 },
    );
  });

  it("gives the entities, slim entities and timeline index that the mention objects give, on the bundled corpus", async () => {
    const { documents } = await loadCorpus(corpus);
    const results = documents.map(analyzeDocument);
    const table = new MentionTable();
    for (const r of results) table.addDocument(r.docId, r.mentions);
    table.seal();
    expect(table.keptObjects).toBe(0);
    // the pipeline's roles are all columns
    expect(table.keptRoleLists).toBe(0);
    expect(results.some((r) => r.mentions.some((m) => m.roles?.length))).toBe(true);
    const byRows = resolveMentionRows(table);
    const expected = resolveEntities(results.flatMap((r) => r.mentions));
    const entities = byRows.entities.map((_, e) => entityOfRows(table, byRows, e));
    expect(JSON.stringify(entities)).toBe(JSON.stringify(expected.entities));
    expect(byRows.messages).toEqual(expected.messages);
    const spans = new EntitySpans(table, byRows);
    const slim = spans.entities();
    expect(JSON.stringify(slim)).toBe(JSON.stringify(slimEntities(expected.entities, new Map())));
    // read-only slim mentions, built afresh at each read
    expect(slim[0]!.mentions).not.toBe(slim[0]!.mentions);
    expect(Object.keys(slim[0]!.mentions[0]!)).toEqual(["docId", "start", "end", "text"]);
    const index = spans.mentionIndex();
    const plain = indexEntityMentions(expected.entities);
    expect([...index.byDocument.keys()]).toEqual([...plain.byDocument.keys()]);
    for (const [docId, { ids, spans }] of plain.byDocument) {
      expect([...index.byDocument.get(docId)!.ids]).toEqual(ids);
      expect([...index.byDocument.get(docId)!.spans]).toEqual(spans);
    }
    expect(entities.length).toBeGreaterThan(50);
  }, 180_000);
});
