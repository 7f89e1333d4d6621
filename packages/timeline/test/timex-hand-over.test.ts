import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseDocument, type Document } from "@newsparse/corpus-loader";
import { buildTimeline, type Timex } from "../src/index.js";
import { arbDocument, textOf } from "./news-sentences.js";

describe("buildTimeline's onTimexes", () => {
  it("hands each document's timexes over once, in document order, with what result.timexes would list; the rest of the result is the same", () => {
    const arbCorpus = fc.array(fc.record({ sentences: arbDocument, dated: fc.boolean(), id: fc.constantFrom("a", "b", "c", "d") }), { maxLength: 4 });
    fc.assert(
      fc.property(arbCorpus, (corpus) => {
        // repeated ids included: the second copy is skipped (and not handed over)
        const documents: Document[] = corpus.map((d) => parseDocument(textOf(d.sentences), { id: d.id, publishedAt: d.dated ? "2024-03-10" : null }));
        const kept = buildTimeline(documents);
        const calls: { docId: string; timexes: readonly Timex[] }[] = [];
        const handed = buildTimeline(documents, { onTimexes: (timexes, docId) => calls.push({ docId, timexes: JSON.parse(JSON.stringify(timexes)) as Timex[] }) });
        expect(handed.timexes).toEqual([]);
        expect(calls.map((c) => c.docId)).toEqual([...new Set(documents.map((d) => d.id))]);
        for (const c of calls) for (const t of c.timexes) expect(t.docId).toBe(c.docId);
        expect(JSON.stringify(calls.flatMap((c) => c.timexes))).toBe(JSON.stringify(kept.timexes));
        const rest = (r: typeof kept) => JSON.stringify({ timeline: r.timeline, messages: r.messages, conflicts: r.conflicts, referenceDates: r.referenceDates, events: r.events });
        expect(rest(handed)).toBe(rest(kept));
      }),
      { numRuns: 100 },
    );
  });
});
