import { Writable } from "node:stream";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Entity, Mention } from "@newsparse/entity-extract";
import { entityLinePieces, piecewiseWritable } from "../src/pipeline/entity-line.js";
import { createLineSpill } from "../src/pipeline/line-spill.js";
import { createNdjsonWriter } from "../src/pipeline/ndjson-writer.js";
import { createSpillStore } from "../src/pipeline/spill-store.js";

const mentionOf = (docId: string, text: string, k: number): Mention => ({ docId, start: k, end: k + text.length, text, type: "GPE", entityId: "e1" }) as unknown as Mention;

/** Random entity headers: the resolver's keys in random order, values of any JSON kind, some without JSON (undefined), `mentions` present or not. */
const headers = fc
  .record(
    {
      id: fc.string(),
      type: fc.constantFrom("PERSON", "ORG", "GPE"),
      name: fc.string({ unit: "binary" }),
      aliases: fc.array(fc.record({ text: fc.string({ unit: "binary" }), docIds: fc.array(fc.string(), { maxLength: 3 }), spellingVariant: fc.boolean() }), { maxLength: 3 }),
      roles: fc.array(fc.jsonValue(), { maxLength: 2 }),
      mentions: fc.constant([]),
      note: fc.constantFrom(undefined, () => 1),
    },
    { requiredKeys: ["id", "type", "name"] },
  )
  .chain((h) => fc.shuffledSubarray(Object.keys(h), { minLength: Object.keys(h).length }).map((order) => Object.fromEntries(order.map((k) => [k, (h as Record<string, unknown>)[k]])) as unknown as Entity));

describe("entityLinePieces", () => {
  it("gives the characters JSON.stringify gives for the whole entity, in any key order and across pieces", () => {
    fc.assert(
      fc.property(headers, fc.integer({ min: 0, max: 4500 }), fc.string({ unit: "binary", maxLength: 12 }), (header, count, text) => {
        const all = Array.from({ length: count }, (_, k) => mentionOf(`d${k % 7}`, text, k));
        const whole = Object.assign({}, header) as Entity;
        whole.mentions = all;
        const asked: [number, number][] = [];
        const pieces = [...entityLinePieces(header, count, (from, to) => (asked.push([from, to]), all.slice(from, to)))];
        expect(pieces.join("")).toBe(`${JSON.stringify({ type: "entity", entity: whole })}\n`);
        // the mentions are read in batches, each once, in order
        expect(asked.flatMap(([a, b]) => Array.from({ length: b - a }, (_, i) => a + i))).toEqual(all.map((_, k) => k));
        expect(asked.every(([a, b]) => b - a <= 2048)).toBe(true);
      }),
      { numRuns: 60 },
    );
  });

  it("is only used for plain headers", () => {
    expect(piecewiseWritable({ id: "e1" } as unknown as Entity)).toBe(true);
    expect(piecewiseWritable({ id: "e1", toJSON: () => "x" } as unknown as Entity)).toBe(false);
    expect(piecewiseWritable(Object.create({ inherited: 1 }) as Entity)).toBe(false);
  });
});

describe("LineSpill.addPieces", () => {
  it("writes a line given in pieces (across chunks) between whole lines, with the right line count", async () => {
    const store = createSpillStore();
    try {
      const spill = createLineSpill(store);
      const long = Array.from({ length: 3000 }, (_, i) => `piece ${i} ${"é".repeat(400)};`);
      spill.add({ type: "entity", entity: { id: "a" } as unknown as Entity });
      spill.addPieces([...long, "\n"]);
      spill.add({ type: "entity", entity: { id: "b" } as unknown as Entity });
      spill.addPieces(["tail", "\n"]);
      expect(spill.lines).toBe(4);
      let out = "";
      const sink = new Writable({ write: (chunk: Buffer, _e, done) => ((out += chunk.toString("utf8")), done()) });
      const writer = createNdjsonWriter(sink);
      await spill.copyTo(writer);
      expect(writer.lines).toBe(4);
      expect(out).toBe(`{"type":"entity","entity":{"id":"a"}}\n${long.join("")}\n{"type":"entity","entity":{"id":"b"}}\ntail\n`);
    } finally {
      store.close();
    }
  });
});
