import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { loadCorpus } from "@newsparse/corpus-loader/node";
import { resolve } from "node:path";
import { analyzeCorpus } from "../src/index.js";
import { compactResult } from "../src/pipeline/compact-result.js";
import { packResult } from "../src/pipeline/packed-result.js";
import { analyzeDocument } from "../src/pipeline/document-stage.js";
import { reduceCorpus } from "../src/pipeline/reduce-corpus.js";
import { rotateText, shiftTimexValue, synthesise } from "../src/cli/synthetic-records.js";
import { Writable } from "node:stream";
import { analyzeStream } from "../src/pipeline/analyze-stream.js";
import { createNdjsonWriter } from "../src/pipeline/ndjson-writer.js";
import type { DocumentPool } from "../src/pipeline/document-pool.js";
import { packRecords, packedRecordsOf, recordsView } from "../src/pipeline/packed-result.js";

async function streamText(documents: Parameters<typeof analyzeStream>[0], options: Parameters<typeof analyzeStream>[2]): Promise<string> {
  const chunks: string[] = [];
  const sink = new Writable({
    write: (chunk: Buffer, _encoding, callback) => {
      chunks.push(chunk.toString("utf8"));
      callback();
    },
  });
  await analyzeStream(documents, createNdjsonWriter(sink), options);
  return chunks.join("");
}

const corpus = resolve(import.meta.dirname, "../corpus/niger-2024");

describe("compact per-document records", () => {
  it("interned and released records give the same analysis as analyzeCorpus, and the results are left empty", async () => {
    const { documents } = await loadCorpus(corpus);
    const reference = JSON.stringify(analyzeCorpus(documents));
    const pool = new Map<string, string>();
    // a round trip through JSON, as results crossing a thread or process boundary have their own strings
    const results = documents.map((d) => compactResult(JSON.parse(JSON.stringify(analyzeDocument(d))), pool));
    expect(pool.size).toBeGreaterThan(0);
    expect(JSON.stringify(reduceCorpus(documents, results, { release: true }))).toBe(reference);
    expect(results.every((r) => r.mentions.length === 0 && r.claims.length === 0 && r.timexes === undefined)).toBe(true);
    // packed: mentions and claims held as bytes until read
    const packed = documents.map((d) => packResult(compactResult(analyzeDocument(d), pool), pool));
    expect(JSON.stringify(packed[0]!.mentions)).toBe(JSON.stringify(analyzeDocument(documents[0]!).mentions));
    expect(JSON.stringify(reduceCorpus(documents, packed, { release: true }))).toBe(reference);
    expect(packed.every((r) => r.mentions.length === 0 && r.claims.length === 0 && r.timexes === undefined)).toBe(true);
  }, 180_000);
});

describe("streaming run with packed, spilled records", () => {
  it("writes the same bytes whether records come packed from a worker and go to disk, or stay objects in memory", async () => {
    const { documents } = await loadCorpus(corpus);
    // the plain path: results as objects on this thread, nothing spilled (each line written by JSON.stringify of the record)
    const plain = await streamText(documents, { workers: 0, spill: false });
    // the large-corpus path: a worker packs the records and writes their JSON; bytes, entity and claim lines go to the
    // spill file (a pool on this thread: vitest's workers cannot load TypeScript; the CLI test runs real worker threads)
    const pool: DocumentPool = {
      workers: 1,
      peakHeap: new Map(),
      threads: new Map(),
      run: async (batch) => batch.map(analyzeDocument),
      // structuredClone: what crossing the thread boundary does to the answer
      runPacked: async (batch) => structuredClone(batch.map((d) => packRecords(analyzeDocument(d), { json: true }))),
      close: async () => {},
    };
    const packed = await streamText(documents, { workers: pool });
    const lines = packed.trimEnd().split("\n");
    expect(lines.filter((l) => l.startsWith('{"type":"entity"')).length).toBeGreaterThan(20);
    expect(lines.filter((l) => l.startsWith('{"type":"claim"')).length).toBeGreaterThan(20);
    // the slim copies the claim stages read (entities and claims already on disk) still give both kinds of group and linked speakers
    expect(lines.some((l) => l.startsWith('{"type":"claimGroup"') && l.includes('"kind":"quantity"'))).toBe(true);
    expect(lines.some((l) => l.startsWith('{"type":"claimGroup"') && l.includes('"kind":"attribute"'))).toBe(true);
    expect(lines.some((l) => l.startsWith('{"type":"claim"') && l.includes('"entityId"'))).toBe(true);
    expect(JSON.parse(lines.at(-1)!)).toMatchObject({ type: "end", documents: documents.length });
    expect(packed).toBe(plain);
    // results as objects on this thread but spilled (as the distributed reducer and `--workers 0` run): packed here
    expect(await streamText(documents, { workers: 0 })).toBe(plain);
  }, 180_000);

  it("unpacks each record list as it was packed, and a list assigned replaces it", async () => {
    const { documents } = await loadCorpus(corpus);
    const result = analyzeDocument(documents[1]!);
    const packed = packRecords(result, { json: true });
    expect(packed.json).toBe(JSON.stringify({ mentions: result.mentions, claims: result.claims, timexes: result.timexes?.timexes ?? [] }).slice(1, -1));
    const view = recordsView(packed, new Map());
    expect(packedRecordsOf(view)).toBe(packed);
    expect(JSON.stringify(view)).toBe(JSON.stringify(result));
    view.mentions = [];
    expect(view.mentions).toEqual([]);
    expect(JSON.stringify(view.claims)).toBe(JSON.stringify(result.claims));
  });
});

describe("synthetic records of the stage bench", () => {
  it("rotates names and numbers without changing any length, and a word-aligned slice rotates to the slice of the rotated text", () => {
    const word = fc.oneof(fc.constantFrom("Niger", "Bazoum", "Niamey", "April", "The", "said", "troops", "2024", "1,100", "13", "U.S.", "“quoted”"), fc.stringMatching(/^[A-Za-z0-9]{1,8}$/));
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 12 }), fc.integer({ min: 0, max: 300 }), fc.nat(), fc.nat(), (words, variant, a, b) => {
        const text = words.join(" ");
        const rotated = rotateText(text, variant);
        expect(rotated.length).toBe(text.length);
        // word boundaries: starts of words and ends of words
        const starts = words.map((_, i) => words.slice(0, i).join(" ").length + (i > 0 ? 1 : 0));
        const i = a % words.length;
        const j = i + (b % (words.length - i));
        const start = starts[i]!;
        const end = starts[j]! + words[j]!.length;
        expect(rotateText(text.slice(start, end), variant)).toBe(rotated.slice(start, end));
      }),
    );
    expect(rotateText("Bazoum said 2024", 0)).toBe("Bazoum said 2024");
    expect(rotateText("In April 2024 Bazoum counted 1,100 troops", 3)).toMatch(/^In April 2024 [A-Z][a-z]{5} counted 1,103 troops$/);
  });

  it("moves days and ISO weeks by whole weeks and leaves coarser values", () => {
    expect(shiftTimexValue("2024-12-30", 1)).toBe("2025-01-06");
    expect(shiftTimexValue("2024-04-13TNI", 2)).toBe("2024-04-27TNI");
    expect(shiftTimexValue("2024-W52-WE", 1)).toBe("2025-W01-WE");
    expect(shiftTimexValue("2024-W15", 3)).toBe("2024-W18");
    expect(shiftTimexValue("2024-04", 5)).toBe("2024-04");
    expect(shiftTimexValue("P4M", 5)).toBe("P4M");
  });

  it("keeps every record's text equal to its slice of the synthesised text", async () => {
    const { documents } = await loadCorpus(corpus);
    const base = documents.slice(0, 3).map((document) => ({ document, result: analyzeDocument(document) }));
    for (const index of [0, 4, 7, 3 * 53 + 1]) {
      const { document, result } = synthesise(base, index);
      expect(document.id).toBe(`s${index}`);
      expect(result.docId).toBe(document.id);
      expect(result.mentions.length).toBeGreaterThan(0);
      for (const m of result.mentions) {
        expect(m.docId).toBe(document.id);
        expect(document.text.slice(m.start, m.end)).toBe(m.text);
      }
      for (const c of result.claims) {
        expect(c.id.startsWith(`${document.id}#`)).toBe(true);
        expect(document.text.slice(c.start, c.end)).toBe(c.text);
      }
      for (const t of result.timexes?.timexes ?? []) expect(document.text.slice(t.start, t.end)).toBe(t.text);
    }
  });
});
